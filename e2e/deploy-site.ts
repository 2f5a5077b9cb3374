import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

/**
 * A static server over a folder that can be switched to another, as a deploy replaces the site: one
 * origin, two builds. A missing file gets index.html with status 200, the SPA fallback `vite
 * preview` and many hosts give, so an old chunk asked of the new build comes back as a page. Nothing
 * is cached by HTTP, so the browser sees each deploy on its next request.
 */
export async function serveSite(root: string): Promise<{
  origin: string
  deploy: (next: string) => void
  close: () => Promise<void>
}> {
  let current = root
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = path.join(current, pathname)
    if (!file.startsWith(current) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(current, 'index.html')
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    response.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      current = next
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/**
 * A copy of the build in `dist` as the next deploy would make it: every hashed file under assets/
 * renamed (so none of the old chunk names exists any more), every reference to them rewritten, a
 * new service worker version, and `data-build="B"` on <html> to tell the builds apart. Returns its
 * folder and a function that deletes it.
 */
export function nextBuild(dist: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'advisor-build-b-'))
  cpSync(dist, dir, { recursive: true })
  const assets = path.join(dir, 'assets')
  const renamed = new Map<string, string>()
  for (const name of readdirSync(assets)) {
    const next = name.replace(/^(.+-)([\w-]+)(\.\w+)$/, '$1$2B$3')
    renamed.set(name, next)
  }
  const pattern = new RegExp(
    [...renamed.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
    'g',
  )
  const rewrite = (file: string) => {
    const text = readFileSync(file, 'utf8').replace(pattern, (name) => renamed.get(name) ?? name)
    writeFileSync(file, text)
  }
  for (const [name, next] of renamed) {
    const from = path.join(assets, name)
    rewrite(from)
    cpSync(from, path.join(assets, next))
    rmSync(from)
  }
  const index = path.join(dir, 'index.html')
  rewrite(index)
  writeFileSync(index, readFileSync(index, 'utf8').replace('<html lang="en"', '<html lang="en" data-build="B"'))
  const worker = path.join(dir, 'sw.js')
  rewrite(worker)
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/"version":"[0-9a-f]+"/, '"version":"000000000000000b"'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
