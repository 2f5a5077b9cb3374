import { SHORT_NAME } from '../domain/names'
import { citation } from '../ui/citation'
import { PhoneLabel } from '../ui/PhoneLabel'
import type { Checked, Held, Verdict } from './classify'
import { ACTION_TEXT, COLUMN_TEXT, PAGE, STATUS_TEXT } from './content'
import { FLAG_TEXT } from './content-exports'
import { actionOf } from './todo'

const heldText = (held: Held | 'unknown') => (held === 'unknown' ? COLUMN_TEXT.unknown : SHORT_NAME[held])

/** One user (contract §6 `check-user`): a table row, or on a phone a card of labelled lines. */
export function UserRow({
  checked: c,
  verdict: v,
  alone,
  onAlone,
}: {
  checked: Checked
  verdict: Verdict
  /** Answered on their own already. */
  alone: boolean
  onAlone: () => void
}) {
  const action = actionOf(v, c.flags)
  return (
    <tr
      data-testid="check-user"
      data-user={c.user.userName ?? ''}
      data-held={v.held}
      data-needed={v.needed}
      data-status={v.status}
      data-action={action}
      data-flags={c.flags.length > 0 ? c.flags.join(' ') : undefined}
      className="border-b border-line align-top max-sm:block max-sm:py-2"
    >
      <th scope="row" className="p-2 font-medium break-words max-sm:block max-sm:py-0.5">
        <bdi>{c.user.fullName}</bdi>
        <bdi className="block text-xs font-normal text-muted">{c.user.userName}</bdi>
        {!c.settled &&
          (alone ? (
            <span className="no-print block text-xs font-normal text-muted">{PAGE.aloneShown}</span>
          ) : (
            <button
              type="button"
              className="no-print btn-link text-xs font-normal"
              aria-label={`${PAGE.aloneAnswer}: ${c.user.fullName || c.user.userName}`}
              onClick={onAlone}
            >
              {PAGE.aloneAnswer}
            </button>
          ))}
      </th>
      <td className="p-2 max-sm:block max-sm:py-0.5">
        <PhoneLabel text={COLUMN_TEXT.held} />
        {heldText(v.held)}
      </td>
      <td className="p-2 max-sm:block max-sm:py-0.5">
        <PhoneLabel text={COLUMN_TEXT.needed} />
        {heldText(v.needed)}
      </td>
      <td className="p-2 max-sm:block max-sm:py-0.5">
        {STATUS_TEXT[v.status]}
        <span className="block font-semibold">
          {ACTION_TEXT[action](heldText(v.held), v.needed === 'none' ? 'none' : heldText(v.needed))}
        </span>
        {c.flags.length > 0 && (
          <span className="block text-xs text-muted">{c.flags.map((f) => FLAG_TEXT[f]).join(' · ')}</span>
        )}
      </td>
      <td className="p-2 max-sm:block max-sm:py-0.5">
        {v.why}
        {v.reasons[0] && (
          <cite lang="en" className="block text-xs text-muted">
            {citation(v.reasons[0].source, v.reasons[0].fact.locator)}
          </cite>
        )}
      </td>
    </tr>
  )
}
