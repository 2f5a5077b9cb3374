import { changedSince } from '../domain/changes'
import type { PlanNotice } from '../share/plan'
import type { GroupResult } from '../share/totals'
import { ChangedSinceText } from '../ui/ChangedSince'
import { FieldLink } from '../ui/FieldLink'
import { ErrorSummary as Summary } from '../ui/kit/ErrorSummary'
import { LinkText } from '../ui/LinkNotice'
import { showInvisible } from '../ui/linkText'
import { PLAN_TEXT } from './content'
import { groupFieldId } from './groupIds'
import type { SummaryEntry } from './issues'
import { GROUP_NOTICE_TAIL, noticeText } from './messages'

/** The notices above the plan: what a link could not carry, what changed since, and the form's problems. */

export function ErrorSummary({ entries }: { entries: SummaryEntry[] }) {
  return <Summary id="plan-problem" title={PLAN_TEXT.problems(entries.length)} entries={entries} />
}

/** Each group whose advice changed since the plan link was made, as a single result says it (contract section 7). */
export function ChangedGroups({ since, groups }: { since: string; groups: readonly GroupResult[] }) {
  const changed = groups.flatMap((g, index) => {
    const c = g.advice && changedSince(since, g.answers, g.advice)
    return c && g.advice ? [{ index, group: g, advice: g.advice, changed: c }] : []
  })
  if (changed.length === 0) return null
  return (
    <section aria-labelledby="changed-title" className="space-y-2 rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <h2 id="changed-title" className="font-bold text-ink">
        {PLAN_TEXT.changedTitle(changed.length)}
      </h2>
      <div className="space-y-2">
        {changed.map(({ index, group, advice, changed: c }) => (
          <p
            key={index}
            role="status"
            data-testid="changed-since"
            data-group={index}
            data-was-license={c.wasLicense}
            data-was-confidence={c.wasConfidence}
          >
            <FieldLink target={groupFieldId(index, 'name')} className="font-semibold text-ink underline">
              {group.label}
            </FieldLink>
            {': '}
            <ChangedSinceText changed={c} license={advice.license} confidence={advice.confidence} />
          </p>
        ))}
      </div>
    </section>
  )
}

/** Groups counted under the family license until their app is chosen (rulebook 1.3.0, contract section 9). */
export function ChooseAppNotice({ groups }: { groups: readonly GroupResult[] }) {
  const waiting = groups.filter((g) => g.chooseApp).length
  if (waiting === 0) return null
  return (
    <p
      role="status"
      data-testid="choose-app"
      className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-ink"
    >
      {PLAN_TEXT.chooseApp(waiting)}
    </p>
  )
}

/** Names the groups of a plan link that could not be used; what they held is shown as plain text. */
export function PlanLinkNotice({ notices }: { notices: PlanNotice[] }) {
  return (
    <div role="alert" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <p className="font-bold text-warn">{PLAN_TEXT.linkNotice.title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: notices are read once per link and never reordered.
          <li key={i} className="break-words">
            {n.group >= 0 ? (
              <>
                <FieldLink target={groupFieldId(n.group, 'name')} className="font-semibold text-ink underline">
                  {PLAN_TEXT.linkNotice.group(n.group + 1)}
                  {n.name && (
                    <>
                      {' “'}
                      <LinkText>{n.name}</LinkText>”
                    </>
                  )}
                </FieldLink>
                : {showInvisible(noticeText(n))} {GROUP_NOTICE_TAIL}
              </>
            ) : (
              showInvisible(noticeText(n))
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
