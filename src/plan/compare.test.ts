import { describe, expect, it } from 'vitest'
import { ANSWER_IDS } from '../domain/types'
import type { PlanInput } from '../share/totals'
import { FORUM_2011 } from './__fixtures__/forum'
import { comparePlan } from './compare'

const KNOWN = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365'] as const

const forum: PlanInput = {
  ...FORUM_2011,
  groups: FORUM_2011.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
}

describe('the plan under every product version', () => {
  it('gives the seed plan’s quantities per version, with the groups each version would ask more of', () => {
    const comparison = comparePlan(forum)
    expect(comparison).toBeDefined()
    if (!comparison) return
    // A column per version; a later era's column is checked by its own case, not this one.
    expect(comparison.columns.map((c) => c.product)).toEqual(ANSWER_IDS.product)
    const known = comparison.columns.filter((c) => (KNOWN as readonly string[]).includes(c.product))
    const table = Object.fromEntries(known.map((c) => [c.product, c.quantities]))
    expect(table).toEqual({
      crm4: { 'external-connector': 1, 'full-cal': 840, 'limited-cal': 20 },
      crm2011: { 'external-connector': 1, 'ess-cal': 800, 'full-cal': 40, 'limited-cal': 20 },
      crm2013: { 'professional-cal': 40 },
      crm2016: { 'professional-cal': 40 },
      d365: { 'd365-cal': 40, 'd365-team-members-cal': 20 },
    })
    const needsMore = Object.fromEntries(known.map((c) => [c.product, c.needsMore]))
    expect(needsMore).toEqual({
      crm4: [],
      crm2011: [],
      crm2013: ['Field techs', 'Executives'],
      crm2016: ['Field techs', 'Executives'],
      // Dynamics 365 asks which records the field techs keep: Team Members CALs may cover them.
      d365: ['Customer portal users', 'Field techs'],
    })
    expect(comparison.columns.find((c) => c.product === 'crm2013')?.none).toEqual(['Customer portal users'])
    expect(comparison.licenses).toEqual([
      'full-cal',
      'limited-cal',
      'ess-cal',
      'external-connector',
      'professional-cal',
      'd365-cal',
      'd365-team-members-cal',
    ])
    expect(comparison.leftOut).toEqual([])
  })

  it('matches the plan’s own totals in its own column', () => {
    const own = comparePlan(forum)?.columns.find((c) => c.product === 'crm2011')
    expect(own?.quantities).toEqual({ 'external-connector': 1, 'ess-cal': 800, 'full-cal': 40, 'limited-cal': 20 })
  })

  it('leaves out groups whose count is unusable, naming them', () => {
    const plan = { ...forum, groups: [{ ...forum.groups[0], countText: 'abc' }, ...forum.groups.slice(1)] }
    const comparison = comparePlan(plan)
    expect(comparison?.leftOut).toEqual(['Customer portal users'])
    expect(comparison?.columns[0].quantities['external-connector']).toBeUndefined()
  })

  it('does not carry over answers remembered off the current path', () => {
    const plan: PlanInput = {
      ...forum,
      // "does" and "device" are off the path once "via" is manual; CRM 4.0 must not pick them up either.
      groups: [
        { name: 'Exports', countText: '9', answers: { who: 'employee', via: 'manual', does: 'full', device: 'named' } },
      ],
    }
    const comparison = comparePlan(plan)
    expect(comparison?.columns.every((c) => c.none.includes('Exports'))).toBe(true)
  })

  it('waits for a product and deployment', () => {
    expect(comparePlan({ ...forum, deploy: undefined })).toBeUndefined()
  })
})
