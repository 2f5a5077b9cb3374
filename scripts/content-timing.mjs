#!/usr/bin/env node
/**
 * Time until each entry view's own content is on screen, on a phone-speed CPU (Chromium, 4×
 * slowdown), cold (a new browser context each run): the start page, a result link, a plan link, a
 * link part-way through the questions and the check page (e2e/entry-views.json). Lighthouse's LCP
 * cannot tell a paint of the wrong view from the right one; this can: a frame that shows the start
 * page's first question on the way to another view is counted and reported.
 *
 *   npm run build && node scripts/content-timing.mjs [--runs 5] [--dist dist] [--base dist-before]
 *
 * With --base, a second build (say, the previous commit's) is timed in the same run, interleaved,
 * so the machine's noise hits both alike. Prints per view the median and the spread (min–max) in ms.
 */
import { existsSync, readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { preview } from 'vite'

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const RUNS = Number(option('runs', '5'))
const DIST = option('dist', 'dist')
const BASE = option('base', undefined)
const START_QUESTION = 'Which product does the organization use?'
const VIEWS = [
  { name: 'the start page', view: 'start', path: '/', content: 'legend h1' },
  ...JSON.parse(readFileSync(new URL('../e2e/entry-views.json', import.meta.url), 'utf8')),
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Navigation start to the first frame with the view's content; and how many frames showed the start question first. */
async function once(browser, url, { view, content }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.addInitScript(
    ({ content, startQuestion, isStart }) => {
      const visible = (el) => el.checkVisibility()
      const state = { at: undefined, wrong: 0 }
      window.__content = state
      const sample = () => {
        const shown = [...document.querySelectorAll(content)].filter(visible)
        const start = [...document.querySelectorAll('h1')].filter(visible).some((h) => h.textContent === startQuestion)
        const own = shown.some((el) => isStart || !el.closest('legend') || !el.textContent?.includes(startQuestion))
        if (own) state.at = performance.now()
        else {
          if (start) state.wrong++
          requestAnimationFrame(sample)
        }
      }
      requestAnimationFrame(sample)
    },
    { content, startQuestion: START_QUESTION, isStart: view === 'start' },
  )
  await page.goto(url)
  await page.waitForFunction(() => window.__content.at !== undefined, undefined, { timeout: 30_000 })
  const result = await page.evaluate(() => window.__content)
  await context.close()
  return result
}

async function serve(dist, port) {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`No build in ${dist}/: run npm run build first.`)
  return preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, build: { outDir: dist }, logLevel: 'warn' })
}

const builds = [{ label: DIST, dist: DIST, port: 4395 }, ...(BASE ? [{ label: BASE, dist: BASE, port: 4396 }] : [])]
const servers = await Promise.all(builds.map((b) => serve(b.dist, b.port)))
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  console.log(`Time until the view's own content is on screen, 4× CPU, cold, ${RUNS} runs: median (min–max) ms`)
  for (const view of VIEWS) {
    const times = new Map(builds.map((b) => [b.label, { at: [], wrong: 0 }]))
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, first one build then the other, so drift in the machine's load hits both.
      const order = run % 2 ? [...builds].reverse() : builds
      for (const b of order) {
        const r = await once(browser, `http://127.0.0.1:${b.port}${view.path}`, view).catch((error) => {
          throw new Error(`${b.label} ${view.path}: ${error.message}`)
        })
        const t = times.get(b.label)
        t.at.push(Math.round(r.at))
        t.wrong += r.wrong
      }
    }
    const cells = builds.map((b) => {
      const t = times.get(b.label)
      const flash = t.wrong > 0 ? `, start question in ${t.wrong} frames` : ''
      return `${b.label}: ${median(t.at)} (${Math.min(...t.at)}–${Math.max(...t.at)})${flash}`
    })
    console.log(`  ${view.name.padEnd(40)} ${cells.join('   ')}`)
  }
} finally {
  await browser.close()
  await Promise.all(servers.map((s) => s.close()))
}
