/*
 * The service worker: keeps every file of one build so the advisor, and any link to it, opens with
 * no network once it has been visited. This file is a template: the offline plugin in vite.config.ts
 * writes it into the build as sw.js with the BUILD line below replaced by the build's file list and
 * a hash of their contents. A new build therefore means a new cache.
 *
 * - Navigations (any `/?v=1&…` link): the network first, so an online visit always gets the newest
 *   page and the newest worker can take over during that visit; offline, the cached index.html.
 * - Every other file (hashed scripts and styles, icons, manifest): this build's cache first, then
 *   an earlier build's, then the network.
 * - Requests to other origins, and anything that is not a GET, are left alone (there are none).
 *
 * After a deploy, a tab opened on an earlier build keeps running that build's code until it reloads,
 * and asks for that build's lazy chunks, which the new build does not have. So a new worker takes
 * over at once (new tabs get the new build, online or not), but keeps the earlier builds' caches
 * until no window that was open when it took over is left; the page offers "Reload to update"
 * (src/ui/UpdateNotice.tsx). Waiting instead (no skipWaiting) would not help: a waiting worker
 * takes over only once every tab is closed, and telling it to skip waiting from one tab would
 * leave the others on old code with their files gone.
 */

/** @type {{ version: string, files: string[] }} */
const BUILD = { version: 'development', files: [] }

const scope = self.registration.scope
// Cache Storage is shared by the whole origin: name our caches by scope, so two copies of the
// advisor under different base paths never delete each other's files.
const PREFIX = `crm-license-advisor ${scope} `
const CACHE = `${PREFIX}${BUILD.version}`
const INDEX = new URL('index.html', scope).href
// Which windows were open when this build took over: the earlier builds' caches stay while any is.
const KEPT = `crm-license-advisor windows ${scope}`
const KEPT_KEY = new URL('?open-windows', scope).href

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      // `reload`: fetch from the server, not from the HTTP cache, so the files match this worker's list.
      await cache.addAll(BUILD.files.map((file) => new Request(new URL(file, scope).href, { cache: 'reload' })))
      // Take over as soon as the files are stored; open tabs keep their build's files (see above).
      await self.skipWaiting()
    })(),
  )
})

async function earlierBuilds() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE)
}

/** @returns {Promise<string[]>} */
async function openWindows() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  return windows.map((client) => client.id)
}

/**
 * What this build's takeover left to delete later: the earlier builds' caches, named (never a newer
 * build's, which may be installing beside it), and the windows they are kept for.
 * @returns {Promise<{ caches: string[], windows: string[] } | undefined>}
 */
async function kept() {
  const record = await caches.match(KEPT_KEY, { cacheName: KEPT })
  return record ? record.json() : undefined
}

/** Deletes the kept caches once no window they are kept for is left. */
async function dropUnusedBuilds() {
  const record = await kept()
  if (!record) return
  const open = new Set(await openWindows())
  if (record.windows.some((id) => open.has(id))) return
  await Promise.all(record.caches.map((name) => caches.delete(name)))
  await caches.delete(KEPT)
}

/** @type {Promise<void> | undefined} */
let tidying
/** Any request may come after a window closed: check then, one check at a time. */
function tidy() {
  tidying ??= dropUnusedBuilds().finally(() => {
    tidying = undefined
  })
  return tidying
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const earlier = await earlierBuilds()
      if (earlier.length > 0) {
        // Added to what an earlier takeover still keeps: its windows may run an even older build.
        const before = await kept()
        const record = {
          caches: earlier,
          windows: [...new Set([...(before?.windows ?? []), ...(await openWindows())])],
        }
        await (await caches.open(KEPT)).put(KEPT_KEY, Response.json(record))
      }
      await dropUnusedBuilds()
      await self.clients.claim()
    })(),
  )
})

// A page asks which files this build has, to tell whether it runs this build or an earlier one.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'files') return
  event.ports[0]?.postMessage(BUILD.files.map((file) => new URL(file, scope).href))
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
  const own = await caches.match(request, { cacheName: CACHE, ignoreVary: true })
  if (own) return own
  // A tab opened on an earlier build asks for that build's chunks: they are kept for it.
  for (const name of await earlierBuilds()) {
    const kept = await caches.match(request, { cacheName: name, ignoreVary: true })
    if (kept) return kept
  }
  return fetch(request)
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request))
  event.waitUntil(tidy())
})
