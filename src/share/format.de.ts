import type { MoneyCurrency } from './format'

// Numbers, money and dates as German writes them ("1.234", "1.234,50 $", "3. Dezember 2026"), for the German pages'
// build, in place of format.ts (its header says why not `Intl`); format.test.ts holds each to `Intl` de-DE. Nothing
// here imports format.ts, so the German build has one format module, as the English one has.

export type { MoneyCurrency } from './format'

/** "1.234.567": digits in groups of three. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')

/** German has two forms, as English does: `one` for exactly 1 (format.test.ts holds it to Intl.PluralRules). */
export function plural<T>(n: number, one: T, other: T): T {
  return n === 1 ? one : other
}

/** A count as de-DE writes it: "1.234"; a fraction is rounded to a whole number. */
export function wholeNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN'
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞'
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped(String(Math.round(Math.abs(n))))}`
}

const SYMBOL = { USD: '$', GBP: '£' } as const satisfies Record<MoneyCurrency, string>

/** An amount in cents as de-DE writes it: "1.234,50 $", "-0,05 £" (a no-break space before the symbol). */
export function money(cents: number, currency: MoneyCurrency): string {
  const whole = Math.round(Math.abs(cents))
  const sign = cents < 0 || Object.is(cents, -0) ? '-' : ''
  const amount = `${grouped(String(Math.floor(whole / 100)))},${String(whole % 100).padStart(2, '0')}`
  return `${sign}${amount}\u00a0${SYMBOL[currency]}`
}

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const

/** An ISO day ("2026-12-03") as de-DE writes it: "3. Dezember 2026". Anything else comes back as it was. */
export function longDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && month ? `${Number(match[3])}. ${month} ${match[1]}` : day
}
