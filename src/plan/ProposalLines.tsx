import { SHORT_NAME } from '../domain/names'
import { billedMonthly, type Costs, MONTHLY_BILLING, moneyRange } from '../share/prices'
import { SHARE_TEXT } from '../share/text'
import { PhoneLabel } from '../ui/PhoneLabel'
import { PLAN_TEXT } from './content'
import type { ProposalLine } from './proposal'

const T = PLAN_TEXT.proposal

/** The licenses to order, one line each with its price and cost, then the totals and the terms. */
export function ProposalLines({ lines, costs }: { lines: readonly ProposalLine[]; costs: Costs }) {
  const monthly = billedMonthly(costs)
  return (
    <section aria-labelledby="proposal-lines" className="space-y-2">
      <h2 id="proposal-lines" className="text-xl font-bold text-brand-900">
        {T.lines}
      </h2>
      {lines.length === 0 ? <p className="text-muted">{T.nothing}</p> : <LinesTable lines={lines} costs={costs} />}
      {costs.sums.length > 0 && costs.unpriced.length > 0 && (
        <p className="text-sm">
          {costs.unpriced
            .map((id) => PLAN_TEXT.summary.unpriced(SHORT_NAME[id]))
            .join('')
            .replace(/^ \+ /, '+ ')}
        </p>
      )}
      {monthly && (
        <p className="text-sm text-muted">
          {PLAN_TEXT.summary.monthly(
            MONTHLY_BILLING.percent,
            moneyRange(monthly.centsLow, monthly.cents, monthly.currency),
          )}
        </p>
      )}
      <p className="text-sm text-muted">{T.terms}</p>
    </section>
  )
}

// On a phone each line is a card of labelled values: no sideways scrolling.
function LinesTable({ lines, costs }: { lines: readonly ProposalLine[]; costs: Costs }) {
  return (
    <table className="w-full border-collapse text-left text-sm max-sm:block">
      <thead className="max-sm:sr-only">
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-1 pr-2">
            {T.columns.license}
          </th>
          <th scope="col" className="py-1 pr-2">
            {T.columns.quantity}
          </th>
          <th scope="col" className="py-1 pr-2">
            {T.columns.unitPrice}
          </th>
          <th scope="col" className="py-1 text-right">
            {T.columns.cost}
          </th>
        </tr>
      </thead>
      <tbody className="max-sm:block">
        {lines.map((line) => (
          <tr
            key={line.license}
            data-testid="proposal-line"
            data-license={line.license}
            className="border-b border-line align-top max-sm:block max-sm:py-2"
          >
            <th scope="row" className="py-1.5 pr-2 font-semibold max-sm:block max-sm:py-0.5">
              {line.name}
              {line.sku && <span className="block font-mono text-xs font-normal break-all text-muted">{line.sku}</span>}
            </th>
            <td className="py-1.5 pr-2 tabular-nums max-sm:block max-sm:py-0.5">
              <PhoneLabel text={T.columns.quantity} />
              {line.quantity}
            </td>
            <td className="py-1.5 pr-2 max-sm:block max-sm:py-0.5">
              <PhoneLabel text={T.columns.unitPrice} />
              <span className="tabular-nums">{line.unitPrice}</span>
              {line.priceNote !== line.unitPrice && (
                <span className="block text-xs text-muted">
                  {line.priceNoteParts ? (
                    <>
                      {line.priceNoteParts.before}
                      <cite lang="en" className="not-italic">
                        {line.priceNoteParts.source}
                      </cite>
                      {line.priceNoteParts.after}
                    </>
                  ) : (
                    line.priceNote
                  )}
                </span>
              )}
            </td>
            <td className="py-1.5 text-right tabular-nums max-sm:block max-sm:py-0.5 max-sm:text-left">
              <PhoneLabel text={T.columns.cost} />
              {line.cost}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot className="max-sm:block">
        {costs.sums.map((s) => (
          <tr
            key={`${s.period}-${s.currency}`}
            data-testid="proposal-total"
            className="font-bold max-sm:block max-sm:py-2"
          >
            <th scope="row" colSpan={3} className="py-1.5 pr-2 text-right max-sm:inline max-sm:pr-0 max-sm:text-left">
              {T.total} {SHARE_TEXT.period[s.period]}
            </th>
            <td className="py-1.5 text-right tabular-nums max-sm:inline">
              <span className="sm:hidden">: </span>
              {moneyRange(s.centsLow, s.cents, s.currency)}
            </td>
          </tr>
        ))}
      </tfoot>
    </table>
  )
}
