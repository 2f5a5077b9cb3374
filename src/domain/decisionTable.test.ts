/// <reference types="node" />
// The one test that touches the file system: it compares the committed table with the rulebook.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDecisionTable } from './decisionTable'

const FILE = resolve(process.cwd(), 'docs/decision-table.md')

describe('docs/decision-table.md', () => {
  it('is current with the rulebook (run `npm run decision-table` after changing a rule)', () => {
    const table = renderDecisionTable()
    if (process.env.UPDATE_DECISION_TABLE) writeFileSync(FILE, table)
    expect(readFileSync(FILE, 'utf8')).toBe(table)
  })
})
