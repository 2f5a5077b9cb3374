import { type RefObject, useCallback, useEffect, useState } from 'react'
import { currentSearch } from '../ui/address'
import { forgetJustAdded, justAddedTo } from '../ui/justAdded'
import { PLAN_TEXT } from './content'
import { groupFieldId } from './groupIds'
import { focusField } from './usePendingFocus'

/**
 * The person just added from their advice, said at their group until the plan changes shape, and where
 * focus lands as the page opens: on that group's count when one was added, else on the page's heading.
 */
export function useJustAdded({
  focusOnMount,
  headingRef,
  focusAfterRender,
  announce,
}: {
  focusOnMount: boolean
  headingRef: RefObject<HTMLElement | null>
  focusAfterRender: (id: string) => void
  announce: (text: string) => void
}) {
  const [arrived] = useState(() => justAddedTo(currentSearch()))
  const [justAdded, setJustAdded] = useState(arrived)

  useEffect(() => {
    if (focusOnMount && !arrived) headingRef.current?.focus()
    // Once: a reload, Back or a shared link never offers the Undo again.
    forgetJustAdded()
  }, [focusOnMount, arrived, headingRef])

  useEffect(() => {
    if (!arrived) return
    const count = groupFieldId(arrived.index, 'count')
    if (!focusField(count)) focusAfterRender(count)
    announce(PLAN_TEXT.added.text(arrived.name, arrived.count, arrived.merged, arrived.devices))
  }, [arrived, focusAfterRender, announce])

  const clearJustAdded = useCallback(() => setJustAdded(undefined), [])
  return { justAdded, clearJustAdded }
}
