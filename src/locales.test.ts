import { describe, expect, it } from 'vitest'
import { LANGUAGES } from './ui/languageList'

/**
 * Every translation module beside its English module (`x.de.ts` beside `x.ts`, issue 23): a language's build puts it
 * in the English one's place, so it must export every name the English one does, and only those. Its types are held
 * by `Localized` in the module itself. A new language is an entry in languageList.ts and its modules.
 */
const ENGLISH = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.*.ts'])
const TRANSLATED = import.meta.glob<Record<string, unknown>>(['./**/*.*.ts', '!./**/*.test.ts', '!./**/*.d.ts'])
const OTHERS = LANGUAGES.filter((l) => l.code !== 'en').map((l) => l.code)

const translations = Object.keys(TRANSLATED).filter((path) => OTHERS.some((code) => path.endsWith(`.${code}.ts`)))

describe('translations (issue 23)', () => {
  it('are there for every language the site is built in', () => {
    for (const code of OTHERS)
      expect(translations.filter((p) => p.endsWith(`.${code}.ts`)).length, code).toBeGreaterThan(0)
  })

  it.each(translations)('%s exports what its English module exports', async (path) => {
    const english = ENGLISH[path.replace(/\.[a-z]{2}\.ts$/, '.ts')]
    expect(english, `${path} has no English module beside it`).toBeDefined()
    const [translated, en] = await Promise.all([TRANSLATED[path]?.(), english?.()])
    expect(Object.keys(translated ?? {}).sort()).toEqual(Object.keys(en ?? {}).sort())
  })

  it('are the same modules in every language: a module translated into one is translated into all', () => {
    const byLanguage = OTHERS.map((code) =>
      translations
        .filter((p) => p.endsWith(`.${code}.ts`))
        .map((p) => p.replace(`.${code}.ts`, '.ts'))
        .sort(),
    )
    for (const modules of byLanguage) expect(modules).toEqual(byLanguage[0])
  })
})
