import { Component, type ReactNode, useEffect, useRef, useState } from 'react'
import { currentHref, onAddressChange } from './address'
import { copyText } from './CopyLink'
import { UI_TEXT } from './content'
import { PageTitle } from './PageTitle'
import { loaded } from './reload'
import { Shell } from './Shell'

const STACK_LINES = 6
const T = UI_TEXT.crash

/** The rulebook's version, or why it is missing. */
export type RulebookLine = { version: string; date: string } | 'loading' | 'unavailable'

const rulebookText = (rulebook: RulebookLine) =>
  rulebook === 'loading'
    ? 'loading…'
    : rulebook === 'unavailable'
      ? 'unknown (its code could not be loaded)'
      : `${rulebook.version} (${rulebook.date})`

/**
 * The plain text a person can paste into a message to whoever runs the site: what went wrong, where
 * in the code, on which address (it holds the answers, nothing else), in which browser, under which
 * rulebook. Nothing is sent anywhere; the person decides what to do with it.
 */
export function diagnosticText(
  error: unknown,
  rulebook: RulebookLine,
  where: { address: string; userAgent: string; time: Date } = {
    address: currentHref(),
    userAgent: navigator.userAgent,
    time: new Date(),
  },
): string {
  const summary = error instanceof Error ? `${error.name}: ${error.message}` : `Thrown value: ${String(error)}`
  const stack = (error instanceof Error && error.stack ? error.stack.split('\n') : [])
    .map((line) => line.trim())
    .filter((line, index) => line !== '' && !(index === 0 && line === summary))
    .slice(0, STACK_LINES)
  return [
    'CRM License Advisor: diagnostic text',
    `Error: ${summary}`,
    ...(stack.length > 0 ? ['Stack:', ...stack.map((line) => `  ${line}`)] : []),
    `Address: ${where.address}`,
    `Browser: ${where.userAgent}`,
    `Rulebook: ${rulebookText(rulebook)}`,
    `Time: ${where.time.toISOString()}`,
  ].join('\n')
}

/** The screen shown instead of a blank page when the app fails to render. */
export function RecoveryScreen({ error }: { error: unknown }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [time] = useState(() => new Date())
  const [rulebook, setRulebook] = useState<RulebookLine>('loading')
  const [status, setStatus] = useState('')
  const [showText, setShowText] = useState(false)
  const text = diagnosticText(error, rulebook, {
    address: currentHref(),
    userAgent: navigator.userAgent,
    time,
  })

  // Screen reader and keyboard users land on the explanation, not wherever focus was lost.
  useEffect(() => heading.current?.focus(), [])

  // The rulebook lives with the result view, outside the first download: load it only now. If
  // loading code is what failed, the diagnostic text says so instead.
  useEffect(() => {
    let current = true
    loaded(import('../domain/advise')).then(
      ({ RULEBOOK }) => current && setRulebook(RULEBOOK),
      () => current && setRulebook('unavailable'),
    )
    return () => {
      current = false
    }
  }, [])

  const copy = async () => {
    if (await copyText(text)) return setStatus(T.copied)
    setShowText(true)
    setStatus(T.blocked)
  }

  return (
    <Shell>
      <section aria-labelledby="recovery-title" className="space-y-5">
        <PageTitle id="recovery-title" titleRef={heading}>
          {T.title}
        </PageTitle>
        <div className="max-w-prose space-y-3 text-lg leading-relaxed">
          <p>{T.text}</p>
          <p>{T.help}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
            {T.tryAgain}
          </button>
          <a href="./" className="btn-secondary">
            {T.startOver}
          </a>
          <button type="button" className="btn-secondary" onClick={copy}>
            {T.copy}
          </button>
        </div>
        <p role="status" className="min-h-6 font-semibold text-ok">
          {status}
        </p>
        <details
          open={showText}
          onToggle={(event) => setShowText(event.currentTarget.open)}
          className="rounded-md border border-line bg-surface p-4"
        >
          <summary className="cursor-pointer font-semibold text-brand-700">{T.show}</summary>
          {/* For whoever looks after the site: in English whatever the page's language. */}
          <pre lang="en" className="mt-3 whitespace-pre-wrap wrap-anywhere font-mono text-sm text-ink">
            {text}
          </pre>
        </details>
      </section>
    </Shell>
  )
}

interface State {
  failed: boolean
  error: unknown
}

/**
 * Catches any error while rendering what it wraps and shows the recovery screen instead of a blank
 * page. Back or Forward to another entry renders the app afresh there: what failed on one entry
 * (a chunk that did not load) need not fail on the others.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false, error: undefined }
  private stopListening?: () => void

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error }
  }

  componentDidMount() {
    this.stopListening = onAddressChange(() => {
      if (this.state.failed) this.setState({ failed: false, error: undefined })
    })
  }

  componentWillUnmount() {
    this.stopListening?.()
  }

  render() {
    return this.state.failed ? <RecoveryScreen error={this.state.error} /> : this.props.children
  }
}
