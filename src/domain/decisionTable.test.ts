/// <reference types="node" />
// The tests that touch the file system: the committed table and changelog against the rulebook.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WHOLE_TREE } from '../test-runs'
import { RULEBOOK } from './advise'
import { adviceByIds, decisionTableBody, renderDecisionTable } from './decisionTable'

const TABLE = resolve(process.cwd(), 'docs/decision-table.md')
const CHANGELOG = resolve(process.cwd(), 'docs/rulebook-changelog.md')

/**
 * Each release's entry: `## <version> — <date>`, a `Decision table: sha256 <hash>` line and, from 1.3.1 on, an
 * `Advice by ids: sha256 <hash>` line.
 */
function releases(): { version: string; date: string; hash?: string; advice?: string }[] {
  const text = readFileSync(CHANGELOG, 'utf8')
  return text
    .split(/^## /m)
    .slice(1)
    .map((entry) => {
      const [, version = '', date = ''] = /^(\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})/.exec(entry) ?? []
      return {
        version,
        date,
        hash: /Decision table: sha256 `([0-9a-f]{64})`/.exec(entry)?.[1],
        advice: /Advice by ids: sha256 `([0-9a-f]{64})`/.exec(entry)?.[1],
      }
    })
}

describe('docs/decision-table.md', () => {
  it('is current with the rulebook (run `npm run decision-table` after changing a rule)', WHOLE_TREE, () => {
    const table = renderDecisionTable()
    if (process.env.UPDATE_DECISION_TABLE) writeFileSync(TABLE, table)
    expect(readFileSync(TABLE, 'utf8')).toBe(table)
  })
})

describe('docs/rulebook-changelog.md', () => {
  it('has an entry for this rulebook version, with its date, newest first', () => {
    const [newest] = releases()
    expect(newest).toMatchObject({ version: RULEBOOK.version, date: RULEBOOK.date })
  })

  it('names the fingerprint of this version’s decision table: a changed table needs a new version', () => {
    const hash = createHash('sha256').update(decisionTableBody()).digest('hex')
    const entry = releases().find((r) => r.version === RULEBOOK.version)
    expect(
      entry?.hash,
      `the decision table is now ${hash}: bump RULEBOOK.version in src/domain/advise.ts and add a changelog entry`,
    ).toBe(hash)
  })

  it(
    'names the fingerprint of this version’s whole advice by ids: a changed reason or caveat needs a new version too',
    WHOLE_TREE,
    () => {
      const hash = createHash('sha256').update(adviceByIds()).digest('hex')
      const entry = releases().find((r) => r.version === RULEBOOK.version)
      expect(entry?.advice, `the advice by ids is now ${hash}: bump RULEBOOK.version and add a changelog entry`).toBe(
        hash,
      )
    },
  )

  it('gives each release its own version, and its own fingerprints: a release changes the table or the advice', () => {
    const all = releases()
    expect(new Set(all.map((r) => r.version)).size).toBe(all.length)
    const pairs = all.map((r) => `${r.hash} ${r.advice}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })
})
