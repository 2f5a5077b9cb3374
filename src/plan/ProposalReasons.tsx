import { SHORT_NAME } from '../domain/names'
import type { PlanTotals } from '../share/totals'
import { PLAN_TEXT } from './content'
import { quantityText } from './messages'
import { answersInWords } from './proposal'

/** The proposal's grounds: what it assumes of each group, why each license, and what needs review. */

const T = PLAN_TEXT.proposal

export function Assumptions({ totals }: { totals: PlanTotals }) {
  return (
    <section aria-labelledby="proposal-assumptions" className="space-y-2">
      <h2 id="proposal-assumptions" className="text-xl font-bold text-brand-900">
        {T.assumptions}
      </h2>
      <ul className="space-y-1 text-sm">
        {totals.groups.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the plan's groups, in order, read once from the link.
          <li key={i}>
            <span className="font-semibold">
              {g.label}
              {g.count !== undefined &&
                ` (${quantityText(g.answers.device === 'shared' ? 'device' : 'person', g.count, g.low)})`}
            </span>
            {': '}
            {answersInWords(g)}
            {' → '}
            {g.advice ? SHORT_NAME[g.advice.license] : ''}
            {g.status !== 'counted' && ` (${T.notCounted})`}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function WhyEachLicense({ totals }: { totals: PlanTotals }) {
  return (
    <section aria-labelledby="proposal-why" className="space-y-2">
      <h2 id="proposal-why" className="text-xl font-bold text-brand-900">
        {T.why}
      </h2>
      <ul className="space-y-2 text-sm">
        {totals.lines.map((line) => {
          // Every reason the advice gives for this license, each with its source (first group counted under it).
          const reasons = totals.groups[line.groups[0] ?? -1]?.advice?.reasons ?? []
          if (reasons.length === 0) return null
          return (
            <li key={line.license} data-testid="proposal-why">
              <p className="font-semibold">{SHORT_NAME[line.license]}</p>
              <ul className="list-disc space-y-0.5 pl-5">
                {reasons.map((reason) => (
                  <li key={reason.fact.id}>
                    {reason.fact.statement}{' '}
                    <span className="text-muted">
                      (
                      <span lang="en">
                        <cite className="not-italic">{reason.source.title}</cite>, {reason.source.edition},{' '}
                        {reason.fact.locator}
                      </span>
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export function ToReview({ totals }: { totals: PlanTotals }) {
  const reviewed = totals.groups.filter((g) => g.advice?.confidence === 'review')
  return (
    <section aria-labelledby="proposal-review" data-testid="proposal-review" className="space-y-2">
      <h2 id="proposal-review" className="text-xl font-bold text-brand-900">
        {T.review}
      </h2>
      {reviewed.length === 0 ? (
        <p className="text-sm">{T.noReview}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {reviewed.map((g) => (
            <li key={g.label}>
              <p className="font-semibold">{g.label}</p>
              {g.advice?.uncertain.map((u) => (
                <p key={u.what}>
                  {u.what}{' '}
                  <span className="text-muted">
                    {T.ask}
                    {u.ask}
                  </span>
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
