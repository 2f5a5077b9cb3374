import type { Checked, Verdict } from './classify'
import { COLUMN_TEXT, PAGE, STATUS_TEXT } from './content'
import { groupKeyOf } from './groups'
import type { CheckContext, CheckEvent } from './machine'
import { UserRow } from './UserRow'
import { STATUSES, type Status } from './vocabulary'

interface Props {
  context: Pick<CheckContext, 'by' | 'alone' | 'filter' | 'search' | 'shown'>
  checked: readonly Checked[]
  verdicts: readonly Verdict[]
  counts: Record<Status, number>
  /** The rows the filter and search let through; only the first `shown` are rendered. */
  matching: readonly number[]
  send: (event: CheckEvent) => void
}

/** Every user with what they hold, need and why, filtered, searched and listed a page at a time. */
export function Users({ context, checked, verdicts, counts, matching, send }: Props) {
  const { by, alone, filter, search, shown } = context
  const answerAlone = (row: number) => {
    send({ type: 'alone.open', row, from: groupKeyOf(by, checked[row].user) })
    // The user's own questions, where the person continues.
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`#check-alone-${row} input[type="radio"]`)?.focus(),
    )
  }
  return (
    <section aria-labelledby="check-users-title" className="space-y-3">
      <h2 id="check-users-title" className="text-2xl font-bold text-brand-900">
        {PAGE.usersTitle}
      </h2>
      <div className="no-print flex flex-wrap gap-4">
        <div>
          <label htmlFor="check-filter" className="block text-sm font-medium">
            {PAGE.filterStatus}
          </label>
          <select
            id="check-filter"
            value={filter}
            onChange={(e) => send({ type: 'filter', status: e.currentTarget.value as Status | '' })}
            className="rounded-md border border-line bg-surface p-2"
          >
            <option value="">{PAGE.filterAll}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]} ({counts[s]})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="check-search" className="block text-sm font-medium">
            {PAGE.search}
          </label>
          <input
            id="check-search"
            type="search"
            value={search}
            onChange={(e) => send({ type: 'search', text: e.currentTarget.value })}
            className="rounded-md border border-line bg-surface p-2"
          />
        </div>
      </div>
      <p className="no-print text-sm text-muted">{PAGE.shown(Math.min(shown, matching.length), matching.length)}</p>
      {/* On a phone each user is a card of labelled lines: no sideways scrolling. */}
      <div className="sm:overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm max-sm:block">
          <thead className="max-sm:sr-only">
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                {COLUMN_TEXT.user}
              </th>
              <th scope="col" className="p-2">
                {COLUMN_TEXT.held}
              </th>
              <th scope="col" className="p-2">
                {COLUMN_TEXT.needed}
              </th>
              <th scope="col" className="p-2">
                {COLUMN_TEXT.status}
              </th>
              <th scope="col" className="p-2">
                {COLUMN_TEXT.why}
              </th>
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {matching.slice(0, shown).map((i) => (
              <UserRow
                key={checked[i].user.at}
                checked={checked[i]}
                verdict={verdicts[i]}
                alone={alone.has(i)}
                onAlone={() => answerAlone(i)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {matching.length > shown && (
        <button type="button" className="no-print btn-secondary" onClick={() => send({ type: 'more' })}>
          {PAGE.showMore}
        </button>
      )}
    </section>
  )
}
