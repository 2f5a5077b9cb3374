export type EntryView = 'start' | 'advice' | 'plan' | 'check' | 'proposal'

/**
 * Which view an address opens. The build copies this function's source, as it is, into the boot
 * script that runs before the first paint (vite.config.ts), so the page shows that view's frame and
 * never the start page's first question on the way. Hence it stands alone: no imports, no names from
 * outside its body, and nothing the oldest supported browsers lack. Never throws.
 */
export function entryView(search: string): EntryView {
  const query = String(search).replace(/^\?/, '')
  if (query === '') return 'start'
  let view: string | null = null
  try {
    view = new URLSearchParams(query).get('view')
  } catch {
    view = null
  }
  return view === 'plan' || view === 'check' || view === 'proposal' ? view : 'advice'
}

/** The address of the check's page as index.html holds it, prerendered (src/prerender.tsx). */
export const PRERENDERED_CHECK = '?v=2&view=check'

/**
 * Whether an address opens the check's page exactly as index.html holds it: nothing answered, mapped or
 * grouped but by role, which the check writes into its address itself (src/check/mapping.ts). The app then
 * adopts that markup instead of painting a frame and rendering afresh. Copied into the boot script like
 * entryView, so it stands alone the same way. Never throws.
 */
export function opensPrerenderedCheck(search: string): boolean {
  let plain = false
  try {
    const params = new URLSearchParams(String(search).replace(/^\?/, ''))
    plain = params.get('view') === 'check'
    params.forEach((value, key) => {
      const known = key === 'v' || key === 'view' || key === 'rb' || (key === 'by' && value === 'role')
      if (!known) plain = false
    })
  } catch {
    plain = false
  }
  return plain
}

/** The id of index.html's list of each view's modules, written by the build (vite.config.ts). */
export const VIEW_MODULES_ID = 'view-modules'

/**
 * Asks for the modules a view needs (its own code and the boot's: React DOM, the app, the link reader) all at
 * once, as soon as the view's frame is painted: without this the view's own chunks wait for the app's, which
 * import them, a chain of requests a slow connection pays once per link. The list is index.html's, as the build
 * wrote it for its own chunks. Copied into the boot script like entryView, so it stands alone the same way,
 * which is why it spells out VIEW_MODULES_ID's value (view.test.ts reads the list by that constant). Never throws.
 */
export function preloadViewModules(view: string): void {
  try {
    const list = document.getElementById('view-modules')
    const modules: unknown = list ? JSON.parse(list.textContent || '{}')[view] : undefined
    if (!Array.isArray(modules)) return
    for (const href of modules) {
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = String(href)
      document.head.appendChild(link)
    }
  } catch {
    // Only a head start: the app asks for the same modules itself.
  }
}
