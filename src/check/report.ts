import type { Reason } from '../domain/advise'
import { RULEBOOK } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { QUESTION_TEXT } from '../domain/questions'
import type { Deploy, Product } from '../domain/types'
import { csvRow } from '../share/csv'
import { SHARE_TEXT } from '../share/text'
import type { Checked, Verdict } from './classify'
import { ACTION_TEXT, REPORT_TEXT, STATUS_TEXT, TODO_TEXT } from './content'
import type { CheckTotals } from './groups'
import { actionOf, todoLines, todoOf } from './todo'

/**
 * The report as a spreadsheet: a row per user with the reason and its source, a blank line, the
 * totals, then what it was computed from. Cells go through the planner's csvRow, so a name such as
 * "=HYPERLINK(…)" from the file stays text in Excel.
 */

const nameOf = (id: string) => (id === 'unknown' ? REPORT_TEXT.unknown : LICENSES[id as keyof typeof LICENSES].name)
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
    REPORT_TEXT.users,
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
  rows.push([], REPORT_TEXT.totals)
  for (const t of input.totals.rows) {
    rows.push([
      t.license,
      LICENSES[t.license].name,
      t.held,
      t.needed,
      t.needed - t.held,
      t.costCents === undefined ? undefined : (t.costCents / 100).toFixed(2),
      t.currency,
      t.period ? SHARE_TEXT.period[t.period] : undefined,
    ])
  }
  rows.push(
    [],
    [REPORT_TEXT.product, QUESTION_TEXT.product.answers[input.product].label, input.product],
    [REPORT_TEXT.deploy, QUESTION_TEXT.deploy.answers[input.deploy].label, input.deploy],
    [REPORT_TEXT.files, input.files.join('; ')],
    [REPORT_TEXT.rulebook, RULEBOOK.version, RULEBOOK.date],
  )
  return `${rows.map(csvRow).join('\r\n')}\r\n`
}
