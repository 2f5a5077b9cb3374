import { absoluteUrl } from '../ui/address'
import { LinkField, StatusLine, useCopyStatus } from '../ui/CopyLink'
import { downloadCsv } from '../ui/download'
import { PLAN_TEXT } from './content'

const T = PLAN_TEXT.export

interface Props {
  /** The plan's search string, kept current by the planner. */
  search: string
  /** Built on demand: a plan of hundreds of groups need not be written out on every keystroke. */
  csv: () => string
  /** The plan's proposal page: its address, and how to open it in the app. */
  proposal: { href: string; open: () => void }
}

/** The plan's link (with a copy button), the CSV download and print. */
export function ExportPanel({ search, csv, proposal }: Props) {
  const { status, setStatus, copy } = useCopyStatus()
  const link = absoluteUrl(search)

  return (
    <section aria-labelledby="export-title" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="export-title" className="text-2xl font-bold text-brand-900">
        {T.title}
      </h2>
      <p>
        <a
          href={proposal.href}
          aria-describedby="proposal-hint"
          className="btn-primary"
          onClick={(e) => {
            e.preventDefault()
            proposal.open()
          }}
        >
          {PLAN_TEXT.proposal.open}
        </a>
      </p>
      <p id="proposal-hint" className="text-sm text-muted">
        {PLAN_TEXT.proposal.openHint}
      </p>
      <LinkField id="plan-link" label={T.link} link={link} />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => copy(link, T.copied)}>
          {T.copy}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            downloadCsv(csv(), 'license-plan.csv')
            setStatus(T.csvDone)
          }}
        >
          {T.csv}
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {T.print}
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  )
}
