import { memo } from 'react'
import { answerLabel } from '../domain/answerText'
import { SHORT_NAME } from '../domain/names'
import { QUESTION_TEXT } from '../domain/questions'
import { QUESTION_IDS } from '../domain/types'
import type { GroupResult, PlanInput } from '../share/totals'
import { PLAN_TEXT } from './content'
import { quantityText } from './messages'

/** On paper the form is hidden; this table says what each group is and needs. */
export function PrintGroups({
  plan,
  groups,
  keys,
  link,
}: {
  plan: PlanInput
  groups: readonly GroupResult[]
  keys: readonly string[]
  link: string
}) {
  if (groups.length === 0) return null
  const facts = [
    plan.product && QUESTION_TEXT.product.answers[plan.product].label,
    plan.deploy && QUESTION_TEXT.deploy.answers[plan.deploy].label,
    plan.servers !== undefined && PLAN_TEXT.print.servers(quantityText('server', plan.servers)),
  ].filter(Boolean)
  return (
    <section aria-labelledby="print-groups-title" className="hidden space-y-2 print:block">
      <p className="font-semibold">{facts.join(' · ')}</p>
      <h2 id="print-groups-title" className="text-xl font-bold text-brand-900">
        {PLAN_TEXT.groupsTitle}
      </h2>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-line">
            <th scope="col">{PLAN_TEXT.print.group}</th>
            <th scope="col">{PLAN_TEXT.print.count}</th>
            <th scope="col">{PLAN_TEXT.print.answers}</th>
            <th scope="col">{PLAN_TEXT.print.license}</th>
            <th scope="col">{PLAN_TEXT.print.confidence}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => (
            <PrintRow key={keys[i] ?? g.label} group={g} />
          ))}
        </tbody>
      </table>
      <p className="break-all text-sm">
        {PLAN_TEXT.print.link}
        {link}
      </p>
    </section>
  )
}

// Memoised like the group fieldsets: an edit re-renders the one row whose result changed.
const PrintRow = memo(function PrintRow({ group: g }: { group: GroupResult }) {
  return (
    <tr className="border-b border-line">
      <td>{g.label}</td>
      <td className="tabular-nums">
        {g.count === undefined
          ? g.countText
          : quantityText(g.answers.device === 'shared' ? 'device' : 'person', g.count, g.low)}
      </td>
      <td className="text-sm">
        {QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && g.answers[q] !== undefined)
          .map((q) => answerLabel(q, g.answers[q] as string))
          .join(' · ')}
      </td>
      <td>{g.advice ? SHORT_NAME[g.advice.license] : PLAN_TEXT.print.notCounted}</td>
      <td>
        {g.advice ? PLAN_TEXT.confidence[g.advice.confidence] : ''}
        {g.status !== 'counted' ? PLAN_TEXT.print.notInTotals : ''}
      </td>
    </tr>
  )
})
