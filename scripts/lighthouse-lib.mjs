// What scripts/bench.mjs and scripts/bench-side.mjs share: building the app into a folder of its
// own, measuring the first screen's JavaScript, serving a static folder and running Lighthouse.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const BIN = (name) => path.join(ROOT, 'node_modules', '.bin', name)

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ')

export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
export const pad = (text, width) => String(text).padEnd(width)
export const padStart = (text, width) => String(text).padStart(width)

/** The value given after `--name` on the command line, else fallback. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

/** The median; of an even count, the mean of the middle two. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status}`)
  }
  return result.stdout ?? ''
}

export function build(dist) {
  console.log(`Building into ${path.relative(ROOT, dist)}/ …`)
  run(BIN('vite'), ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'])
  // The German pages, under de/ as `npm run site` builds them (contract section 8).
  run(BIN('vite'), ['build', '--mode', 'de', '--outDir', path.join(dist, 'de'), '--emptyOutDir', '--logLevel', 'warn'])
}

/** Every file under dir, relative to it, with forward slashes. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  )
}

function measure(dist, file) {
  const bytes = readFileSync(path.join(dist, file))
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length }
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `export … from`), not `import()`. */
function staticImports(dist, file) {
  const code = readFileSync(path.join(dist, file), 'utf8')
  const found = new Set()
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    found.add(path.posix.join(path.posix.dirname(file), match[1]))
  }
  return [...found]
}

/** The chunks a chunk loads with `import("./x.js")`. */
function dynamicImports(dist, file) {
  const code = readFileSync(path.join(dist, file), 'utf8')
  const found = new Set()
  for (const match of code.matchAll(/\bimport\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g)) {
    found.add(path.posix.join(path.posix.dirname(file), match[1]))
  }
  return [...found]
}

const sum = (items, key) => items.reduce((total, item) => total + item[key], 0)

/**
 * The JavaScript and CSS the first page needs, read from the build's index.html: the entry script
 * and its modulepreload'ed static imports (plus, to be safe, any static import Vite did not list),
 * the chunks the entry itself loads with import() to boot the app after the first paint
 * (src/main.tsx) with their static imports, and the stylesheets. Every other script is loaded on
 * demand.
 */
export function sizes(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const base = (html.match(/<script[^>]*type="module"[^>]*src="([^"]*?)assets\//) ?? [])[1] ?? '/'
  const local = (href) => (href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, ''))
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]
  const tags = (pattern) => [...html.matchAll(pattern)].map((m) => m[0])

  const entries = tags(/<script\b[^>]*type="module"[^>]*>/g).map((tag) => local(attr(tag, 'src') ?? ''))
  if (entries.length !== 1 || !entries[0]) throw new Error('index.html should load exactly one module script.')
  const preloads = tags(/<link\b[^>]*rel="modulepreload"[^>]*>/g).map((tag) => local(attr(tag, 'href') ?? ''))
  const styles = tags(/<link\b[^>]*rel="stylesheet"[^>]*>/g).map((tag) => local(attr(tag, 'href') ?? ''))

  const roles = new Map([[entries[0], 'entry']])
  for (const file of preloads) if (!roles.has(file)) roles.set(file, 'static import')
  for (const file of dynamicImports(dist, entries[0])) if (!roles.has(file)) roles.set(file, 'boot import()')
  const initial = [...roles.keys()]
  const unlisted = []
  for (let i = 0; i < initial.length; i++) {
    for (const imported of staticImports(dist, initial[i])) {
      if (!initial.includes(imported)) {
        initial.push(imported)
        if (roles.get(initial[i]) === 'boot import()') roles.set(imported, 'static import of a boot import()')
        else unlisted.push(imported)
      }
    }
  }
  const all = filesUnder(dist)
  const lazy = all.filter((file) => file.startsWith('assets/') && file.endsWith('.js') && !initial.includes(file))
  const js = initial.map((file) => measure(dist, file))
  return {
    initialJs: js.map((chunk) => ({ ...chunk, role: roles.get(chunk.file) ?? 'static import' })),
    initialJsTotal: { bytes: sum(js, 'bytes'), gzip: sum(js, 'gzip') },
    unlistedStaticImports: unlisted,
    css: styles.map((file) => measure(dist, file)),
    onDemandJs: lazy.map((file) => measure(dist, file)),
    serviceWorker: all.includes('sw.js') ? measure(dist, 'sw.js') : null,
    buildFiles: all.length,
    buildBytes: all.reduce((total, file) => total + statSync(path.join(dist, file)).size, 0),
  }
}

// Vite's own preview server, run in a child node process (not through npx, so killing it really
// stops it) and not inside this process, whose event loop blocks while Lighthouse runs. Both sites
// get the same server, gzip included. A site of our own is served with the project's config, as
// `vite preview` would; any other folder without it, and as plain files (no fallback to index.html
// for a missing path, so a site without robots.txt gets a 404 rather than its start page).
const PREVIEW = `
import { preview } from 'vite'
const [dir, port, own] = process.argv.slice(1)
await preview({
  ...(own === 'own' ? {} : { configFile: false, root: dir, appType: 'mpa' }),
  logLevel: 'warn',
  build: { outDir: dir },
  preview: { host: '127.0.0.1', port: Number(port), strictPort: true },
})
`

/** Serves dir on 127.0.0.1:port until the returned stop() is called, and resolves once it answers. */
export async function serve(dir, port, { own }) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', PREVIEW, dir, String(port), own ? 'own' : ''], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = () => child.exitCode === null && child.kill()
  process.once('exit', stop)
  const url = `http://127.0.0.1:${port}/`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null)
      throw new Error(`The server for ${dir} exited (${child.exitCode}); is port ${port} in use?`)
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  stop()
  throw new Error(`The server for ${dir} did not answer on ${url}`)
}

/**
 * One Lighthouse run of url with the mobile (default) or desktop preset; the reports go to
 * `${output}.report.json` and `.html`. Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else
 * whatever Lighthouse finds.
 */
export function lighthouse(url, { preset, output }) {
  const args = [
    url,
    '--quiet',
    '--output=json',
    '--output=html',
    `--output-path=${output}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ]
  if (preset === 'desktop') args.push('--preset=desktop')
  const env = { ...process.env }
  const chromium = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  if (chromium && !env.CHROME_PATH) env.CHROME_PATH = chromium
  run(BIN('lighthouse'), args, { env })
  const report = JSON.parse(readFileSync(`${output}.report.json`, 'utf8'))
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const audit = (id) => report.audits[id]?.numericValue ?? null
  return {
    preset,
    lighthouseVersion: report.lighthouseVersion,
    userAgent: report.environment?.hostUserAgent,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    metrics: {
      fcpMs: Math.round(audit('first-contentful-paint')),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number((audit('cumulative-layout-shift') ?? 0).toFixed(3)),
      speedIndexMs: Math.round(audit('speed-index')),
    },
    runWarnings: report.runWarnings ?? [],
    report: `${path.relative(ROOT, output)}.report.html`,
  }
}

export function git(...args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

/** Whether the tracked files differ from HEAD (null outside a git checkout), for the reports. */
export function uncommittedChanges() {
  const dirty = git('status', '--porcelain', '--untracked-files=no')
  return dirty === null ? null : dirty !== ''
}

/** A loopback port nothing listens on now, for a server of our own. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

/**
 * Writes a benchmark's JSON report, with what it was measured on, and sets the exit status from its
 * checks: `label` names a check (its target or budget), `missed` and `met` are the closing lines.
 */
export function report(file, { command, ...data }, checks, { label, missed, met }) {
  const body = {
    command,
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    uncommittedChanges: uncommittedChanges(),
    node: process.version,
    ...data,
    checks,
    pass: checks.every((c) => c.pass),
  }
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`)
  console.log(`\nReport: ${path.relative(ROOT, file)}`)
  const failed = checks.filter((c) => !c.pass)
  if (failed.length > 0) {
    console.error(`\n${missed(failed.length)}: ${failed.map(label).join('; ')}`)
    process.exitCode = 1
  } else {
    console.log(`\n${met}`)
  }
}
