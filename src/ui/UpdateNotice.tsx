import { useState, useSyncExternalStore } from 'react'
import { UI_TEXT } from './content'

/** The part of navigator.serviceWorker the notice needs, so tests can pass a stand-in. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener' | 'removeEventListener'>

/** How long to wait for a worker to say which files it has: past that, offering a reload is harmless. */
const ASK_MS = 3000

/** The files of the build `worker` keeps (absolute URLs), or undefined if it does not say. */
function filesOf(worker: ServiceWorker): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(undefined), ASK_MS)
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer)
      resolve(Array.isArray(event.data) ? event.data.map(String) : undefined)
    }
    worker.postMessage({ type: 'files' }, [channel.port2])
  })
}

/** How many times a newer version than this page runs took over, and a way to hear about the next one. */
export interface Updates {
  count: () => number
  subscribe: (listener: () => void) => () => void
}

/**
 * Counts updates: a `controllerchange` while an older worker was in control, to a worker whose build
 * does not hold this page's own script (`script`, the entry's URL). The page keeps running its code,
 * and the worker keeps that build's files for it, so the news is that a reload would bring the new
 * version. The first worker to take control on a first visit (no controller before) is not an
 * update, nor is a new worker of the build this page already runs (a page loaded during the deploy).
 * Call this as early as possible, so no change of controller is missed; without a container,
 * nothing is ever counted.
 */
export function watchForUpdates(container: WorkerContainer | undefined, script: string): Updates {
  let count = 0
  const listeners = new Set<() => void>()
  let previous = container?.controller ?? null
  container?.addEventListener('controllerchange', () => {
    const current = container.controller
    if (previous && current && current !== previous) {
      void filesOf(current).then((files) => {
        if (files?.includes(script)) return
        count += 1
        for (const listener of listeners) listener()
      })
    }
    previous = current
  })
  return {
    count: () => count,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * A polite, dismissible message when a new version of the advisor is there, with a button to reload
 * into it: the page's address holds the answers or the plan, so nothing is lost. The status element
 * is always in the page (empty until there is news), so screen readers announce the message when it
 * appears.
 */
export function UpdateNotice({ updates }: { updates: Updates }) {
  const count = useSyncExternalStore(updates.subscribe, updates.count, updates.count)
  const [dismissed, setDismissed] = useState(0)
  const shown = count > dismissed

  const dismiss = () => {
    setDismissed(count)
    // The button goes away: put focus somewhere sensible instead of on the page's body.
    document.getElementById('main')?.focus()
  }

  return (
    <div className={shown ? 'no-print border-b border-brand-100 bg-brand-50' : undefined}>
      <div
        className={
          shown ? 'mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 px-4 py-1 sm:px-6' : undefined
        }
      >
        <p role="status" className={shown ? 'py-2 font-semibold text-brand-900' : undefined}>
          {shown ? UI_TEXT.update.message : ''}
        </p>
        {shown && (
          <div className="flex flex-wrap gap-x-4">
            <button type="button" className="btn-link font-semibold" onClick={() => window.location.reload()}>
              {UI_TEXT.update.reload}
            </button>
            <button type="button" className="btn-link" onClick={dismiss}>
              {UI_TEXT.update.dismiss} <span className="sr-only">{UI_TEXT.update.dismissHidden}</span>
            </button>
          </div>
        )}
      </div>
    </div>
  )
}
