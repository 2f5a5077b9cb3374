import { navigate } from '../ui/address'
import type { JustAdded } from '../ui/justAdded'
import { PLAN_TEXT } from './content'

/** What was just added, by the group that holds it: Undo goes back to the advice, the plan as it was. */
export function JustAddedNotice({
  added,
  anotherHref,
  onAnother,
}: {
  added: JustAdded
  anotherHref: string
  onAnother: () => void
}) {
  const T = PLAN_TEXT.added
  return (
    <div data-testid="just-added" className="rounded-md border-l-4 border-ok bg-ok-50 p-4 text-ink">
      <p className="font-semibold">{T.text(added.name, added.count, added.merged, added.devices)}</p>
      {!added.merged && <p className="text-sm text-muted">{T.hint}</p>}
      <p className="mt-2 flex flex-wrap gap-4">
        <a
          href={anotherHref}
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(e) => {
            e.preventDefault()
            onAnother()
          }}
        >
          {T.another}
        </a>
        <a
          href={added.back}
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(e) => {
            e.preventDefault()
            navigate(added.back)
          }}
        >
          {T.undo}
          <span className="sr-only">{T.undoHidden}</span>
        </a>
      </p>
    </div>
  )
}
