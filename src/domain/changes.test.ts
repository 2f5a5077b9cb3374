import { describe, expect, it } from 'vitest'
import { advise } from './advise'
import { changedSince, compareVersions, OLDEST_RECORDED } from './changes'
import { RELEASE_CHANGES } from './changes.data'
import { CHANGE_WHY } from './changeWhy'
import { RULEBOOK } from './rulebook'
import type { Answers } from './types'

const VENDOR_2014: Answers = {
  product: 'crm2011',
  deploy: 'onprem',
  who: 'offsite-vendor',
  via: 'portal',
  does: 'read',
  bought: 'from-2014',
}

const now = (answers: Answers) => {
  const advice = advise(answers)
  if (!advice) throw new Error('incomplete')
  return { license: advice.license, confidence: advice.confidence }
}

describe('what changed since a link was made (contract section 7, issue 19 item 4)', () => {
  it('says what a 1.1.1 link said, what changed it, when and why', () => {
    expect(changedSince('1.1.1', VENDOR_2014, now(VENDOR_2014))).toEqual({
      since: '1.1.1',
      wasLicense: 'external-connector',
      wasConfidence: 'review',
      release: { version: '1.2.0', date: '2026-12-03' },
      finding: 'G02',
      why: CHANGE_WHY.G02,
    })
  })

  it('says nothing for a path that did not change, a link made under the rulebook now, or one older than the records', () => {
    const unchanged: Answers = { ...VENDOR_2014, bought: 'before-2014' }
    expect(changedSince('1.1.1', unchanged, now(unchanged))).toBeUndefined()
    expect(changedSince(RULEBOOK.version, VENDOR_2014, now(VENDOR_2014))).toBeUndefined()
    expect(changedSince('1.2.0', VENDOR_2014, now(VENDOR_2014))).toBeUndefined()
    expect(compareVersions('1.0.0', OLDEST_RECORDED)).toBeLessThan(0)
    expect(changedSince('1.0.0', VENDOR_2014, now(VENDOR_2014))).toBeUndefined()
    for (const odd of ['', 'x', '1.2', '9.9.9.9', '1.1.1<script>'])
      expect(changedSince(odd, VENDOR_2014, now(VENDOR_2014))).toBeUndefined()
    // Advice that changed back to what the link said is no change.
    expect(changedSince('1.1.1', VENDOR_2014, { license: 'external-connector', confidence: 'review' })).toBeUndefined()
  })

  it('records, for every change, a path that now gives other advice or asks a question it did not, and a why', () => {
    const release = RELEASE_CHANGES.find((r) => r.version === '1.2.0')
    expect(release?.changes).toHaveLength(179)
    for (const text of release?.changes ?? []) {
      const [path, license, confidence, finding] = text.split('|')
      expect(CHANGE_WHY[finding as keyof typeof CHANGE_WHY], text).toBeDefined()
      const answers = Object.fromEntries(path.split('&').map((p) => p.split('='))) as Answers
      const advice = advise(answers)
      if (advice) expect(`${advice.license} ${advice.confidence}`, text).not.toBe(`${license} ${confidence}`)
    }
    // Releases in order, each after the one it was compared with; the newest is the rulebook now.
    for (const r of RELEASE_CHANGES) expect(compareVersions(r.version, r.since)).toBeGreaterThan(0)
    expect(RELEASE_CHANGES.at(-1)?.version).toBe(RULEBOOK.version)
  })
})
