import { SHORT_NAME } from '../domain/names'
import { wholeNumber } from '../share/format'
import { billedMonthly, type Costs, MONTHLY_BILLING, moneyRange } from '../share/prices'
import { SHARE_TEXT } from '../share/text'
import { type GroupResult, type PlanTotals, uncountedKind } from '../share/totals'
import { FieldLink } from '../ui/FieldLink'
import { PLAN_TEXT } from './content'
import { groupFieldId } from './groupIds'
import { lineText, uncountedText } from './messages'

const T = PLAN_TEXT.summary

/** The heading of the detailed totals (TotalsPanel), which the summary and the bar jump to. */
const TOTALS_ID = 'totals-title'

/** Every group whose advice needs review, counted or not: a flag must never drop out of the totals. */
export function reviewGroups(totals: PlanTotals): { index: number; group: GroupResult }[] {
  return totals.groups.flatMap((group, index) => (group.advice?.confidence === 'review' ? [{ index, group }] : []))
}

function scrollToTotals(e: React.MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(TOTALS_ID)
  if (!target) return
  e.preventDefault()
  target.scrollIntoView()
}

/**
 * The plan in a few lines, at the top of the page: what to buy, how many groups need review, and the
 * cost. On a phone a bar with the totals stays at the bottom of the screen while the groups scroll.
 */
export function PlanSummary({ totals, costs }: { totals: PlanTotals; costs: Costs }) {
  const review = reviewGroups(totals)
  const people = wholeNumber(review.reduce((n, r) => n + (r.group.count ?? 0), 0))
  const monthly = billedMonthly(costs)
  return (
    <section
      aria-labelledby="summary-title"
      data-testid="plan-summary"
      // On paper the totals below say the same in full, and the printout stays on one page.
      className="space-y-3 rounded-xl border-2 border-brand-700 bg-surface p-4 print:hidden sm:p-5"
    >
      <h2 id="summary-title" className="text-xl font-bold text-brand-900">
        {T.title}
      </h2>
      {totals.lines.length === 0 ? (
        <p className="text-muted">{T.nothing}</p>
      ) : (
        <ul className="space-y-1 font-semibold tabular-nums">
          {totals.lines.map((line) => (
            <li key={line.license} data-testid="summary-line">
              {lineText(line)}
              {line.review.length > 0 && (
                <span className="font-normal text-warn"> — {PLAN_TEXT.confidence.review}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div data-testid="summary-review" className={review.length > 0 ? 'text-warn' : 'text-muted'}>
        <p className="font-semibold">{T.review(review.length, people)}</p>
        {review.length > 0 && (
          <ul className="list-disc pl-6 text-ink">
            {review.map(({ index, group }) => (
              <li key={index}>
                <FieldLink target={groupFieldId(index, 'name')}>{group.label}</FieldLink>
                {`: ${group.status === 'counted' && group.advice ? SHORT_NAME[group.advice.license] : uncountedText(uncountedKind(group) ?? 'problem')}, ${PLAN_TEXT.confidence.review}`}
              </li>
            ))}
          </ul>
        )}
      </div>
      {totals.lines.length > 0 && (
        <p>
          <span className="font-semibold">{T.cost}: </span>
          {costs.sums.length === 0
            ? T.noPrice
            : costs.sums
                .map((s) => `${moneyRange(s.centsLow, s.cents, s.currency)} ${SHARE_TEXT.period[s.period]}`)
                .join(' · ')}
          {/* The cost never leaves a line out silently (issue 22 item 3). */}
          {costs.sums.length > 0 && costs.unpriced.map((id) => T.unpriced(SHORT_NAME[id])).join('')}
        </p>
      )}
      {monthly && (
        <p data-testid="summary-monthly" className="text-sm text-muted">
          {T.monthly(MONTHLY_BILLING.percent, moneyRange(monthly.centsLow, monthly.cents, monthly.currency))}
        </p>
      )}
      <p className="no-print">
        <a href={`#${TOTALS_ID}`} onClick={scrollToTotals} className="text-brand-700 underline underline-offset-2">
          {T.jump}
        </a>
      </p>
    </section>
  )
}

/** The phone's bar: the totals in one line, stuck to the bottom of the screen. */
export function TotalsBar({ totals }: { totals: PlanTotals }) {
  const text =
    totals.lines.length === 0
      ? T.nothing
      : totals.lines.map(lineText).join(', ') + T.barReview(reviewGroups(totals).length)
  return (
    <div
      data-testid="totals-bar"
      className="no-print sticky bottom-0 z-20 -mx-4 border-t-2 border-brand-700 bg-surface px-4 py-2 text-sm shadow-lg sm:hidden"
    >
      <a href={`#${TOTALS_ID}`} onClick={scrollToTotals} className="font-semibold text-brand-900 underline-offset-2">
        {T.bar}: <span className="font-normal">{text}</span>
      </a>
    </div>
  )
}
