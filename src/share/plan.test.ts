import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keepOnPath } from '../domain/routing'
import type { Answers } from '../domain/types'
import { RUNS } from '../test-runs'
import { PATHS_BY_PLAN } from './__fixtures__/paths-by-plan'
import { SEED_PLAN, SEED_PLAN_SEARCH } from './__fixtures__/seed-plan'
import { LINK_VERSION } from './advice'
import { decodeLink } from './link'
import {
  type DecodedPlan,
  decodePlan,
  encodePlan,
  groupAnswers,
  groupText,
  isCountValid,
  MAX_GROUPS,
  type Plan,
  type PlanGroup,
  parseCount,
} from './plan'

const SEED = SEED_PLAN

const read = (search: string) => decodePlan(new URLSearchParams(search))

/** What a plan reads back as when every group is complete and valid. */
const decodedOf = (plan: Plan): DecodedPlan => ({
  ...(plan.product && { product: plan.product }),
  ...(plan.deploy && { deploy: plan.deploy }),
  servers: plan.servers,
  serversText: String(plan.servers),
  groups: plan.groups.map((g) => ({
    name: g.name,
    count: g.count,
    low: g.count,
    countText: String(g.count),
    answers: g.answers,
    problems: [],
  })),
})

/** Every decoded group, together with the plan's answers, must be accepted by the routing as is. */
function expectAccepted(plan: DecodedPlan) {
  for (const g of plan.groups) {
    const full: Answers = { ...g.answers }
    if (plan.product) full.product = plan.product
    if (plan.deploy) full.deploy = plan.deploy
    if (Object.keys(g.answers).length > 0) expect(keepOnPath(full)).toEqual(full)
    expect(g.answers).not.toHaveProperty('product')
    expect(g.answers).not.toHaveProperty('deploy')
  }
}

describe('the seed plan', () => {
  it('has complete, valid answers for each group', () => {
    const own = PATHS_BY_PLAN.get('crm2011 onprem') ?? []
    for (const g of SEED.groups) expect(own).toContainEqual(g.answers)
  })

  it('is written in the shape of the contract’s example', () => {
    expect(encodePlan(SEED)).toBe(SEED_PLAN_SEARCH)
    expect(SEED_PLAN_SEARCH).toContain(
      '&g=name:Field%20techs;count:800;who:employee;via:portal;does:light;device:named&',
    )
  })

  it('reads back exactly, with no notice', () => {
    expect(read(encodePlan(SEED))).toEqual({ plan: decodedOf(SEED), notices: [] })
    expect(decodeLink(encodePlan(SEED))).toEqual({ view: 'plan', plan: decodedOf(SEED), notices: [] })
  })

  it('reads the contract’s example link', () => {
    const decoded = decodeLink(
      '/?v=1&view=plan&product=crm2011&deploy=onprem&g=name:Field%20techs;count:800;who:employee;via:portal;does:light;device:named',
    )
    expect(decoded).toEqual({ view: 'plan', plan: decodedOf({ ...SEED, groups: [SEED.groups[1]] }), notices: [] })
  })

  it('writes `servers` only when it is not 1, and reads it back', () => {
    expect(encodePlan({ ...SEED, servers: 3 })).toContain('&deploy=onprem&servers=3&g=')
    expect(read(encodePlan({ ...SEED, servers: 3 })).plan.servers).toBe(3)
    expect(encodePlan({ ...SEED, groups: [] })).toBe(`?v=${LINK_VERSION}&view=plan&product=crm2011&deploy=onprem`)
  })
})

describe('encodePlan', () => {
  it('keeps `;`, `:`, `&`, `%` and `=` in names, and splits groups where they are', () => {
    const names = ['a;b', 'count:9;who:public', 'R&D = 100%', '%E0%A4%A', '%41', 'x+y', 'line\nbreak', '😀 🇫🇷', '']
    const plan: Plan = { ...SEED, groups: names.map((name) => ({ ...SEED.groups[0], name })) }
    const search = encodePlan(plan)
    const g = new URLSearchParams(search).getAll('g')
    expect(g).toEqual(plan.groups.map((group) => groupText(plan, group)))
    // name, count, who, via, does and bought: each group is the connector's group.
    for (const text of g) expect(text.split(';')).toHaveLength(6)
    expect(read(search)).toEqual({ plan: decodedOf(plan), notices: [] })
  })

  it('reads a version 1 plan whose group the rules now ask more of, and says so in that group', () => {
    const decoded = decodeLink(
      '?v=1&view=plan&product=crm2011&deploy=onprem&g=name:Portal;count:5000;who:customer-employee;via:portal;does:self-service&g=name:Techs;count:800;who:employee;via:portal;does:light;device:named',
    )
    if (decoded.view !== 'plan') throw new Error('not read as a plan')
    const { plan, notices } = decoded
    expect(plan.groups.map((g) => g.problems)).toEqual([[{ kind: 'rules-updated', question: 'bought' }], []])
    expect(notices.map((n) => n.group)).toEqual([0])
  })

  it('also reads a name escaped twice over, as a writer quoting the whole group text would write it', () => {
    const g = `name:${encodeURIComponent(encodeURIComponent('Field techs; night shift'))};count:8;who:employee;via:integration`
    expect(read(`?product=crm2011&deploy=onprem&g=${g}`).plan.groups[0].name).toBe('Field techs; night shift')
  })

  it('writes only the answers on each group’s path, and not the plan’s own', () => {
    const plan: Plan = {
      product: 'crm2011',
      deploy: 'onprem',
      servers: 1,
      groups: [
        {
          name: 'x',
          count: 1,
          answers: {
            product: 'd365',
            who: 'offsite-contractor',
            signed: 'before-2024-10',
            via: 'manual',
            does: 'full',
          },
        },
      ],
    }
    expect(new URLSearchParams(encodePlan(plan)).get('g')).toBe('name:x;count:1;who:offsite-contractor;via:manual')
  })

  it('puts a name with a lone surrogate in the link with U+FFFD in its place', () => {
    const plan: Plan = { ...SEED, groups: [{ ...SEED.groups[0], name: 'a\uD800b\uDC00' }] }
    expect(read(encodePlan(plan)).plan.groups[0].name).toBe('a\uFFFDb\uFFFD')
  })

  it('writes an address the browser keeps exactly as written', () => {
    const plan: Plan = { ...SEED, groups: [{ ...SEED.groups[0], name: 'a;b:c&d=e%f g+h#i?j<k>"l\'m😀' }] }
    const search = encodePlan(plan)
    expect(new URL(search, 'https://example.org/advisor/').search).toBe(search)
  })
})

describe('counts', () => {
  it('are whole numbers from 1 to 1,000,000', () => {
    for (const n of [1, 800, 1_000_000]) expect(isCountValid(n)).toBe(true)
    for (const n of [0, -1, 1.5, 1_000_001, Number.NaN, Number.POSITIVE_INFINITY]) expect(isCountValid(n)).toBe(false)
    expect(parseCount('800')).toEqual({ low: 800, high: 800 })
    expect(parseCount('0800')).toEqual({ low: 800, high: 800 })
    expect(parseCount('1000000')).toEqual({ low: 1_000_000, high: 1_000_000 })
    for (const t of ['0', '-1', '1.5', '1e3', '1000001', '', 'abc', '+1', '0x10', '１２', '9'.repeat(400)])
      expect(parseCount(t), t).toBeUndefined()
  })

  it('read digits in groups of three as people type them, in English and German', () => {
    for (const t of ['1,000', '1.000', '1 000', '1\u00a0000', '1\u202f000'])
      expect(parseCount(t), t).toEqual({ low: 1000, high: 1000 })
    expect(parseCount('1.000.000')).toEqual({ low: 1_000_000, high: 1_000_000 })
    expect(parseCount('1.200–5.000')).toEqual({ low: 1200, high: 5000 })
    expect(parseCount('200 - 1,500')).toEqual({ low: 200, high: 1500 })
    for (const t of ['1,00', '1.0000', '10,00,000', '1,000.5', '1.000.000.000', ',000', '1,,000'])
      expect(parseCount(t), t).toBeUndefined()
  })

  it('flag a group whose count is not valid, and only that group', () => {
    for (const bad of ['0', '-1', '1.5', '1e3', '1000001', '', 'abc']) {
      const groups = SEED.groups.map((g) => groupText(SEED, g))
      groups[1] = groups[1].replace('count:800', `count:${encodeURIComponent(bad)}`)
      const { plan, notices } = read(`?v=1&product=crm2011&deploy=onprem&${groups.map((g) => `g=${g}`).join('&')}`)
      const problem = { kind: 'count-invalid', text: bad }
      expect(plan.groups.map((g) => g.problems)).toEqual([[], [problem], [], []])
      expect(plan.groups[1]).toMatchObject({ name: 'Field techs', count: undefined, countText: bad })
      expect(plan.groups[1].answers).toEqual(SEED.groups[1].answers)
      expect(notices).toEqual([{ group: 1, name: 'Field techs', problems: [problem] }])
    }
  })

  it('are flagged when written from a plan that holds an invalid one', () => {
    for (const count of [0, -1, 1.5, 1_000_001, Number.NaN]) {
      const { plan, notices } = read(encodePlan({ ...SEED, groups: [{ ...SEED.groups[0], count }] }))
      expect(plan.groups[0].count).toBeUndefined()
      expect(notices).toHaveLength(1)
    }
  })

  it('are flagged when missing', () => {
    const { plan, notices } = read(
      `?product=crm2011&deploy=onprem&g=${groupText(SEED, SEED.groups[0]).replace(';count:5000', '')}`,
    )
    const problems = [{ kind: 'count-missing' }]
    expect(plan.groups[0]).toMatchObject({ count: undefined, countText: '', problems })
    expect(notices).toEqual([{ group: 0, name: 'Customer portal users', problems }])
  })
})

describe('decodePlan: groups that cannot be used', () => {
  const link = (...groups: string[]) =>
    `?v=1&view=plan&product=crm2011&deploy=onprem${groups.map((g) => `&g=${g}`).join('')}`
  const good = groupText(SEED, SEED.groups[0])

  it('flags an unknown or disallowed answer, naming the question and the value', () => {
    const { plan, notices } = read(link(good, 'name:Bosses;count:3;who:ceo;via:portal', good))
    const problems = [{ kind: 'answer-dropped', question: 'who', value: 'ceo' }]
    expect(plan.groups.map((g) => g.problems)).toEqual([[], problems, []])
    expect(plan.groups[1].answers).toEqual({})
    expect(notices).toEqual([{ group: 1, name: 'Bosses', problems }])
    expect(read(link('name:T;count:3;who:tenant-client;via:portal')).plan.groups[0].problems).toEqual([
      { kind: 'answer-dropped', question: 'who', value: 'tenant-client' },
    ])
  })

  it('flags missing answers, keeping those before them', () => {
    const { plan } = read(link('name:Half;count:3;who:employee;does:full'))
    expect(plan.groups[0]).toMatchObject({
      answers: { who: 'employee' },
      problems: [{ kind: 'answers-missing', question: 'via' }],
    })
    expect(read(link('name:None;count:3')).plan.groups[0].problems).toEqual([
      { kind: 'answers-missing', question: 'who' },
    ])
  })

  it('lists several problems of one group', () => {
    expect(read(link('name:Both;count:0;who:ceo')).plan.groups[0].problems).toEqual([
      { kind: 'count-invalid', text: '0' },
      { kind: 'answer-dropped', question: 'who', value: 'ceo' },
    ])
  })

  it('ignores keys off the group’s path, unknown keys and the group’s own product', () => {
    const { plan, notices } = read(
      link(`${good};signed:before-2024-10;records:core;colour:blue;product:d365;deploy:online;nonsense;;`),
    )
    expect(notices).toEqual([])
    expect(plan.groups[0].answers).toEqual(SEED.groups[0].answers)
  })

  it('uses the first of repeated keys inside a group', () => {
    const { plan } = read(
      link(`name:First;name:Second;count:7;count:8;${good.split(';').slice(2).join(';')};who:public`),
    )
    expect(plan.groups[0]).toMatchObject({ name: 'First', count: 7, answers: SEED.groups[0].answers })
    expect(plan.groups[0].problems).toEqual([])
  })

  it('keeps a name with a bad escape as written, without throwing', () => {
    const { plan } = read(link(`name:${encodeURIComponent('%E0%A4%A')};count:1;who:public;via:integration`))
    expect(plan.groups[0].name).toBe('%E0%A4%A')
    expect(read(link('name:%E0%A4%A;count:1')).plan.groups[0].name).toEqual(expect.any(String))
    expect(read(link('name:100%;count:1')).plan.groups[0].name).toBe('100%')
  })

  it('clips long values in problems', () => {
    const long = 'y'.repeat(5000)
    const { plan, notices } = read(link(`name:${'n'.repeat(5000)};count:${long};who:${long}`))
    expect(plan.groups[0].problems).toEqual([
      { kind: 'count-invalid', text: `${'y'.repeat(200)}…` },
      { kind: 'answer-dropped', question: 'who', value: `${'y'.repeat(200)}…` },
    ])
    expect(notices[0].name).toBe(`${'n'.repeat(200)}…`)
  })

  it('flags every group when the plan’s product or deployment is missing or unknown', () => {
    const problem = { kind: 'no-plan-start' }
    for (const head of [
      '',
      'product=crm2011',
      'deploy=onprem',
      'product=crm9&deploy=onprem',
      'product=crm2011&deploy=moon',
    ]) {
      const { plan, notices } = read(`?v=1&view=plan&${head}&g=${good}&g=${good}`)
      expect(plan.groups.map((g) => g.problems)).toEqual([[problem], [problem]])
      expect(plan.groups.map((g) => g.answers)).toEqual([{}, {}])
      expect(notices.filter((n) => n.group >= 0)).toEqual([
        { group: 0, name: 'Customer portal users', problems: [problem] },
        { group: 1, name: 'Customer portal users', problems: [problem] },
      ])
    }
    expect(read(`?product=crm9&deploy=onprem`).notices).toEqual([
      { group: -1, name: '', problems: [{ kind: 'plan-answer-dropped', question: 'product', value: 'crm9' }] },
    ])
    expect(read(`?product=crm2011&deploy=moon`).plan).toEqual({
      product: 'crm2011',
      servers: 1,
      serversText: '1',
      groups: [],
    })
  })

  it('reads `servers` as a whole number from 1 to 1,000, else 1 with a notice', () => {
    expect(read(link()).plan.servers).toBe(1)
    expect(read(`${link()}&servers=1000`).plan.servers).toBe(1000)
    for (const bad of ['0', '1001', '2.5', 'two', '']) {
      const { plan, notices } = read(`${link()}&servers=${bad}`)
      expect(plan.servers).toBe(1)
      expect(notices).toEqual([
        {
          group: -1,
          name: '',
          problems: [{ kind: 'servers-invalid', text: bad }],
        },
      ])
    }
  })

  it('skips empty groups and reads at most 500', () => {
    expect(read(link('', good, '')).plan.groups).toHaveLength(1)
    const { plan, notices } = read(link(...Array.from({ length: 600 }, () => good)))
    expect(plan.groups).toHaveLength(MAX_GROUPS)
    expect(notices).toEqual([{ group: -1, name: '', problems: [{ kind: 'too-many-groups', found: 600, max: 500 }] }])
  })
})

describe('plan properties', () => {
  const name = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string({
      unit: fc.constantFrom(';', ':', '&', '%', '=', '\n', '😀', '+', '#', '?', ' ', '%25', '%3B', 'a', 'é'),
    }),
  )
  // Up to four groups: enough to catch one group's text leaking into the next, and keeps 10,000 runs quick.
  const plans = (minGroups: number): fc.Arbitrary<Plan> =>
    fc.constantFrom(...PATHS_BY_PLAN.keys()).chain((key) => {
      const [product, deploy] = key.split(' ') as [Plan['product'], Plan['deploy']]
      const group: fc.Arbitrary<PlanGroup> = fc.record({
        name,
        count: fc.integer({ min: 1, max: 1_000_000 }),
        answers: fc.constantFrom(...(PATHS_BY_PLAN.get(key) ?? [])),
      })
      return fc.record({
        product: fc.constant(product),
        deploy: fc.constant(deploy),
        servers: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 1000 })),
        groups: fc.array(group, { minLength: minGroups, maxLength: 4 }),
      })
    })

  it('reads back every plan it writes, and the browser keeps the text of each group', () => {
    fc.assert(
      fc.property(plans(0), (plan) => {
        const search = encodePlan(plan)
        expect(new URLSearchParams(search).getAll('g')).toEqual(plan.groups.map((g) => groupText(plan, g)))
        expect(decodeLink(search)).toEqual({ view: 'plan', plan: decodedOf(plan), notices: [] })
      }),
      RUNS,
    )
  })

  it('reads back partial groups with the answers they have and a problem', () => {
    fc.assert(
      fc.property(plans(1), fc.nat(), fc.nat(), (plan, which, cut) => {
        const at = which % plan.groups.length
        const own = Object.entries(plan.groups[at].answers)
        const partial: Answers = Object.fromEntries(own.slice(0, cut % own.length))
        const groups = plan.groups.map((g, i) => (i === at ? { ...g, answers: partial } : g))
        const { plan: decoded, notices } = read(encodePlan({ ...plan, groups }))
        expect(decoded.groups[at].answers).toEqual(partial)
        expect(decoded.groups[at].problems).toEqual([{ kind: 'answers-missing', question: expect.any(String) }])
        expect(notices.map((n) => n.group)).toEqual([at])
      }),
      RUNS,
    )
  })

  it('never throws on arbitrary text, and keeps only answers the routing accepts', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.webQueryParameters(),
      fc
        .array(
          fc.string({
            unit: fc.constantFrom(';', ':', '%', 'name', 'count', '1', 'who', 'employee', 'via', 'portal', 'x'),
          }),
        )
        .map((gs) => `product=crm2011&deploy=hosted&${gs.map((g) => `g=${g}`).join('&')}`),
    )
    fc.assert(
      fc.property(text, (s) => {
        const { plan, notices } = decodePlan(new URLSearchParams(s))
        expectAccepted(plan)
        expect(plan.groups.length).toBeLessThanOrEqual(MAX_GROUPS)
        for (const n of notices) expect(n.group).toBeLessThan(plan.groups.length)
        const viaLink = decodeLink(`?view=plan&${s}`)
        if (viaLink.view === 'plan') expectAccepted(viaLink.plan)
      }),
      RUNS,
    )
  })
})

describe('unfinished and garbage groups', () => {
  it('marks only the empty group the app writes as blank; anything else unusable is a problem to report', () => {
    const { plan, notices } = decodePlan(new URLSearchParams('product=crm2011&deploy=onprem&g=name:;count:&g=garbage'))
    expect(plan.groups[0].blank).toBe(true)
    expect(plan.groups[1].blank).toBeUndefined()
    expect(plan.groups[1].problems).toContainEqual({ kind: 'count-missing' })
    expect(notices.map((n) => n.group)).toEqual([0, 1])
  })
})

describe('the paths a link writes, remembered between edits', () => {
  it('gives the same answers under two plan starts each its own path, in either order', () => {
    const group = {
      name: 'Contractors',
      count: 3,
      answers: { who: 'onsite-contractor', via: 'crm-client', does: 'light', records: 'contacts', device: 'named' },
    } as const
    const d365 = { product: 'd365', deploy: 'online' } as const
    const crm2011 = { product: 'crm2011', deploy: 'onprem' } as const
    const fresh = (start: typeof d365 | typeof crm2011) =>
      Object.fromEntries(
        Object.entries(keepOnPath({ ...group.answers, ...start })).filter(([q]) => q !== 'product' && q !== 'deploy'),
      )
    for (const order of [
      [d365, crm2011],
      [crm2011, d365],
    ]) {
      for (const start of order) expect(groupAnswers(start, group)).toEqual(fresh(start))
    }
    expect(groupAnswers(d365, group)).not.toEqual(groupAnswers(crm2011, group))
  })
})
