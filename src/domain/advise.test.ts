import { describe, expect, it } from 'vitest'
import { WHOLE_TREE } from '../test-runs'
import { asVersion2, asVersion3, SCENARIOS, SCENARIOS_V2, SCENARIOS_V3 } from './__fixtures__/scenarios'
import { advise } from './advise'
import { refine } from './apps'
import { classify } from './audience'
import { FACT_IDS, FACTS } from './facts'
import { LICENSES } from './licenses'
import { nextSteps } from './nextSteps'
import { PRODUCTS } from './products'
import {
  allowedAnswers,
  decide,
  enumeratePaths,
  keepOnPath,
  nextQuestion,
  otherReadingRules,
  questionsLeft,
  ruleFor,
  rulesFor,
} from './routing'
import { adviceKey, RULES } from './rules'
import { type Answers, LICENSE_IDS } from './types'
import { UNCERTAINTIES } from './uncertainties'

const PATHS = enumeratePaths()

/**
 * Older cases keep their meaning (contract section 9): where version 3 asks which app, the case stops there, and
 * with the app not known its advice is the family license the case names, under review until the app is named.
 */
function expectOlderCase(answers: Answers, s: (typeof SCENARIOS)[number]) {
  const asksApp = nextQuestion(keepOnPath(answers)) === 'app'
  const advice = advise(asVersion3(answers))
  expect(advice, s.says).toBeDefined()
  if (s.expect.license) expect(advice?.license, s.says).toBe(s.expect.license)
  if (asksApp) expect(advice?.uncertain.map((u) => u.what).join(' '), s.says).toMatch(/Which Dynamics 365 app/)
  else if (s.expect.confidence) expect(advice?.confidence, s.says).toBe(s.expect.confidence)
}

describe('public acceptance scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, s) => expectOlderCase(asVersion2(s.answers), s))
})

describe('public acceptance scenarios of rulebook 1.1', () => {
  it.each(SCENARIOS_V2.map((s) => [s.id, s] as const))('%s', (_id, s) => expectOlderCase(s.answers, s))
})

describe('public acceptance scenarios of vocabulary version 3 (contract section 9)', () => {
  it.each(SCENARIOS_V3.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    expect(nextQuestion(s.a), 'the case answers every question on its path').toBeUndefined()
    expect(keepOnPath(s.a), 'the case holds no answer off its path').toEqual(s.a)
    const advice = advise(s.a)
    expect(advice?.license, s.basis).toBe(s.license)
    expect(advice?.confidence, s.basis).toBe(s.confidence)
    expect(advice?.attach, s.basis).toEqual(s.attach ?? [])
  })
})

/**
 * One case per finding of the December 2026 audit that rulebook 1.1 fixed, named by its id. The second audit
 * changed F02's connector for licenses bought from 2014 (G02) and F19's review (G09): audit2.test.ts.
 */
const FINDINGS: readonly [string, Answers, { license: string; confidence?: 'settled' | 'review'; caveat?: string }][] =
  [
    [
      'F02 connector settled for licenses bought before 2014',
      {
        product: 'crm2011',
        deploy: 'onprem',
        who: 'customer-employee',
        via: 'portal',
        does: 'self-service',
        bought: 'before-2014',
      },
      { license: 'external-connector', confidence: 'settled' },
    ],
    [
      'F03 F04 connector counted per CRM server, with the user records to create',
      { product: 'crm2011', deploy: 'onprem', who: 'customer', via: 'custom-app', does: 'light', bought: 'unknown' },
      { license: 'external-connector', confidence: 'review', caveat: 'connector-users-2011' },
    ],
    [
      'F05 portal users are contacts, their data kept apart by table permissions',
      { product: 'd365', deploy: 'online', who: 'customer', via: 'portal', does: 'self-service' },
      { license: 'power-pages-authenticated', caveat: 'portal-contacts' },
    ],
    [
      'F08 the honor system on Dynamics 365 on premises',
      { product: 'd365', deploy: 'onprem', who: 'employee', via: 'crm-client', does: 'full', device: 'named' },
      { license: 'd365-cal', confidence: 'settled', caveat: 'honor-system-d365' },
    ],
    [
      'F12 Team Members for an employee’s own cases',
      { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'self-service' },
      { license: 'd365-team-members', confidence: 'settled' },
    ],
    [
      'F13 Team Members for contacts, activities and notes',
      { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'light', records: 'contacts' },
      { license: 'd365-team-members', confidence: 'settled' },
    ],
    [
      'F13 an app license once accounts are edited',
      {
        product: 'd365',
        deploy: 'online',
        who: 'employee',
        via: 'crm-client',
        does: 'light',
        records: 'core',
        device: 'named',
      },
      { license: 'd365-app', confidence: 'settled' },
    ],
    [
      'F17 a Dynamics 365 online service account needs no license',
      { product: 'd365', deploy: 'online', who: 'service-account' },
      { license: 'none', confidence: 'settled', caveat: 'multiplexing' },
    ],
    [
      'F20 an integration writing for a person: under review',
      { product: 'd365', deploy: 'online', who: 'employee', via: 'integration', does: 'light', device: 'named' },
      { license: 'd365-app', confidence: 'review' },
    ],
    [
      'F23 anonymous visitors who follow up: under review',
      { product: 'd365', deploy: 'online', who: 'public', via: 'portal', does: 'self-service' },
      { license: 'power-pages-anonymous', confidence: 'review' },
    ],
    [
      'F25 an off-site contractor on the app’s screens is settled',
      {
        product: 'd365',
        deploy: 'online',
        who: 'offsite-contractor',
        signed: 'before-2024-10',
        via: 'crm-client',
        does: 'full',
        device: 'named',
      },
      { license: 'd365-app', confidence: 'settled' },
    ],
    [
      'F26 over 30 hours a week under a 2024 agreement: internal',
      {
        product: 'd365',
        deploy: 'online',
        who: 'offsite-contractor',
        signed: 'from-2024-10',
        hours: 'over-30',
        via: 'custom-app',
        does: 'read',
      },
      { license: 'power-apps', confidence: 'settled' },
    ],
    [
      'F26 hours not known: internal, under review',
      {
        product: 'd365',
        deploy: 'online',
        who: 'offsite-contractor',
        signed: 'from-2024-10',
        hours: 'unknown',
        via: 'custom-app',
        does: 'read',
      },
      { license: 'power-apps', confidence: 'review' },
    ],
    [
      'F27 a vendor’s staff member over 30 hours a week is internal',
      {
        product: 'd365',
        deploy: 'online',
        who: 'offsite-vendor',
        signed: 'from-2024-10',
        hours: 'over-30',
        via: 'integration',
        does: 'read',
      },
      { license: 'd365-team-members', confidence: 'review' },
    ],
    [
      'F28 Team Members enforcement dates',
      { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'read' },
      { license: 'd365-team-members', caveat: 'enforcement-d365' },
    ],
    [
      'F31 another company’s staff running its business in the tenant',
      { product: 'd365', deploy: 'online', who: 'tenant-staff', via: 'integration', does: 'read' },
      { license: 'd365-team-members', caveat: 'tenant-business' },
    ],
    [
      'F33 Dynamics Marketing and Social Engagement license external users',
      { product: 'crm2016', deploy: 'online', who: 'customer', via: 'portal', does: 'read' },
      { license: 'none', confidence: 'settled', caveat: 'marketing-social' },
    ],
    [
      'F34 a CRM 2013 contractor on the client is settled',
      {
        product: 'crm2013',
        deploy: 'onprem',
        who: 'offsite-contractor',
        via: 'crm-client',
        does: 'full',
        device: 'named',
      },
      { license: 'professional-cal', confidence: 'settled' },
    ],
    [
      'F36 on premises the integration’s account is a user with a CAL',
      {
        product: 'crm2013',
        deploy: 'onprem',
        who: 'employee',
        via: 'integration',
        does: 'read',
        records: 'core',
        device: 'named',
      },
      { license: 'basic-cal', caveat: 'service-account-onprem' },
    ],
    [
      'F38 a CRM 4.0 off-site vendor on a portal: under review',
      { product: 'crm4', deploy: 'onprem', who: 'offsite-vendor', via: 'portal', does: 'light' },
      { license: 'external-connector', confidence: 'review' },
    ],
    [
      'F39 a CRM Online 2011 off-site vendor through an integration: under review',
      { product: 'crm2011', deploy: 'online', who: 'offsite-vendor', via: 'integration', does: 'read' },
      { license: 'none', confidence: 'review' },
    ],
    [
      'F40 reading reports through a CRM 2011 portal: under review',
      { product: 'crm2011', deploy: 'onprem', who: 'employee', via: 'portal', does: 'read', device: 'named' },
      { license: 'ess-cal', confidence: 'review' },
    ],
    [
      'F41 a CRM 2011 contractor on the client is settled',
      {
        product: 'crm2011',
        deploy: 'onprem',
        who: 'offsite-contractor',
        via: 'crm-client',
        does: 'light',
        device: 'named',
      },
      { license: 'limited-cal', confidence: 'settled' },
    ],
  ]

describe('audit findings fixed in rulebook 1.1, by id', () => {
  it.each(FINDINGS)('%s', (_name, answers, expected) => {
    // Version 3 asks which app on a Dynamics 365 app path: not known, the family license and its own review stay.
    const asksApp = nextQuestion(answers) === 'app'
    const advice = advise(asVersion3(answers))
    expect(nextQuestion(asVersion3(answers)), 'the case answers every question on its path').toBeUndefined()
    expect(advice?.license).toBe(expected.license)
    const appUnknown = UNCERTAINTIES['app-unknown']
    if (asksApp) {
      expect(advice?.uncertain).toContain(appUnknown)
      const own = advice?.uncertain.filter((u) => u !== appUnknown) ?? []
      if (expected.confidence) expect(own.length > 0 ? 'review' : 'settled').toBe(expected.confidence)
    } else if (expected.confidence) expect(advice?.confidence).toBe(expected.confidence)
    if (expected.caveat) expect(advice?.caveats.map((c) => c.id)).toContain(expected.caveat)
  })

  it('F42 the CRM Online subscription covers CRM 4.0 Online', () => {
    expect(LICENSES['crm-online-usl'].products).toContain('crm4')
  })
})

describe('every reachable answer path', () => {
  it('is enumerated (thousands of paths, none repeated)', () => {
    expect(PATHS.length).toBeGreaterThan(1000)
    expect(new Set(PATHS.map((p) => JSON.stringify(p))).size).toBe(PATHS.length)
  })

  it('matches exactly one rule of the decision table under each reading: no gaps, no overlaps', () => {
    const bad = PATHS.filter((p) => {
      const reading = classify(p)
      if (!reading) return true
      if (rulesFor(p, reading.audience).length !== 1) return true
      if (!reading.otherwise) return false
      // Under the other reading, the rules left may differ only in what that reading's advice never shows.
      const others = otherReadingRules(p)
      return others.length === 0 || new Set(others.map(adviceKey)).size !== 1
    })
    expect(bad.slice(0, 5)).toEqual([])
  })

  it(
    'ends in one advice with at least one cited reason, and names what is uncertain when under review',
    WHOLE_TREE,
    () => {
      // Problems are collected and compared once: a hundred thousand assertions would cost more than the walk.
      const wrong = PATHS.flatMap((p) => {
        const advice = advise(p)
        const at = JSON.stringify(p)
        if (!advice) return [`no advice for ${at}`]
        const problems: string[] = []
        if (advice.reasons.length === 0 || advice.reasons.some((r) => r.source.title === ''))
          problems.push(`reasons ${at}`)
        // Review exactly when the rule leaves something open, or the person's classification does and
        // changes the advice (a contested reading with the same advice either way is settled).
        const decision = decide(p)
        const rule = decision?.rule
        const readingMatters = decision?.otherwise
          ? !(rule && adviceKey(rule) === adviceKey(decision.otherwise))
          : rule?.license !== 'none'
        const refined = (refine(p)?.uncertain.length ?? 0) > 0
        const open =
          rule?.uncertain !== undefined || (decision?.reading.uncertain !== undefined && readingMatters) || refined
        const review = advice.confidence === 'review'
        if (open && !review) problems.push(`settled although open: ${at}`)
        if (review && advice.uncertain.length === 0) problems.push(`review without an uncertainty: ${at}`)
        if (!open && review) problems.push(`review although nothing is open: ${at}`)
        if (advice.license === 'undetermined' && !review) problems.push(`undetermined but settled: ${at}`)
        return problems
      })
      expect(wrong.slice(0, 5)).toEqual([])
    },
  )

  it('asks nothing more once complete, and keeps every answer it was given', WHOLE_TREE, () => {
    for (const p of PATHS) {
      expect(nextQuestion(p)).toBeUndefined()
      expect(keepOnPath(p)).toEqual(p)
    }
  })

  it('uses every rule of the table at least once (no dead rows)', () => {
    const used = new Set(PATHS.flatMap((p) => [decide(p)?.rule.id, decide(p)?.otherwise?.id]))
    expect(RULES.map((r) => r.id).filter((id) => !used.has(id))).toEqual([])
  })
})

describe('routing', () => {
  it('offers tenant-client only on hosted deployments', () => {
    expect(PATHS.some((p) => p.who === 'tenant-client' && p.deploy !== 'hosted')).toBe(false)
    expect(PATHS.some((p) => p.who === 'tenant-client' && p.deploy === 'hosted')).toBe(true)
  })

  it('offers staff of a business run in the CRM only where it is not hosted', () => {
    expect(PATHS.some((p) => p.who === 'tenant-staff' && p.deploy === 'hosted')).toBe(false)
    expect(PATHS.some((p) => p.who === 'tenant-staff' && p.deploy !== 'hosted')).toBe(true)
  })

  it('asks when the agreement was signed only for off-site contractors and vendors of Dynamics 365', () => {
    for (const p of PATHS) {
      const offsite = p.who === 'offsite-contractor' || p.who === 'offsite-vendor'
      const d365 = p.product !== undefined && PRODUCTS[p.product].family === 'd365'
      expect(p.signed !== undefined, JSON.stringify(p)).toBe(offsite && d365)
    }
  })

  it('asks about the hours worked exactly after an agreement signed from 1 October 2024', () => {
    for (const p of PATHS) expect(p.hours !== undefined).toBe(p.signed === 'from-2024-10')
  })

  it('asks nothing more of a Dynamics 365 online service account', () => {
    const paths = PATHS.filter((p) => p.who === 'service-account' && p.product === 'd365' && p.deploy === 'online')
    expect(paths).toEqual([{ product: 'd365', deploy: 'online', who: 'service-account' }])
  })

  it('asks when the licenses were bought only where the CRM 2011 External Connector is the advice, or the other reading’s', () => {
    for (const p of PATHS) {
      const decision = decide({ ...p, bought: 'before-2014' })
      const connector =
        decision?.rule.license === 'external-connector' || decision?.otherwise?.license === 'external-connector'
      expect(p.bought !== undefined, JSON.stringify(p)).toBe(p.product === 'crm2011' && connector)
    }
  })

  it('does not ask what the person does when they only receive manual exports, or of service accounts', () => {
    for (const p of PATHS) expect(p.does === undefined).toBe(p.via === 'manual' || p.who === 'service-account')
  })

  it('asks about devices only where the license has a device variant', () => {
    for (const p of PATHS) {
      if (p.device === undefined) continue
      const rule = ruleFor(p)
      expect(rule && LICENSES[rule.license].deviceVariant).toBeTruthy()
    }
  })

  it('asks each question only where its answer can change the advice', () => {
    // One walk of the tree: the advice each prefix can still end in; a question is asked only where
    // its answers do not all lead to the same advice.
    const outcome = (a: Answers) => {
      const advice = advise(a)
      const alternatives = advice?.alternatives.map((x) => x.license).join('+')
      return `${advice?.ruleId} ${advice?.license} ${advice?.confidence} ${alternatives}`
    }
    const needless: string[] = []
    const reachable = (a: Answers): Set<string> => {
      const q = nextQuestion(a)
      if (q === undefined) return new Set([outcome(a)])
      const children = allowedAnswers(q, a).map((v) => [...reachable({ ...a, [q]: v })].sort().join(','))
      if (q !== 'product' && q !== 'deploy' && q !== 'who' && new Set(children).size === 1) {
        needless.push(`${q} after ${JSON.stringify(a)}`)
      }
      return new Set(children.flatMap((c) => c.split(',')))
    }
    reachable({})
    expect(needless.slice(0, 8)).toEqual([])
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
  // That the source exists the type checker proves (facts cite a SourceId).
  it('every fact names its place in the source, and is named after it', () => {
    for (const id of FACT_IDS) {
      const f = FACTS[id]
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

  it('every fact is cited by the advice or next steps of some path: none is kept that nothing rests on', () => {
    const cited = new Set(
      PATHS.flatMap((p) => {
        const advice = advise(p)
        if (!advice) return []
        return [
          ...advice.reasons.map((r) => r.fact.id),
          ...advice.caveats.flatMap((c) => c.facts),
          ...nextSteps(advice, p).flatMap((step) => step.parts.flatMap((part) => part.facts.map((f) => f.id))),
        ]
      }),
    )
    expect(FACT_IDS.filter((id) => !cited.has(id))).toEqual([])
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

  // The 2011 forum thread's questions (issue 19 item 5), answered wherever they arise, not only on connector results.
  it('tell a hosting provider that the connector is not its license, whom to count and how to keep data apart', () => {
    const ids = advise({
      product: 'crm2011',
      deploy: 'hosted',
      who: 'tenant-client',
      via: 'portal',
      does: 'self-service',
    })?.caveats.map((c) => c.id)
    expect(ids).toEqual(expect.arrayContaining(['connector-spla', 'hosted-users', 'multiplexing']))
    expect(ids).not.toContain('connector-users-2011')
    const crm4 = advise({ product: 'crm4', deploy: 'hosted', who: 'customer-employee', via: 'portal', does: 'read' })
    expect(crm4?.caveats.map((c) => c.id)).toEqual(expect.arrayContaining(['connector-spla-crm4', 'hosted-users']))
  })

  it('explain the connector where it is the alternative, not only where it is the advice (G02 paths)', () => {
    const advice = advise({
      product: 'crm2011',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      bought: 'from-2014',
    })
    expect(advice?.license).toBe('none')
    expect(advice?.alternatives.map((a) => a.license)).toContain('external-connector')
    expect(advice?.caveats.map((c) => c.id)).toEqual(
      expect.arrayContaining(['connector-users-2011', 'connector-count-2011']),
    )
  })

  it('say on every CRM 2011 result with ESS or full CALs that no ratio exists, and how to keep ESS users within ESS', () => {
    for (const p of PATHS.filter((p) => p.product === 'crm2011' && p.deploy === 'onprem')) {
      const advice = advise(p)
      const ids = advice?.caveats.map((c) => c.id) ?? []
      const essOrFull = ['ess-cal', 'ess-device-cal', 'full-cal', 'full-device-cal'].includes(advice?.license ?? '')
      expect(ids.includes('ess-ratio'), JSON.stringify(p)).toBe(essOrFull)
      expect(ids.includes('ess-within')).toBe(advice?.license === 'ess-cal' || advice?.license === 'ess-device-cal')
    }
    const ess = advise({
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'light',
      device: 'named',
    })
    const within = ess?.caveats.find((c) => c.id === 'ess-within')
    expect(within?.text).toMatch(/not the CRM web client or CRM for Outlook/)
    expect(ess?.caveats.find((c) => c.id === 'ess-ratio')?.text).toMatch(/absence of a rule/)
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
    // product, deploy, who, signed, hours, via, does, records, app, also, device, sales-needs, service-needs: a
    // contractor on Dynamics 365 working in Sales and Customer Service.
    expect(walk({})).toBe(13)
    expect(longest.size).toBeGreaterThan(PATHS.length)
    const wrong = [...longest].filter(([a, left]) => questionsLeft(JSON.parse(a)) !== left)
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

describe('the connector caveats cite a fact about the version they speak of', () => {
  it('CRM 4.0 rests on its own text (P17), CRM 2011 on the 2011 guide, each only on its own paths', () => {
    for (const p of PATHS.filter((x) => x.product === 'crm4' || x.product === 'crm2011')) {
      for (const c of advise(p)?.caveats ?? []) {
        if (!c.id.startsWith('connector-users')) continue
        for (const f of c.facts) expect(FACTS[f].products, `${c.id} on ${p.product}`).toContain(p.product)
      }
    }
  })
})
