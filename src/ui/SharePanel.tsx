import type { Advice } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import type { Answers } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { absoluteUrl } from './address'
import { LinkField, StatusLine, useCopyStatus } from './CopyLink'
import { adviceSummary } from './summary'

/** Copy the link, e-mail it, print, or copy a plain-text summary to paste into a ticket. */
export function SharePanel({ advice, answers }: { advice: Advice; answers: Answers }) {
  const { status, copy } = useCopyStatus()
  const link = absoluteUrl(encodeAnswers(answers))
  const license = LICENSES[advice.license].name
  const mail = `mailto:?subject=${encodeURIComponent(`License advice: ${license}`)}&body=${encodeURIComponent(
    `${license}\n\nThe reasons, their sources and how sure we are:\n${link}`,
  )}`

  return (
    <section aria-labelledby="share-title" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h3 id="share-title" className="text-xl font-bold text-brand-900">
        Share this advice
      </h3>
      <LinkField id="share-link" label="Link to this advice (it holds your answers and nothing else)" link={link} />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => copy(link, 'Link copied')}>
          Copy link
        </button>
        <a className="btn-secondary" href={mail}>
          E-mail the link
        </a>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Print
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() =>
            copy(
              adviceSummary(advice, answers, link),
              'Summary copied',
              'Copying was blocked by the browser: print the page, or copy the advice from it by hand.',
            )
          }
        >
          Copy summary
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  )
}
