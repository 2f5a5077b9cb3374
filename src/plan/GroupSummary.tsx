import { memo } from 'react'
import { SHORT_NAME } from '../domain/names'
import { CONFIDENCE_TEXT } from '../domain/questions'
import type { GroupResult } from '../share/totals'
import { PLAN_TEXT } from './content'
import { groupFieldId, groupTitle } from './groupIds'
import { quantityText } from './messages'

interface Props {
  index: number
  result: GroupResult
  /** Replaces this line with the group's fields and moves focus into them. */
  onEdit: (index: number) => void
}

/**
 * One group of a large plan on one line: what it is, how many, its license and whether it needs
 * review, and a button that opens its fields. A few elements instead of a form of selects is what
 * lets a plan of hundreds of groups open in under a second (review item 13, scripts/bench-plan.mjs).
 */
export const GroupSummary = memo(function GroupSummary({ index, result, onEdit }: Props) {
  const title = groupTitle(index, result)
  const { advice } = result
  const count =
    result.count === undefined
      ? result.countText.trim() || PLAN_TEXT.compact.noCount
      : quantityText(result.answers.device === 'shared' ? 'device' : 'person', result.count, result.low)
  return (
    <fieldset
      data-testid="plan-group"
      data-status={result.status}
      data-license={advice?.license}
      data-confidence={advice?.confidence}
      className="min-w-0 rounded-xl border border-line bg-surface px-4 py-3 shadow-sm [contain-intrinsic-size:auto_5rem] [content-visibility:auto]"
    >
      <legend className="float-left w-full break-words font-bold text-brand-900">{title}</legend>
      <div className="clear-left flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className="text-sm text-ink">
          <span className="tabular-nums">{count}</span>
          {' · '}
          {advice ? SHORT_NAME[advice.license] : PLAN_TEXT.compact.notCounted}
          {advice && (
            <span
              className={`ml-2 inline-block rounded border px-1.5 font-semibold ${
                advice.confidence === 'settled' ? 'border-ok text-ok' : 'border-warn text-warn'
              }`}
            >
              {CONFIDENCE_TEXT[advice.confidence].label}
            </span>
          )}
          {advice && result.status !== 'counted' && <span className="text-muted">{PLAN_TEXT.compact.notInTotals}</span>}
        </p>
        {/* It carries the id of the name field it turns into, so the summary's and the totals' links to a
            group land on it while the group is folded. */}
        <button id={groupFieldId(index, 'name')} type="button" className="btn-secondary" onClick={() => onEdit(index)}>
          {PLAN_TEXT.compact.edit} <span className="sr-only">{title}</span>
        </button>
      </div>
    </fieldset>
  )
})
