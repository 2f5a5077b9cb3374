import { useEffect, useMemo, useRef } from 'react'
import { advise, RULEBOOK } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { answerLabel, CONFIDENCE_TEXT, QUESTION_TEXT } from '../domain/questions'
import { answersBefore } from '../domain/routing'
import { type Answers, QUESTION_IDS, type QuestionId } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { sourceKindText } from './citation'
import { OtherVersions } from './OtherVersions'
import { SharePanel } from './SharePanel'

interface Props {
  /** Complete answers: the machine is in its result state. */
  answers: Answers
  focusOnMount: boolean
  onChange: (question: QuestionId) => void
  onOpen: (answers: Answers) => void
  onBack: () => void
  onRestart: () => void
}

const CONFIDENCE = {
  settled: { text: CONFIDENCE_TEXT.settled.meaning, className: 'border-ok bg-ok-50 text-ok' },
  review: {
    text: `${CONFIDENCE_TEXT.review.meaning} This is our best recommendation; check the points below before you buy.`,
    className: 'border-warn bg-warn-50 text-warn',
  },
} as const

/** The advice for one person: the license, why (each reason cited), how sure, what else, what to watch. */
export default function Result({ answers, focusOnMount, onChange, onOpen, onBack, onRestart }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const advice = useMemo(() => advise(answers), [answers])

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])

  // The machine only reaches its result with complete answers, which the rulebook always decides.
  if (!advice) throw new Error(`No advice for ${JSON.stringify(answers)}`)
  const license = LICENSES[advice.license]
  const confidence = CONFIDENCE[advice.confidence]
  const price = license.prices[0]

  return (
    <article
      data-testid="advice"
      data-license={advice.license}
      data-confidence={advice.confidence}
      data-rulebook={RULEBOOK.version}
      aria-labelledby="advice-title"
      className="space-y-8"
    >
      <header className="space-y-3 rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">The license this person needs</p>
        <h2 id="advice-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {license.name}
        </h2>
        <p className="text-lg text-ink">
          <span className="font-semibold">Unit: </span>
          {license.unitText}
        </p>
        {price && (
          <p className="text-sm text-muted">
            Published price: {price.text}
            {price.disputed ? ' (unverified)' : ''} — as of {price.asOf}
          </p>
        )}
        <div className={`rounded-md border-l-4 px-4 py-3 ${confidence.className}`}>
          <p className="font-bold">{CONFIDENCE_TEXT[advice.confidence].label}</p>
          <p className="text-ink">{confidence.text}</p>
        </div>
        {advice.confidence === 'review' && (
          <div data-testid="uncertain" className="space-y-3">
            <h3 className="font-bold text-ink">What is uncertain</h3>
            <ul className="space-y-3">
              {advice.uncertain.map((u) => (
                <li key={u.what} className="space-y-1">
                  <p>{u.what}</p>
                  <p className="text-muted">
                    <span className="font-semibold text-ink">What to ask: </span>
                    {u.ask}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>

      <section aria-labelledby="why-title" className="space-y-3">
        <h3 id="why-title" className="text-xl font-bold text-brand-900">
          Why
        </h3>
        <ol className="space-y-4">
          {advice.reasons.map(({ fact, source }) => (
            <li key={fact.id} data-testid="reason" className="rounded-lg border border-line bg-surface p-4">
              <p className="leading-relaxed">{fact.statement}</p>
              <p className="mt-2 text-sm text-muted">
                Source: <cite className="font-semibold text-ink not-italic">{source.title}</cite>, {source.publisher},{' '}
                {source.edition}. {fact.locator}. <span className="whitespace-nowrap">({sourceKindText(source)}</span>,
                confidence {fact.confidence}){' '}
                {source.url && (
                  <a href={source.url} rel="noreferrer noopener" className="break-all text-brand-700 underline">
                    {source.url.replace(/^https:\/\//, '')}
                  </a>
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>

      {advice.alternatives.length > 0 && (
        <section aria-labelledby="else-title" className="space-y-3">
          <h3 id="else-title" className="text-xl font-bold text-brand-900">
            What else would do
          </h3>
          <ul className="list-disc space-y-2 pl-6">
            {advice.alternatives.map((a) => (
              <li key={`${a.license}-${a.when}`}>
                <span className="font-semibold">{LICENSES[a.license].name}</span> — {a.when}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="watch-title" className="space-y-3">
        <h3 id="watch-title" className="text-xl font-bold text-brand-900">
          What to watch for
        </h3>
        <ul className="space-y-3">
          {advice.caveats.map((c) => (
            <li key={c.id}>
              <p className="font-semibold">{c.title}</p>
              <p className="leading-relaxed text-muted">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-title" className="space-y-3">
        <h3 id="answers-title" className="text-xl font-bold text-brand-900">
          Your answers
        </h3>
        <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
          {QUESTION_IDS.filter((q) => answers[q] !== undefined).map((q) => (
            <div key={q} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 p-3 sm:flex-nowrap">
              <dt className="text-sm text-muted sm:w-2/5">{QUESTION_TEXT[q].legend}</dt>
              <dd className="flex-1 font-medium">{answerLabel(q, answers[q] as string)}</dd>
              <dd className="no-print">
                <a
                  href={encodeAnswers(answersBefore(answers, q))}
                  onClick={(e) => {
                    e.preventDefault()
                    onChange(q)
                  }}
                  className="text-brand-700 underline underline-offset-2"
                >
                  Change<span className="sr-only"> the answer to “{QUESTION_TEXT[q].legend}”</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <OtherVersions answers={answers} onOpen={onOpen} />

      <SharePanel advice={advice} answers={answers} />

      <p className="text-sm text-muted">
        Rulebook {RULEBOOK.version}, {RULEBOOK.date}. This is not legal advice: Microsoft’s Product Terms and your
        agreement in force when the licenses were bought govern.
      </p>

      <div className="no-print flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className="btn-secondary">
          Back
        </button>
        <button type="button" onClick={onRestart} className="btn-secondary">
          Start over
        </button>
      </div>
    </article>
  )
}
