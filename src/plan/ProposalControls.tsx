import { useState } from 'react'
import { navigate } from '../ui/address'
import { StatusLine } from '../ui/CopyLink'
import { PLAN_TEXT } from './content'
import { INPUT } from './fields'
import { linesTable, type ProposalLine, type ProposalNames, planSearchOf } from './proposal'

const T = PLAN_TEXT.proposal

/** Copies the lines as a table, rich where the browser allows, plain text otherwise. */
async function copyTable(table: { text: string; html: string }): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([table.text], { type: 'text/plain' }),
          'text/html': new Blob([table.html], { type: 'text/html' }),
        }),
      ])
    } else await navigator.clipboard.writeText(table.text)
    return true
  } catch {
    return false
  }
}

interface Props {
  search: string
  planLink: string
  names: ProposalNames
  onName: (key: keyof ProposalNames, value: string) => void
  keepNames: boolean
  onKeepNames: (keep: boolean) => void
  lines: readonly ProposalLine[]
}

/** The controls above the proposal, which never print: back to the plan, the names, print and copy. */
export function ProposalControls({ search, planLink, names, onName, keepNames, onKeepNames, lines }: Props) {
  const [status, setStatus] = useState('')
  return (
    <div className="no-print space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <p>
        <a
          href={planSearchOf(search)}
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(e) => {
            e.preventDefault()
            navigate(planLink)
          }}
        >
          {T.back}
        </a>
      </p>
      <fieldset className="space-y-3">
        <legend className="font-bold text-ink">{T.names}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {(['customer', 'partner'] as const).map((key) => (
            <div key={key}>
              <label htmlFor={`proposal-${key}`} className="block font-semibold text-ink">
                {T[key]}
              </label>
              <input
                id={`proposal-${key}`}
                type="text"
                autoComplete="organization"
                value={names[key]}
                onChange={(e) => onName(key, e.currentTarget.value)}
                className={`${INPUT} mt-1`}
              />
            </div>
          ))}
        </div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            checked={keepNames}
            onChange={(e) => onKeepNames(e.currentTarget.checked)}
            aria-describedby="proposal-keep-hint"
            className="mt-1.5 h-4 w-4 accent-brand-700"
          />
          <span>
            {T.keepNames}
            <span id="proposal-keep-hint" className="block text-sm text-muted">
              {T.keepNamesHint}
            </span>
          </span>
        </label>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => window.print()}>
          {T.print}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={lines.length === 0}
          onClick={async () => setStatus((await copyTable(linesTable(lines))) ? T.copied : T.copyBlocked)}
        >
          {T.copy}
        </button>
      </div>
      <StatusLine status={status} />
    </div>
  )
}
