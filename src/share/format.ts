/**
 * Numbers, money and dates as the page writes them: whole numbers and money as en-US writes them ("1,234",
 * "$1,234.50"), dates as en-GB does ("3 December 2026"). Written out here rather than asked of `Intl`: the first
 * `Intl.NumberFormat` or `DateTimeFormat` a page makes loads the browser's locale data, which holds the main
 * thread 80–170 ms on a phone-speed CPU (Chromium at 4× slowdown, 2026-12-04), enough on its own to break the
 * 50 ms blocking-time target of a shared link's first screen (issue 24). `format.test.ts` holds each function to
 * what `Intl` writes for the same value, so the page reads exactly as it did. The German pages' build uses
 * format.de.ts instead (vite.config.ts `localeModules`), held to `Intl` de-DE alike.
 */

/** "1,234,567": digits in groups of three (format.de.ts writes "1.234.567"). */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A count as en-US writes it: "1,234"; a fraction is rounded to a whole number. */
export function wholeNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN'
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞'
  // Intl keeps the sign of what rounds to zero: "-0".
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped(String(Math.round(Math.abs(n))))}`
}

const SYMBOL = { USD: '$', GBP: '£' } as const
export type MoneyCurrency = keyof typeof SYMBOL

/** An amount in cents as en-US writes it: "$1,234.50", "£0.05", "-$3.00". */
export function money(cents: number, currency: MoneyCurrency): string {
  const whole = Math.round(Math.abs(cents))
  const sign = cents < 0 || Object.is(cents, -0) ? '-' : ''
  return `${sign}${SYMBOL[currency]}${grouped(String(Math.floor(whole / 100)))}.${String(whole % 100).padStart(2, '0')}`
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** An ISO day ("2026-12-03") as en-GB writes it: "3 December 2026". Anything else comes back as it was. */
export function longDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : day
}

/**
 * The form of a word for a count: `one` for exactly 1, `other` otherwise, which is `Intl.PluralRules` for English and
 * German alike (`format.test.ts` holds it to them); a language with more forms gets its own rule here.
 */
export function plural<T>(n: number, one: T, other: T): T {
  return n === 1 ? one : other
}
