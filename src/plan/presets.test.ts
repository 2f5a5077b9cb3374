import { describe, expect, it } from 'vitest'
import { SEED_PLAN } from '../domain/__fixtures__/scenarios'
import { advise } from '../domain/advise'
import { keepOnPath } from '../domain/routing'
import { planTotals } from '../share/totals'
import { FORUM_2011 } from './__fixtures__/forum'
import { D365_TEAM, FORUM_2011_HOSTED, STARTING_POINTS } from './presets'

describe('starting points', () => {
  it('offers an empty plan, the forum case and a Dynamics 365 team', () => {
    expect(STARTING_POINTS.map((s) => s.id)).toEqual(['empty', 'forum-2011', 'd365-team'])
    expect(STARTING_POINTS[0].plan.groups).toEqual([])
  })

  it('holds the shared scenario’s plan as the forum case', () => {
    expect(FORUM_2011).toEqual({
      product: SEED_PLAN.product,
      deploy: SEED_PLAN.deploy,
      servers: 1,
      groups: SEED_PLAN.groups,
    })
  })

  it.each([FORUM_2011, FORUM_2011_HOSTED, D365_TEAM])(
    'has only complete answers on each group’s path ($product)',
    (plan) => {
      for (const g of plan.groups) {
        const full = { ...g.answers, product: plan.product, deploy: plan.deploy }
        expect(keepOnPath(full)).toEqual(full)
        expect(advise(full)).toBeDefined()
      }
    },
  )

  it('offers the forum case as the thread tells it: hosted for other organizations, 860 SPLA SALs', () => {
    expect(STARTING_POINTS.find((s) => s.id === 'forum-2011')?.plan).toBe(FORUM_2011_HOSTED)
    expect(FORUM_2011_HOSTED.deploy).toBe('hosted')
    const totals = planTotals({
      ...FORUM_2011_HOSTED,
      groups: FORUM_2011_HOSTED.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
    })
    expect(totals.lines.map((l) => [l.license, l.quantity])).toEqual([['spla-sal', 860]])
    // The tenants' clients need no license of their own, on a reading that needs review.
    expect(totals.groups[0].advice).toMatchObject({ license: 'none', confidence: 'review' })
  })

  it('gives the Dynamics 365 team the licenses the rulebook advises for each group', () => {
    const licenses = D365_TEAM.groups.map((g) => [
      g.name,
      advise({ product: 'd365', deploy: 'online', ...g.answers })?.license,
    ])
    expect(licenses).toEqual([
      ['Sales reps', 'd365-sales-enterprise'],
      ['Service agents on shared kiosks', 'd365-customer-service-device'],
      ['Operations staff', 'd365-team-members'],
      ['Customer portal users', 'power-pages-authenticated'],
      ['Knowledge base visitors', 'power-pages-anonymous'],
    ])
  })

  it('comes to 25 Sales Enterprise, 6 Customer Service devices, 40 team members, 12 and 6 Power Pages packs for the Dynamics 365 team', () => {
    const totals = planTotals({
      ...D365_TEAM,
      groups: D365_TEAM.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
    })
    expect(totals.lines.map((l) => [l.license, l.quantity])).toEqual([
      ['d365-sales-enterprise', 25],
      ['d365-customer-service-device', 6],
      ['d365-team-members', 40],
      ['power-pages-authenticated', 12],
      ['power-pages-anonymous', 6],
    ])
  })
})
