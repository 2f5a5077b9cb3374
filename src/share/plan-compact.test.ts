import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keepOnPath } from '../domain/routing'
import { ANSWER_IDS, type Answers, QUESTION_IDS } from '../domain/types'
import { RUNS } from '../test-runs'
import { PATHS_BY_PLAN } from './__fixtures__/paths-by-plan'
import { LINK_VERSION } from './advice'
import { decodeLink } from './link'
import {
  ANSWER_CODES,
  compactText,
  type DecodedPlan,
  decodePlan,
  encodePlan,
  LINK_BUDGET,
  MAX_GROUPS,
  type Plan,
  type PlanToWrite,
  READABLE_MAX,
} from './plan'

const read = (search: string) => decodePlan(new URLSearchParams(search))

const decodedOf = (plan: PlanToWrite): DecodedPlan => ({
  ...(plan.product && { product: plan.product }),
  ...(plan.deploy && { deploy: plan.deploy }),
  servers: Number(plan.servers),
  serversText: String(plan.servers),
  groups: plan.groups.map((g) => ({
    name: g.name,
    count: Number(g.count),
    low: Number(g.count),
    countText: String(g.count),
    answers: g.answers,
    problems: [],
  })),
  ...(plan.prices && { prices: plan.prices }),
})

const FULL_USER: Answers = { who: 'employee', via: 'crm-client', does: 'full', device: 'named' }

/** The review's plan: "Sales team 1" … "Sales team N", 25 people each, the same answers. */
const salesTeams = (n: number, count: (i: number) => number = () => 25): Plan => ({
  product: 'crm2011',
  deploy: 'onprem',
  servers: 1,
  groups: Array.from({ length: n }, (_, i) => ({ name: `Sales team ${i + 1}`, count: count(i), answers: FULL_USER })),
})

describe('review 2: big plans stay shareable', () => {
  it('review 2: writes a 500-group plan with ordinary names in well under 8 KB, and reads it back exactly', () => {
    const same = salesTeams(500)
    const varied = salesTeams(500, (i) => 10 + ((i * 37) % 990))
    const search = encodePlan(varied)
    expect(search.length).toBeLessThan(LINK_BUDGET)
    expect(new URL(search, 'https://example.org/').search).toBe(search)
    expect(read(search)).toEqual({ plan: decodedOf(varied), notices: [] })
    // The review's link for the same plan was 42,797 characters.
    expect(encodePlan(same).length).toBeLessThan(4000)
    expect(encodePlan(varied).length).toBeLessThan(5000)
  })

  it('keeps small plans readable, as in the contract’s example, and writes compactly only past READABLE_MAX', () => {
    const small = encodePlan(salesTeams(10))
    expect(small).toContain('&g=name:Sales%20team%201;count:25;who:employee;via:crm-client;does:full;device:named')
    const big = encodePlan(salesTeams(40))
    expect(new URLSearchParams(big).getAll('g')).toHaveLength(1)
    expect(new URLSearchParams(big).get('g')).toMatch(/^~ecfn~0Sales\+?/)
    expect(big.length).toBeLessThan(READABLE_MAX)
  })

  it('has one code per answer of every group question, each unique within its question', () => {
    for (const q of QUESTION_IDS) {
      if (q === 'product' || q === 'deploy') continue
      const codes = ANSWER_CODES[q] ?? {}
      expect(Object.values(codes).sort(), q).toEqual([...ANSWER_IDS[q]].sort())
      for (const code of Object.keys(codes)) expect(code, q).toMatch(/^[a-z]$/)
    }
  })

  it('is seen by a reader of `g=name:…` groups only as one group without a count, never as an empty plan', () => {
    const text = compactText(salesTeams(3), salesTeams(3).groups)
    const keys = text.split(';').map((pair) => pair.slice(0, Math.max(0, pair.indexOf(':'))))
    expect(keys.filter((k) => k === 'count' || k === 'name')).toEqual([])
  })

  it('flags a block cut short, and a group without a count, instead of counting them', () => {
    const search = encodePlan(salesTeams(500))
    const { plan, notices } = read(search.slice(0, search.lastIndexOf(',')))
    expect(plan.groups.at(-1)?.problems).toEqual([{ kind: 'count-missing' }])
    expect(notices.map((n) => n.group)).toEqual([plan.groups.length - 1])
  })

  it('reads back every plan, large or small, with any names, counts and servers', () => {
    const name = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('~', ';', ',', '%', ':', '.', '+', ' ', '&', '=', '#', '😀', 'a', '1', "'") }),
      fc.constantFrom('Sales team 1', 'Sales team 2', 'Field techs', ''),
    )
    const plans: fc.Arbitrary<PlanToWrite> = fc.constantFrom(...PATHS_BY_PLAN.keys()).chain((key) => {
      const [product, deploy] = key.split(' ') as [Plan['product'], Plan['deploy']]
      return fc.record({
        product: fc.constant(product),
        deploy: fc.constant(deploy),
        servers: fc.integer({ min: 1, max: 1000 }),
        groups: fc.array(
          fc.record({
            name,
            count: fc.integer({ min: 1, max: 1_000_000 }),
            answers: fc.constantFrom(...(PATHS_BY_PLAN.get(key) ?? [])),
          }),
          { maxLength: 4 },
        ),
      })
    })
    fc.assert(
      fc.property(plans, (plan) => {
        const block = compactText(plan, plan.groups)
        const search = `?v=2&view=plan&product=${plan.product}&deploy=${plan.deploy}&servers=${plan.servers}&g=${encodeURIComponent(block)}`
        expect(read(search)).toEqual({ plan: decodedOf(plan), notices: [] })
      }),
      RUNS,
    )
  })
})

describe('review 5: whitespace in counts', () => {
  it('review 5: reads a count with spaces, tabs or line breaks around it as that number, with no problem', () => {
    const head = '?v=1&view=plan&product=crm2011&deploy=onprem&g=name:A;who:employee;via:portal;does:light;device:named'
    for (const count of ['%205', '+5', '5%20', '%095', '5%0A']) {
      const { plan, notices } = read(`${head};count:${count}`)
      expect(plan.groups[0]).toMatchObject({ count: 5, low: 5, problems: [] })
      expect(notices).toEqual([])
    }
  })
})

describe('ranges', () => {
  it('reads a count "200-800" as a range, low first, and flags one the wrong way round', () => {
    const head = '?product=d365&deploy=online&g=name:A;who:employee;via:crm-client;does:full;app:unknown;device:named'
    expect(read(`${head};count:200-800`).plan.groups[0]).toMatchObject({ count: 800, low: 200, problems: [] })
    expect(read(`${head};count:200%20%E2%80%93%20800`).plan.groups[0]).toMatchObject({ count: 800, low: 200 })
    for (const bad of ['800-200', '0-5', '5-', '-5', '1-1000001', '2-3-4'])
      expect(read(`${head};count:${encodeURIComponent(bad)}`).plan.groups[0].problems, bad).toEqual([
        { kind: 'count-invalid', text: bad },
      ])
  })

  it('writes a range as typed, in both encodings', () => {
    const plan: PlanToWrite = { ...salesTeams(1), groups: [{ name: 'A', count: '200-800', answers: FULL_USER }] }
    expect(read(encodePlan(plan)).plan.groups[0]).toMatchObject({ low: 200, count: 800 })
    const big: PlanToWrite = { ...plan, groups: Array.from({ length: 60 }, () => plan.groups[0]) }
    expect(new URLSearchParams(encodePlan(big)).get('g')?.startsWith('~')).toBe(true)
    expect(read(encodePlan(big)).plan.groups.map((g) => [g.low, g.count])).toEqual(big.groups.map(() => [200, 800]))
  })
})

describe('prices kept in the link', () => {
  it('are written as `price=<license>:<amount>` in the catalogue’s order, and read back as typed', () => {
    const plan: PlanToWrite = { ...salesTeams(1), prices: { 'limited-cal': '', 'full-cal': '12.50' } }
    const search = encodePlan(plan)
    expect(search).toContain('&price=full-cal:12.50&price=limited-cal:&g=')
    expect(read(search)).toEqual({ plan: decodedOf(plan), notices: [] })
    expect(encodePlan(salesTeams(1))).not.toContain('price=')
  })

  it('flag an unknown license or a price that is not one, and keep the others', () => {
    const { plan, notices } = read('?product=crm2011&deploy=onprem&price=ceo:5&price=full-cal:abc&price=ess-cal:7')
    expect(plan.prices).toEqual({ 'ess-cal': '7' })
    expect(notices.map((n) => n.problems)).toEqual([
      [{ kind: 'price-invalid', license: 'ceo', text: '5' }],
      [{ kind: 'price-invalid', license: 'full-cal', text: 'abc' }],
    ])
  })
})

/*
 * The review's link fuzz for plans: links the app writes, mutated the ways links get broken in the
 * field. Whatever comes in, reading never throws and gives a plan the routing accepts, with every
 * problem named (a code) and attached to a group that exists.
 */
describe('plan link fuzz', () => {
  // Written once: each run's cost is the reading, which is what is under test.
  const links = [...PATHS_BY_PLAN.entries()].flatMap(([key, paths], p) => {
    const [product, deploy] = key.split(' ') as [Plan['product'], Plan['deploy']]
    return [2, 28].map((n) =>
      encodePlan({
        product,
        deploy,
        servers: 1,
        groups: Array.from({ length: n }, (_, i) => ({
          name: `Team ${i}`,
          count: i + 1,
          answers: paths[(i * 7 + p) % paths.length],
        })),
      }),
    )
  })
  const base = fc.constantFrom(...links)
  const sameAnswers = (a: Answers, b: Answers) => QUESTION_IDS.every((q) => a[q] === b[q])
  type Mutation = (link: string, at: number, pick: string) => string
  const cut = (link: string, at: number) => at % Math.max(1, link.length)
  const MUTATIONS: Record<string, Mutation> = {
    truncate: (l, at) => l.slice(0, cut(l, at)),
    'duplicate a param': (l, at) => {
      const params = l.slice(1).split('&')
      return `${l}&${params[at % params.length]}`
    },
    'bad percent-encoding': (l, at, pick) => `${l.slice(0, cut(l, at))}${pick}${l.slice(cut(l, at))}`,
    'huge number': (l) =>
      l.replace(/count:[0-9]+|,[0-9]+(?=[;,&]|$)/, (m) => `${m[0] === ',' ? ',' : 'count:'}${'9'.repeat(400)}`),
    'unknown id': (l, _, pick) =>
      l.replace(/who:[a-z-]+|~[a-z]/, (m) => (m[0] === '~' ? `~${pick.slice(-1)}` : `who:${pick}`)),
    'delete a character': (l, at) => l.slice(0, cut(l, at)) + l.slice(cut(l, at) + 1),
    'insert separators': (l, at, pick) => l.slice(0, cut(l, at)) + pick + l.slice(cut(l, at)),
    'other version': (l, _, pick) => l.replace(`v=${LINK_VERSION}`, `v=${pick}`),
    'case of a key': (l) => l.replace('product=', 'PRODUCT='),
    'repeat the block': (l) => l.replace(/&g=(~[^&]*)/, '&g=$1&g=$1'),
  }
  const pick = fc.constantFrom('%', '%E0%A4%A', '%ZZ', '~', ';', ',', ':', '.', '&g=', '~~', '%00', 'z', '1', '')

  it('never throws, keeps only answers the routing accepts, and names every problem', () => {
    fc.assert(
      fc.property(
        base,
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), pick), { minLength: 1, maxLength: 3 }),
        (link, mutations) => {
          const mutated = mutations.reduce((l, [kind, at, p]) => MUTATIONS[kind](l, at, p), link)
          const decoded = decodeLink(mutated)
          if (decoded.view !== 'plan') return
          const { plan, notices } = decoded
          // Checked without an expect per group, which would cost more than the reading itself.
          const wrong = plan.groups.filter((g) => {
            const full: Answers = { ...g.answers, product: plan.product, deploy: plan.deploy }
            const accepted = Object.keys(g.answers).length === 0 || sameAnswers(keepOnPath(full), full)
            const named = g.problems.every((p) => typeof p.kind === 'string')
            const countFlagged = (g.count === undefined) === g.problems.some((p) => p.kind.startsWith('count'))
            return !accepted || !named || !countFlagged
          })
          expect(wrong).toEqual([])
          expect(plan.groups.length).toBeLessThanOrEqual(MAX_GROUPS)
          expect(notices.every((n) => n.group < plan.groups.length && n.problems.length > 0)).toBe(true)
        },
      ),
      RUNS,
    )
  })
})
