import { absoluteUrl } from '../ui/address'
import { LinkField, StatusLine, useCopyStatus } from '../ui/CopyLink'
import { downloadCsv } from '../ui/download'

interface Props {
  /** The plan's search string, kept current by the planner. */
  search: string
  /** Built on demand: a plan of hundreds of groups need not be written out on every keystroke. */
  csv: () => string
}

/** The plan's link (with a copy button), the CSV download and print. */
export function ExportPanel({ search, csv }: Props) {
  const { status, setStatus, copy } = useCopyStatus()
  const link = absoluteUrl(search)

  return (
    <section aria-labelledby="export-title" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="export-title" className="text-2xl font-bold text-brand-900">
        Share, download or print the plan
      </h2>
      <LinkField
        id="plan-link"
        label="Link to this plan: its groups and answers, kept up to date as you edit (prices only if you keep them)"
        link={link}
      />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => copy(link, 'Link copied')}>
          Copy link
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => {
            downloadCsv(csv(), 'license-plan.csv')
            setStatus('CSV downloaded')
          }}
        >
          Download CSV
        </button>
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <StatusLine status={status} />
    </section>
  )
}
