import type { Advice } from '../../domain/advise'
import { whenText } from '../../domain/alternativeText'
import { answerLabel } from '../../domain/answerText'
import { LICENSES } from '../../domain/licenses'
import { QUESTION_TEXT } from '../../domain/questions'
import { answersBefore } from '../../domain/routing'
import { sourceOf } from '../../domain/sources'
import { type Answers, type Fact, QUESTION_IDS, type QuestionId } from '../../domain/types'
import { encodeAnswers } from '../../share/advice'
import { type Carried, withCarried } from '../../share/carry'
import { citation, sourceKindText } from '../citation'
import { nextSteps } from '../nextSteps'
import { RESULT_TEXT } from '../resultContent'

const T = RESULT_TEXT.result

function FactCitation({ fact }: { fact: Fact }) {
  const source = sourceOf(fact.source)
  if (!source) return null
  // Documents are cited as they are titled: in English on every page, marked so (contract section 8).
  return (
    <span className="block text-sm text-muted">
      {T.source}
      <span lang="en">{citation(source, fact.locator)}</span>.
    </span>
  )
}

/** What to do next, in order, each step with the facts it rests on. */
export function NextSteps({ advice, answers }: { advice: Advice; answers: Answers }) {
  const steps = nextSteps(advice, answers)
  return (
    <section aria-labelledby="next-title" className="space-y-3">
      <h2 id="next-title" className="text-xl font-bold text-brand-900">
        {RESULT_TEXT.nextSteps.title}
      </h2>
      <ol data-testid="next-steps" className="list-decimal space-y-3 pl-6">
        {steps.map((step) => (
          <li key={step.id} data-step={step.id}>
            <p className="font-semibold">{step.title}</p>
            {step.parts.map((part) => (
              <p key={part.text} className="leading-relaxed text-ink">
                {part.text}
                {part.facts.map((f) => (
                  <FactCitation key={f.id} fact={f} />
                ))}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** Why: each reason with its source, Microsoft's own words where they are known (kept in English). */
export function Reasons({ advice }: { advice: Advice }) {
  return (
    <section aria-labelledby="why-title" className="space-y-3">
      <h2 id="why-title" className="text-xl font-bold text-brand-900">
        {T.why}
      </h2>
      <ol className="space-y-4">
        {advice.reasons.map(({ fact, source }) => (
          <li key={fact.id} data-testid="reason" className="break-words rounded-lg border border-line bg-surface p-4">
            <p className="leading-relaxed">{fact.statement}</p>
            {source.kind === 'third-party' && (
              <p data-testid="third-party" className="mt-1 text-sm font-semibold text-warn">
                {T.thirdParty}
              </p>
            )}
            {fact.quote && (
              <details data-testid="quote" className="mt-2 rounded-md border-l-4 border-line bg-canvas px-3 py-2">
                <summary className="cursor-pointer font-semibold text-brand-700">
                  {T.quote(source.kind === 'third-party' ? source.publisher : 'Microsoft')}
                </summary>
                <blockquote lang="en" cite={source.url} className="mt-2 italic leading-relaxed">
                  “{fact.quote}”
                </blockquote>
                <p lang="en" className="mt-1 text-sm text-muted">
                  {T.quoteWhere(fact.locator, source.edition)}
                </p>
              </details>
            )}
            <p className="mt-2 text-sm text-muted">
              {T.source}
              <span lang="en">
                <cite className="font-semibold text-ink not-italic">{source.title}</cite>, {source.publisher},{' '}
                {source.edition}. {fact.locator}.
              </span>{' '}
              ({T.confidence(sourceKindText(source), fact.confidence)}){' '}
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
  )
}

/** What else would do, where anything would. */
export function Alternatives({ advice }: { advice: Advice }) {
  if (advice.alternatives.length === 0) return null
  return (
    <section aria-labelledby="else-title" className="space-y-3">
      <h2 id="else-title" className="text-xl font-bold text-brand-900">
        {T.alternatives}
      </h2>
      <ul className="list-disc space-y-2 pl-6">
        {advice.alternatives.map((a) => (
          <li key={`${a.license}-${a.when}`}>
            <span className="font-semibold">{LICENSES[a.license].name}</span> — {whenText(a.when)}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** What to watch for. */
export function Watch({ advice }: { advice: Advice }) {
  return (
    <section aria-labelledby="watch-title" className="space-y-3">
      <h2 id="watch-title" className="text-xl font-bold text-brand-900">
        {T.watch}
      </h2>
      <ul className="space-y-3">
        {advice.caveats.map((c) => (
          <li key={c.id}>
            <p className="font-semibold">{c.title}</p>
            <p className="leading-relaxed text-muted">{c.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The answers given, each with a link back to change it. */
export function AnswersGiven({
  answers,
  carried,
  onChange,
}: {
  answers: Answers
  carried: Carried
  onChange: (question: QuestionId) => void
}) {
  return (
    <section aria-labelledby="answers-title" className="space-y-3">
      <h2 id="answers-title" className="text-xl font-bold text-brand-900">
        {T.answers}
      </h2>
      <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
        {QUESTION_IDS.filter((q) => answers[q] !== undefined).map((q) => (
          <div key={q} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:gap-4">
            <dt className="text-sm text-muted sm:w-2/5">{QUESTION_TEXT[q].legend}</dt>
            <dd className="flex-1 font-medium">{answerLabel(q, answers[q] as string)}</dd>
            <dd className="no-print">
              <a
                href={withCarried(encodeAnswers(answersBefore(answers, q)), carried)}
                onClick={(e) => {
                  e.preventDefault()
                  onChange(q)
                }}
                className="text-brand-700 underline underline-offset-2"
              >
                {T.change}
                <span className="sr-only">{T.changeHidden(QUESTION_TEXT[q].legend)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
