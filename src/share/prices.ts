import { LICENSES } from '../domain/licenses'
import { PRODUCTS } from '../domain/products'
import { sourceOf } from '../domain/sources'
import type { IsoDate, LicenseId, Price, Source } from '../domain/types'
import { money } from './format'
import { parsePrice } from './plan'

/**
 * Unit prices and costs. Only a published price with a numeric amount is offered as a default:
 * ratios ("about 10% of a full CAL") and ranges cannot be multiplied, so those stay empty for the
 * person to fill in. Typed prices go into the plan's link only when the person asks (they may be
 * confidential, and published prices change): share/plan.ts reads and writes them, as text.
 */

export { parsePrice }

export type Currency = NonNullable<Price['currency']>
export type Period = NonNullable<Price['period']>

export interface CataloguePrice {
  amount: number
  currency: Currency
  period: Period
  text: string
  source: Source
  asOf: IsoDate
  disputed: boolean
}

/**
 * The first catalogue price with a numeric amount (the newest such: the catalogue lists newest first), or undefined.
 * A historical price is never offered, even where no newer amount is known.
 */
export function cataloguePrice(license: LicenseId): CataloguePrice | undefined {
  for (const p of LICENSES[license].prices) {
    if (p.amount === undefined || p.historical) continue
    const source = sourceOf(p.source)
    if (!source) continue
    return {
      amount: p.amount,
      currency: p.currency ?? 'USD',
      period: p.period ?? periodOf(license),
      text: p.text,
      source,
      asOf: p.asOf,
      disputed: p.disputed ?? false,
    }
  }
  return undefined
}

/** Subscriptions are paid monthly; CALs, device CALs and connectors are bought once. */
export function periodOf(license: LicenseId): Period {
  const known = LICENSES[license].prices.find((p) => p.period !== undefined)?.period
  if (known) return known
  const { unit, billed } = LICENSES[license]
  return unit === 'auth-pack' || unit === 'anon-pack' || billed === 'month' ? 'month' : 'one-off'
}

/** Every numeric price in the catalogue is in US dollars; a price typed in is read in the same currency. */
export function currencyOf(license: LicenseId): Currency {
  return cataloguePrice(license)?.currency ?? 'USD'
}

export function defaultPriceText(license: LicenseId): string {
  const price = cataloguePrice(license)
  return price ? String(price.amount) : ''
}

export interface CostLine {
  license: LicenseId
  quantity: number
  unitPrice: number | undefined
  currency: Currency
  period: Period
  /** quantity × unit price, in cents to avoid adding up floating point errors; undefined without a price. */
  cents: number | undefined
  /** The same for the low end of the line's quantity (equal to cents without ranges). */
  centsLow: number | undefined
}

export interface CostSum {
  currency: Currency
  period: Period
  cents: number
  centsLow: number
}

export interface Costs {
  lines: CostLine[]
  /** One sum per currency and period, monthly first. */
  sums: CostSum[]
  /** Licenses in the totals that have no usable price, so the sums leave them out. */
  unpriced: LicenseId[]
}

/** A quantity to buy of one license, its high and low ends (the planner's and the check's totals lines). */
export interface QuantityLine {
  license: LicenseId
  quantity: number
  low: number
}

/** `prices` holds what the person typed, by license; a license not in it gets its catalogue price. */
export function costsOf(lines: readonly QuantityLine[], prices: Partial<Record<LicenseId, string>>): Costs {
  const out: CostLine[] = []
  const sums = new Map<string, CostSum>()
  const unpriced: LicenseId[] = []
  for (const line of lines) {
    const unitPrice = parsePrice(prices[line.license] ?? defaultPriceText(line.license))
    const currency = currencyOf(line.license)
    const period = periodOf(line.license)
    const unitCents = unitPrice === undefined ? undefined : Math.round(unitPrice * 100)
    const cents = unitCents === undefined ? undefined : unitCents * line.quantity
    const centsLow = unitCents === undefined ? undefined : unitCents * line.low
    out.push({ license: line.license, quantity: line.quantity, unitPrice, currency, period, cents, centsLow })
    if (cents === undefined || centsLow === undefined) {
      unpriced.push(line.license)
      continue
    }
    const key = `${period} ${currency}`
    const sum = sums.get(key) ?? { currency, period, cents: 0, centsLow: 0 }
    sum.cents += cents
    sum.centsLow += centsLow
    sums.set(key, sum)
  }
  const ordered = [...sums.values()].sort((a, b) => (a.period === b.period ? 0 : a.period === 'month' ? -1 : 1))
  return { lines: out, sums: ordered, unpriced }
}

/** A cost, or its low and high ends for a range: "$5,200.00 – $17,200.00". */
export const moneyRange = (low: number, high: number, currency: Currency): string =>
  low === high ? money(high, currency) : `${money(low, currency)} – ${money(high, currency)}`

/**
 * From April 2025 an annual commitment billed monthly costs 5% more than one paid yearly (audit2 G15: a partner's
 * note, Q12; no Microsoft text read). Catalogue subscription prices are the paid-yearly ones, so this is derived.
 */
export const MONTHLY_BILLING = { percent: 5, from: '2025-04', source: 'Q12' } as const

export function withMonthlyBilling(cents: number): number {
  return Math.round((cents * (100 + MONTHLY_BILLING.percent)) / 100)
}

/**
 * The monthly sum as an annual commitment billed monthly costs, or undefined where the uplift does not apply: no
 * monthly cost, or no Dynamics 365 subscription (CRM Online's ended long before April 2025).
 */
export function billedMonthly(costs: Costs): CostSum | undefined {
  const monthly = costs.sums.find((s) => s.period === 'month')
  const current = costs.lines.some(
    (l) => l.period === 'month' && LICENSES[l.license].products.some((p) => PRODUCTS[p].family === 'd365'),
  )
  if (!monthly || !current) return undefined
  return { ...monthly, cents: withMonthlyBilling(monthly.cents), centsLow: withMonthlyBilling(monthly.centsLow) }
}

/**
 * Partner Center's license price lists are "updated on the first day of every month" (N35): a proposal's prices
 * hold until the end of the month it is made in, and no longer.
 */
export const PRICE_LIST = { source: 'N35', quote: 'updated on the first day of every month' } as const

/** The last day of the month of `day` (an ISO day, 'YYYY-MM-DD'): until when a proposal made that day is valid. */
export function validUntil(day: string): string {
  const [year, month] = day.split('-').map(Number)
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`
}

/** The highest volume tier a quantity reaches, from the catalogue price's tiers (Power Pages capacity). */
export function tierReached(license: LicenseId, quantity: number): { from: number; amount: number } | undefined {
  const tiers = LICENSES[license].prices.find((p) => !p.historical && p.amount !== undefined)?.tiers ?? []
  return tiers.filter((t) => quantity >= t.from).at(-1)
}

/**
 * How many environments a capacity line's packs can serve at Microsoft's minimum allocation per environment
 * (audit2 G16): one pack of 100 authenticated users serves up to four, at 25 each.
 */
export function environmentsServed(license: LicenseId, users: number): number | undefined {
  const allocation = LICENSES[license].allocation
  return allocation ? Math.floor(users / allocation.perEnvironment) : undefined
}
