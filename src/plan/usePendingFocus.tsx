import { useCallback, useEffect, useRef } from 'react'

/** Focuses a field by id, if it is on the page; the count of a person just added is 1, so typing replaces it. */
export function focusField(id: string): boolean {
  const target = document.getElementById(id)
  if (!target) return false
  target.focus()
  if (target instanceof HTMLInputElement && target.id.endsWith('-count')) target.select()
  return true
}

/**
 * Focus for a field a coming render puts on the page. A group appended or duplicated renders once the
 * watched values catch up with the field list, a render after the change, so focus waits for its field
 * to exist; until then, the field that holds that id now (the next group, before an insert) is not it.
 */
export function usePendingFocus(): (id: string) => void {
  const pending = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (pending.current && focusField(pending.current)) pending.current = undefined
  })
  return useCallback((id: string) => {
    pending.current = id
  }, [])
}
