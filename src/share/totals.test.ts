import { describe, expect, it } from 'vitest'
import { PLANS_V3, SEED_PLAN } from '../domain/__fixtures__/scenarios'
import type { Answers } from '../domain/types'
import type { Plan } from './plan'
import { connectorPossible, evaluateGroup, type GroupInput, type PlanInput, planTotals } from './totals'

const input = (plan: Omit<Plan, 'groups'> & { groups: readonly Plan['groups'][number][] }): PlanInput => ({
  product: plan.product,
  deploy: plan.deploy,
  servers: plan.servers,
  groups: plan.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
})

const group = (name: string, count: number | string, answers: Answers): GroupInput => ({
  name,
  countText: String(count),
  answers,
})

const d365 = (...groups: GroupInput[]): PlanInput => ({ product: 'd365', deploy: 'online', servers: 1, groups })

const AUTHENTICATED: Answers = { who: 'customer-employee', via: 'portal', does: 'self-service' }
const ANONYMOUS: Answers = { who: 'public', via: 'portal', does: 'read' }
// The app left not known: the family licenses of rulebook 1.2 (contract section 9).
const FULL_USER: Answers = { who: 'employee', via: 'crm-client', does: 'full', app: 'unknown', device: 'named' }
const SHARED: Answers = { who: 'employee', via: 'crm-client', does: 'full', app: 'unknown', device: 'shared' }

const quantities = (plan: PlanInput) => planTotals(plan).lines.map((l) => [l.license, l.quantity])

describe('the seed plan (CRM 2011 on premises, four groups)', () => {
  const seed: PlanInput = { ...input({ ...SEED_PLAN, servers: 1 }) }

  it('comes to exactly the expected licenses and quantities', () => {
    expect(quantities(seed)).toEqual(SEED_PLAN.expect.map((e) => [e.license, e.quantity]))
    expect(quantities(seed)).toEqual([
      ['external-connector', 1],
      ['ess-cal', 800],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])
  })

  it('settles the connector for licenses bought while it was on the price list, flags it when the date is unknown, and drops it after (audit2 G02)', () => {
    const totals = planTotals(seed)
    expect(totals.groups[0].advice?.confidence).toBe('settled')
    expect(totals.lines.filter((l) => l.review.length > 0)).toEqual([])
    const unknown = {
      ...seed,
      groups: [group('Portal', 5000, { ...AUTHENTICATED, bought: 'unknown' }), ...seed.groups],
    }
    const connector = planTotals(unknown).lines.find((l) => l.license === 'external-connector')
    expect(connector?.review).toEqual([0])
    const after = {
      ...seed,
      groups: [group('Portal', 5000, { ...AUTHENTICATED, bought: 'from-2014' }), ...seed.groups.slice(1)],
    }
    const afterTotals = planTotals(after)
    expect(afterTotals.lines.find((l) => l.license === 'external-connector')).toBeUndefined()
    expect(afterTotals.groups[0].advice).toMatchObject({ license: 'none', confidence: 'review' })
  })

  it('counts one connector per server, whatever the number of people or groups using it', () => {
    const partners = group('Partners', 300, { ...AUTHENTICATED, bought: 'before-2014' })
    const twoPortals = { ...seed, groups: [...seed.groups, partners] }
    expect(planTotals(twoPortals).lines.filter((l) => l.license === 'external-connector')).toEqual([
      expect.objectContaining({ quantity: 1, covered: 5300, groups: [0, 4] }),
    ])
    expect(quantities({ ...twoPortals, servers: 3 })[0]).toEqual(['external-connector', 3])
  })

  it('review 12: counts the connector for 1 server, and says so, when the number of servers is not usable', () => {
    const totals = planTotals({ ...seed, servers: undefined })
    expect(totals.serversDefaulted).toBe(true)
    expect(totals.lines.map((l) => [l.license, l.quantity])).toEqual([
      ['external-connector', 1],
      ['ess-cal', 800],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])
    expect(planTotals({ ...seed, servers: 1 }).serversDefaulted).toBe(false)
  })
})

describe('units of sale', () => {
  it('counts people for user licenses, summed over groups', () => {
    expect(quantities(d365(group('A', 25, FULL_USER), group('B', 5, FULL_USER)))).toEqual([['d365-app', 30]])
  })

  it('counts devices for groups that share devices, apart from the people with their own access', () => {
    expect(quantities(d365(group('Reps', 25, FULL_USER), group('Kiosks', 6, SHARED)))).toEqual([
      ['d365-app', 25],
      ['d365-device', 6],
    ])
  })

  it.each([
    [1, 1],
    [100, 1],
    [101, 2],
    [1200, 12],
  ])('rounds %i authenticated portal users up to %i packs of 100', (users, packs) => {
    expect(quantities(d365(group('Portal', users, AUTHENTICATED)))).toEqual([['power-pages-authenticated', packs]])
  })

  it.each([
    [500, 1],
    [501, 2],
    [3000, 6],
  ])('rounds %i anonymous visitors up to %i packs of 500', (users, packs) => {
    expect(quantities(d365(group('Site', users, ANONYMOUS)))).toEqual([['power-pages-anonymous', packs]])
  })

  it('rounds packs up once on the plan’s total, not per group: 60 + 60 users are 2 packs, not 1 + 1', () => {
    expect(quantities(d365(group('A', 60, AUTHENTICATED), group('B', 60, AUTHENTICATED)))).toEqual([
      ['power-pages-authenticated', 2],
    ])
    expect(quantities(d365(group('A', 30, AUTHENTICATED), group('B', 30, AUTHENTICATED)))).toEqual([
      ['power-pages-authenticated', 1],
    ])
  })
})

describe('groups left out of the totals', () => {
  const MANUAL: Answers = { who: 'employee', via: 'manual' }

  it('gives no line for a group that needs no license, and flags it', () => {
    const totals = planTotals(d365(group('Readers of exports', 50, MANUAL), group('Reps', 3, FULL_USER)))
    expect(totals.groups[0].status).toBe('none')
    expect(totals.uncounted).toEqual([0])
    expect(totals.lines.map((l) => l.license)).toEqual(['d365-app'])
  })

  it.each(['abc', '', '0', '1000001', '1.5', '-3', '1e3'])('leaves out a group whose count is "%s"', (count) => {
    const totals = planTotals(d365(group('Bad', count, FULL_USER), group('Good', 3, FULL_USER)))
    expect(totals.groups[0].status).toBe('invalid')
    expect(totals.groups[0].issues).toEqual([expect.objectContaining({ field: 'count' })])
    // The advice is still shown for the group; only the totals leave it out.
    expect(totals.groups[0].advice?.license).toBe('d365-app')
    expect(totals.uncounted).toEqual([0])
    expect(quantities(d365(group('Bad', count, FULL_USER), group('Good', 3, FULL_USER)))).toEqual([['d365-app', 3]])
  })

  it('accepts the limits, 1 and 1,000,000, and spaces around the digits', () => {
    expect(quantities(d365(group('A', ' 1 ', FULL_USER), group('B', 1_000_000, FULL_USER)))).toEqual([
      ['d365-app', 1_000_001],
    ])
  })

  it('leaves out a group with missing answers and names the first question it still needs', () => {
    const result = evaluateGroup({ product: 'd365', deploy: 'online' }, group('Half', 5, { who: 'employee' }), 0)
    expect(result.status).toBe('invalid')
    expect(result.questions).toEqual(['who', 'via'])
    expect(result.issues).toEqual([{ field: 'via', code: 'answer-needed' }])
  })

  it('ignores answers that are off the group’s path', () => {
    const result = evaluateGroup(
      { product: 'd365', deploy: 'online' },
      group('Manual', 5, { ...MANUAL, does: 'full', device: 'shared' }),
      0,
    )
    expect(result.answers).toEqual({ product: 'd365', deploy: 'online', ...MANUAL })
    expect(result.questions).toEqual(['who', 'via'])
    expect(result.status).toBe('none')
  })

  it('waits for the plan’s product and deployment before asking a group anything', () => {
    const result = evaluateGroup({ product: 'crm2011' }, group('Early', 5, FULL_USER), 0)
    expect(result).toMatchObject({ status: 'invalid', waiting: true, questions: [], issues: [] })
  })

  it('calls a nameless group by its place in the plan, and knows a group with nothing in it', () => {
    const result = evaluateGroup({ product: 'd365', deploy: 'online' }, group('', '', {}), 2)
    expect(result.label).toBe('Group 3')
    expect(result.blank).toBe(true)
  })

  it('gives back the same result object for the same inputs, so unchanged groups need no new render', () => {
    const start = { product: 'd365', deploy: 'online' } as const
    expect(evaluateGroup(start, group('A', 3, FULL_USER), 0)).toBe(evaluateGroup(start, group('A', 3, FULL_USER), 0))
  })
})

describe('ranges', () => {
  it('give low and high totals, packs rounded up on each end, and the cost of each end', () => {
    const totals = planTotals(
      d365(
        group('Sales', '200-800', FULL_USER),
        group('Also', 10, FULL_USER),
        group('Portal', '60 - 150', AUTHENTICATED),
      ),
    )
    expect(totals.lines.map((l) => [l.license, l.low, l.quantity])).toEqual([
      ['d365-app', 210, 810],
      ['power-pages-authenticated', 1, 2],
    ])
    expect(totals.groups[0]).toMatchObject({ status: 'counted', low: 200, count: 800 })
  })
})

describe('review 13: editing a big plan', () => {
  it('review 13: keeps every named group’s result when a group before it is removed, so nothing else is re-evaluated', () => {
    const groups = Array.from({ length: 500 }, (_, i) => group(`Sales team ${i + 1}`, 25, FULL_USER))
    const before = planTotals(d365(...groups)).groups
    const after = planTotals(d365(...groups.slice(1))).groups
    expect(after.every((g, i) => g === before[i + 1])).toBe(true)
    // A group without a name is called by its place, so it is evaluated again where it moves.
    const unnamed = [group('', 5, FULL_USER), group('', 5, FULL_USER)]
    expect(planTotals(d365(...unnamed.slice(1))).groups[0].label).toBe('Group 1')
  })
})

describe('Dynamics 365 at the license a partner orders (contract section 9)', () => {
  it.each(PLANS_V3.map((p) => [p.id, p] as const))('public plan %s', (_id, p) => {
    const plan: PlanInput = {
      product: p.product,
      deploy: p.deploy,
      servers: 1,
      groups: p.groups.map((g) => group(g.name, g.count, g.a)),
    }
    expect(quantities(plan)).toEqual(p.expect.map((e) => [e.license, e.quantity]))
  })

  it('counts the base and each attach license as lines of their own, and a tenant license once', () => {
    const both: Answers = {
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      app: 'sales',
      also: 'marketing',
      'sales-needs': 'advanced',
    }
    const marketers: Answers = { who: 'employee', via: 'crm-client', does: 'full', app: 'marketing', also: 'none' }
    expect(quantities(d365(group('Sellers', 8, both), group('Marketers', 4, marketers)))).toEqual([
      ['d365-sales-enterprise', 8],
      ['d365-customer-insights', 1],
    ])
  })

  it('keeps counting an older plan’s group under the family license, flagged, until its app is chosen', () => {
    const old: Answers = { who: 'employee', via: 'crm-client', does: 'full', device: 'named' }
    const totals = planTotals(d365(group('Reps', 25, old)))
    expect(totals.lines.map((l) => [l.license, l.quantity])).toEqual([['d365-app', 25]])
    expect(totals.groups[0]).toMatchObject({ status: 'counted', issues: [], chooseApp: true })
    expect(totals.groups[0].questions).toContain('app')
  })

  it('counts Customer Insights at its attach offer once 10 users of one qualifying app are in the plan', () => {
    const marketers: Answers = { who: 'employee', via: 'crm-client', does: 'full', app: 'marketing', also: 'none' }
    const sellers = (n: number) =>
      group('Sellers', n, { ...FULL_USER, app: 'sales', also: 'none', 'sales-needs': 'advanced' })
    const nine = planTotals(d365(sellers(9), group('Marketers', 3, marketers)))
    expect(nine.lines.map((l) => l.license)).toContain('d365-customer-insights')
    expect(nine.insightsAttach).toBe(false)
    const ten = planTotals(d365(sellers(10), group('Marketers', 3, marketers)))
    expect(ten.lines.map((l) => [l.license, l.quantity])).toContainEqual(['d365-customer-insights-attach', 1])
    expect(ten.insightsAttach).toBe(true)
  })

  it('says when Professional and Enterprise users would share an environment', () => {
    const pro: Answers = { ...FULL_USER, app: 'sales', also: 'none', 'sales-needs': 'core' }
    const ent: Answers = { ...FULL_USER, app: 'customer-service', also: 'none', 'service-needs': 'advanced' }
    expect(planTotals(d365(group('Pro', 5, pro))).mixedEditions).toBe(false)
    expect(planTotals(d365(group('Pro', 5, pro), group('Ent', 5, ent))).mixedEditions).toBe(true)
  })
})

describe('the servers field (issue 22 item 5)', () => {
  it('is asked only where an External Connector can be in the totals', () => {
    expect(connectorPossible('crm4', 'onprem')).toBe(true)
    expect(connectorPossible('crm2011', 'onprem')).toBe(true)
    expect(connectorPossible('crm2016', 'onprem')).toBe(false)
    expect(connectorPossible('d365', 'online')).toBe(false)
    expect(connectorPossible('crm2011', 'hosted')).toBe(false)
    expect(connectorPossible(undefined, 'onprem')).toBe(false)
  })
})
