import { startTransition } from 'react'
import './index.css'
import { entryView } from './boot/view'
import { registerServiceWorker } from './sw/register'
import { currentSearch } from './ui/address'
import { loaded, reloadOnce } from './ui/reload'
import { watchForUpdates } from './ui/UpdateNotice'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element to mount the app in.')

// The view this address opens (the boot script has named it already, for index.css). Its code is
// fetched now, beside React's, rather than after the app has rendered and asked for it. The start
// page loads none of it: src/views.tsx comes with the app's own chunk, so the start page's initial
// JavaScript (npm run budget) stays what it was.
const view = entryView(currentSearch())
const viewCode =
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

/** The boot frame gives way to the app: React has rendered into #root (index.css, src/boot/BootFrame.tsx). */
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
 * Any other address shows its view's frame meanwhile, with nothing to press; the view renders once
 * its code is here, straight from the frame, with no loading line or start page in between.
 */
async function boot(container: HTMLElement) {
  if (view === 'start') await afterPaint()
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
  // index.html holds the start page: React adopts that markup there; any other address (a shared
  // link, the planner) renders afresh in its place.
  if (container.hasChildNodes() && view === 'start') {
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
