import { useState } from 'react'
import type { Advice } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import type { Answers } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { absoluteUrl } from './address'
import { adviceSummary } from './summary'

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Copy the link, e-mail it, print, or copy a plain-text summary to paste into a ticket. */
export function SharePanel({ advice, answers }: { advice: Advice; answers: Answers }) {
  const [status, setStatus] = useState('')
  const link = absoluteUrl(encodeAnswers(answers))
  const license = LICENSES[advice.license].name
  const mail = `mailto:?subject=${encodeURIComponent(`License advice: ${license}`)}&body=${encodeURIComponent(
    `${license}\n\nThe reasons, their sources and how sure we are:\n${link}`,
  )}`

  const onCopy = async (text: string, done: string) => {
    setStatus((await copy(text)) ? done : 'Copying was blocked by the browser: select the link and copy it by hand.')
  }

  return (
    <section aria-labelledby="share-title" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h3 id="share-title" className="text-xl font-bold text-brand-900">
        Share this advice
      </h3>
      <label htmlFor="share-link" className="block text-sm font-medium text-muted">
        Link to this advice (it holds your answers and nothing else)
      </label>
      <input
        id="share-link"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded-md border border-line bg-canvas p-2 font-mono text-sm"
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => onCopy(link, 'Link copied')}>
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
          onClick={() => onCopy(adviceSummary(advice, answers, link), 'Summary copied')}
        >
          Copy summary
        </button>
      </div>
      <p role="status" className="min-h-6 font-semibold text-ok">
        {status}
      </p>
    </section>
  )
}
