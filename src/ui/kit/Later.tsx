import { type ReactNode, startTransition, useEffect, useState } from 'react'

/**
 * Children the first screen does without, rendered in a transition once the rest of the view is in
 * the document. A view that opens with all of its DOM at once lays it out in one task: on a shared
 * plan link, 150-200 ms of style and layout at 4x CPU. This way their render, their DOM and their
 * layout come in tasks of their own, after the first screen's.
 */
export function Later({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => startTransition(() => setShown(true)), [])
  return shown ? children : null
}
