import { describe, expect, it } from 'vitest'
import { LANGUAGES } from './languageList'
import { addressIn, PAGE_LANGUAGE, preferredOther, SITE_ROOT } from './languages'

const GERMAN = LANGUAGES[1]

describe('languages (contract section 8)', () => {
  it('puts another language under its prefix with the same query', () => {
    expect(PAGE_LANGUAGE).toBe('en')
    expect(SITE_ROOT).toBe('/')
    expect(addressIn(GERMAN, '?v=3&product=d365')).toBe('/de/?v=3&product=d365')
    expect(addressIn(LANGUAGES[0], '')).toBe('/')
  })

  it('offers the other language only where the browser prefers it to this page’s', () => {
    expect(preferredOther(['de-DE', 'en'])).toBe(GERMAN)
    expect(preferredOther(['de-AT'])).toBe(GERMAN)
    expect(preferredOther(['fr-FR', 'de'])).toBe(GERMAN)
    expect(preferredOther(['en-GB', 'de'])).toBeUndefined()
    expect(preferredOther(['fr', 'nl'])).toBeUndefined()
    expect(preferredOther([])).toBeUndefined()
  })
})
