/**
 * The languages the site is built in (contract section 8): English at the root, each other under its prefix, with
 * the same query. Each names itself in its own words, so every page can offer it: these words are not translated.
 */
export const LANGUAGES = [
  { code: 'en', prefix: '', name: 'English', offer: 'This page is also in English', dismiss: 'Dismiss' },
  { code: 'de', prefix: 'de/', name: 'Deutsch', offer: 'Diese Seite gibt es auf Deutsch', dismiss: 'Schließen' },
] as const
export type Language = (typeof LANGUAGES)[number]
export type LanguageCode = Language['code']

/** The page's language: each language is a build of its own (vite.config.ts defines it). */
export const PAGE_LANGUAGE: LanguageCode = import.meta.env.VITE_LOCALE === 'de' ? 'de' : 'en'

const own = LANGUAGES.find((l) => l.code === PAGE_LANGUAGE) ?? LANGUAGES[0]
/** The site's base path, without this page's language prefix (`/advisor/` for `/advisor/de/`). */
export const SITE_ROOT = import.meta.env.BASE_URL.slice(0, import.meta.env.BASE_URL.length - own.prefix.length)

/** The same address in another language: its prefix, the same query. */
export const addressIn = (language: Language, search: string) => `${SITE_ROOT}${language.prefix}${search}`

/**
 * The other language the browser prefers to this page's, if the site has it: the first of the browser's languages
 * the site is built in decides, so an English page does not offer German to someone who prefers English.
 */
export function preferredOther(preferences: readonly string[]): Language | undefined {
  for (const tag of preferences) {
    const language = LANGUAGES.find((l) => tag.toLowerCase().split('-')[0] === l.code)
    if (language) return language.code === PAGE_LANGUAGE ? undefined : language
  }
  return undefined
}
