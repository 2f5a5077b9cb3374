import { describe, expect, it } from 'vitest'
import { advise } from './advise'
import { covers, exceeds, stepsUpTo } from './apps'
import { comparisonsFor, EDITION_COMPARISONS } from './editions'
import { FACTS } from './facts'
import { LICENSES } from './licenses'
import { PRODUCTS } from './products'
import { allowedAnswers, enumeratePaths, nextQuestion } from './routing'
import type { Answers } from './types'
import { UNCERTAINTIES } from './uncertainties'

// Version 3 of the vocabulary (contract section 9): Dynamics 365 at the license a partner orders.
const SELLER = {
  product: 'd365',
  deploy: 'online',
  who: 'employee',
  via: 'crm-client',
  does: 'full',
} as const satisfies Answers

function adviceFor(answers: Answers) {
  const advice = advise(answers)
  if (!advice) throw new Error(`no advice: next question ${nextQuestion(answers)}`)
  return advice
}

describe('which questions version 3 asks', () => {
  it('asks the app exactly where rulebook 1.2 advised a Dynamics 365 app, and then the other app', () => {
    expect(nextQuestion(SELLER)).toBe('app')
    expect(nextQuestion({ ...SELLER, app: 'sales' })).toBe('also')
    expect(nextQuestion({ ...SELLER, app: 'unknown' })).toBe('device')
    // Team Members, Power Apps and on-premises CALs are not refined.
    expect(nextQuestion({ ...SELLER, does: 'self-service' })).toBeUndefined()
    expect(nextQuestion({ ...SELLER, deploy: 'onprem' })).toBe('device')
  })

  it('never offers the app already named as another app', () => {
    expect(allowedAnswers('also', { ...SELLER, app: 'sales' })).not.toContain('sales')
    expect(allowedAnswers('also', { ...SELLER, app: 'contact-center' })).toHaveLength(7)
  })

  it('asks about shared devices only where every app of the person has a device license', () => {
    expect(nextQuestion({ ...SELLER, app: 'field-service', also: 'none' })).toBe('device')
    expect(nextQuestion({ ...SELLER, app: 'sales', also: 'customer-service' })).toBe('device')
    expect(nextQuestion({ ...SELLER, app: 'sales', also: 'project-operations' })).toBe('sales-needs')
    expect(advise({ ...SELLER, app: 'project-operations', also: 'none' })?.license).toBe('d365-project-operations')
  })

  it('asks each edition question for its own app, and none for a shared device', () => {
    const both = { ...SELLER, app: 'customer-service', also: 'sales', device: 'named' } as const
    expect(nextQuestion(both)).toBe('sales-needs')
    expect(nextQuestion({ ...both, 'sales-needs': 'core' })).toBe('service-needs')
    expect(nextQuestion({ ...both, device: 'shared' })).toBeUndefined()
  })

  it('adds paths only below the app question: every path that does not ask it is as in rulebook 1.2', () => {
    const asking = enumeratePaths().filter((p) => p.app !== undefined)
    // Only where Dynamics 365 apps are ordered by SKU: a tenant's deployments (products.ts `tenant`).
    expect(asking.every((p) => p.product && p.deploy && PRODUCTS[p.product].tenant.includes(p.deploy))).toBe(true)
  })
})

describe('the SKU, base and attach', () => {
  const named = { ...SELLER, device: 'named' } as const

  it('names the edition the work needs, with Enterprise as the alternative to Professional', () => {
    const pro = adviceFor({ ...named, app: 'sales', also: 'none', 'sales-needs': 'core' })
    expect(pro).toMatchObject({ license: 'd365-sales-professional', confidence: 'settled', attach: [] })
    expect(pro.alternatives.map((a) => a.license)).toContain('d365-sales-enterprise')
    expect(pro.reasons.map((r) => r.fact.id)).toContain('R39.K4')
    expect(adviceFor({ ...named, app: 'sales', also: 'none', 'sales-needs': 'unknown' })).toMatchObject({
      license: 'd365-sales-enterprise',
      confidence: 'review',
    })
  })

  it('takes the highest-priced app as the base and the other as its attach license', () => {
    const advice = adviceFor({
      ...named,
      app: 'sales',
      also: 'customer-service',
      'sales-needs': 'advanced',
      'service-needs': 'channels',
    })
    // Customer Service Premium ($195) is above Sales Enterprise ($105): it is the base, Sales the attach.
    expect(advice.license).toBe('d365-customer-service-premium')
    expect(advice.attach).toEqual(['d365-sales-enterprise-attach'])
  })

  it('raises a Professional app to Enterprise when the person needs Enterprise for another', () => {
    const advice = adviceFor({
      ...named,
      app: 'customer-service',
      also: 'sales',
      'sales-needs': 'core',
      'service-needs': 'advanced',
    })
    expect(advice.license).toBe('d365-customer-service-enterprise')
    expect(advice.attach).toEqual(['d365-sales-enterprise-attach'])
    expect(advice.reasons.map((r) => r.fact.id)).toContain('R42-mix.K21')
    expect(advice.alternatives.map((a) => a.license)).not.toContain('d365-sales-enterprise')
  })

  it('leaves two Professional apps under review, the current attach matrix being unread', () => {
    const advice = adviceFor({
      ...named,
      app: 'sales',
      also: 'customer-service',
      'sales-needs': 'core',
      'service-needs': 'core',
    })
    expect(advice).toMatchObject({ license: 'd365-sales-professional', confidence: 'review' })
    expect(advice.attach).toEqual(['d365-customer-service-professional-attach'])
    expect(advice.uncertain).toContain(UNCERTAINTIES['professional-attach'])
  })

  it('gives shared devices one device license per app, never an attach', () => {
    const advice = adviceFor({ ...SELLER, app: 'sales', also: 'field-service', device: 'shared' })
    expect(advice).toMatchObject({ license: 'd365-sales-device', attach: [], extra: ['d365-field-service-device'] })
  })

  it('buys marketing as the tenant’s Customer Insights, never per person', () => {
    const alone = adviceFor({ ...SELLER, app: 'marketing', also: 'none' })
    expect(alone).toMatchObject({ license: 'd365-customer-insights', attach: [], extra: [] })
    expect(LICENSES['d365-customer-insights'].unit).toBe('tenant')
    const withSales = adviceFor({ ...SELLER, app: 'marketing', also: 'sales', 'sales-needs': 'advanced' })
    expect(withSales).toMatchObject({ license: 'd365-sales-enterprise', extra: ['d365-customer-insights'] })
  })

  it('offers the Field Service Contractor license to a third party’s technician, under review', () => {
    const contractor = adviceFor({
      ...named,
      who: 'offsite-contractor',
      signed: 'before-2024-10',
      app: 'field-service',
      also: 'none',
    })
    expect(contractor).toMatchObject({ license: 'd365-field-service-contractor', confidence: 'review' })
    expect(contractor.alternatives.map((a) => a.license)).toContain('d365-field-service')
  })

  it('keeps the family license, under review, while the app is not known', () => {
    const advice = adviceFor({ ...named, app: 'unknown' })
    expect(advice).toMatchObject({ license: 'd365-app', confidence: 'review' })
    expect(advice.uncertain).toContain(UNCERTAINTIES['app-unknown'])
  })

  it('names a catalogued SKU, with its String ID where Microsoft lists one, on every path that asks the app', () => {
    // The SKUs depend only on the person and their apps, device and needs: one path of each.
    const seen = new Set<string>()
    for (const p of enumeratePaths().filter((x) => x.app !== undefined && x.app !== 'unknown')) {
      const key = [p.who, p.app, p.also, p.device, p['sales-needs'], p['service-needs']].join(' ')
      if (seen.has(key)) continue
      seen.add(key)
      const advice = adviceFor(p)
      for (const id of [advice.license, ...advice.attach, ...advice.extra]) {
        expect(id, JSON.stringify(p)).not.toBe('d365-app')
        expect(LICENSES[id].products).toContain('d365')
      }
      for (const id of advice.attach) expect(LICENSES[id].sku?.stringId, id).toMatch(/ATTACH/i)
    }
  })
})

describe('the editions compared where the answers leave the edition open', () => {
  it('shows Sales, Customer Service or both, exactly for the needs not known', () => {
    const ids = (a: Answers) => comparisonsFor(a).map((c) => c.workload)
    expect(ids({ 'sales-needs': 'unknown' })).toEqual(['sales'])
    expect(ids({ 'sales-needs': 'unknown', 'service-needs': 'unknown' })).toEqual(['sales', 'customer-service'])
    expect(ids({ 'sales-needs': 'core', 'service-needs': 'advanced' })).toEqual([])
  })

  it('compares three catalogued editions of one app, every row resting on a fact about Dynamics 365 online', () => {
    for (const c of EDITION_COMPARISONS) {
      for (const l of c.editions)
        expect(LICENSES[l].name, l).toMatch(c.workload === 'sales' ? /Sales/ : /Customer Service/)
      for (const row of c.rows) {
        expect(FACTS[row.fact].products).toContain('d365')
        expect(FACTS[row.fact].deploys).toContain('online')
      }
    }
  })
})

describe('how licenses held compare with the license needed (the check reads these)', () => {
  it('covers, exceeds and steps up within one workload; another app is neither', () => {
    expect(covers('d365-sales-premium', 'd365-sales-enterprise')).toBe(true)
    expect(exceeds('d365-sales-premium', 'd365-sales-enterprise')).toBe(true)
    expect(covers('d365-sales-professional', 'd365-sales-enterprise')).toBe(false)
    // A step up: a lower edition of the same app, or Team Members below any app.
    expect(stepsUpTo('d365-sales-professional', 'd365-sales-enterprise')).toBe(true)
    expect(stepsUpTo('d365-team-members', 'd365-customer-service-enterprise')).toBe(true)
    // Another app is missing, not a step up; what already covers is no step.
    expect(stepsUpTo('d365-field-service', 'd365-sales-enterprise')).toBe(false)
    expect(stepsUpTo('d365-sales-enterprise', 'd365-sales-enterprise')).toBe(false)
  })
})
