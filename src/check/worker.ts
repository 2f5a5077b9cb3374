/// <reference lib="webworker" />
import { loadAssignments, loadUserList } from './load'
import type { WorkerReply, WorkerRequest } from './protocol'

/**
 * Reads the files off the main thread, so a 50,000-row list never freezes the page. The file
 * arrives as a File (structured clone) and only its parsed rows go back: nothing leaves the browser.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, kind, file, columns } = event.data
  const post = (reply: WorkerReply) => scope.postMessage(reply)
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    let last = 0
    const progress = (done: number) => {
      // A message per percent is plenty for a progress bar.
      if (done - last < 0.01 && done < 1) return
      last = done
      post({ id, type: 'progress', done })
    }
    if (kind === 'users') post({ id, type: 'users', result: await loadUserList(bytes, progress, columns) })
    else post({ id, type: 'assignments', result: await loadAssignments(bytes) })
  } catch {
    const result = { ok: false, error: { code: 'not-a-table' } } as const
    post(kind === 'users' ? { id, type: 'users', result } : { id, type: 'assignments', result })
  }
}
