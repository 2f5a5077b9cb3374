import { type FormEvent, memo, type ReactNode, type Ref, useEffect, useRef, useState } from 'react'
import type { Advice } from '../domain/advise'
import { answerLabel } from '../domain/answerText'
import { SHORT_NAME } from '../domain/names'
import { CONFIDENCE_TEXT, QUESTION_TEXT } from '../domain/questions'
import { allowedAnswers, answersBefore } from '../domain/routing'
import type { Answers, Deploy, Product, QuestionId } from '../domain/types'
import { citation } from '../ui/citation'
import { PAGE } from './content'
import { type GroupState, groupLabelOf, groupState } from './groups'
import type { GroupBy } from './vocabulary'

interface Props {
  index: number
  by: GroupBy
  groupKey: string
  size: number
  product: Product
  deploy: Deploy
  answers: Answers | undefined
  onApply: (key: string, answers: Answers) => void
  /** A user answered on their own: their name instead of the grouping value, and the way back to their group. */
  alone?: { name: string; onBack: () => void }
}

/**
 * One group of users, asked the questionnaire's own questions with native radios (name = question
 * id, value = answer id). Submitting applies the answers shown to every user of the group; the next
 * question on the path then appears, until the path is complete and advise() gives the license.
 */
export const GroupForm = memo(function GroupForm({
  index,
  by,
  groupKey,
  size,
  product,
  deploy,
  answers,
  onApply,
  alone,
}: Props) {
  const state: GroupState = groupState(product, deploy, answers)
  // The radios show the draft; only the submit button applies it to the group.
  const [draft, setDraft] = useState<Answers>(state.answers)
  const [missing, setMissing] = useState(false)
  const id = alone ? `check-alone-${index}` : `check-group-${index}`
  const complete = state.next === undefined
  const path: Answers = { ...state.answers, product, deploy }
  // A restored mapping or a new product resets the draft to what the group now holds.
  useEffect(() => setDraft(groupState(product, deploy, answers).answers), [product, deploy, answers])
  // A user just taken out of their group starts open: they are there to be answered differently.
  const { open, formRef, changeRef, applied, reopen } = useFolding(!complete || alone !== undefined, state.next)

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    setMissing(state.next !== undefined && draft[state.next] === undefined)
    const next = groupState(product, deploy, draft)
    onApply(groupKey, next.answers)
    applied()
  }

  const label = alone ? alone.name : groupLabelOf(by, groupKey)
  const title = (
    <h3 id={`${id}-title`} className="text-lg font-bold text-brand-900">
      <bdi>{label}</bdi>{' '}
      <span className="font-normal text-muted">— {alone ? PAGE.aloneUser : PAGE.groupUsers(size)}</span>
    </h3>
  )
  const back = alone && (
    <button type="button" className="btn-link" onClick={alone.onBack}>
      {PAGE.aloneBack}
      <span className="sr-only"> {label}</span>
    </button>
  )

  if (complete && !open && state.advice)
    return (
      <FoldedGroup
        id={id}
        by={by}
        groupKey={groupKey}
        title={title}
        advice={state.advice}
        label={label}
        changeRef={changeRef}
        onChange={reopen}
        back={back}
      />
    )

  return (
    <form
      data-testid="check-group"
      data-by={by}
      data-value={groupKey}
      data-complete={complete ? 'true' : 'false'}
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      ref={formRef}
      id={id}
      className="space-y-4 rounded-xl border border-line bg-surface p-4"
    >
      {title}
      <GroupQuestions
        id={id}
        questions={state.questions}
        path={path}
        draft={draft}
        missing={missing ? state.next : undefined}
        onPick={(q, a) => setDraft((d) => ({ ...d, [q]: a }))}
      />
      {missing && state.next && (
        <p id={`${id}-missing`} className="font-semibold text-danger">
          {PAGE.groupMissing(QUESTION_TEXT[state.next].legend)}
        </p>
      )}
      {complete && state.advice ? <GroupAdvice advice={state.advice} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-secondary">
          {alone ? PAGE.aloneApply : PAGE.groupApply}
        </button>
        {back}
      </div>
    </form>
  )
})

/**
 * An answered group folds to one line with Change, so the groups still to answer stand out (issue 20 item 4),
 * and focus follows the person: to the next question after an answer, to Change once folded, to the first
 * radio when Change opens it again.
 */
function useFolding(startOpen: boolean, next: QuestionId | undefined) {
  const [applies, setApplies] = useState(0)
  const [open, setOpen] = useState(startOpen)
  const [reopened, setReopened] = useState(0)
  const folded = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const changeRef = useRef<HTMLButtonElement>(null)

  // After an answer is applied, the next question is where the person continues.
  useEffect(() => {
    if (applies === 0) return
    if (next) formRef.current?.querySelector<HTMLInputElement>(`input[name="${next}"]`)?.focus()
    else {
      setOpen(false)
      folded.current = true
    }
  }, [applies, next])

  // Focus stays on the group just answered, now one line: its Change button.
  useEffect(() => {
    if (open || !folded.current) return
    folded.current = false
    changeRef.current?.focus()
  }, [open])

  useEffect(() => {
    if (reopened > 0) formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus()
  }, [reopened])

  return {
    open,
    formRef,
    changeRef,
    applied: () => setApplies((n) => n + 1),
    reopen: () => {
      setOpen(true)
      setReopened((n) => n + 1)
    },
  }
}

/** An answered group folded to one line, so the groups still to answer stand out (issue 20 item 4). */
function FoldedGroup(props: {
  id: string
  by: GroupBy
  groupKey: string
  title: ReactNode
  advice: Advice
  label: string
  changeRef: Ref<HTMLButtonElement>
  onChange: () => void
  back: ReactNode
}) {
  return (
    <section
      data-testid="check-group"
      data-by={props.by}
      data-value={props.groupKey}
      data-complete="true"
      aria-labelledby={`${props.id}-title`}
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 py-3"
    >
      <div>
        {props.title}
        <Answered advice={props.advice} />
      </div>
      <button ref={props.changeRef} type="button" className="btn-secondary" onClick={props.onChange}>
        {PAGE.groupChange}
        <span className="sr-only"> {props.label}</span>
      </button>
      {props.back}
    </section>
  )
}

/** The group's questions on its path, each with the answers the routing allows there, as native radios. */
function GroupQuestions(props: {
  id: string
  questions: readonly QuestionId[]
  path: Answers
  draft: Answers
  /** The question left unanswered on submit, described by the form's message. */
  missing: QuestionId | undefined
  onPick: (question: QuestionId, answer: string) => void
}) {
  const { id } = props
  return props.questions.map((q) => {
    const before = answersBefore(props.path, q)
    return (
      <fieldset key={q} className="space-y-2" aria-describedby={q === props.missing ? `${id}-missing` : undefined}>
        <legend className="font-semibold text-ink">{QUESTION_TEXT[q].legend}</legend>
        {allowedAnswers(q, before).map((a) => {
          const inputId = `${id}-${q}-${a}`
          return (
            <div key={a} className="answer flex gap-3 rounded-lg border border-line p-2">
              <input
                type="radio"
                id={inputId}
                name={q}
                value={a}
                checked={props.draft[q] === a}
                onChange={() => props.onPick(q, a)}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={inputId} className="cursor-pointer">
                {answerLabel(q, a)}
              </label>
            </div>
          )
        })}
      </fieldset>
    )
  })
}

/** A complete group's license, and why, with the sources. */
function GroupAdvice({ advice }: { advice: Advice }) {
  return (
    <div className="space-y-1">
      <Answered advice={advice} />
      <details>
        <summary className="cursor-pointer text-brand-700 underline underline-offset-2">{PAGE.groupWhy}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {advice.reasons.map((r) => (
            <li key={r.fact.id}>
              {r.fact.statement}{' '}
              <cite className="text-muted">
                (<span lang="en">{citation(r.source, r.fact.locator)}</span>)
              </cite>
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}

const Answered = ({ advice }: { advice: Advice }) => (
  <p>
    <span className="font-semibold">{PAGE.groupComplete}:</span> {SHORT_NAME[advice.license]} (
    {CONFIDENCE_TEXT[advice.confidence].label})
  </p>
)
