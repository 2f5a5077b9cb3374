import { renderToString } from 'react-dom/server'
import { BootFrame } from './boot/BootFrame'
import { entryView, opensPrerenderedCheck, PRERENDERED_CHECK, preloadViewModules } from './boot/view'
import { Root } from './Root'
import { prerenderAt } from './ui/address'
import { PAGE_META } from './ui/meta'
import { watchForUpdates } from './ui/UpdateNotice'
import { CheckView } from './views'

/**
 * The start page as the browser will first render it, for index.html (see vite.config.ts). The
 * browser then hydrates this markup instead of replacing it, so what was painted first stays put.
 */
export function prerenderStartPage(): string {
  return renderToString(<Root updates={watchForUpdates(undefined, '')} />)
}

/**
 * The check's page, unanswered, for index.html beside the start page: the check is a page people open from a
 * bookmark or a link as often as from the advice, and it needs nothing from its address to show (index.css
 * shows it for an address opensPrerenderedCheck accepts). Its code is loaded first, so the markup is the
 * page's own and not its loading line. At another `search`, the page as it renders there (for the test that
 * the boot adopts this markup only where the two agree).
 */
export async function prerenderCheckPage(search = PRERENDERED_CHECK): Promise<string> {
  await CheckView.preload()
  prerenderAt(search)
  try {
    return renderToString(<Root updates={watchForUpdates(undefined, '')} />)
  } finally {
    prerenderAt('')
  }
}

/** The frame index.html shows for any other view until the app has rendered it (src/boot/BootFrame.tsx). */
export function prerenderBootFrame(): string {
  return renderToString(<BootFrame />)
}

/**
 * The boot script: a classic script in the page's head, run before the first paint, that names the
 * view the address opens on `<html data-view>` (index.css shows that view's frame only), and marks
 * `<html data-prerendered>` when index.html holds that view's page itself (the check's), and asks for the
 * view's modules at once. It is entryView's, opensPrerenderedCheck's and preloadViewModules' own source, so
 * the boot and the app can never disagree about a view.
 */
export function bootScript(): string {
  return [
    `document.documentElement.dataset.view = (${entryView.toString()})(location.search);`,
    `if ((${opensPrerenderedCheck.toString()})(location.search)) document.documentElement.dataset.prerendered = '';`,
    // After the first paint, as the app's own requests (main.tsx): the frame is painted with the page's
    // style sheet alone. A prerendered page's modules are asked for by the app.
    `if (!('prerendered' in document.documentElement.dataset)) requestAnimationFrame(() => setTimeout(() => (${preloadViewModules.toString()})(document.documentElement.dataset.view)));`,
    `(${languageAddresses.toString()})();`,
    '',
  ].join('\n')
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
