import { memo } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { LICENSES } from '../domain/licenses'
import { CONFIDENCE_TEXT } from '../domain/questions'
import { allowedAnswers } from '../domain/routing'
import { encodeAnswers } from '../share/advice'
import type { GroupResult, IssueField } from '../share/totals'
import { PLAN_TEXT } from './content'
import { describedBy, FieldError, INPUT, QuestionSelect } from './fields'
import type { PlanValues } from './form'
import { groupFieldId, groupTitle } from './groupIds'
import { COUNT_HINT, issueText } from './messages'

const WHY_MAX = 160

/** The first reason in one line: cut at a word before WHY_MAX characters when it is longer. */
export function shortWhy(statement: string): string {
  if (statement.length <= WHY_MAX) return statement
  const cut = statement.slice(0, WHY_MAX)
  const space = cut.lastIndexOf(' ')
  return `${(space > 80 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`
}

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
  const countId = groupFieldId(index, 'count')
  const countError = errorOf('count')
  const shared = result.answers.device === 'shared'
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
      <div className="clear-left grid gap-4 sm:grid-cols-[3fr_2fr]">
        <div>
          <label htmlFor={groupFieldId(index, 'name')} className="block font-semibold text-ink">
            Name
          </label>
          <input
            id={groupFieldId(index, 'name')}
            type="text"
            autoComplete="off"
            className={`${INPUT} mt-1`}
            {...register(`groups.${index}.name`)}
          />
        </div>
        <div>
          <label htmlFor={countId} className="block font-semibold text-ink">
            {PLAN_TEXT.countLabel(shared)}
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

      {result.waiting ? (
        <p className="text-muted">Choose the product and where it runs, above, to see this group’s questions.</p>
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

      <Outcome
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
            The full advice for this group <span className="sr-only">({result.label})</span>
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

function Flag({ tone, children }: { tone: 'muted' | 'danger'; children: React.ReactNode }) {
  const look = tone === 'danger' ? 'border-danger bg-danger-50 text-danger' : 'border-line bg-canvas text-muted'
  return (
    <p data-testid="group-flag" className={`rounded-md border-l-4 px-3 py-2 font-semibold ${look}`}>
      {children}
    </p>
  )
}

function Outcome({
  result,
  flagged,
  adviceLink,
}: {
  result: GroupResult
  flagged: boolean
  adviceLink: React.ReactNode
}) {
  const { advice, status } = result
  const reason = advice?.reasons[0]
  return (
    <div className="space-y-2">
      {advice && (
        <div className="space-y-2 rounded-lg bg-brand-50 p-3">
          <p>
            <span className="font-semibold text-ink">{LICENSES[advice.license].name}</span>{' '}
            <span
              className={`ml-1 inline-block rounded border px-1.5 text-sm font-semibold ${
                advice.confidence === 'settled' ? 'border-ok text-ok' : 'border-warn text-warn'
              }`}
            >
              {CONFIDENCE_TEXT[advice.confidence].label}
            </span>
          </p>
          {reason && (
            <p className="text-sm text-ink">
              {shortWhy(reason.fact.statement)} <span className="text-muted">—</span>{' '}
              <cite className="not-italic text-muted">{reason.source.title}</cite>
            </p>
          )}
          <p className="text-sm">{adviceLink}</p>
        </div>
      )}
      {result.chooseApp && <Flag tone="muted">{PLAN_TEXT.chooseAppFlag}</Flag>}
      {status === 'none' && <Flag tone="muted">Needs no license, so it is not in the totals.</Flag>}
      {status === 'undetermined' && (
        <Flag tone="muted">The sources do not settle its license, so it is not in the totals.</Flag>
      )}
      {status === 'invalid' &&
        (result.blank ? (
          <Flag tone="muted">Not counted yet: give it a count and answer its questions.</Flag>
        ) : result.waiting && result.issues.length === 0 ? (
          <Flag tone="muted">Not counted yet: choose the product and where it runs.</Flag>
        ) : flagged ? (
          <Flag tone="danger">
            Left out of the totals until {result.issues.length === 1 ? 'this is' : 'these are'} fixed:{' '}
            {result.issues.map((i) => issueText(i, result.label)).join(' ')}
          </Flag>
        ) : (
          <Flag tone="muted">Not counted yet: {result.issues.map((i) => issueText(i, result.label)).join(' ')}</Flag>
        ))}
    </div>
  )
}
