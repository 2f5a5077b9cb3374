#!/usr/bin/env node
// How early can a shared result link's advice paint at all? Lighthouse mobile (simulated 1.6 Mbit/s,
// 150 ms RTT, 4× CPU) on the result link of this build and of two pages made from it, against the
// peer, interleaved, so the machine's noise hits all alike:
//
//   ours           the build as it is (what bench:side measures);
//   all-early      the same app, with its style sheet and boot script inline and every module the
//                  result link needs preloaded from the HTML's first bytes: the best order React can get;
//   rulebook-only  no React and no app: the HTML (style inline) downloads the bytes of the rulebook and
//                  the link's decoder, which any page computing the advice in the browser must have,
//                  then paints a heading and a paragraph. Their evaluation is left out, so this is an
//                  optimistic floor for a second, React-free renderer of the advice.
//
//   npm run bench:floor -- [--peer <folder>] [--rounds 5]   (the peer: bench/peer/cc-chooser unless named)
//
// A static host serves one index.html for every query, and a link's answers are in its query (contract
// section 5), so the advice cannot be in the HTML; this measures what that costs. Reports go to
// lighthouse/floor/; the summary to lighthouse/floor.json. It checks nothing: it reports numbers.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build, freePort, lighthouse, median, option, pad, ROOT, serve } from './lighthouse-lib.mjs'

const OUT = path.join(ROOT, 'lighthouse', 'floor')
const DIST = path.join(OUT, 'dist')
const RESULT = JSON.parse(readFileSync(path.join(ROOT, 'e2e', 'entry-views.json'), 'utf8')).find(
  (v) => v.view === 'result',
)
// The chunks holding the rulebook (src/domain/advise.ts and what it imports) and the link's decoder
// (src/share/advice.ts), named after their first module by the bundler.
const RULEBOOK_CHUNKS = ['advise-', 'licenses-', 'justAdded-', 'advice-']

const spread = (values) => `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`

/** The build's index.html with its style sheet and boot script inline (so without the CSP, which forbids both). */
function inlined(dist) {
  let html = readFileSync(path.join(dist, 'index.html'), 'utf8').replace(
    /<meta http-equiv="Content-Security-Policy"[^>]*>/,
    '',
  )
  html = html.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/, (_, href) => {
    return `<style>${readFileSync(path.join(dist, href), 'utf8')}</style>`
  })
  html = html.replace(/<script src="([^"]+)"><\/script>/, (_, src) => {
    return `<script>${readFileSync(path.join(dist, src), 'utf8')}</script>`
  })
  if (!html.includes('<style>') || html.includes('rel="stylesheet"')) throw new Error('No style sheet to inline.')
  return html
}

function allEarly(dist) {
  const html = inlined(dist)
  const modules = JSON.parse(html.match(/<script type="application\/json" id="view-modules">(.*?)<\/script>/s)[1])
  const preloads = modules.advice.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`).join('')
  return html.replace('<head>', `<head>${preloads}`)
}

function rulebookOnly(dist) {
  const files = readdirSync(path.join(dist, 'assets'))
  const chunks = RULEBOOK_CHUNKS.map((prefix) => {
    const file = files.find((f) => f.startsWith(prefix) && f.endsWith('.js'))
    if (!file) throw new Error(`No chunk named ${prefix}*.js in the build: update RULEBOOK_CHUNKS.`)
    return `/assets/${file}`
  })
  const paragraph =
    'The Employee Self Service CAL covers an employee who uses a portal for their own records only. '.repeat(6)
  const paint = `Promise.all(${JSON.stringify(chunks)}.map((u) => fetch(u).then((r) => r.text()))).then(() => {
    document.getElementById('boot-frame')?.remove()
    document.documentElement.dataset.booted = ''
    document.getElementById('root').innerHTML = '<main class="p-4"><h1 class="text-2xl">Employee Self Service CAL</h1><p>${paragraph}</p></main>'
  })`
  return inlined(dist)
    .replace(/<script type="application\/json" id="view-modules">.*?<\/script>/s, '')
    .replace(/<script type="module"[^>]*><\/script>/, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace('</body>', `<script>${paint}</script></body>`)
}

async function main() {
  const rounds = Number(option('rounds') ?? 5)
  const peerDir = path.resolve(option('peer') ?? path.join(ROOT, 'bench', 'peer', 'cc-chooser'))
  if (!existsSync(path.join(peerDir, 'index.html'))) throw new Error(`${peerDir} has no index.html.`)
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  build(DIST)
  const variants = { 'all-early': allEarly, 'rulebook-only': rulebookOnly }
  for (const [name, make] of Object.entries(variants)) {
    const dir = path.join(OUT, name)
    cpSync(DIST, dir, { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), make(DIST))
  }

  const servers = {
    ours: await serve(DIST, await freePort(), { own: true }),
    'all-early': await serve(path.join(OUT, 'all-early'), await freePort(), { own: false }),
    'rulebook-only': await serve(path.join(OUT, 'rulebook-only'), await freePort(), { own: false }),
    peer: await serve(peerDir, await freePort(), { own: false }),
  }
  const names = Object.keys(servers)
  const runs = Object.fromEntries(names.map((n) => [n, []]))
  try {
    for (let round = 1; round <= rounds; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length])
      for (const name of order) {
        const url = name === 'peer' ? servers.peer.url : new URL(RESULT.path, servers[name].url).href
        const result = lighthouse(url, { preset: 'mobile', output: path.join(OUT, `${name}-${round}`) })
        runs[name].push(result)
        console.log(
          `Round ${round}/${rounds}: ${name}: LCP ${result.metrics.lcpMs} ms · FCP ${result.metrics.fcpMs} ms`,
        )
      }
    }
  } finally {
    for (const server of Object.values(servers)) server.stop()
  }

  const summary = Object.fromEntries(
    names.map((n) => [
      n,
      {
        lcpMs: runs[n].map((r) => r.metrics.lcpMs),
        fcpMs: runs[n].map((r) => r.metrics.fcpMs),
        performance: runs[n].map((r) => r.scores.performance),
      },
    ]),
  )
  console.log(`\nLighthouse mobile, the result link, ${rounds} interleaved rounds: median (min–max)`)
  console.log(`  ${pad('', 16)}${pad('LCP ms', 22)}${pad('FCP ms', 22)}performance`)
  for (const n of names) {
    const s = summary[n]
    console.log(`  ${pad(n, 16)}${pad(spread(s.lcpMs), 22)}${pad(spread(s.fcpMs), 22)}${spread(s.performance)}`)
  }
  writeFileSync(
    path.join(ROOT, 'lighthouse', 'floor.json'),
    `${JSON.stringify({ command: `npm run bench:floor -- --rounds ${rounds}`, date: new Date().toISOString(), peer: peerDir, summary }, null, 2)}\n`,
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
