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
