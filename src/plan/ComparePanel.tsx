import { useMemo } from 'react'
import { LICENSES } from '../domain/licenses'
import { PRODUCT_SHORT, SHORT_NAME } from '../domain/names'
import { ANSWER_IDS, type Product } from '../domain/types'
import type { PlanInput, PlanTotals } from '../share/totals'
import { ScrollRegion } from '../ui/kit/ScrollRegion'
import { type Comparison, comparePlan } from './compare'
import { PLAN_TEXT } from './content'
import { quantityText } from './messages'

const T = PLAN_TEXT.compare

/**
 * The comparison worked out here, in a render of its own, not in the planner's: a shared plan link's
 * first render is then not one long task (React yields between components in a transition).
 */
export function PlanComparison({ plan, totals, product }: { plan: PlanInput; totals: PlanTotals; product?: Product }) {
  const comparison = useMemo(() => comparePlan(plan, totals), [plan, totals])
  return comparison && product ? <ComparePanel comparison={comparison} product={product} /> : null
}

/** The whole plan under every product version: one column per version, one row per license. */
function ComparePanel({ comparison, product }: { comparison: Comparison; product: Product }) {
  const { columns, licenses, leftOut } = comparison
  const anyUndetermined = columns.some((c) => c.undetermined.length > 0)
  return (
    <div className="space-y-3">
      <h2 id="compare-title" className="text-2xl font-bold text-brand-900">
        {T.title}
      </h2>
      <p className="text-muted">{T.intro}</p>
      <ScrollRegion labelledBy="compare-title" className="rounded-lg border border-line bg-surface">
        <table data-testid="plan-compare" className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <thead className="bg-canvas text-muted">
            <tr>
              <th scope="col" className="p-2 font-semibold">
                {T.license}
              </th>
              {ANSWER_IDS.product.map((p) => (
                <th
                  key={p}
                  scope="col"
                  className={`p-2 font-semibold ${p === product ? 'bg-brand-50 text-brand-900' : ''}`}
                >
                  {PRODUCT_SHORT[p]}
                  {p === product && <span className="block text-xs font-normal">{T.thisPlan}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {licenses.map((id) => (
              <tr key={id} data-license={id}>
                <th scope="row" className="p-2 font-medium text-ink">
                  <abbr title={LICENSES[id].name} className="no-underline">
                    {SHORT_NAME[id]}
                  </abbr>
                </th>
                {columns.map((c) => {
                  const q = c.quantities[id]
                  return (
                    <td
                      key={c.product}
                      data-product={c.product}
                      data-quantity={q}
                      className={`whitespace-nowrap p-2 tabular-nums ${c.product === product ? 'bg-brand-50 font-semibold' : ''}`}
                    >
                      {q === undefined ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{T.none}</span>
                        </>
                      ) : (
                        quantityText(LICENSES[id].unit, q)
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
          <tfoot className="divide-y divide-line border-t-2 border-line text-muted">
            <tr data-testid="compare-needs-more">
              <th scope="row" className="p-2 font-semibold">
                {T.needsMore}
              </th>
              {columns.map((c) => (
                <td key={c.product} data-product={c.product} data-groups={c.needsMore.length} className="p-2">
                  {T.groups(c.needsMore)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" className="p-2 font-semibold">
                {T.noLicense}
              </th>
              {columns.map((c) => (
                <td key={c.product} className="p-2">
                  {T.groups(c.none)}
                </td>
              ))}
            </tr>
            {anyUndetermined && (
              <tr>
                <th scope="row" className="p-2 font-semibold">
                  {T.undetermined}
                </th>
                {columns.map((c) => (
                  <td key={c.product} className="p-2">
                    {T.groups(c.undetermined)}
                  </td>
                ))}
              </tr>
            )}
          </tfoot>
        </table>
      </ScrollRegion>
      {leftOut.length > 0 && <p className="text-sm text-muted">{T.leftOut(leftOut.join(', '))}</p>}
    </div>
  )
}
