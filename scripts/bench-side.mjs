#!/usr/bin/env node
// Lighthouse mobile on every entry view of this app (the start page, a result link, a plan link, the
// check page) and on another static site, side by side on the same machine in the same minutes, so
// machine noise hits both alike. The time until each view's own content shows is
// scripts/content-timing.mjs (Lighthouse's LCP cannot tell a paint of the wrong view).
//
//   npm run bench:side -- [--peer <folder>] [--rounds 5]   (the peer: bench/peer/cc-chooser unless named)
//
// Builds the app into lighthouse/side/dist, serves it and the peer's folder (the one holding its
// index.html; read where it is, never copied) with the same gzip-compressing vite preview server on
// two loopback ports, then runs both in turn for each round, swapping which goes first every round.
// Prints per site the median and min–max of each score and metric, and ours/peer of the medians.
// Reports: lighthouse/side/*.report.{json,html} and lighthouse/side.json.
//
// Exits 1 unless the target is met on the result link, the plan link and the check page: our median
// performance ≥ the peer's, our median LCP ≤ the peer's, our median TBT ≤ 50 ms, and accessibility,
// best practices and SEO 100 in every round.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build, freePort, lighthouse, median, option, pad, ROOT, report, serve } from './lighthouse-lib.mjs'

const OUT = path.join(ROOT, 'lighthouse', 'side')
const DIST = path.join(OUT, 'dist')
const TBT_LIMIT_MS = 50
// Every entry view (issue 24): the start page, and the addresses a person is sent (e2e/entry-views.json).
const VIEWS = [
  { view: 'start', path: '/' },
  ...JSON.parse(readFileSync(path.join(ROOT, 'e2e', 'entry-views.json'), 'utf8')).filter((v) => v.view !== 'part-way'),
]

/** What is printed and compared, read from one run of scripts/lighthouse-lib.mjs. */
const ROWS = [
  { key: 'performance', label: 'performance', read: (r) => r.scores.performance },
  { key: 'lcpMs', label: 'LCP ms', read: (r) => r.metrics.lcpMs },
  { key: 'tbtMs', label: 'TBT ms', read: (r) => r.metrics.tbtMs },
  { key: 'fcpMs', label: 'FCP ms', read: (r) => r.metrics.fcpMs },
  { key: 'cls', label: 'CLS', read: (r) => r.metrics.cls },
  { key: 'accessibility', label: 'accessibility', read: (r) => r.scores.accessibility },
  { key: 'bestPractices', label: 'best practices', read: (r) => r.scores.bestPractices },
  { key: 'seo', label: 'SEO', read: (r) => r.scores.seo },
]

function summarize(runs) {
  return Object.fromEntries(
    ROWS.map(({ key, read }) => {
      const values = runs.map(read)
      return [key, { median: median(values), min: Math.min(...values), max: Math.max(...values), values }]
    }),
  )
}

const spread = (s) => `${s.median} (${s.min}–${s.max})`

function targets(ours, peer, view) {
  // The start page keeps its figures; the targets are for the views a shared address opens.
  if (view === 'start') return []
  return [
    {
      target: `${view}: performance ≥ the peer’s (medians)`,
      actual: `${ours.performance.median} vs ${peer.performance.median}`,
      pass: ours.performance.median >= peer.performance.median,
    },
    {
      target: `${view}: LCP ≤ the peer’s (medians)`,
      actual: `${ours.lcpMs.median} ms vs ${peer.lcpMs.median} ms`,
      pass: ours.lcpMs.median <= peer.lcpMs.median,
    },
    {
      target: `${view}: TBT ≤ ${TBT_LIMIT_MS} ms (median)`,
      actual: `${ours.tbtMs.median} ms`,
      pass: ours.tbtMs.median <= TBT_LIMIT_MS,
    },
    ...['accessibility', 'bestPractices', 'seo'].map((key) => ({
      target: `${view}: ${ROWS.find((row) => row.key === key).label} 100 in every round`,
      actual: `${ours[key].min}–${ours[key].max}`,
      pass: ours[key].min === 100,
    })),
  ]
}

async function main() {
  // The Creative Commons chooser, kept in the project (bench/peer/README.md), unless another peer is named.
  const peerArg = option('peer') ?? 'bench/peer/cc-chooser'
  const rounds = Number(option('rounds') ?? 5)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number ≥ 1, not ${rounds}.`)
  const peerDir = path.resolve(peerArg)
  if (!existsSync(path.join(peerDir, 'index.html'))) {
    throw new Error(`${peerDir} has no index.html: pass the folder the peer site is served from.`)
  }

  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  build(DIST)

  const ours = await serve(DIST, await freePort(), { own: true })
  const peer = await serve(peerDir, await freePort(), { own: false }).catch((error) => {
    ours.stop()
    throw error
  })
  process.once('SIGINT', () => {
    ours.stop()
    peer.stop()
    process.exit(130)
  })
  const sites = {
    peer: { server: peer, url: peer.url, runs: [] },
    ...Object.fromEntries(VIEWS.map((v) => [v.view, { server: ours, url: new URL(v.path, ours.url).href, runs: [] }])),
  }
  const names = Object.keys(sites)
  try {
    for (let round = 1; round <= rounds; round++) {
      // The order turns every round, so the machine's drift hits every site alike.
      const order = names.map((_, i) => names[(i + round) % names.length])
      for (const name of order) {
        const site = sites[name]
        process.stdout.write(`Round ${round}/${rounds}: ${name} … `)
        const result = lighthouse(site.url, { preset: 'mobile', output: path.join(OUT, `${name}-${round}`) })
        site.runs.push(result)
        const { scores: s, metrics: m } = result
        console.log(`performance ${s.performance} · LCP ${m.lcpMs} ms · TBT ${m.tbtMs} ms`)
        for (const warning of result.runWarnings) console.log(`  warning: ${warning}`)
      }
    }
  } finally {
    ours.stop()
    peer.stop()
  }

  const summary = Object.fromEntries(names.map((name) => [name, summarize(sites[name].runs)]))
  console.log(`\nLighthouse 12 mobile, ${rounds} interleaved rounds: median (min–max)`)
  console.log(
    `  ${pad('', 16)}${VIEWS.map((v) => pad(v.view, 20)).join('')}${pad(`peer (${path.basename(peerDir)})`, 20)}`,
  )
  for (const { key, label } of ROWS) {
    console.log(
      `  ${pad(label, 16)}${names
        .slice(1)
        .map((n) => pad(spread(summary[n][key]), 20))
        .join('')}${pad(spread(summary.peer[key]), 20)}`,
    )
  }

  const results = VIEWS.flatMap((v) => targets(summary[v.view], summary.peer, v.view))
  console.log('\nTarget')
  for (const c of results) console.log(`  ${c.pass ? 'pass' : 'FAIL'}  ${pad(c.target, 52)} ${c.actual}`)

  report(
    path.join(ROOT, 'lighthouse', 'side.json'),
    {
      command: `npm run bench:side -- --peer ${peerArg} --rounds ${rounds}`,
      peer: peerDir,
      summary,
      runs: Object.fromEntries(names.map((name) => [name, sites[name].runs])),
    },
    results,
    { label: (c) => c.target, missed: () => 'Target NOT met', met: 'Target met.' },
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
