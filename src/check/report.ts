import type { Reason } from '../domain/advise'
import { RULEBOOK } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { QUESTION_TEXT } from '../domain/questions'
import type { Deploy, Product } from '../domain/types'
import { csvRow } from '../share/csv'
import { PERIOD_TEXT } from '../share/prices'
import type { Checked, Verdict } from './classify'
import { ACTION_TEXT, STATUS_TEXT, TODO_TEXT } from './content'
import type { CheckTotals } from './groups'
import { actionOf, todoLines, todoOf } from './todo'

/**
 * The report as a spreadsheet: a row per user with the reason and its source, a blank line, the
 * totals, then what it was computed from. Cells go through the planner's csvRow, so a name such as
 * "=HYPERLINK(…)" from the file stays text in Excel.
 */

export const USER_HEADER = [
  'Row',
  'Full Name',
  'User Name',
  'Business Unit',
  'Security Roles',
  'Title',
  'Group',
  'Holds (id)',
  'Holds',
  'Needs (id)',
  'Needs',
  'Status',
  'Why',
  'Source',
  'Locator',
  'What to do',
] as const

const nameOf = (id: string) => (id === 'unknown' ? 'unknown' : LICENSES[id as keyof typeof LICENSES].name)
const sourceText = (r: Reason | undefined) =>
  r ? `${r.source.title}, ${r.source.publisher}, ${r.source.edition}` : undefined

export function checkCsv(input: {
  product: Product
  deploy: Deploy
  files: readonly string[]
  checked: readonly Checked[]
  verdicts: readonly Verdict[]
  groupOf: (index: number) => string | undefined
  totals: CheckTotals
}): string {
  // The to-do list first, as on the page; then the users, the totals and what it was computed from.
  const todo = todoOf(input.verdicts.map((verdict, i) => ({ verdict, flags: input.checked[i].flags })))
  const lines = todoLines(todo)
  const rows: (readonly (string | number | undefined)[])[] = [
    [TODO_TEXT.title],
    ...(lines.length === 0 ? [[TODO_TEXT.nothing]] : lines.map((l) => [l.text])),
    [],
    USER_HEADER,
  ]
  input.checked.forEach((c, i) => {
    const v = input.verdicts[i]
    const u = c.user
    const first = v.reasons[0]
    rows.push([
      u.at,
      u.fullName,
      u.userName,
      u.unit,
      u.roles,
      u.title ?? u.jobTitle,
      input.groupOf(i),
      v.held,
      nameOf(v.held),
      v.needed,
      nameOf(v.needed),
      STATUS_TEXT[v.status],
      v.why,
      sourceText(first),
      first?.fact.locator,
      ACTION_TEXT[actionOf(v, c.flags)](nameOf(v.held), v.needed === 'none' ? 'none' : nameOf(v.needed)),
    ])
  })
  rows.push([], ['License id', 'License', 'Held', 'Needed', 'Difference', 'Cost difference', 'Currency', 'Paid'])
  for (const t of input.totals.rows) {
    rows.push([
      t.license,
      LICENSES[t.license].name,
      t.held,
      t.needed,
      t.needed - t.held,
      t.costCents === undefined ? undefined : (t.costCents / 100).toFixed(2),
      t.currency,
      t.period ? PERIOD_TEXT[t.period] : undefined,
    ])
  }
  rows.push(
    [],
    ['Product', QUESTION_TEXT.product.answers[input.product].label, input.product],
    ['Deployment', QUESTION_TEXT.deploy.answers[input.deploy].label, input.deploy],
    ['Files', input.files.join('; ')],
    ['Rulebook', RULEBOOK.version, RULEBOOK.date],
  )
  return `${rows.map(csvRow).join('\r\n')}\r\n`
}
