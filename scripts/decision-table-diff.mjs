#!/usr/bin/env node
// Compares two versions of docs/decision-table.md, path by path, for a release's changelog entry: how many paths
// give another license or confidence, and which questions were added to or dropped from paths.
//
//   node scripts/decision-table-diff.mjs <old.md> <new.md> [--list]
//   git show <rev>:docs/decision-table.md > /tmp/old.md && node scripts/decision-table-diff.mjs /tmp/old.md docs/decision-table.md
//
// An old path is matched with the new paths that agree with it on every question both ask: one match is the same
// path (perhaps without a question the new rules no longer ask); several mean the new rules ask a question the old
// path did not answer, so an old link stops there.
import { readFileSync } from 'node:fs'

const [oldFile, newFile, flag] = process.argv.slice(2)
if (!oldFile || !newFile) {
  console.error('usage: node scripts/decision-table-diff.mjs <old.md> <new.md> [--list]')
  process.exit(2)
}

/** The table's rows: section (product — deploy), answers by column, license, confidence, rule. */
function read(file) {
  const rows = []
  let section = ''
  let columns = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3)
    if (!line.startsWith('| ')) continue
    const cells = line
      .slice(2, -2)
      .split(' | ')
      .map((c) => c.trim())
    if (cells[0] === 'who') {
      columns = cells.slice(0, -3)
      continue
    }
    const answers = Object.fromEntries(columns.map((c, i) => [c, cells[i]]))
    const [license, confidence, rule] = cells.slice(-3)
    rows.push({ section, answers, license: license.replaceAll('`', ''), confidence, rule })
  }
  return rows
}

const DASH = '–'
const before = read(oldFile)
const after = read(newFile)
const bySection = new Map()
for (const r of after) {
  if (!bySection.has(r.section)) bySection.set(r.section, [])
  bySection.get(r.section).push(r)
}

const agrees = (o, n) =>
  Object.keys(o.answers).every((q) => o.answers[q] === n.answers[q] || o.answers[q] === DASH || n.answers[q] === DASH)
const key = (r) => `${r.section} | ${Object.values(r.answers).join(' ')}`

const counts = { same: 0, license: 0, confidence: 0, both: 0, stops: 0 }
const stopsAt = {}
const dropped = {}
const lists = { license: [], confidence: [], stops: [] }
for (const o of before) {
  const matches = (bySection.get(o.section) ?? []).filter((n) => agrees(o, n))
  if (matches.length === 0) throw new Error(`no new path for ${key(o)}`)
  if (matches.length > 1) {
    counts.stops++
    const added = Object.keys(o.answers).filter(
      (q) => o.answers[q] === DASH && matches.some((n) => n.answers[q] !== DASH),
    )
    for (const q of added) stopsAt[q] = (stopsAt[q] ?? 0) + 1
    lists.stops.push(
      `${key(o)} → asks ${added.join(', ')}: ${matches.map((n) => `${n.license} ${n.confidence}`).join('; ')}`,
    )
    continue
  }
  const [n] = matches
  for (const q of Object.keys(o.answers))
    if (o.answers[q] !== DASH && n.answers[q] === DASH) dropped[q] = (dropped[q] ?? 0) + 1
  const license = o.license !== n.license
  const confidence = o.confidence !== n.confidence
  if (license && confidence) counts.both++
  if (license) {
    counts.license++
    lists.license.push(`${key(o)}: ${o.license} ${o.confidence} → ${n.license} ${n.confidence} (${n.rule})`)
  } else if (confidence) {
    counts.confidence++
    lists.confidence.push(`${key(o)}: ${o.license} ${o.confidence} → ${n.confidence} (${n.rule})`)
  } else counts.same++
}

const tally = (rows) => ({
  paths: rows.length,
  settled: rows.filter((r) => r.confidence === 'settled').length,
  review: rows.filter((r) => r.confidence === 'review').length,
})
console.log(JSON.stringify({ old: tally(before), new: tally(after), ...counts, stopsAt, dropped }, null, 2))
if (flag === '--list')
  for (const [name, items] of Object.entries(lists)) console.log(`\n# ${name}\n${items.join('\n')}`)
