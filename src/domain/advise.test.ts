import { describe, expect, it } from 'vitest'
import { SCENARIOS } from './__fixtures__/scenarios'
import { advise } from './advise'
import { classify } from './audience'
import { FACT_IDS, FACTS } from './facts'
import { LICENSES } from './licenses'
import { allowedAnswers, enumeratePaths, keepOnPath, nextQuestion, questionsLeft, ruleFor } from './routing'
import { facetsOf, matches, RULES } from './rules'
import { sourceOf } from './sources'
import { type Answers, LICENSE_IDS } from './types'

const PATHS = enumeratePaths()

describe('public acceptance scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const advice = advise(s.answers)
    expect(advice, s.says).toBeDefined()
    if (s.expect.license) expect(advice?.license, s.says).toBe(s.expect.license)
    if (s.expect.confidence) expect(advice?.confidence, s.says).toBe(s.expect.confidence)
  })
})

describe('every reachable answer path', () => {
  it('is enumerated (thousands of paths, none repeated)', () => {
    expect(PATHS.length).toBeGreaterThan(1000)
    expect(new Set(PATHS.map((p) => JSON.stringify(p))).size).toBe(PATHS.length)
  })

  it('matches exactly one rule of the decision table: no gaps, no overlaps', () => {
    const bad = PATHS.filter((p) => {
      const facets = facetsOf(p, classify(p)?.audience)
      return RULES.filter((r) => matches(r, facets)).length !== 1
    })
    expect(bad.slice(0, 5)).toEqual([])
  })

  it('ends in one advice with at least one cited reason, and names what is uncertain when under review', () => {
    for (const p of PATHS) {
      const advice = advise(p)
      expect(advice, JSON.stringify(p)).toBeDefined()
      if (!advice) continue
      expect(advice.reasons.length).toBeGreaterThan(0)
      for (const r of advice.reasons) expect(r.source.title).not.toBe('')
      // Review exactly when the rule or the person's classification leaves something open.
      const rule = ruleFor(p)
      const who = classify(p)
      const open = rule?.uncertain !== undefined || (who?.uncertain !== undefined && rule?.license !== 'none')
      if (open) expect(advice.confidence, JSON.stringify(p)).toBe('review')
      if (advice.confidence === 'review') expect(advice.uncertain.length).toBeGreaterThan(0)
      if (!open && advice.license !== 'd365-device') expect(advice.confidence, JSON.stringify(p)).toBe('settled')
      if (advice.license === 'undetermined') expect(advice.confidence).toBe('review')
    }
  })

  it('asks nothing more once complete, and keeps every answer it was given', () => {
    for (const p of PATHS) {
      expect(nextQuestion(p)).toBeUndefined()
      expect(keepOnPath(p)).toEqual(p)
    }
  })

  it('uses every rule of the table at least once (no dead rows)', () => {
    const used = new Set(PATHS.map((p) => ruleFor(p)?.id))
    expect(RULES.map((r) => r.id).filter((id) => !used.has(id))).toEqual([])
  })
})

describe('routing', () => {
  it('offers tenant-client only on hosted deployments', () => {
    expect(PATHS.some((p) => p.who === 'tenant-client' && p.deploy !== 'hosted')).toBe(false)
    expect(PATHS.some((p) => p.who === 'tenant-client' && p.deploy === 'hosted')).toBe(true)
  })

  it('asks when the agreement was signed only for off-site contractors of Dynamics 365', () => {
    for (const p of PATHS) expect(p.signed !== undefined).toBe(p.who === 'offsite-contractor' && p.product === 'd365')
  })

  it('does not ask what the person does when they only receive manual exports', () => {
    for (const p of PATHS) expect(p.does === undefined).toBe(p.via === 'manual')
  })

  it('asks about devices only where the license has a device variant', () => {
    for (const p of PATHS) {
      if (p.device === undefined) continue
      const rule = ruleFor(p)
      expect(rule && LICENSES[rule.license].deviceVariant).toBeTruthy()
    }
  })

  it('asks about record types only where the answer depends on them', () => {
    for (const p of PATHS.filter((x) => x.records !== undefined)) {
      const other = advise({ ...p, records: p.records === 'custom' ? 'core' : 'custom', device: 'named' })
      const same = advise({ ...p, device: 'named' })
      expect(other?.license, JSON.stringify(p)).not.toBe(same?.license)
    }
  })

  it('stops at the first answer that is not allowed at its point', () => {
    expect(keepOnPath({ product: 'crm2011', deploy: 'onprem', who: 'tenant-client', via: 'portal' })).toEqual({
      product: 'crm2011',
      deploy: 'onprem',
    })
    expect(nextQuestion({ product: 'crm2011', deploy: 'onprem', who: 'tenant-client' })).toBe('who')
  })
})

describe('data integrity', () => {
  it('every fact cites an existing source with a locator', () => {
    for (const id of FACT_IDS) {
      const f = FACTS[id]
      expect(sourceOf(f.source), id).toBeDefined()
      expect(f.locator.length, id).toBeGreaterThan(3)
      expect(id.endsWith(`.${f.source}`), id).toBe(true)
    }
  })

  it('every rule recommends a catalogued license and cites facts that apply to its products', () => {
    for (const r of RULES) {
      expect(LICENSE_IDS).toContain(r.license)
      for (const alt of r.alternatives ?? []) expect(LICENSE_IDS).toContain(alt.license)
      for (const f of r.facts) {
        expect(FACTS[f], `${r.id} → ${f}`).toBeDefined()
        expect(
          FACTS[f].products.some((p) => r.when.product.includes(p)),
          `${r.id} cites ${f}, which is about other products`,
        ).toBe(true)
        expect(
          r.when.deploy.filter((d) => !FACTS[f].deploys.includes(d)),
          `${r.id} cites ${f}, which is about other deployments`,
        ).toEqual([])
      }
    }
  })

  it('rule ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })
})

describe('caveats', () => {
  it('warn about the honor system wherever CRM 2011 to 2016 licenses are recommended', () => {
    const advice = advise({
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'self-service',
      device: 'named',
    })
    expect(advice?.caveats.map((c) => c.id)).toEqual(
      expect.arrayContaining(['honor-system', 'multiplexing', 'device', 'guides']),
    )
    expect(advice?.caveats.find((c) => c.id === 'honor-system')?.text).toMatch(/License basis/)
  })

  it('tell administrators how to stay unlicensed', () => {
    const advice = advise({ product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'admin' })
    expect(advice?.license).toBe('none')
    expect(advice?.caveats.map((c) => c.id)).toContain('admin-mode')
  })

  it('cite facts that exist, for every caveat on every path', () => {
    for (const p of PATHS)
      for (const c of advise(p)?.caveats ?? []) for (const f of c.facts) expect(FACTS[f]).toBeDefined()
  })
})

describe('questionsLeft', () => {
  it('equals the longest remaining path, for every prefix of every path', () => {
    // One walk of the whole tree: each prefix's longest remaining path, from its children's.
    const longest = new Map<string, number>()
    const walk = (a: Answers): number => {
      const q = nextQuestion(a)
      const left = q === undefined ? 0 : 1 + Math.max(...allowedAnswers(q, a).map((v) => walk({ ...a, [q]: v })))
      longest.set(JSON.stringify(a), left)
      return left
    }
    expect(walk({})).toBe(8)
    expect(longest.size).toBeGreaterThan(PATHS.length)
    const wrong = [...longest].filter(([a, left]) => questionsLeft(JSON.parse(a)) !== left)
    expect(wrong.slice(0, 5)).toEqual([])
  })
})
