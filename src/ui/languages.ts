import { LANGUAGES, type Language, type LanguageCode } from './languageList'

/** The page's language: each language is a build of its own (vite.config.ts defines it). */
export const PAGE_LANGUAGE: LanguageCode = LANGUAGES.find((l) => l.code === import.meta.env.VITE_LOCALE)?.code ?? 'en'

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
