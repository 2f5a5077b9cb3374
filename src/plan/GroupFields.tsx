import { memo } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { allowedAnswers } from '../domain/routing'
import { encodeAnswers } from '../share/advice'
import type { GroupResult, IssueField } from '../share/totals'
import { PLAN_TEXT } from './content'
import { describedBy, FieldError, INPUT, QuestionSelect } from './fields'
import type { PlanValues } from './form'
import { GroupOutcome } from './GroupOutcome'
import { groupFieldId, groupTitle } from './groupIds'
import { COUNT_HINT, issueText } from './messages'

function issueMessage(result: GroupResult, field: IssueField): string | undefined {
  const issue = result.issues.find((i) => i.field === field)
  return issue && issueText(issue, result.label)
}

interface Props {
  index: number
  result: GroupResult
  /** The fields whose problems are shown, comma-separated (a string, so memo compares it by value). */
  shown: string
  register: UseFormRegister<PlanValues>
  onRemove: (index: number) => void
  onDuplicate: (index: number) => void
  /** Opens the group's full advice in the app, carrying the plan. */
  onOpenAdvice: (index: number) => void
  /** The address of the group's full advice with the plan as it is now, for a link opened elsewhere. */
  adviceSearch: (index: number) => string
}

/**
 * One group: its name, count and the questions on its path, then what it needs and why. Memoised
 * on its own result, so an edit to one group of hundreds re-renders that group alone.
 */
export const GroupFields = memo(function GroupFields({
  index,
  result,
  shown,
  register,
  onRemove,
  onDuplicate,
  onOpenAdvice,
  adviceSearch,
}: Props) {
  const visible = new Set(shown.split(','))
  const errorOf = (field: IssueField) => (visible.has(field) ? issueMessage(result, field) : undefined)
  const title = groupTitle(index, result)

  return (
    <fieldset
      data-testid="plan-group"
      data-status={result.status}
      data-license={result.advice?.license}
      data-confidence={result.advice?.confidence}
      // Off screen, a group is not laid out or painted: a 500-group plan's layout is the cost of each edit.
      className="min-w-0 space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm [contain-intrinsic-size:auto_30rem] [content-visibility:auto] sm:p-5"
    >
      <legend className="float-left mb-1 w-full break-words text-lg font-bold text-brand-900">{title}</legend>
      <NameAndCount
        index={index}
        devices={result.answers.device === 'shared'}
        countError={errorOf('count')}
        register={register}
      />

      {result.waiting ? (
        <p className="text-muted">{PLAN_TEXT.group.waiting}</p>
      ) : (
        <div className="space-y-4">
          {result.questions.map((q) => (
            <QuestionSelect
              key={q}
              id={groupFieldId(index, q)}
              question={q}
              options={allowedAnswers(q, result.answers)}
              value={result.answers[q]}
              error={errorOf(q)}
              context={title}
              registration={register(`groups.${index}.${q as Exclude<typeof q, 'product' | 'deploy'>}`)}
            />
          ))}
        </div>
      )}

      <GroupOutcome
        result={result}
        flagged={result.issues.some((i) => visible.has(i.field))}
        adviceLink={
          <a
            href={encodeAnswers(result.answers)}
            // Refreshed before it is followed, so a new tab or a copied link carries the plan as it is now.
            onPointerDown={(e) => e.currentTarget.setAttribute('href', adviceSearch(index))}
            onFocus={(e) => e.currentTarget.setAttribute('href', adviceSearch(index))}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
              e.preventDefault()
              onOpenAdvice(index)
            }}
            className="text-brand-700 underline underline-offset-2"
          >
            {PLAN_TEXT.group.fullAdvice} <span className="sr-only">({result.label})</span>
          </a>
        }
      />

      <div className="flex justify-end gap-4">
        <button type="button" className="btn-link" onClick={() => onDuplicate(index)}>
          {PLAN_TEXT.duplicate} <span className="sr-only">{title}</span>
        </button>
        <button type="button" className="btn-link" onClick={() => onRemove(index)}>
          {PLAN_TEXT.remove} <span className="sr-only">{title}</span>
        </button>
      </div>
    </fieldset>
  )
})

/** A group's name and how many it counts: people, or shared devices. */
function NameAndCount({
  index,
  devices,
  countError,
  register,
}: {
  index: number
  devices: boolean
  countError: string | undefined
  register: UseFormRegister<PlanValues>
}) {
  const nameId = groupFieldId(index, 'name')
  const countId = groupFieldId(index, 'count')
  return (
    <div className="clear-left grid gap-4 sm:grid-cols-[3fr_2fr]">
      <div>
        <label htmlFor={nameId} className="block font-semibold text-ink">
          {PLAN_TEXT.group.name}
        </label>
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          className={`${INPUT} mt-1`}
          {...register(`groups.${index}.name`)}
        />
      </div>
      <div>
        <label htmlFor={countId} className="block font-semibold text-ink">
          {PLAN_TEXT.countLabel(devices)}
        </label>
        <input
          id={countId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={countError ? true : undefined}
          aria-describedby={describedBy(`${countId}-hint`, countError && `${countId}-error`)}
          className={`${INPUT} mt-1`}
          {...register(`groups.${index}.count`)}
        />
        <p id={`${countId}-hint`} className="mt-1 text-sm text-muted">
          {COUNT_HINT}
        </p>
        <FieldError id={`${countId}-error`} message={countError} />
      </div>
    </div>
  )
}
