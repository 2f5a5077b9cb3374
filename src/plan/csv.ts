import { RULEBOOK } from '../domain/advise'
import { answerLabel } from '../domain/answerText'
import { LICENSES } from '../domain/licenses'
import { QUESTION_TEXT } from '../domain/questions'
import { QUESTION_IDS } from '../domain/types'
import { csvRow } from '../share/csv'
import type { Costs } from '../share/prices'
import { SHARE_TEXT } from '../share/text'
import { type PlanInput, type PlanTotals, uncountedKind } from '../share/totals'
import { PLAN_TEXT } from './content'
import { issueText, uncountedText, unitWord } from './messages'

/**
 * The plan as a spreadsheet: a row per group with its answers in labelled columns and its license by
 * name (the id in a column of its own), a blank line, the totals, then the plan's product, deployment,
 * rulebook version, link and date, so a file found later says what it was computed from and leads back.
 */

const CONFIDENCE = { settled: 'settled', review: 'needs review' } as const

/** The group's own questions, one labelled column each, in question order. */
const OWN = QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy')

export const GROUP_HEADER = [
  PLAN_TEXT.csv.group,
  PLAN_TEXT.csv.count,
  PLAN_TEXT.csv.product,
  PLAN_TEXT.csv.deploy,
  ...OWN.map((q) => QUESTION_TEXT[q].legend),
  PLAN_TEXT.csv.license,
  PLAN_TEXT.csv.licenseId,
  PLAN_TEXT.csv.confidence,
  PLAN_TEXT.csv.reason,
  PLAN_TEXT.csv.sourceTitle,
  PLAN_TEXT.csv.publisher,
  PLAN_TEXT.csv.edition,
  PLAN_TEXT.csv.locator,
  PLAN_TEXT.csv.inTotals,
] as const

export const TOTAL_HEADER = [
  PLAN_TEXT.csv.license,
  PLAN_TEXT.csv.licenseId,
  PLAN_TEXT.csv.quantity,
  PLAN_TEXT.csv.unit,
  PLAN_TEXT.csv.groups,
  PLAN_TEXT.csv.review,
  PLAN_TEXT.csv.unitPrice,
  PLAN_TEXT.csv.currency,
  PLAN_TEXT.csv.paid,
  PLAN_TEXT.csv.cost,
] as const

const centsText = (cents: number) => (cents / 100).toFixed(2)

/** A cost, or a range's two ends ("5200.00-17200.00"), as the quantities are written. */
const costText = (low: number | undefined, high: number | undefined) =>
  low === undefined || high === undefined
    ? PLAN_TEXT.csv.noPrice
    : low === high
      ? centsText(high)
      : `${centsText(low)}-${centsText(high)}`

export interface CsvMeta {
  /** The plan's full link, so the file leads back to the plan it was made from. */
  link: string
  /** The day of the export, as an ISO date. */
  date: string
}

/** A count, or a range's two ends as the planner shows them (a hyphen, so a spreadsheet keeps it as text). */
const span = (low: number, high: number): number | string => (low === high ? high : `${low}-${high}`)

/** The whole file; lines end in CRLF as RFC 4180 asks. */
export function planCsv(plan: PlanInput, totals: PlanTotals, costs: Costs, meta: CsvMeta): string {
  const product = plan.product ? QUESTION_TEXT.product.answers[plan.product].label : undefined
  const deploy = plan.deploy ? QUESTION_TEXT.deploy.answers[plan.deploy].label : undefined
  const rows: (readonly (string | number | undefined)[])[] = [GROUP_HEADER]
  for (const g of totals.groups) {
    const reason = g.advice?.reasons[0]
    const why = uncountedKind(g)
    const note =
      why === undefined
        ? PLAN_TEXT.csv.yes
        : g.issues.length > 0
          ? PLAN_TEXT.csv.no(g.issues.map((i) => issueText(i, g.label)).join(' '))
          : PLAN_TEXT.csv.no(uncountedText(why))
    rows.push([
      g.name,
      g.count === undefined ? g.countText : span(g.low ?? g.count, g.count),
      product,
      deploy,
      ...OWN.map((q) => (g.answers[q] === undefined ? undefined : answerLabel(q, g.answers[q] as string))),
      g.advice ? LICENSES[g.advice.license].name : undefined,
      g.advice?.license,
      g.advice ? CONFIDENCE[g.advice.confidence] : undefined,
      reason?.fact.statement,
      reason?.source.title,
      reason?.source.publisher,
      reason?.source.edition,
      reason?.fact.locator,
      note,
    ])
  }

  rows.push([], TOTAL_HEADER)
  totals.lines.forEach((line, i) => {
    const cost = costs.lines[i]
    rows.push([
      LICENSES[line.license].name,
      line.license,
      span(line.low, line.quantity),
      unitWord(line.unit, line.quantity),
      line.groups.map((g) => totals.groups[g].label).join('; '),
      line.review.length > 0 ? line.review.map((g) => totals.groups[g].label).join('; ') : undefined,
      cost?.unitPrice,
      cost?.currency,
      cost ? SHARE_TEXT.period[cost.period] : undefined,
      costText(cost?.centsLow, cost?.cents),
    ])
  })
  for (const sum of costs.sums) {
    const blanks = Array<undefined>(6).fill(undefined)
    rows.push([
      PLAN_TEXT.csv.total(SHARE_TEXT.period[sum.period]),
      ...blanks,
      sum.currency,
      SHARE_TEXT.period[sum.period],
      costText(sum.centsLow, sum.cents),
    ])
  }

  rows.push(
    [],
    [PLAN_TEXT.csv.product, product, plan.product],
    [PLAN_TEXT.csv.deploy, deploy, plan.deploy],
    [PLAN_TEXT.csv.servers, plan.servers],
    [PLAN_TEXT.csv.rulebook, RULEBOOK.version, RULEBOOK.date],
    [PLAN_TEXT.csv.link, meta.link],
    [PLAN_TEXT.csv.date, meta.date],
  )
  return `${rows.map(csvRow).join('\r\n')}\r\n`
}
