import { useState, useSyncExternalStore } from 'react'

export const UPDATE_MESSAGE = 'The advisor was updated to the latest version.'

/** The part of navigator.serviceWorker the notice needs, so tests can pass a stand-in. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener' | 'removeEventListener'>

/** How many times a new version took over this page, and a way to hear about the next one. */
export interface Updates {
  count: () => number
  subscribe: (listener: () => void) => () => void
}

/**
 * Counts updates: a `controllerchange` while an older worker was in control. The first worker to
 * take control on a first visit (no controller before) is not an update. Call this as early as
 * possible, so no change of controller is missed; without a container, nothing is ever counted.
 */
export function watchForUpdates(container: WorkerContainer | undefined): Updates {
  let count = 0
  const listeners = new Set<() => void>()
  let previous = container?.controller ?? null
  container?.addEventListener('controllerchange', () => {
    const current = container.controller
    if (previous && current !== previous) {
      count += 1
      for (const listener of listeners) listener()
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
 * A polite, dismissible message when a new version of the advisor took over. The status element is
 * always in the page (empty until there is news), so screen readers announce the message when it appears.
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
          {shown ? UPDATE_MESSAGE : ''}
        </p>
        {shown && (
          <button type="button" className="btn-link" onClick={dismiss}>
            Dismiss <span className="sr-only">the update message</span>
          </button>
        )}
      </div>
    </div>
  )
}
