#!/usr/bin/env node
// Quality budgets, measured on a fresh production build.
//
//   node scripts/bench.mjs            `npm run bench`: sizes, then Lighthouse mobile and desktop;
//                                     every budget is asserted. Report: lighthouse/bench.json.
//   node scripts/bench.mjs --budget   `npm run budget` (CI): sizes, then one Lighthouse run (mobile);
//                                     asserts the size budget and accessibility, best practices and
//                                     SEO = 100; performance is reported, not asserted (a shared CI
//                                     machine is too noisy for it). Report: lighthouse/budget.json.
//
// The build goes to lighthouse/dist (gitignored), so this never touches dist/ that e2e runs serve.
// The served build is `vite preview` on 127.0.0.1:4174 (BENCH_PORT to change it), started here
// directly, not through npx, so killing it really stops it. Chromium: $CHROMIUM_PATH, else
// /usr/bin/chromium, else whatever Lighthouse finds. Exits 1 when a budget is missed.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'lighthouse')
const DIST = path.join(OUT, 'dist')
const PORT = Number(process.env.BENCH_PORT ?? 4174)
const BIN = (name) => path.join(ROOT, 'node_modules', '.bin', name)
const CI_MODE = process.argv.includes('--budget')

/**
 * The budgets. KB here is 1000 bytes, the unit Vite's build log prints, so the numbers read the
 * same in both places; it is also the stricter reading (110 KiB would allow 112,640 bytes).
 * Sizes are gzip at zlib's default level 6, what a typical server (and vite preview) sends.
 */
const BUDGETS = {
  initialJsGzipBytes: 110 * 1000,
  mobilePerformance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
}

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ')

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
const pad = (text, width) => String(text).padEnd(width)
const padStart = (text, width) => String(text).padStart(width)

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status}`)
  }
  return result.stdout ?? ''
}

function build() {
  console.log(`Building into ${path.relative(ROOT, DIST)}/ …`)
  run(BIN('vite'), ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'])
}

/** Every file under dir, relative to it, with forward slashes. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  )
}

function measure(file) {
  const bytes = readFileSync(path.join(DIST, file))
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length }
}

/** The chunks a chunk imports statically (`import … from "./x.js"`, `export … from`), not `import()`. */
function staticImports(file) {
  const code = readFileSync(path.join(DIST, file), 'utf8')
  const found = new Set()
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    found.add(path.posix.join(path.posix.dirname(file), match[1]))
  }
  return [...found]
}

/**
 * The JavaScript and CSS the first page needs, read from dist/index.html: the entry script and its
 * modulepreload'ed static imports (plus, to be safe, any static import Vite did not list), and the
 * stylesheets. Every other script is loaded on demand.
 */
function sizes() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8')
  const base = (html.match(/<script[^>]*type="module"[^>]*src="([^"]*?)assets\//) ?? [])[1] ?? '/'
  const local = (href) => (href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, ''))
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]
  const tags = (pattern) => [...html.matchAll(pattern)].map((m) => m[0])

  const entries = tags(/<script\b[^>]*type="module"[^>]*>/g).map((tag) => local(attr(tag, 'src') ?? ''))
  if (entries.length !== 1 || !entries[0]) throw new Error('dist/index.html should load exactly one module script.')
  const preloads = tags(/<link\b[^>]*rel="modulepreload"[^>]*>/g).map((tag) => local(attr(tag, 'href') ?? ''))
  const styles = tags(/<link\b[^>]*rel="stylesheet"[^>]*>/g).map((tag) => local(attr(tag, 'href') ?? ''))

  const initial = [entries[0], ...preloads]
  const unlisted = []
  for (let i = 0; i < initial.length; i++) {
    for (const imported of staticImports(initial[i])) {
      if (!initial.includes(imported)) {
        initial.push(imported)
        unlisted.push(imported)
      }
    }
  }
  const all = filesUnder(DIST)
  const lazy = all.filter((file) => file.startsWith('assets/') && file.endsWith('.js') && !initial.includes(file))
  const js = initial.map(measure)
  return {
    initialJs: js.map((chunk, i) => ({ ...chunk, role: i === 0 ? 'entry' : 'static import' })),
    initialJsTotal: { bytes: sum(js, 'bytes'), gzip: sum(js, 'gzip') },
    unlistedStaticImports: unlisted,
    css: styles.map(measure),
    onDemandJs: lazy.map(measure),
    serviceWorker: all.includes('sw.js') ? measure('sw.js') : null,
    buildFiles: all.length,
    buildBytes: all.reduce((total, file) => total + statSync(path.join(DIST, file)).size, 0),
  }
}

const sum = (items, key) => items.reduce((total, item) => total + item[key], 0)

function printSizes(s) {
  console.log('\nInitial JavaScript (gzip level 6; kB = 1000 bytes)')
  for (const c of s.initialJs)
    console.log(`  ${pad(c.file, 44)} ${padStart(kb(c.bytes), 11)}  gzip ${kb(c.gzip)}  (${c.role})`)
  console.log(`  ${pad('total', 44)} ${padStart(kb(s.initialJsTotal.bytes), 11)}  gzip ${kb(s.initialJsTotal.gzip)}`)
  if (s.unlistedStaticImports.length > 0) {
    console.log(
      `  (static imports not modulepreloaded by index.html, counted too: ${s.unlistedStaticImports.join(', ')})`,
    )
  }
  console.log('CSS')
  for (const c of s.css) console.log(`  ${pad(c.file, 44)} ${padStart(kb(c.bytes), 11)}  gzip ${kb(c.gzip)}`)
  console.log('On demand (lazy chunks)')
  for (const c of s.onDemandJs) console.log(`  ${pad(c.file, 44)} ${padStart(kb(c.bytes), 11)}  gzip ${kb(c.gzip)}`)
  if (s.serviceWorker) {
    const w = s.serviceWorker
    console.log(`Service worker (after load)\n  ${pad(w.file, 44)} ${padStart(kb(w.bytes), 11)}  gzip ${kb(w.gzip)}`)
  }
  console.log(`Whole build, precached by the service worker: ${s.buildFiles} files, ${kb(s.buildBytes)}`)
}

async function waitForServer(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}); is port ${PORT} in use?`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`vite preview did not answer on ${url}`)
}

function lighthouse(url, preset) {
  const output = path.join(OUT, preset)
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
  console.log(`\nLighthouse (${preset}) on ${url} …`)
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

function printLighthouse(r) {
  const { scores: s, metrics: m } = r
  console.log(
    `  ${pad(r.preset, 8)} performance ${s.performance} · accessibility ${s.accessibility} · best practices ${s.bestPractices} · SEO ${s.seo}`,
  )
  console.log(
    `  ${pad('', 8)} FCP ${m.fcpMs} ms · LCP ${m.lcpMs} ms · TBT ${m.tbtMs} ms · CLS ${m.cls} · SI ${m.speedIndexMs} ms`,
  )
  for (const warning of r.runWarnings) console.log(`  warning: ${warning}`)
}

function checks(s, runs) {
  const list = [
    {
      budget: `initial JavaScript ≤ ${kb(BUDGETS.initialJsGzipBytes)} gzip`,
      actual: `${kb(s.initialJsTotal.gzip)} (${s.initialJsTotal.gzip} bytes)`,
      pass: s.initialJsTotal.gzip <= BUDGETS.initialJsGzipBytes,
      over: s.initialJsTotal.gzip - BUDGETS.initialJsGzipBytes,
    },
  ]
  for (const r of runs) {
    if (r.preset === 'mobile' && !CI_MODE) {
      list.push({
        budget: `mobile performance ≥ ${BUDGETS.mobilePerformance}`,
        actual: r.scores.performance,
        pass: r.scores.performance >= BUDGETS.mobilePerformance,
      })
    }
    for (const [key, label] of [
      ['accessibility', 'accessibility'],
      ['bestPractices', 'best practices'],
      ['seo', 'SEO'],
    ]) {
      list.push({
        budget: `${r.preset} ${label} = ${BUDGETS[key]}`,
        actual: r.scores[key],
        pass: r.scores[key] >= BUDGETS[key],
      })
    }
  }
  return list
}

function git(...args) {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  build()
  const s = sizes()
  printSizes(s)

  const url = `http://127.0.0.1:${PORT}/`
  const server = spawn(
    BIN('vite'),
    ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', DIST],
    { cwd: ROOT, stdio: 'ignore' },
  )
  const stop = () => server.exitCode === null && server.kill()
  process.once('SIGINT', () => {
    stop()
    process.exit(130)
  })
  const runs = []
  try {
    await waitForServer(url, server)
    for (const preset of CI_MODE ? ['mobile'] : ['mobile', 'desktop']) runs.push(lighthouse(url, preset))
  } finally {
    stop()
  }
  console.log('\nLighthouse 12 scores')
  for (const r of runs) printLighthouse(r)

  const results = checks(s, runs)
  console.log('\nBudgets')
  for (const c of results) {
    const over = c.over > 0 ? ` — over by ${c.over} bytes (${kb(c.over)})` : ''
    console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${pad(c.budget, 40)} ${c.actual}${over}`)
  }
  if (CI_MODE) console.log('  (mobile performance is reported, not asserted, here: `npm run bench` asserts it)')

  const reportFile = path.join(OUT, CI_MODE ? 'budget.json' : 'bench.json')
  const dirty = git('status', '--porcelain', '--untracked-files=no')
  writeFileSync(
    reportFile,
    `${JSON.stringify(
      {
        command: CI_MODE ? 'npm run budget' : 'npm run bench',
        date: new Date().toISOString(),
        commit: git('rev-parse', 'HEAD'),
        uncommittedChanges: dirty === null ? null : dirty !== '',
        node: process.version,
        units: 'bytes; gzip at zlib level 6; kB = 1000 bytes',
        budgets: BUDGETS,
        sizes: s,
        lighthouse: runs,
        checks: results,
        pass: results.every((c) => c.pass),
      },
      null,
      2,
    )}\n`,
  )
  console.log(`\nReport: ${path.relative(ROOT, reportFile)}`)

  const failed = results.filter((c) => !c.pass)
  if (failed.length > 0) {
    console.error(`\n${failed.length} budget(s) missed: ${failed.map((c) => c.budget).join('; ')}`)
    process.exitCode = 1
  } else {
    console.log('\nAll budgets met.')
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
