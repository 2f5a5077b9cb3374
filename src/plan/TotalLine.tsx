import { LICENSES } from '../domain/licenses'
import type { LicenseId } from '../domain/types'
import { money, wholeNumber } from '../share/format'
import { type CostLine, cataloguePrice, environmentsServed, moneyRange, parsePrice, tierReached } from '../share/prices'
import { SHARE_TEXT } from '../share/text'
import { PACK_SIZE, type PlanTotals } from '../share/totals'
import { PLAN_TEXT } from './content'
import { describedBy, FieldError, INPUT } from './fields'
import { coverageText, includesReviewText, quantityText } from './messages'

const T = PLAN_TEXT.totals

type Line = PlanTotals['lines'][number]

interface Props {
  line: Line
  priced: CostLine
  /** The price in the field: typed, or the catalogue's. */
  text: string
  /** Whether the person typed a price for this license. */
  typed: boolean
  /** The labels of the groups counted in this line whose advice needs review. */
  review: readonly string[]
  onPrice: (license: LicenseId, text: string) => void
}

/** One license to buy: how many, whom it covers, its unit price (a field) and its cost. */
export function TotalLine({ line, priced, text, typed, review, onPrice }: Props) {
  const license = LICENSES[line.license]
  const id = `price-${line.license}`
  const priceError = text.trim() !== '' && parsePrice(text) === undefined ? T.priceInvalid : undefined
  return (
    <li
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
      <p className="text-sm text-muted">{coverageText(line)}</p>
      <CapacityNotes line={line} />
      {review.length > 0 && (
        <p className="rounded-md border-l-4 border-warn bg-warn-50 px-3 py-2 text-sm text-warn">
          <span className="font-semibold">{includesReviewText(review.length)}</span>{' '}
          <span className="text-ink">{review.join(', ')}</span>
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,14rem)_1fr] sm:items-start print:block">
        <div className="no-print">
          <label htmlFor={id} className="block text-sm font-semibold text-ink">
            {T.unitPrice} <span className="sr-only">{T.unitPriceOf(license.name)}</span>({priced.currency},{' '}
            {SHARE_TEXT.period[priced.period]})
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
          <PriceSource id={`${id}-source`} license={line.license} typed={typed} />
          <p className="font-semibold text-ink">
            {T.cost}
            {priced.cents === undefined || priced.centsLow === undefined
              ? T.noPrice
              : `${moneyRange(priced.centsLow, priced.cents, priced.currency)} ${SHARE_TEXT.period[priced.period]}`}
          </p>
        </div>
      </div>
    </li>
  )
}

/** Where the unit price comes from: the catalogue's, cited, or the person's beside it, or none published. */
function PriceSource({ id, license, typed }: { id: string; license: LicenseId; typed: boolean }) {
  const catalogue = cataloguePrice(license)
  return (
    <p id={id} className="text-muted">
      {catalogue && !typed ? (
        <>
          {T.published(catalogue.text)}
          <cite lang="en" className="not-italic">
            {catalogue.source.title}
          </cite>
          {T.asOf(catalogue.asOf, Boolean(catalogue.disputed))}
          {T.read(catalogue.source.checked)}.
        </>
      ) : catalogue ? (
        <>
          {T.yourPrice(money(catalogue.amount * 100, catalogue.currency), SHARE_TEXT.period[catalogue.period])}
          <cite lang="en" className="not-italic">
            {catalogue.source.title}
          </cite>
          {T.asOf(catalogue.asOf, false)}
          {T.read(catalogue.source.checked)}.
        </>
      ) : (
        <>
          <span className="print:hidden">{T.noListPrice}</span>
          <span className="hidden print:inline">{T.noListPricePrint}</span>
        </>
      )}
    </p>
  )
}

/** Power Pages capacity: how many environments the packs can serve, and the volume tier they reach (audit2 G16). */
function CapacityNotes({ line }: { line: Line }) {
  const license = LICENSES[line.license]
  if (!license.allocation || (line.unit !== 'auth-pack' && line.unit !== 'anon-pack')) return null
  const users = line.quantity * PACK_SIZE[line.unit]
  const served = environmentsServed(line.license, users) ?? 0
  const tier = tierReached(line.license, line.quantity)
  return (
    <div data-testid="capacity-notes" className="space-y-1 text-sm text-muted">
      <p>{T.environments(wholeNumber(users), license.allocation.perEnvironment, served)}</p>
      {tier && (
        <p data-testid="capacity-tier">
          {T.tier(wholeNumber(line.quantity), wholeNumber(tier.from), money(tier.amount * 100, 'USD'))}
        </p>
      )}
    </div>
  )
}
