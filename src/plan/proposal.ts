import { answerLabel } from '../domain/answerText'
import { LICENSES } from '../domain/licenses'
import { sourceOf } from '../domain/sources'
import { type LicenseId, QUESTION_IDS } from '../domain/types'
import { money } from '../share/format'
import { type CataloguePrice, type Costs, cataloguePrice, moneyRange } from '../share/prices'
import { paramsOf, queryValue } from '../share/replay'
import { SHARE_TEXT } from '../share/text'
import type { GroupResult, PlanTotals } from '../share/totals'
import { PLAN_TEXT } from './content'
import { quantityText, unitWord } from './messages'

/** Who the proposal is for and from: typed on the page, and in its link only if the person keeps them there. */
export interface ProposalNames {
  customer: string
  partner: string
}

const NAME_KEYS = ['customer', 'partner'] as const

/**
 * A plan link's search as its proposal's (`view=proposal`), or back (`view=plan`), pair by pair so the plan's
 * own text is never re-escaped; the names ride along only when given. Pure and total: never throws.
 */
function withView(search: string, view: 'plan' | 'proposal', names?: ProposalNames): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !NAME_KEYS.some((key) => pair === key || pair.startsWith(`${key}=`)))
    .map((pair) => (pair === 'view=plan' || pair === 'view=proposal' ? `view=${view}` : pair))
  for (const key of NAME_KEYS) {
    const value = names?.[key].trim()
    if (value) pairs.push(`${key}=${queryValue(value)}`)
  }
  return `?${pairs.join('&')}`
}

export const proposalSearch = (planSearch: string, names?: ProposalNames) => withView(planSearch, 'proposal', names)
export const planSearchOf = (proposal: string) => withView(proposal, 'plan')

/** The names a proposal link keeps; empty where it keeps none. Never throws. */
export function namesIn(search: string): ProposalNames {
  const params = paramsOf(search)
  return { customer: params.get('customer') ?? '', partner: params.get('partner') ?? '' }
}

/** One line of the proposal: a license to order, its quantity, unit price with where it comes from, and cost. */
export interface ProposalLine {
  license: LicenseId
  name: string
  /** Microsoft's String ID, the name a partner orders by, where the catalogue has it. */
  sku?: string
  quantity: string
  unitPrice: string
  /** Where the unit price comes from, and as of when (as text, for the copied table). */
  priceNote: string
  /** The same, with the source's title apart, to be shown as it is titled. */
  priceNoteParts?: { before: string; source: string; after: string }
  cost: string
}

type PriceNote = Pick<ProposalLine, 'priceNote' | 'priceNoteParts'>

function priceNote(license: LicenseId, catalogue: CataloguePrice | undefined, typed: boolean): PriceNote {
  const T = PLAN_TEXT.proposal
  const around = ([before, after]: readonly string[], source: string): PriceNote => {
    const parts = { before: before ?? '', source, after: after ?? '' }
    return { priceNote: `${parts.before}${source}${parts.after}`, priceNoteParts: parts }
  }
  if (typed) return { priceNote: T.typedPrice }
  if (catalogue) return around(T.publishedPrice(catalogue.asOf, catalogue.disputed), catalogue.source.title)
  // Where the research looked for a price and found none, it says where.
  const notFound = LICENSES[license].noPrice
  const source = notFound && sourceOf(notFound.source)
  return notFound && source ? around([`${notFound.text} (`, ')'], source.title) : { priceNote: T.noPrice }
}

export function proposalLines(
  totals: PlanTotals,
  costs: Costs,
  typed: Partial<Record<LicenseId, string>>,
): ProposalLine[] {
  return totals.lines.map((line, i) => {
    const cost = costs.lines[i]
    const license = LICENSES[line.license]
    const unit = cost?.unitPrice
    return {
      license: line.license,
      name: license.name,
      sku: license.sku?.stringId,
      quantity: quantityText(line.unit, line.quantity, line.low),
      unitPrice:
        unit === undefined || cost === undefined
          ? PLAN_TEXT.proposal.noPrice
          : `${money(Math.round(unit * 100), cost.currency)} ${SHARE_TEXT.period[cost.period]} ${PLAN_TEXT.proposal.per(unitWord(line.unit, 1))}`,
      ...priceNote(line.license, cataloguePrice(line.license), typed[line.license] !== undefined),
      cost:
        cost?.cents === undefined || cost.centsLow === undefined
          ? PLAN_TEXT.proposal.noPrice
          : `${moneyRange(cost.centsLow, cost.cents, cost.currency)} ${SHARE_TEXT.period[cost.period]}`,
    }
  })
}

/** A group's answers in words, as the proposal's assumptions state them. */
export function answersInWords(group: GroupResult): string {
  return QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && group.answers[q] !== undefined)
    .map((q) => answerLabel(q, group.answers[q] as string))
    .join(' · ')
}

/** The lines as a table for a spreadsheet or an e-mail: tab-separated text, and the same as HTML. */
export function linesTable(lines: readonly ProposalLine[]): { text: string; html: string } {
  const T = PLAN_TEXT.proposal.columns
  const head = [T.license, T.sku, T.quantity, T.unitPrice, T.priceSource, T.cost]
  const rows = lines.map((l) => [l.name, l.sku ?? '', l.quantity, l.unitPrice, l.priceNote, l.cost])
  // A tab or a line break inside a cell would split it in the spreadsheet.
  const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ')
  const text = [head, ...rows].map((r) => r.map(cell).join('\t')).join('\n')
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const html = `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
  return { text, html }
}

let handed: Partial<Record<LicenseId, string>> = {}

/**
 * Prices typed in the planner but not kept in its link, handed to the proposal opened from it in memory, so
 * the proposal costs what the partner typed; a proposal link opened anywhere else uses the catalogue's.
 */
export function handPrices(prices: Partial<Record<LicenseId, string>>): void {
  handed = prices
}

export const typedPrices = (): Partial<Record<LicenseId, string>> => handed
