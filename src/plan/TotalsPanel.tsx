import { LICENSES } from '../domain/licenses'
import { SHORT_NAME } from '../domain/names'
import { sourceOf } from '../domain/sources'
import type { LicenseId } from '../domain/types'
import { money, wholeNumber } from '../share/format'
import {
  billedMonthly,
  type Costs,
  cataloguePrice,
  environmentsServed,
  MONTHLY_BILLING,
  moneyRange,
  PERIOD_TEXT,
  parsePrice,
  tierReached,
} from '../share/prices'
import { PACK_SIZE, type PlanTotals, uncountedKind } from '../share/totals'
import { FieldLink } from '../ui/FieldLink'
import { PLAN_TEXT } from './content'
import { describedBy, FieldError, INPUT } from './fields'
import { groupFieldId } from './groupIds'
import { LINK_TEXT, quantityText, SERVERS_DEFAULTED, uncountedText } from './messages'

interface Props {
  totals: PlanTotals
  costs: Costs
  prices: Partial<Record<LicenseId, string>>
  priceText: (license: LicenseId) => string
  onPrice: (license: LicenseId, text: string) => void
  /** Whether the typed prices go into the plan's link. */
  keepPrices: boolean
  onKeepPrices: (keep: boolean) => void
}

const groupsText = (n: number) => (n === 1 ? '1 group' : `${n} groups`)

const span = (low: number, high: number) =>
  low === high ? wholeNumber(high) : `${wholeNumber(low)}–${wholeNumber(high)}`

function coverage(line: PlanTotals['lines'][number]): string {
  const who = line.unit === 'device' ? 'devices' : 'people'
  const groups = groupsText(line.groups.length)
  const covered = span(line.coveredLow, line.covered)
  switch (line.unit) {
    case 'server':
      return `for ${covered} people in ${groups}; ${LICENSES[line.license].unitText}`
    case 'auth-pack':
      return `${covered} authenticated users in ${groups}, 100 per pack, rounded up`
    case 'anon-pack':
      return `${covered} anonymous users in ${groups}, 500 per pack, rounded up`
    default:
      return `${covered} ${who} in ${groups}`
  }
}

/** Power Pages capacity: how many environments the packs can serve, and the volume tier they reach (audit2 G16). */
function CapacityNotes({ line }: { line: PlanTotals['lines'][number] }) {
  const license = LICENSES[line.license]
  if (!license.allocation || (line.unit !== 'auth-pack' && line.unit !== 'anon-pack')) return null
  const users = line.quantity * PACK_SIZE[line.unit]
  const served = environmentsServed(line.license, users) ?? 0
  const tier = tierReached(line.license, line.quantity)
  return (
    <div data-testid="capacity-notes" className="space-y-1 text-sm text-muted">
      <p>{PLAN_TEXT.totals.environments(wholeNumber(users), license.allocation.perEnvironment, served)}</p>
      {tier && (
        <p data-testid="capacity-tier">
          {PLAN_TEXT.totals.tier(wholeNumber(line.quantity), wholeNumber(tier.from), money(tier.amount * 100, 'USD'))}
        </p>
      )}
    </div>
  )
}

/** Catalogue subscription prices are paid yearly; billed monthly they cost more (audit2 G15). */
function MonthlyBilling({ costs }: { costs: Costs }) {
  const billed = billedMonthly(costs)
  const source = sourceOf(MONTHLY_BILLING.source)
  if (!billed || !source) return null
  return (
    <p data-testid="monthly-billing" className="mt-2 text-sm text-ink">
      {PLAN_TEXT.totals.monthlyBilling(
        MONTHLY_BILLING.percent,
        moneyRange(billed.centsLow, billed.cents, billed.currency),
      )}{' '}
      <span className="text-muted">{PLAN_TEXT.totals.monthlyBillingSource(source.title, source.checked)}</span>
    </p>
  )
}

/** The licenses to buy, each with its unit price and cost, then the plan's cost and what is not counted. */
export function TotalsPanel({ totals, costs, prices, priceText, onPrice, keepPrices, onKeepPrices }: Props) {
  const uncounted = totals.uncounted.map((i) => ({ i, group: totals.groups[i] }))
  return (
    <section aria-labelledby="totals-title" className="space-y-4">
      <h2 id="totals-title" className="text-2xl font-bold text-brand-900">
        Licenses to buy
      </h2>
      {totals.lines.length === 0 ? (
        <p className="text-muted">Nothing to buy yet: the totals appear as groups are completed.</p>
      ) : (
        <ul className="space-y-3">
          {totals.lines.map((line, n) => {
            const license = LICENSES[line.license]
            const priced = costs.lines[n]
            const catalogue = cataloguePrice(line.license)
            const id = `price-${line.license}`
            const text = priceText(line.license)
            const priceError =
              text.trim() !== '' && parsePrice(text) === undefined
                ? 'Enter a price of 0 or more, with at most two decimals, such as 95 or 12.50.'
                : undefined
            const review = line.review.map((g) => totals.groups[g].label)
            return (
              <li
                key={line.license}
                data-testid="plan-total"
                data-license={line.license}
                data-quantity={line.quantity}
                data-quantity-low={line.low}
                className="break-inside-avoid space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm"
              >
                <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                  <h3 className="min-w-0 flex-1 font-semibold text-ink">{license.name}</h3>
                  <p className="text-2xl font-bold text-brand-900 tabular-nums">
                    {quantityText(line.unit, line.quantity, line.low)}
                  </p>
                </div>
                <p className="text-sm text-muted">{coverage(line)}</p>
                <CapacityNotes line={line} />
                {review.length > 0 && (
                  <p className="rounded-md border-l-4 border-warn bg-warn-50 px-3 py-2 text-sm text-warn">
                    <span className="font-semibold">
                      Includes {groupsText(review.length)} that {review.length === 1 ? 'needs' : 'need'} review:
                    </span>{' '}
                    <span className="text-ink">{review.join(', ')}</span>
                  </p>
                )}
                <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_1fr] sm:items-start print:block">
                  <div className="no-print">
                    <label htmlFor={id} className="block text-sm font-semibold text-ink">
                      Unit price <span className="sr-only">of the {license.name} </span>({priced.currency},{' '}
                      {PERIOD_TEXT[priced.period]})
                    </label>
                    <input
                      id={id}
                      type="number"
                      min={0}
                      step="0.01"
                      inputMode="decimal"
                      value={text}
                      onChange={(e) => onPrice(line.license, e.currentTarget.value)}
                      aria-invalid={priceError ? true : undefined}
                      aria-describedby={describedBy(`${id}-source`, priceError && `${id}-error`)}
                      className={`${INPUT} mt-1 tabular-nums`}
                    />
                    <FieldError id={`${id}-error`} message={priceError} />
                  </div>
                  <div className="space-y-1 text-sm sm:pt-6 print:pt-0">
                    <p id={`${id}-source`} className="text-muted">
                      {catalogue && prices[line.license] === undefined ? (
                        <>
                          Published price: {catalogue.text}.{' '}
                          <cite className="not-italic">{catalogue.source.title}</cite>, as of {catalogue.asOf}
                          {catalogue.disputed ? ' (unverified)' : ''}
                          {PLAN_TEXT.totals.read(catalogue.source.checked)}.
                        </>
                      ) : catalogue ? (
                        <>
                          Your price. Published: {money(catalogue.amount * 100, catalogue.currency)}{' '}
                          {PERIOD_TEXT[catalogue.period]}, <cite className="not-italic">{catalogue.source.title}</cite>,{' '}
                          as of {catalogue.asOf}
                          {PLAN_TEXT.totals.read(catalogue.source.checked)}.
                        </>
                      ) : (
                        <>
                          <span className="print:hidden">{PLAN_TEXT.totals.noListPrice}</span>
                          <span className="hidden print:inline">{PLAN_TEXT.totals.noListPricePrint}</span>
                        </>
                      )}
                    </p>
                    <p className="font-semibold text-ink">
                      Cost:{' '}
                      {priced.cents === undefined || priced.centsLow === undefined
                        ? PLAN_TEXT.totals.noPrice
                        : `${moneyRange(priced.centsLow, priced.cents, priced.currency)} ${PERIOD_TEXT[priced.period]}`}
                    </p>
                  </div>
                </div>
              </li>
            )
          })}
        </ul>
      )}

      {totals.serversDefaulted && <p className="font-semibold text-danger">{SERVERS_DEFAULTED}</p>}
      {totals.insightsAttach && (
        <p
          data-testid="insights-attach"
          className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-ink"
        >
          {PLAN_TEXT.totals.insightsAttach}
        </p>
      )}
      {totals.mixedEditions && (
        <p
          data-testid="mixed-editions"
          className="rounded-md border-l-4 border-warn bg-warn-50 px-3 py-2 text-sm text-ink"
        >
          {PLAN_TEXT.totals.mixedEditions}
        </p>
      )}

      {totals.lines.length > 0 && (
        <div data-testid="plan-cost" className="rounded-xl border-2 border-brand-700 bg-surface p-4">
          <h3 className="font-bold text-brand-900">Cost of the plan</h3>
          {costs.sums.length === 0 ? (
            <p className="text-muted">
              <span className="print:hidden">{PLAN_TEXT.totals.enterPrices}</span>
              <span className="hidden print:inline">{PLAN_TEXT.totals.noPriceSentence}</span>
            </p>
          ) : (
            <dl className="mt-1 space-y-1">
              {costs.sums.map((s) => (
                <div key={`${s.period}-${s.currency}`} className="flex flex-wrap justify-between gap-x-4">
                  <dt>{s.period === 'month' ? 'Every month' : 'Once'}</dt>
                  <dd className="font-bold tabular-nums">{moneyRange(s.centsLow, s.cents, s.currency)}</dd>
                </div>
              ))}
            </dl>
          )}
          <MonthlyBilling costs={costs} />
          {costs.unpriced.length > 0 && (
            <p className="mt-2 text-sm text-muted">
              Not included, for want of a price: {costs.unpriced.map((id) => SHORT_NAME[id]).join(', ')}.
            </p>
          )}
        </div>
      )}

      {totals.lines.length > 0 && (
        <div className="no-print flex items-start gap-3">
          <input
            id="keep-prices"
            type="checkbox"
            checked={keepPrices}
            onChange={(e) => onKeepPrices(e.currentTarget.checked)}
            aria-describedby="keep-prices-hint"
            className="mt-1 size-5 accent-brand-700"
          />
          <div>
            <label htmlFor="keep-prices" className="font-semibold text-ink">
              {LINK_TEXT.keepPrices}
            </label>
            <p id="keep-prices-hint" className="text-sm text-muted">
              {LINK_TEXT.keepPricesHint}
            </p>
          </div>
        </div>
      )}

      {uncounted.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-bold text-ink">Groups not in the totals</h3>
          <ul className="list-disc space-y-1 pl-6">
            {uncounted.map(({ i, group }) => (
              <li key={i} data-testid="uncounted-group">
                <FieldLink target={groupFieldId(i, 'name')}>{group.label}</FieldLink>:{' '}
                {uncountedText(uncountedKind(group) ?? 'problem')}
                {group.advice?.confidence === 'review' && (
                  <strong className="text-warn"> — {PLAN_TEXT.confidence.review}</strong>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
