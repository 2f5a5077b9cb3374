import type { Advice } from '../domain/advise'
import { CONFIDENCE_TEXT } from '../domain/questions'
import type { Answers } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { absoluteUrl } from './address'
import { LinkField, StatusLine, useCopyStatus } from './CopyLink'
import { RESULT_TEXT } from './resultContent'
import { adviceSummary } from './summary'

interface Props {
  advice: Advice
  answers: Answers
  /** The version's short license name, the verdict sentence and the "For: …" line, as the result shows them. */
  name: string
  verdict: string
  forText: string
}

const T = RESULT_TEXT.share

/** Copy the link, e-mail it, print, or copy a plain-text summary to paste into a ticket. */
export function SharePanel({ advice, answers, name, verdict, forText }: Props) {
  const { status, copy } = useCopyStatus()
  const link = absoluteUrl(encodeAnswers(answers))
  const confidence = CONFIDENCE_TEXT[advice.confidence].label
  const first = advice.uncertain[0]
  const body = [`${RESULT_TEXT.result.for}${forText}`, verdict, confidence, ...(first ? [first.ask] : [])]
  const mail = `mailto:?subject=${encodeURIComponent(T.subject(name, confidence.toLowerCase()))}&body=${encodeURIComponent(
    T.body(body, link),
  )}`

  return (
    <section aria-labelledby="share-title" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="share-title" className="text-xl font-bold text-brand-900">
        {T.title}
      </h2>
      <LinkField id="share-link" label={T.link} link={link} />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => copy(link, T.copied)}>
          {T.copy}
        </button>
        <a className="btn-secondary" href={mail}>
          {T.mail}
        </a>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {T.print}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => copy(adviceSummary(advice, answers, link), T.summaryCopied, T.blocked)}
        >
          {T.summary}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  )
}
