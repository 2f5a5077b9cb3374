import { SHORT_NAME } from '../domain/names'
import { sourceOf } from '../domain/sources'
import { billedMonthly, type Costs, MONTHLY_BILLING, moneyRange } from '../share/prices'
import { PLAN_TEXT } from './content'

const T = PLAN_TEXT.totals

/** The plan's cost: one sum per period, what billing monthly adds, and the licenses left out for want of a price. */
export function PlanCost({ costs }: { costs: Costs }) {
  return (
    <div data-testid="plan-cost" className="rounded-xl border-2 border-brand-700 bg-surface p-4">
      <h3 className="font-bold text-brand-900">{T.planCost}</h3>
      {costs.sums.length === 0 ? (
        <p className="text-muted">
          <span className="print:hidden">{T.enterPrices}</span>
          <span className="hidden print:inline">{T.noPriceSentence}</span>
        </p>
      ) : (
        <dl className="mt-1 space-y-1">
          {costs.sums.map((s) => (
            <div key={`${s.period}-${s.currency}`} className="flex flex-wrap justify-between gap-x-4">
              <dt>{T.period[s.period]}</dt>
              <dd className="font-bold tabular-nums">{moneyRange(s.centsLow, s.cents, s.currency)}</dd>
            </div>
          ))}
        </dl>
      )}
      <MonthlyBilling costs={costs} />
      {costs.unpriced.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          {T.notIncluded(costs.unpriced.map((id) => SHORT_NAME[id]).join(', '))}
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
      {T.monthlyBilling(MONTHLY_BILLING.percent, moneyRange(billed.centsLow, billed.cents, billed.currency))}{' '}
      <span className="text-muted">{T.monthlyBillingSource(source.title, source.checked)}</span>
    </p>
  )
}
