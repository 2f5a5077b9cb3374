import { renderToString } from 'react-dom/server'
import { BootFrame } from './boot/BootFrame'
import { entryView } from './boot/view'
import { Root } from './Root'
import { PAGE_META } from './ui/meta'
import { watchForUpdates } from './ui/UpdateNotice'

/**
 * The start page as the browser will first render it, for index.html (see vite.config.ts). The
 * browser then hydrates this markup instead of replacing it, so what was painted first stays put.
 */
export function prerenderStartPage(): string {
  return renderToString(<Root updates={watchForUpdates(undefined, '')} />)
}

/** The frame index.html shows for any other view until the app has rendered it (src/boot/BootFrame.tsx). */
export function prerenderBootFrame(): string {
  return renderToString(<BootFrame />)
}

/**
 * The boot script: a classic script in the page's head, run before the first paint, that names the
 * view the address opens on `<html data-view>` (index.css shows that view's frame only). It is
 * entryView's own source, so the boot and the app can never disagree about a view.
 */
export function bootScript(): string {
  return `document.documentElement.dataset.view = (${entryView.toString()})(location.search);\n(${languageAddresses.toString()})();\n`
}

/**
 * Part of the boot script, so it stands alone like entryView: the head's alternates for each language (absolute, as
 * search engines need them, so they are written here where the origin is known), and the language links' query
 * before the app runs.
 */
function languageAddresses() {
  const links = () => document.querySelectorAll<HTMLAnchorElement>('a[data-language]')
  document.addEventListener('DOMContentLoaded', () => {
    const written = new Set<string>()
    for (const a of Array.from(links())) {
      a.search = location.search
      if (written.has(a.hreflang)) continue
      written.add(a.hreflang)
      const alternate = document.createElement('link')
      alternate.rel = 'alternate'
      alternate.hreflang = a.hreflang
      alternate.href = a.href
      document.head.appendChild(alternate)
    }
    const own = document.createElement('link')
    own.rel = 'alternate'
    own.hreflang = document.documentElement.lang
    own.href = location.href
    document.head.appendChild(own)
  })
}

/** The page's title and description for index.html's head, in the build's language. */
export function pageMeta(): { title: string; description: string } {
  return PAGE_META
}
