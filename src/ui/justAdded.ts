import type { Added } from '../share/addToPlan'
import { paramsOf } from '../share/replay'

/** What "Add to plan" just did, and the advice address to go back to if it is undone. */
export interface JustAdded extends Added {
  back: string
}

let pending: JustAdded | undefined

/**
 * Handed from the advice to the planner it opens, in memory only: the planner says what was added and
 * offers Undo once, on the address the add wrote; a reload, a shared link or Back never shows it again.
 */
export function handOver(added: JustAdded): void {
  pending = added
}

/** What was just added, when the planner opens on the address the add wrote. */
export function justAddedTo(search: string): JustAdded | undefined {
  const same = (a: string) => paramsOf(a).toString()
  return pending && same(pending.search) === same(search) ? pending : undefined
}

/** Read once: the planner forgets it as it mounts (an effect, so a double render in development still sees it). */
export function forgetJustAdded(): void {
  pending = undefined
}
