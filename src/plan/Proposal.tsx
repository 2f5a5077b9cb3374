import { useEffect, useMemo, useRef, useState } from 'react'
import { RULEBOOK } from '../domain/advise'
import { SHORT_NAME } from '../domain/names'
import { QUESTION_TEXT } from '../domain/questions'
import { sourceOf } from '../domain/sources'
import type { LicenseId } from '../domain/types'
import { readPlan } from '../share/link'
import {
  billedMonthly,
  costsOf,
  MONTHLY_BILLING,
  moneyRange,
  PERIOD_TEXT,
  PRICE_LIST,
  validUntil,
} from '../share/prices'
import { paramsOf } from '../share/replay'
import { planTotals } from '../share/totals'
import { absoluteUrl, currentSearch, navigate, replaceSearch } from '../ui/address'
import { StatusLine } from '../ui/CopyLink'
import { UI_TEXT } from '../ui/content'
import { PageTitle, useDocumentTitle } from '../ui/PageTitle'
import { PhoneLabel } from '../ui/PhoneLabel'
import { PLAN_TEXT } from './content'
import { INPUT } from './fields'
import { linkOf, planInputOf, valuesOf } from './form'
import { quantityText } from './messages'
import {
  answersInWords,
  linesTable,
  namesIn,
  planSearchOf,
  proposalLines,
  proposalSearch,
  typedPrices,
} from './proposal'

const T = PLAN_TEXT.proposal

/** Today as an ISO day in the person's own time zone: the proposal's date. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** Copies the lines as a table, rich where the browser allows, plain text otherwise. */
async function copyTable(table: { text: string; html: string }): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([table.text], { type: 'text/plain' }),
          'text/html': new Blob([table.html], { type: 'text/html' }),
        }),
      ])
    } else await navigator.clipboard.writeText(table.text)
    return true
  } catch {
    return false
  }
}

/**
 * The plan as a proposal a customer can sign off: who it is for and from, the date and how long the prices
 * hold, one line per license with its price's source and date, the totals, the assumptions, the reasons and
 * sources, what needs review, the rulebook and the plan's link. Printed by the browser (a tagged PDF when
 * saved): the controls above the document never print.
 */
export function Proposal({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const [search] = useState(currentSearch)
  const read = useMemo(() => readPlan(paramsOf(search)).plan, [search])
  const [names, setNames] = useState(() => namesIn(search))
  const [keepNames, setKeepNames] = useState(() => names.customer !== '' || names.partner !== '')
  const [status, setStatus] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  useDocumentTitle(UI_TEXT.title.proposal)

  const values = useMemo(() => valuesOf(read), [read])
  const plan = useMemo(() => planInputOf(values), [values])
  const totals = useMemo(() => planTotals(plan), [plan])
  // Prices the link keeps, else those typed in the planner this visit, else the catalogue's.
  const typed: Partial<Record<LicenseId, string>> = read.prices ?? typedPrices()
  const costs = useMemo(() => costsOf(totals.lines, typed), [totals, typed])
  const lines = useMemo(() => proposalLines(totals, costs, typed), [totals, costs, typed])
  const planLink = linkOf(values, read.prices)
  const day = useMemo(today, [])
  const priceList = sourceOf(PRICE_LIST.source)
  const monthly = billedMonthly(costs)

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])
  useEffect(() => {
    replaceSearch(proposalSearch(planLink, keepNames ? names : undefined))
  }, [planLink, keepNames, names])

  const reviewed = totals.groups.filter((g) => g.advice?.confidence === 'review')
  const product = plan.product && QUESTION_TEXT.product.answers[plan.product].label
  const deploy = plan.deploy && QUESTION_TEXT.deploy.answers[plan.deploy].label

  return (
    <div className="space-y-8">
      <div className="no-print space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
        <p>
          <a
            href={planSearchOf(search)}
            className="font-semibold text-brand-700 underline underline-offset-2"
            onClick={(e) => {
              e.preventDefault()
              navigate(planLink)
            }}
          >
            {T.back}
          </a>
        </p>
        <fieldset className="space-y-3">
          <legend className="font-bold text-ink">{T.names}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {(['customer', 'partner'] as const).map((key) => (
              <div key={key}>
                <label htmlFor={`proposal-${key}`} className="block font-semibold text-ink">
                  {T[key]}
                </label>
                <input
                  id={`proposal-${key}`}
                  type="text"
                  autoComplete="organization"
                  value={names[key]}
                  onChange={(e) => {
                    const value = e.currentTarget.value
                    setNames((n) => ({ ...n, [key]: value }))
                  }}
                  className={`${INPUT} mt-1`}
                />
              </div>
            ))}
          </div>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={keepNames}
              onChange={(e) => setKeepNames(e.currentTarget.checked)}
              aria-describedby="proposal-keep-hint"
              className="mt-1.5 h-4 w-4 accent-brand-700"
            />
            <span>
              {T.keepNames}
              <span id="proposal-keep-hint" className="block text-sm text-muted">
                {T.keepNamesHint}
              </span>
            </span>
          </label>
        </fieldset>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            {T.print}
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={lines.length === 0}
            onClick={async () => setStatus((await copyTable(linesTable(lines))) ? T.copied : T.copyBlocked)}
          >
            {T.copy}
          </button>
        </div>
        <StatusLine status={status} />
      </div>

      <article data-testid="proposal" aria-labelledby="proposal-title" className="proposal space-y-6">
        <header className="space-y-3">
          <PageTitle id="proposal-title" titleRef={headingRef}>
            {T.title}
            {names.customer.trim() && <span className="block text-xl font-semibold">{names.customer.trim()}</span>}
          </PageTitle>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            {names.customer.trim() && <Row term={T.for} value={names.customer.trim()} />}
            {names.partner.trim() && <Row term={T.by} value={names.partner.trim()} />}
            <Row term={T.date} value={day} />
            <Row
              term={T.validUntil}
              value={validUntil(day)}
              note={priceList && T.validWhy(priceList.title, PRICE_LIST.quote)}
              testId="valid-until"
            />
            {product && <Row term={T.product} value={[product, deploy].filter(Boolean).join(' · ')} />}
            <Row term={T.rulebook} value={`${RULEBOOK.version}, ${RULEBOOK.date}`} />
          </dl>
        </header>

        <section aria-labelledby="proposal-lines" className="space-y-2">
          <h2 id="proposal-lines" className="text-xl font-bold text-brand-900">
            {T.lines}
          </h2>
          {lines.length === 0 ? (
            <p className="text-muted">{T.nothing}</p>
          ) : (
            // On a phone each line is a card of labelled values: no sideways scrolling.
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
                      {line.sku && (
                        <span className="block font-mono text-xs font-normal break-all text-muted">{line.sku}</span>
                      )}
                    </th>
                    <td className="py-1.5 pr-2 tabular-nums max-sm:block max-sm:py-0.5">
                      <PhoneLabel text={T.columns.quantity} />
                      {line.quantity}
                    </td>
                    <td className="py-1.5 pr-2 max-sm:block max-sm:py-0.5">
                      <PhoneLabel text={T.columns.unitPrice} />
                      <span className="tabular-nums">{line.unitPrice}</span>
                      {line.priceNote !== line.unitPrice && (
                        <span className="block text-xs text-muted">{line.priceNote}</span>
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
                    <th
                      scope="row"
                      colSpan={3}
                      className="py-1.5 pr-2 text-right max-sm:inline max-sm:pr-0 max-sm:text-left"
                    >
                      {T.total} {PERIOD_TEXT[s.period]}
                    </th>
                    <td className="py-1.5 text-right tabular-nums max-sm:inline">
                      <span className="sm:hidden">: </span>
                      {moneyRange(s.centsLow, s.cents, s.currency)}
                    </td>
                  </tr>
                ))}
              </tfoot>
            </table>
          )}
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
                          (<cite className="not-italic">{reason.source.title}</cite>, {reason.source.edition},{' '}
                          {reason.fact.locator})
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
        </section>

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

        <p className="break-all text-sm">
          {T.link}
          <span data-testid="proposal-link">{absoluteUrl(planLink)}</span>
        </p>
      </article>
    </div>
  )
}

function Row({ term, value, note, testId }: { term: string; value: string; note?: string | false; testId?: string }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd data-testid={testId}>
        {value}
        {note && <span className="block text-sm text-muted">{note}</span>}
      </dd>
    </>
  )
}
