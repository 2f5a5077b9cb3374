import { describe, expect, it } from 'vitest'

/**
 * Every translation module beside its English module (`x.de.ts` beside `x.ts`, issue 23): the German build puts it in
 * the English one's place, so it must export every name the English one does, and only those. Its types are held by
 * `Localized` in the module itself.
 */
const ENGLISH = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.*.ts'])
const GERMAN = import.meta.glob<Record<string, unknown>>('./**/*.de.ts')

describe('translations (issue 23)', () => {
  it.each(Object.keys(GERMAN))('%s exports what its English module exports', async (path) => {
    const english = ENGLISH[path.replace(/\.de\.ts$/, '.ts')]
    expect(english, `${path} has no English module beside it`).toBeDefined()
    const [de, en] = await Promise.all([GERMAN[path](), english?.()])
    expect(Object.keys(de).sort()).toEqual(Object.keys(en ?? {}).sort())
  })
})
