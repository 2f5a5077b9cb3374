import { SHORT_NAME } from '../domain/names'
import { type GroupResult, groupLabel } from '../share/totals'
import { FieldLink } from '../ui/FieldLink'
import { ScrollRegion } from '../ui/kit/ScrollRegion'
import { PLAN_TEXT } from './content'
import { groupFieldId, groupTitle } from './groupIds'
import { quantityText } from './messages'

/**
 * The people added so far, one line a group, before the groups' questions: what a partner on the phone
 * checks between two people (the GOV.UK "add another" pattern). Change moves to the group's fields.
 */
export function PeopleList({
  groups,
  onRemove,
}: {
  groups: readonly GroupResult[]
  onRemove: (index: number) => void
}) {
  const T = PLAN_TEXT.people
  // In a frame of its own that scrolls sideways on a narrow screen, as the other tables do: in German the
  // columns' words need about 370 px, more than a 320 px screen has. Its name stands above the frame, not in a
  // caption, which would scroll away with the table.
  return (
    <div>
      <p id="people-list-caption" className="mb-2 font-semibold text-ink">
        {T.caption(groups.length)}
      </p>
      <ScrollRegion labelledBy="people-list-caption">
        <table
          data-testid="people-list"
          aria-labelledby="people-list-caption"
          className="w-full border-collapse text-left"
        >
          <thead>
            <tr className="border-b border-line text-sm text-muted">
              <th scope="col" className="py-1 pr-3 font-semibold">
                {T.group}
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {T.count}
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {T.license}
              </th>
              <th scope="col" className="py-1 font-semibold">
                <span className="sr-only">{T.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => {
              const title = groupTitle(i, g)
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a line per group, in the form's order; its index is its name.
                <tr key={i} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-3 font-normal break-words">
                    {groupLabel(g.name, i)}
                  </th>
                  <td className="py-2 pr-3 tabular-nums">
                    {g.count === undefined
                      ? g.countText.trim() || PLAN_TEXT.compact.noCount
                      : quantityText(g.answers.device === 'shared' ? 'device' : 'person', g.count, g.low)}
                  </td>
                  <td className="py-2 pr-3">
                    {g.advice ? SHORT_NAME[g.advice.license] : PLAN_TEXT.compact.notCounted}
                  </td>
                  <td className="py-2">
                    <FieldLink target={groupFieldId(i, 'name')} className="btn-link">
                      {T.change}
                      <span className="sr-only"> {title}</span>
                    </FieldLink>{' '}
                    <button type="button" className="btn-link" onClick={() => onRemove(i)}>
                      {PLAN_TEXT.remove}
                      <span className="sr-only"> {title}</span>
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  )
}
