import { LANGUAGES } from '../ui/languageList'
import { addressIn } from '../ui/languages'

/**
 * Registers the service worker (built into the site as sw.js by vite.config.ts) once the page has
 * loaded, so it never competes with the first render. Production builds only: the dev server has no
 * sw.js. Each language is a build with a worker of its own, scoped to its prefix; every page
 * registers them all, so the site works offline in each language, whichever was opened first.
 * Returns the container to watch for updates, or undefined where there is no worker.
 */
export function registerServiceWorker(): ServiceWorkerContainer | undefined {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined
  const container = navigator.serviceWorker
  const register = () => {
    // Offline use is an extra: where the browser refuses (private mode, blocked storage) the site
    // simply works online, so a refusal is not worth a console message.
    for (const language of LANGUAGES) {
      const scope = addressIn(language, '')
      container.register(`${scope}sw.js`, { scope }).catch(() => undefined)
    }
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
  return container
}
