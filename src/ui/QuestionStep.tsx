import { type FormEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react'
import { answerLabel, answerText } from '../domain/answerText'
import { QUESTION_TEXT } from '../domain/questions'
import type { QuestionId } from '../domain/types'
import { LINK_VERSION } from '../share/advice'
import { UI_TEXT } from './content'
import { AnswerOption } from './kit/AnswerOption'
import { ErrorSummary } from './kit/ErrorSummary'
import { PageTitle, useDocumentTitle } from './PageTitle'

interface Props {
  question: QuestionId
  /** The answers this question allows at this point of the path, in the order to offer them. */
  options: readonly string[]
  /** The answer given before (after Back or Change), preselected. */
  initial?: string
  /** Where on the path this question is, for the progress line. */
  step: number
  total: number
  /** Move focus to the question when it appears (not on the first page load). */
  focusOnMount: boolean
  /** The last press on a question of this questionnaire, kept across its steps (see isTailOfPress). */
  lastPress?: { current: Press | undefined }
  onAnswer: (value: string) => void
  onBack?: () => void
  onRestart?: () => void
}

const T = UI_TEXT.question
const errorFor = (question: QuestionId) => T.required(QUESTION_TEXT[question].legend)

/**
 * One question: a form with one fieldset of native radios named by the question id and valued by
 * the answer id (the public contract), sent with its submit button. Until the app has booted, the
 * prerendered first question submits itself as a plain GET form: `?v=2&product=…`, the link to the
 * next step.
 */
export interface Press {
  /** The question (its instance's id) the press landed on. */
  question: string
  x: number
  y: number
  at: number
}

/**
 * Whether a press is the second half of the one before, though the browser counted it as a new click:
 * on another question (the one the first press brought), within the OS double-click time, a few
 * pixels away. Playwright and people alike take longer, or press elsewhere, for the next question.
 */
export function isTailOfPress(press: Press, before: Press | undefined): boolean {
  return (
    before !== undefined &&
    before.question !== press.question &&
    press.at >= before.at &&
    press.at - before.at < 500 &&
    Math.hypot(press.x - before.x, press.y - before.y) <= 10
  )
}

/**
 * The second click of a double click does nothing: the first one already answered or stepped back,
 * so the second lands on the next question under the pointer, where it would send that question
 * empty, pick one of its answers or step back again. Its press does not take the focus from the
 * question's heading either. A second press a few pixels away is a new click to the browser
 * (detail 1), so place and time tell it too (isTailOfPress).
 */
function useDoubleClickGuard(id: string, shared: { current: Press | undefined } | undefined) {
  const own = useRef<Press>(undefined)
  const lastPress = shared ?? own
  return (event: MouseEvent<HTMLFormElement>) => {
    const press = { question: id, x: event.clientX, y: event.clientY, at: event.timeStamp }
    // Back pressed twice quickly means back twice: only a double click is taken for one press there.
    const repeatable = event.target instanceof Element && event.target.closest('[data-repeatable]') !== null
    const tail = event.detail >= 2 || (event.detail === 1 && !repeatable && isTailOfPress(press, lastPress.current))
    if (event.type === 'click' && event.detail > 0) lastPress.current = press
    if (!tail) return
    event.preventDefault()
    event.stopPropagation()
  }
}

export function QuestionStep({
  question,
  options,
  initial,
  step,
  total,
  focusOnMount,
  lastPress: sharedLastPress,
  onAnswer,
  onBack,
  onRestart,
}: Props) {
  const text = QUESTION_TEXT[question]
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  // One radio group and one rule need no form library: the form reads the browser's own state of
  // the radios, which also keeps an answer picked before the page hydrated.
  const [error, setError] = useState<string>()
  const [submitCount, setSubmitCount] = useState(0)
  const preselected = initial && options.includes(initial) ? initial : undefined
  // One rule covers both an empty submit and a value this point of the path does not allow.
  const answerIn = (form: HTMLFormElement) => {
    const value = new FormData(form).get(question)
    return typeof value === 'string' && options.includes(value) ? value : undefined
  }
  const ignoreDoubleClick = useDoubleClickGuard(id, sharedLastPress)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = answerIn(event.currentTarget)
    if (value !== undefined) onAnswer(value)
    else {
      setError(errorFor(question))
      setSubmitCount((count) => count + 1)
    }
  }

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])

  const title = UI_TEXT.title.question(text.legend, step)
  useDocumentTitle(error ? UI_TEXT.title.error(title) : title)

  // The error summary takes focus on each failed submit, so the problem is announced and one Tab away.
  useEffect(() => {
    if (error && submitCount > 0) summaryRef.current?.focus()
  }, [error, submitCount])

  const first = `${id}-${options[0]}`
  return (
    // The fieldset's legend names the question: naming the form too would announce it twice.
    <form
      noValidate
      onSubmit={submit}
      onClickCapture={ignoreDoubleClick}
      onMouseDownCapture={ignoreDoubleClick}
      // Once shown, the error goes as soon as an answer is picked.
      onChange={(event) => {
        if (error && answerIn(event.currentTarget)) setError(undefined)
      }}
      className="space-y-6"
    >
      <input type="hidden" name="v" value={LINK_VERSION} />
      <p className="text-sm font-medium text-muted">{T.progress(step, total)}</p>
      <progress className="progress h-1.5 w-full" max={total} value={step - 1} aria-hidden="true" />

      {error && (
        <ErrorSummary
          id={`${id}-problem`}
          title={T.problem}
          entries={[{ target: first, message: error }]}
          summaryRef={summaryRef}
        />
      )}

      <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-4">
        {/* The question is the page's one h1, inside its legend, as on GOV.UK question pages. */}
        <legend className="mb-2">
          <PageTitle
            id={`${id}-legend`}
            titleRef={headingRef}
            className="text-2xl font-bold tracking-tight text-brand-900 focus:outline-none sm:text-3xl"
          >
            {text.legend}
          </PageTitle>
        </legend>
        <details className="group rounded-md text-muted">
          <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2">{T.why}</summary>
          <p className="mt-2 max-w-prose leading-relaxed">{text.why}</p>
        </details>
        {error && (
          <p id={`${id}-error`} className="font-semibold text-danger">
            <span className="sr-only">{T.errorPrefix}</span>
            {error}
          </p>
        )}
        <div className={`space-y-3 ${error ? 'border-l-4 border-danger pl-4' : ''}`}>
          {options.map((value) => (
            <AnswerOption
              key={value}
              id={`${id}-${value}`}
              name={question}
              value={value}
              label={answerLabel(question, value)}
              hint={answerText(question, value)?.hint}
              invalid={error !== undefined}
              defaultChecked={value === preselected}
            />
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary">
          {T.continue}
        </button>
        {onBack && (
          <button type="button" onClick={onBack} className="btn-secondary" data-repeatable>
            {T.back}
          </button>
        )}
        {onRestart && (
          <button type="button" onClick={onRestart} className="btn-link ml-auto">
            {T.restart}
          </button>
        )}
      </div>
    </form>
  )
}
