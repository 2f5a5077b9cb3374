/*
 * The service worker: keeps every file of one build so the advisor, and any link to it, opens with
 * no network once it has been visited. This file is a template: the offline plugin in vite.config.ts
 * writes it into the build as sw.js with the BUILD line below replaced by the build's file list and
 * a hash of their contents. A new build therefore means a new cache; the old one is deleted once the
 * new worker takes over.
 *
 * - Navigations (any `/?v=1&…` link): the network first, so an online visit always gets the newest
 *   page and the newest worker can take over during that visit; offline, the cached index.html.
 * - Every other file of the build (hashed scripts and styles, icons, manifest): the cache first.
 * - Requests to other origins, and anything that is not a GET, are left alone (there are none).
 */

/** @type {{ version: string, files: string[] }} */
const BUILD = { version: 'development', files: [] }

const scope = self.registration.scope
// Cache Storage is shared by the whole origin: name our caches by scope, so two copies of the
// advisor under different base paths never delete each other's files.
const PREFIX = `crm-license-advisor ${scope} `
const CACHE = `${PREFIX}${BUILD.version}`
const INDEX = new URL('index.html', scope).href

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      // `reload`: fetch from the server, not from the HTTP cache, so the files match this worker's list.
      await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, scope).href, { cache: 'reload' })))
      // Take over as soon as the files are stored; the page says so (see src/ui/UpdateNotice.tsx).
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((n) => caches.delete(n)))
      await self.clients.claim()
    })(),
  )
})

/** @param {Request} request */
async function page(request) {
  /** @type {Response | undefined} */
  let response
  try {
    response = await fetch(request)
    if (response.status < 500) return response
  } catch {
    // Offline, or the server cannot be reached: the cached page below.
  }
  const cached = await caches.match(INDEX, { cacheName: CACHE })
  return cached ?? response ?? Response.error()
}

/** @param {Request} request */
async function file(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreVary: true })
  return cached ?? fetch(request)
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request))
})
