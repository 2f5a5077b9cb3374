import { LICENSES } from '../domain/licenses'
import { money } from '../share/format'
import { SHARE_TEXT } from '../share/text'
import { ScrollRegion } from '../ui/kit/ScrollRegion'
import { COLUMN_TEXT, PAGE } from './content'
import type { CheckTotals } from './groups'

/** Licenses held and needed, and what the difference costs at list price. */
export function Totals({ totals }: { totals: CheckTotals }) {
  return (
    <section aria-labelledby="check-totals" className="space-y-3">
      <h2 id="check-totals" className="text-2xl font-bold text-brand-900">
        {PAGE.totalsTitle}
      </h2>
      <p className="text-muted">{PAGE.totalsIntro}</p>
      <ScrollRegion label={PAGE.totalsScroll}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                {COLUMN_TEXT.license}
              </th>
              <th scope="col" className="p-2 text-right">
                {COLUMN_TEXT.heldCount}
              </th>
              <th scope="col" className="p-2 text-right">
                {COLUMN_TEXT.neededCount}
              </th>
              <th scope="col" className="p-2 text-right">
                {COLUMN_TEXT.difference}
              </th>
              <th scope="col" className="p-2 text-right">
                {COLUMN_TEXT.cost}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.rows.map((t) => (
              <tr
                key={t.license}
                data-testid="check-total"
                data-license={t.license}
                data-held={t.held}
                data-needed={t.needed}
                className="border-b border-line"
              >
                <th scope="row" className="p-2 font-medium">
                  {LICENSES[t.license].name}
                  <span className="block text-xs font-normal text-muted">{LICENSES[t.license].unitText}</span>
                </th>
                <td className="p-2 text-right">{t.held}</td>
                <td className="p-2 text-right">{t.needed}</td>
                <td className="p-2 text-right">
                  {t.needed - t.held > 0 ? `+${t.needed - t.held}` : t.needed - t.held}
                </td>
                <td className="p-2 text-right">
                  {t.costCents !== undefined && t.currency && t.period
                    ? `${money(t.costCents, t.currency)} ${SHARE_TEXT.period[t.period]}`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {totals.unanswered > 0 && <p className="font-semibold">{PAGE.totalsUnanswered(totals.unanswered)}</p>}
    </section>
  )
}
