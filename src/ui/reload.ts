/**
 * A lazy chunk that fails to load (a deploy removed it while this page ran an earlier build, or the
 * network dropped) is best fixed by loading the same address again: it holds the answers or the
 * plan, and the server has the files of its current build. Once only: if the same address failed
 * again within a minute, reloading would loop, and the recovery screen offers "Try again" instead.
 */

const KEY = 'crm-license-advisor reloaded after a failed chunk'
const AGAIN_MS = 60_000

/** Whether to reload now; remembers that it did, for this tab, so a failure right after shows the problem. */
export function reloadOnce(storage: Pick<Storage, 'getItem' | 'setItem'>, href: string, now = Date.now()): boolean {
  try {
    const last = JSON.parse(storage.getItem(KEY) ?? 'null') as { href?: unknown; at?: unknown } | null
    if (last?.href === href && typeof last.at === 'number' && now - last.at < AGAIN_MS) return false
    storage.setItem(KEY, JSON.stringify({ href, at: now }))
    return true
  } catch {
    // No session storage (blocked): never reload on our own, so there can be no loop.
    return false
  }
}

/**
 * A lazy import, which never settles when it was answered with a reload (the `vite:preloadError`
 * handler in main.tsx resolves it empty): the loading message stays until the page goes, instead of
 * an error screen flashing up. Wrap the `import()` itself: Vite moves a `.then` chained on it inside
 * its preload helper, before that empty answer.
 */
export function loaded<T>(load: Promise<T>): Promise<T> {
  return load.then((module) => (module === undefined ? new Promise<T>(() => undefined) : module))
}
