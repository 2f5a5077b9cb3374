import type { LicenseId } from '../domain/types'
import type { Costs } from '../share/prices'
import { type PlanTotals, uncountedKind } from '../share/totals'
import { FieldLink } from '../ui/FieldLink'
import { PLAN_TEXT } from './content'
import { groupFieldId } from './groupIds'
import { LINK_TEXT, SERVERS_DEFAULTED, uncountedText } from './messages'
import { PlanCost } from './PlanCost'
import { TotalLine } from './TotalLine'

const T = PLAN_TEXT.totals

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

/** The licenses to buy, each with its unit price and cost, then the plan's cost and what is not counted. */
export function TotalsPanel({ totals, costs, prices, priceText, onPrice, keepPrices, onKeepPrices }: Props) {
  return (
    <section aria-labelledby="totals-title" className="space-y-4">
      <h2 id="totals-title" className="text-2xl font-bold text-brand-900">
        {T.title}
      </h2>
      {totals.lines.length === 0 ? (
        <p className="text-muted">{PLAN_TEXT.summary.nothing}</p>
      ) : (
        <ul className="space-y-3">
          {totals.lines.map((line, n) => (
            <TotalLine
              key={line.license}
              line={line}
              priced={costs.lines[n]}
              text={priceText(line.license)}
              typed={prices[line.license] !== undefined}
              review={line.review.map((g) => totals.groups[g].label)}
              onPrice={onPrice}
            />
          ))}
        </ul>
      )}

      {totals.serversDefaulted && <p className="font-semibold text-danger">{SERVERS_DEFAULTED}</p>}
      {totals.insightsAttach && (
        <p
          data-testid="insights-attach"
          className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-ink"
        >
          {T.insightsAttach}
        </p>
      )}
      {totals.mixedEditions && (
        <p
          data-testid="mixed-editions"
          className="rounded-md border-l-4 border-warn bg-warn-50 px-3 py-2 text-sm text-ink"
        >
          {T.mixedEditions}
        </p>
      )}

      {totals.lines.length > 0 && <PlanCost costs={costs} />}
      {totals.lines.length > 0 && <KeepPrices keep={keepPrices} onKeep={onKeepPrices} />}
      <UncountedGroups totals={totals} />
    </section>
  )
}

function KeepPrices({ keep, onKeep }: { keep: boolean; onKeep: (keep: boolean) => void }) {
  return (
    <div className="no-print flex items-start gap-3">
      <input
        id="keep-prices"
        type="checkbox"
        checked={keep}
        onChange={(e) => onKeep(e.currentTarget.checked)}
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
  )
}

/** The groups left out of the totals, each linked to its fields, with why. */
function UncountedGroups({ totals }: { totals: PlanTotals }) {
  if (totals.uncounted.length === 0) return null
  return (
    <div className="space-y-2">
      <h3 className="font-bold text-ink">{T.uncountedTitle}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {totals.uncounted.map((i) => {
          const group = totals.groups[i]
          return (
            <li key={i} data-testid="uncounted-group">
              <FieldLink target={groupFieldId(i, 'name')}>{group.label}</FieldLink>:{' '}
              {uncountedText(uncountedKind(group) ?? 'problem')}
              {group.advice?.confidence === 'review' && (
                <strong className="text-warn"> — {PLAN_TEXT.confidence.review}</strong>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
