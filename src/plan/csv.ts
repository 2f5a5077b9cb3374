import { RULEBOOK } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { QUESTION_TEXT } from '../domain/questions'
import { QUESTION_IDS } from '../domain/types'
import { type Costs, PERIOD_TEXT } from './prices'
import { type PlanInput, type PlanTotals, uncountedReason, unitWord } from './totals'

/**
 * The plan as a spreadsheet: a row per group, a blank line, the totals, then the plan's product,
 * deployment and rulebook version, so a file found later says what it was computed from.
 */

/*
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab, CR or NUL that some
 * programs strip first) gets an apostrophe in front, so a group named "=HYPERLINK(…)" stays text
 * (ASVS 5.0 V1.2.10). Numbers are written as numbers and never altered.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/

/**
 * One field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled; also
 * when it holds a semicolon, the list separator Excel uses in many locales, so a cell is never split
 * there and a formula after the semicolon never starts a cell of its own.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(fields: readonly (string | number | undefined)[]): string {
  return fields.map(csvField).join(',')
}

const CONFIDENCE = { settled: 'settled', review: 'needs review' } as const

export const GROUP_HEADER = [
  'Group',
  'Count',
  'Answers',
  'License id',
  'License',
  'Confidence',
  'Reason',
  'Source title',
  'Publisher',
  'Edition',
  'Locator',
  'In the totals',
] as const

export const TOTAL_HEADER = [
  'License id',
  'License',
  'Quantity',
  'Unit',
  'Groups',
  'Needs review',
  'Unit price',
  'Currency',
  'Paid',
  'Cost',
] as const

const centsText = (cents: number | undefined) => (cents === undefined ? undefined : (cents / 100).toFixed(2))

/** The whole file; lines end in CRLF as RFC 4180 asks. */
export function planCsv(plan: PlanInput, totals: PlanTotals, costs: Costs): string {
  const rows: (readonly (string | number | undefined)[])[] = [GROUP_HEADER]
  for (const g of totals.groups) {
    const own = QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && g.answers[q] !== undefined)
    const answers = own.map((q) => `${q}=${g.answers[q]}`).join('; ')
    const reason = g.advice?.reasons[0]
    const why = uncountedReason(g)
    const note =
      why === undefined ? 'yes' : g.issues.length > 0 ? `no: ${g.issues.map((i) => i.message).join(' ')}` : `no: ${why}`
    rows.push([
      g.name,
      g.count ?? g.countText,
      answers,
      g.advice?.license,
      g.advice ? LICENSES[g.advice.license].name : undefined,
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
      line.license,
      LICENSES[line.license].name,
      line.quantity,
      unitWord(line.unit, line.quantity),
      line.groups.map((g) => totals.groups[g].label).join('; '),
      line.review.length > 0 ? line.review.map((g) => totals.groups[g].label).join('; ') : undefined,
      cost?.unitPrice,
      cost?.currency,
      cost ? PERIOD_TEXT[cost.period] : undefined,
      centsText(cost?.cents),
    ])
  })
  for (const sum of costs.sums) {
    const blanks = Array<undefined>(6).fill(undefined)
    rows.push([
      `Total ${PERIOD_TEXT[sum.period]}`,
      ...blanks,
      sum.currency,
      PERIOD_TEXT[sum.period],
      centsText(sum.cents),
    ])
  }

  rows.push(
    [],
    ['Product', plan.product ? QUESTION_TEXT.product.answers[plan.product].label : undefined, plan.product],
    ['Deployment', plan.deploy ? QUESTION_TEXT.deploy.answers[plan.deploy].label : undefined, plan.deploy],
    ['Servers', plan.servers],
    ['Rulebook', RULEBOOK.version, RULEBOOK.date],
  )
  return `${rows.map(csvRow).join('\r\n')}\r\n`
}
