/**
 * Registers the service worker (built into the site as sw.js by vite.config.ts) once the page has
 * loaded, so it never competes with the first render. Production builds only: the dev server has no
 * sw.js. Returns the container to watch for updates, or undefined where there is no worker.
 */
export function registerServiceWorker(): ServiceWorkerContainer | undefined {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined
  const container = navigator.serviceWorker
  const register = () => {
    // Offline use is an extra: where the browser refuses (private mode, blocked storage) the site
    // simply works online, so a refusal is not worth a console message.
    container.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined)
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
  return container
}
