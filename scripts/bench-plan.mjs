#!/usr/bin/env node
/**
 * How long the planner takes to open a big plan, and to recompute it after one edit, in a real browser.
 *
 *   npm run bench:plan [-- --dist <folder>] [-- --runs 20] [-- --groups 500] [-- --loads 5]
 *
 * Builds nothing: it serves an existing build (dist/ unless --dist says otherwise) with vite preview
 * on BENCH_PORT or a free port, opens the link the app itself writes for a plan of 500 groups with
 * ordinary names ("Sales team 1" …, review item 13), timing from navigation to the last group and
 * the totals on screen, several times. Then it opens group 2 (a large plan shows each group on one
 * line until it is edited) and changes its count through its input, timing
 * from the input event to the moment the totals' DOM changes (a MutationObserver), which covers the
 * form update, the recomputation and React's commit, and from the edit to the address rewritten.
 * Prints the link's length, and median, spread (min, p95, max) of each, against one 60 Hz frame
 * (16 ms) for an edit and one second to open.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium } from 'playwright-core'
import { freePort } from './lighthouse-lib.mjs'

const FRAME_MS = 16
const OPEN_MS = 1000
const WARMUP = 3

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const dist = resolve(option('dist', 'dist'))
const runs = Number(option('runs', '20'))
const GROUPS = Number(option('groups', '500'))
const loads = Number(option('loads', '5'))
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run "npm run build" first, or pass --dist <folder>.`)
  process.exit(1)
}

async function waitForServer(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await sleep(100)
  }
  throw new Error(`vite preview did not answer at ${url}`)
}

/**
 * A Dynamics 365 online plan of GROUPS groups with ordinary names, cycling through every unit of sale
 * (people, devices, packs), as a version 1 link: the page opens it, then rewrites the address in the
 * app's own (compact) encoding, which is what is measured and reopened.
 */
function planLink() {
  const kinds = [
    'who:employee;via:crm-client;does:full;device:named',
    'who:employee;via:crm-client;does:full;device:shared',
    'who:employee;via:crm-client;does:read',
    'who:customer-employee;via:portal;does:self-service',
    'who:public;via:portal;does:read',
    'who:employee;via:manual',
  ]
  let search = '?v=1&view=plan&product=d365&deploy=online'
  for (let i = 0; i < GROUPS; i++) {
    search += `&g=name:Sales%20team%20${i + 1};count:${10 + ((i * 37) % 990)};${kinds[i % kinds.length]}`
  }
  return search
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort()
const base = `http://127.0.0.1:${port}/`
const preview = spawn(
  resolve('node_modules/.bin/vite'),
  ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
  { stdio: ['ignore', 'ignore', 'inherit'] },
)
let browser
try {
  await waitForServer(base, preview)
  browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const problems = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))

  const open = async (url) => {
    const start = Date.now()
    await page.goto(url)
    await page
      .locator('[data-testid="plan-group"]')
      .nth(GROUPS - 1)
      .waitFor()
    await page.locator('[data-testid="plan-total"]').first().waitFor()
    return Date.now() - start
  }
  // A version 1 link of 500 groups is longer than vite preview accepts (review item 2), so it is handed
  // to the open planner as a Back would; the app then writes its own link, which is what is opened.
  await page.goto(`${base}?v=2&view=plan`)
  await page.evaluate((search) => {
    history.pushState(null, '', search)
    dispatchEvent(new PopStateEvent('popstate'))
  }, planLink())
  await page
    .locator('[data-testid="plan-group"]')
    .nth(GROUPS - 1)
    .waitFor()
  await page.waitForFunction(() => new URLSearchParams(location.search).getAll('g').length === 1)
  const ownLink = await page.evaluate(() => location.search)
  const loadTimes = []
  for (let i = 0; i < loads; i++) loadTimes.push(await open(base + ownLink))

  // A large plan opens with each group on one line: the group edited is opened first, as a person would.
  const openGroup = page.getByRole('button', { name: /^Edit Group 2\b/ })
  if ((await openGroup.count()) > 0) await openGroup.click()
  await page.locator('#group-2-count').waitFor()
  // Group 2 (index 1) is a group of people with their own access: its count moves the app subscription total.
  const timeOneEdit = (value) =>
    page.evaluate(
      ({ value }) =>
        new Promise((done, fail) => {
          const input = document.getElementById('group-2-count')
          const totals = document.getElementById('totals-title')?.parentElement
          if (!(input instanceof HTMLInputElement) || !totals) return fail(new Error('planner not on the page'))
          let start = 0
          const observer = new MutationObserver(() => {
            observer.disconnect()
            done(performance.now() - start)
          })
          observer.observe(totals, { subtree: true, childList: true, attributes: true, characterData: true })
          // The native setter, as a keystroke would, so React sees a real change.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value)
          start = performance.now()
          input.dispatchEvent(new Event('input', { bubbles: true }))
        }),
      { value },
    )

  const times = []
  const addressTimes = []
  for (let i = 0; i < WARMUP + runs; i++) {
    const value = String(100 + (i % 2))
    const before = Date.now()
    const ms = await timeOneEdit(value)
    await page.waitForFunction(
      (v) => location.search.includes(`${v},`) || location.search.includes(`count:${v}`),
      value,
    )
    if (i >= WARMUP) {
      times.push(ms)
      addressTimes.push(Date.now() - before)
    }
    // Let effects and any idle work finish before the next edit.
    await sleep(250)
  }
  if (problems.length > 0) throw new Error(`the page reported errors:\n${problems.join('\n')}`)

  const f = (ms) => `${ms.toFixed(1)} ms`
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return { median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0], max: sorted.at(-1) }
  }
  const line = (label, s) =>
    console.log(`  ${label}: median ${f(s.median)}   min ${f(s.min)}   p95 ${f(s.p95)}   max ${f(s.max)}`)
  const edit = stats(times)
  const opened = stats(loadTimes)
  console.log(`Planner with ${GROUPS} groups (${dist})`)
  console.log(`  the app's own link: ${ownLink.length.toLocaleString('en-US')} characters`)
  line(`open to last group and totals, ${loads} loads`, opened)
  line(`one edit to totals updated, ${runs} runs`, edit)
  line(`one edit to address rewritten, ${runs} runs`, stats(addressTimes))
  console.log(
    edit.p95 <= FRAME_MS
      ? `  An edit is under one frame (${FRAME_MS} ms) at the 95th percentile.`
      : edit.median <= FRAME_MS
        ? `  An edit's median is under one frame (${FRAME_MS} ms); the 95th percentile is over it.`
        : `  An edit is over one frame (${FRAME_MS} ms).`,
  )
  console.log(
    opened.median <= OPEN_MS ? `  Opens in under ${OPEN_MS} ms (median).` : `  Opens in over ${OPEN_MS} ms (median).`,
  )
} finally {
  await browser?.close()
  preview.kill('SIGTERM')
}
