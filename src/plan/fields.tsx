import type { UseFormRegisterReturn } from 'react-hook-form'
import { answerLabel, answerText } from '../domain/answerText'
import { QUESTION_TEXT } from '../domain/questions'
import type { QuestionId } from '../domain/types'
import { PLAN_TEXT } from './content'

/** Shared look of the planner's native inputs; an invalid one gets a thicker red border, not only a colour. */
export const INPUT =
  'block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 text-base text-ink aria-invalid:border-2 aria-invalid:border-danger'

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1 font-semibold text-danger">
      <span className="sr-only">{PLAN_TEXT.fieldError}</span>
      {message}
    </p>
  )
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

interface QuestionSelectProps {
  id: string
  question: QuestionId
  options: readonly string[]
  /** The answer in use, if any: its hint is shown under the select. */
  value: string | undefined
  error: string | undefined
  registration: UseFormRegisterReturn
  /** Which group the question is asked of, read after the question so a list of form controls tells them apart. */
  context?: string
}

/**
 * One question as a native select, labelled with the questionnaire's own wording. Each answer's
 * hint is the option's title, and the chosen answer's hint is shown (and announced) under it.
 */
export function QuestionSelect({ id, question, options, value, error, registration, context }: QuestionSelectProps) {
  const text = QUESTION_TEXT[question]
  const hint = value ? answerText(question, value)?.hint : undefined
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink">
        {text.legend}
      </label>
      <select
        id={id}
        // The visible question first, so the name still holds what is on screen (WCAG 2.5.3).
        aria-label={context ? `${text.legend} (${context})` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={`${INPUT} mt-1`}
        {...registration}
      >
        <option value="">{PLAN_TEXT.chooseAnswer}</option>
        {options.map((a) => (
          <option key={a} value={a} title={answerText(question, a)?.hint}>
            {answerLabel(question, a)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

export { describedBy }
