import type { ReactNode } from 'react'
import { LICENSES } from '../domain/licenses'
import { CONFIDENCE_TEXT } from '../domain/questions'
import type { GroupResult } from '../share/totals'
import { PLAN_TEXT } from './content'
import { issueText } from './messages'

const T = PLAN_TEXT.group

const WHY_MAX = 160

/** The first reason in one line: cut at a word before WHY_MAX characters when it is longer. */
function shortWhy(statement: string): string {
  if (statement.length <= WHY_MAX) return statement
  const cut = statement.slice(0, WHY_MAX)
  const space = cut.lastIndexOf(' ')
  return `${(space > 80 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`
}

function Flag({ tone, children }: { tone: 'muted' | 'danger'; children: ReactNode }) {
  const look = tone === 'danger' ? 'border-danger bg-danger-50 text-danger' : 'border-line bg-canvas text-muted'
  return (
    <p data-testid="group-flag" className={`rounded-md border-l-4 px-3 py-2 font-semibold ${look}`}>
      {children}
    </p>
  )
}

/** What a group needs and why, with a link to its full advice; or why it is not in the totals. */
export function GroupOutcome({
  result,
  flagged,
  adviceLink,
}: {
  result: GroupResult
  /** Whether its problems are shown at its fields: then it is flagged as an error, not as unfinished. */
  flagged: boolean
  adviceLink: ReactNode
}) {
  const { advice, status } = result
  const reason = advice?.reasons[0]
  const issues = result.issues.map((i) => issueText(i, result.label)).join(' ')
  return (
    <div className="space-y-2">
      {advice && (
        <div className="space-y-2 rounded-lg bg-brand-50 p-3">
          <p>
            <span className="font-semibold text-ink">{LICENSES[advice.license].name}</span>{' '}
            <span
              className={`ml-1 inline-block rounded border px-1.5 text-sm font-semibold ${
                advice.confidence === 'settled' ? 'border-ok text-ok' : 'border-warn text-warn'
              }`}
            >
              {CONFIDENCE_TEXT[advice.confidence].label}
            </span>
          </p>
          {reason && (
            <p className="text-sm text-ink">
              {shortWhy(reason.fact.statement)} <span className="text-muted">—</span>{' '}
              <cite lang="en" className="not-italic text-muted">
                {reason.source.title}
              </cite>
            </p>
          )}
          <p className="text-sm">{adviceLink}</p>
        </div>
      )}
      {result.chooseApp && <Flag tone="muted">{PLAN_TEXT.chooseAppFlag}</Flag>}
      {status === 'none' && <Flag tone="muted">{T.none}</Flag>}
      {status === 'undetermined' && <Flag tone="muted">{T.undetermined}</Flag>}
      {status === 'invalid' &&
        (result.blank ? (
          <Flag tone="muted">{T.blank}</Flag>
        ) : result.waiting && result.issues.length === 0 ? (
          <Flag tone="muted">{T.noStart}</Flag>
        ) : flagged ? (
          <Flag tone="danger">{T.leftOut(result.issues.length, issues)}</Flag>
        ) : (
          <Flag tone="muted">{T.notYet(issues)}</Flag>
        ))}
    </div>
  )
}
