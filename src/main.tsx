import { startTransition } from 'react'
import './index.css'
import { entryView, opensPrerenderedCheck } from './boot/view'
import { registerServiceWorker } from './sw/register'
import { currentSearch } from './ui/address'
import { loaded, reloadOnce } from './ui/reload'
import { watchForUpdates } from './ui/UpdateNotice'

const start = document.getElementById('root')
if (!start) throw new Error('The page has no #root element to mount the app in.')

// The view this address opens (the boot script has named it already, for index.css). Its code is
// fetched beside React's (boot, below), rather than after the app has rendered and asked for it. The
// start page loads none of it: src/views.tsx comes with the app's own chunk, so the start page's
// initial JavaScript (npm run budget) stays what it was.
const view = entryView(currentSearch())
// index.html holds the check's page too, prerendered: an address that opens it as it is there is adopted in place.
const prerendered = opensPrerenderedCheck(currentSearch()) ? document.getElementById('root-check') : null
const root = prerendered ?? start
// The prerendered page this address does not open goes at once: hidden, its ids and labels would still be found
// (a file set on its hidden field by a script would be lost).
document.getElementById(prerendered ? 'root' : 'root-check')?.remove()
const loadViewCode = () =>
  view === 'start'
    ? Promise.resolve()
    : loaded(import('./views'))
        .then(({ preloadView }) => preloadView(view))
        .catch(() => undefined)

// Watch before anything else runs, so a new version taking over is never missed. This module is the
// entry script: its URL tells which build this page runs.
const updates = watchForUpdates(registerServiceWorker(), import.meta.url)

// A lazy chunk that cannot be loaded: the same address once more (src/ui/reload.ts). Prevented, the
// import resolves empty and the view waits for the reload; otherwise it fails into the recovery screen.
window.addEventListener('vite:preloadError', (event) => {
  if (!reloadOnce(window.sessionStorage, window.location.href)) return
  event.preventDefault()
  window.location.reload()
})

/** Resolves in a task of its own, so the browser may paint and handle input before what follows. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
}

/** Resolves once the next frame is on screen (a task queued from requestAnimationFrame runs after its paint). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(nextTask())))
}

/** The boot frame gives way to the app: React has rendered into the page (index.css, src/boot/BootFrame.tsx). */
function booted() {
  document.getElementById('boot-frame')?.remove()
  document.documentElement.dataset.booted = ''
}

/**
 * The prerendered start page is on screen, and its first question works as a plain form that
 * submits a link, before any of the app's code runs. Then React DOM and the app each evaluate in a
 * task of their own, and React hydrates in a transition, which it renders in slices that yield to
 * the browser, so no step of the boot holds the main thread for long. A click that comes while
 * hydrating makes React finish at once and handle it; one that comes before is a plain submit.
 *
 * The check's page is prerendered too, and adopted the same way where its address asks nothing of it.
 * Any other address shows its view's frame meanwhile, with nothing to press; the view renders once
 * its code is here, straight from the frame, with no loading line or start page in between.
 */
async function boot(container: HTMLElement) {
  // The page (prerendered, or a view's frame) is painted before any of the app is asked for: the first paint
  // waits for the style sheet alone, never for scripts sharing the connection with it.
  await afterPaint()
  const viewCode = loadViewCode()
  // All three are asked for at once: the app's chunks never wait for React DOM's to arrive first.
  const reactDom = loaded(import('react-dom/client'))
  const app = Promise.all([loaded(import('./Root')), loaded(import('./share/advice'))])
  const { createRoot, hydrateRoot } = await reactDom
  await nextTask()
  const [{ Root }, { opensOnAdvice }] = await app
  // A link part-way through the questions shows its question at once; only advice waits for the result's code.
  if (view !== 'advice' || opensOnAdvice(currentSearch())) await viewCode
  await nextTask()
  const tree = <Root updates={updates} onCommit={booted} />
  // index.html holds the start page and the check's: React adopts that markup; any other address (a shared
  // link, the planner) renders afresh in the start page's place.
  if (container.hasChildNodes() && (view === 'start' || container === prerendered)) {
    startTransition(() => {
      hydrateRoot(container, tree)
    })
  } else {
    container.replaceChildren()
    // In a transition too, so React renders the view in slices that yield rather than in one long task.
    const root = createRoot(container)
    startTransition(() => {
      root.render(tree)
    })
  }
}

void boot(root)
