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
