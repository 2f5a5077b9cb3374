import { describe, expect, it } from 'vitest'
import * as en from './format'
import * as de from './format.de'

// The page's formatters are written out to spare the first screen Intl's locale data (format.ts); they must
// write exactly what Intl writes.
const WHOLE = [0, 1, 7, 12, 999, 1000, 1001, 9999, 12345, 100000, 999999, 1000000, 1234567, 50000, 2 ** 31, -1, -1234]

// Each language's module (format.de.ts replaces format.ts in the German build) against Intl in that language.
const LANGUAGES = [
  { name: 'English', format: en, numbers: 'en-US', dates: 'en-GB' },
  { name: 'German', format: de, numbers: 'de-DE', dates: 'de-DE' },
] as const

describe.each(LANGUAGES)('$name', ({ format, numbers, dates }) => {
  it('writes a count as Intl does', () => {
    const intl = new Intl.NumberFormat(numbers, { maximumFractionDigits: 0 })
    for (const n of [...WHOLE, 2.4, 2.5, 1234.6, -0.4, -0])
      expect(format.wholeNumber(n), String(n)).toBe(intl.format(n))
  })

  it('is total: not-a-number and infinities come back as Intl writes them', () => {
    const intl = new Intl.NumberFormat(numbers)
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(format.wholeNumber(n)).toBe(intl.format(n))
    }
  })

  it('writes cents as Intl currency does, in dollars and pounds', () => {
    for (const currency of ['USD', 'GBP'] as const) {
      const intl = new Intl.NumberFormat(numbers, { style: 'currency', currency })
      for (const cents of [
        0, 1, 5, 10, 99, 100, 105, 6500, 123456, 99999999, 150000000, -300, -5, -0.3, -0, 12.5, 1999.5,
      ]) {
        expect(format.money(cents, currency), `${cents} ${currency}`).toBe(intl.format(cents / 100))
      }
    }
  })

  it('writes an ISO day as Intl does, in every month', () => {
    const intl = new Intl.DateTimeFormat(dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        expect(format.longDate(iso), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)))
      }
    }
  })

  it('leaves what is not an ISO day as it was', () => {
    expect(format.longDate('December 2026')).toBe('December 2026')
    expect(format.longDate('2026-13-01')).toBe('2026-13-01')
  })
})

describe('plural', () => {
  it('picks the form Intl.PluralRules picks, in English and German', () => {
    for (const locale of ['en', 'de']) {
      const rules = new Intl.PluralRules(locale)
      for (const n of [0, 1, 2, 3, 11, 21, 100, 1001, 1_000_000])
        expect((locale === 'de' ? de : en).plural(n, 'one', 'other'), `${locale} ${n}`).toBe(rules.select(n))
    }
  })
})
