/// <reference types="node" />
// One case per finding of the second licensing audit (audit2-2026-12.md, G01–G21), named by its id.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asVersion3 } from './__fixtures__/scenarios'
import { type Advice, advise } from './advise'
import { answerText } from './answerText'
import { LICENSES } from './licenses'
import { QUESTION_TEXT } from './questions'
import { enumeratePaths, nextQuestion } from './routing'
import { SOURCE_IDS, sourceOf } from './sources'
import type { Answers } from './types'
import { UNCERTAINTIES } from './uncertainties'

const D365_ONLINE = { product: 'd365', deploy: 'online' } as const
const CRM2011_ONPREM = { product: 'crm2011', deploy: 'onprem' } as const

/**
 * These findings are about rulebook 1.2's family licenses: where version 3 asks which app, the app is left not known
 * (contract section 9), and the advice is read without that one open point, as rulebook 1.2 gave it.
 */
function adviceFor(answers: Answers): Advice {
  const advice = advise(asVersion3(answers))
  if (!advice) throw new Error(`no advice for ${JSON.stringify(answers)}: next question ${nextQuestion(answers)}`)
  const uncertain = advice.uncertain.filter((u) => u !== UNCERTAINTIES['app-unknown'])
  return { ...advice, uncertain, confidence: uncertain.length > 0 ? 'review' : 'settled' }
}
const caveatIds = (a: Advice) => a.caveats.map((c) => c.id)
const alternativeLicenses = (a: Advice) => a.alternatives.map((x) => x.license)
const factIds = (a: Advice) => a.reasons.map((r) => r.fact.id)

describe('second audit (audit2-2026-12.md), by finding', () => {
  it('G01 counts the CRM 4.0 connector by the external-facing application’s servers, CRM 2011’s by CRM server', () => {
    const crm4 = adviceFor({ product: 'crm4', deploy: 'onprem', who: 'customer', via: 'portal', does: 'read' })
    expect(crm4.license).toBe('limited-external-connector')
    expect(caveatIds(crm4)).toContain('connector-count')
    expect(caveatIds(crm4)).not.toContain('connector-count-2011')
    expect(crm4.caveats.find((c) => c.id === 'connector-count')?.text).toMatch(/two load-balanced portal web servers/)
    expect(LICENSES['limited-external-connector'].unitText).not.toMatch(/CRM server/)
    const crm2011 = adviceFor({
      ...CRM2011_ONPREM,
      who: 'customer',
      via: 'portal',
      does: 'read',
      bought: 'before-2014',
    })
    expect(caveatIds(crm2011)).toContain('connector-count-2011')
    expect(caveatIds(crm2011)).not.toContain('connector-count')
  })

  it('G02 CRM 2011 licenses bought from 2014 need no connector: newer use rights apply by downgrade (review)', () => {
    const advice = adviceFor({
      ...CRM2011_ONPREM,
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      bought: 'from-2014',
    })
    expect(advice).toMatchObject({ license: 'none', confidence: 'review' })
    expect(alternativeLicenses(advice)).toContain('external-connector')
    expect(factIds(advice)).toContain('R16.Q8')
    expect(advice.uncertain).toContain(UNCERTAINTIES['ec-after-2014'])
    expect(UNCERTAINTIES['ec-after-2014'].ask).toMatch(/downgrade rights.*bought before 2014/)
    // Not known when bought: the connector stays, under review.
    const unknown = adviceFor({
      ...CRM2011_ONPREM,
      who: 'customer',
      via: 'custom-app',
      does: 'light',
      bought: 'unknown',
    })
    expect(unknown).toMatchObject({ license: 'external-connector', confidence: 'review' })
  })

  it('G03 the forum thread’s case, bought before 2014, keeps the connector, settled', () => {
    const advice = adviceFor({
      ...CRM2011_ONPREM,
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      bought: 'before-2014',
    })
    expect(advice).toMatchObject({ license: 'external-connector', confidence: 'settled' })
  })

  it('G04 field technicians updating cases in a Power Apps app need a Dynamics 365 app', () => {
    const light = { ...D365_ONLINE, who: 'employee', via: 'custom-app', does: 'light' } as const
    expect(nextQuestion(light)).toBe('records')
    const cases = adviceFor({ ...light, records: 'core' })
    expect(cases).toMatchObject({ license: 'd365-app', confidence: 'settled' })
    expect(factIds(cases)).toContain('R26.Q1')
    expect(alternativeLicenses(cases)).toEqual(['power-apps'])
    expect(adviceFor({ ...light, records: 'contacts' })).toMatchObject({ license: 'power-apps', confidence: 'settled' })
    expect(adviceFor({ ...light, records: 'custom' })).toMatchObject({ license: 'power-apps', confidence: 'settled' })
  })

  it('G05 employees working cases on a site: a Dynamics 365 app, under review, capacity as the alternative', () => {
    const light = { ...D365_ONLINE, who: 'employee', via: 'portal', does: 'light' } as const
    expect(nextQuestion(light)).toBe('records')
    const cases = adviceFor({ ...light, records: 'core' })
    expect(cases).toMatchObject({ license: 'd365-app', confidence: 'review' })
    expect(cases.uncertain).toEqual([UNCERTAINTIES['portal-agent-work']])
    expect(alternativeLicenses(cases)).toEqual(['power-pages-authenticated', 'power-apps'])
    expect(adviceFor({ ...light, records: 'custom' })).toMatchObject({
      license: 'power-pages-authenticated',
      confidence: 'settled',
    })
  })

  it('G06 vendors who update or run records may be doing the customer’s work: review, internal as the alternative', () => {
    const vendor = { ...D365_ONLINE, who: 'offsite-vendor', signed: 'before-2024-10' } as const
    const integration = adviceFor({ ...vendor, via: 'integration', does: 'full' })
    expect(integration).toMatchObject({ license: 'none', confidence: 'review' })
    expect(integration.uncertain).toContain(UNCERTAINTIES['vendor-business-process'])
    expect(alternativeLicenses(integration)).toContain('d365-app')
    const portal = adviceFor({ ...vendor, via: 'portal', does: 'light', records: 'core' })
    expect(portal).toMatchObject({ license: 'power-pages-authenticated', confidence: 'review' })
    expect(factIds(portal)).toContain('R4.Q7')
    // Reading or logging their own requests is not running the customer's processes.
    expect(adviceFor({ ...vendor, via: 'portal', does: 'read' }).confidence).toBe('settled')
    const crmOnline = adviceFor({
      product: 'crm2016',
      deploy: 'online',
      who: 'offsite-vendor',
      via: 'integration',
      does: 'full',
    })
    expect(crmOnline).toMatchObject({ license: 'none', confidence: 'review' })
    expect(alternativeLicenses(crmOnline)).toContain('professional-usl')
    // On the product's own screens both readings need the same license: settled.
    expect(adviceFor({ ...vendor, via: 'crm-client', does: 'full', device: 'named' }).confidence).toBe('settled')
  })

  it('G07 another company’s staff running its business in Dynamics 365: review, SPLA as the alternative on premises', () => {
    const onprem = adviceFor({
      product: 'd365',
      deploy: 'onprem',
      who: 'tenant-staff',
      via: 'crm-client',
      does: 'full',
      device: 'named',
    })
    expect(onprem).toMatchObject({ license: 'd365-cal', confidence: 'review' })
    expect(onprem.uncertain).toContain(UNCERTAINTIES['tenant-staff-d365'])
    expect(alternativeLicenses(onprem)).toContain('spla-sal')
    const online = adviceFor({ ...D365_ONLINE, who: 'tenant-staff', via: 'crm-client', does: 'full', device: 'named' })
    expect(online).toMatchObject({ license: 'd365-app', confidence: 'review' })
    expect(alternativeLicenses(online)).not.toContain('spla-sal')
    expect(
      enumeratePaths().filter(
        (p) =>
          p.product === 'd365' &&
          p.who === 'tenant-staff' &&
          advise(p)?.license !== 'none' &&
          advise(p)?.confidence === 'settled',
      ),
    ).toEqual([])
  })

  it('G08 Team Members for an employee’s own cases and for contacts stay settled', () => {
    const client = { ...D365_ONLINE, who: 'employee', via: 'crm-client' } as const
    expect(adviceFor({ ...client, does: 'self-service' })).toMatchObject({
      license: 'd365-team-members',
      confidence: 'settled',
    })
    expect(adviceFor({ ...client, does: 'light', records: 'contacts' })).toMatchObject({
      license: 'd365-team-members',
      confidence: 'settled',
    })
  })

  it('G09 own cases on a site: Power Apps settled, Team Members and capacity as alternatives', () => {
    const advice = adviceFor({ ...D365_ONLINE, who: 'employee', via: 'portal', does: 'self-service', records: 'core' })
    expect(advice).toMatchObject({ license: 'power-apps', confidence: 'settled' })
    expect(alternativeLicenses(advice)).toEqual(['d365-team-members', 'power-pages-authenticated'])
    expect(factIds(advice)).toContain('R23.Q3')
    const app = adviceFor({ ...D365_ONLINE, who: 'employee', via: 'custom-app', does: 'self-service' })
    expect(app).toMatchObject({ license: 'power-apps', confidence: 'settled' })
    expect(alternativeLicenses(app)).toEqual(['d365-team-members'])
  })

  it('G10 device subscriptions on the product’s own screens are settled; other routes ask no device', () => {
    const shared = adviceFor({ ...D365_ONLINE, who: 'employee', via: 'crm-client', does: 'full', device: 'shared' })
    expect(shared).toMatchObject({ license: 'd365-device', confidence: 'settled' })
    expect(factIds(shared)).toContain('R32.Q10')
    const indirect = enumeratePaths().filter(
      (p) => p.product === 'd365' && p.deploy === 'online' && p.via !== 'crm-client' && p.device !== undefined,
    )
    expect(indirect).toEqual([])
  })

  it('G11 the October 2024 definition for off-site contractors is unchanged', () => {
    const contractor = { ...D365_ONLINE, who: 'offsite-contractor', signed: 'from-2024-10' } as const
    expect(nextQuestion({ ...D365_ONLINE, who: 'offsite-contractor' })).toBe('signed')
    expect(nextQuestion(contractor)).toBe('hours')
    expect(
      adviceFor({ ...contractor, hours: 'over-30', via: 'crm-client', does: 'full', device: 'named' }),
    ).toMatchObject({ license: 'd365-app', confidence: 'settled' })
    expect(adviceFor({ ...contractor, hours: 'up-to-30', via: 'integration', does: 'full' })).toMatchObject({
      license: 'none',
      confidence: 'review',
    })
  })

  it('G12 on-site contractors under the 2024 definition are told when to answer off site instead', () => {
    // Asking `signed` of every on-site contractor would stop every existing link at it (scenarios PV1, PV2).
    expect(nextQuestion({ ...D365_ONLINE, who: 'onsite-contractor' })).toBe('via')
    expect(answerText('who', 'onsite-contractor')?.hint).toMatch(/every working day.*off-site answer/)
    expect(
      adviceFor({
        ...D365_ONLINE,
        who: 'offsite-contractor',
        signed: 'from-2024-10',
        hours: 'up-to-30',
        via: 'custom-app',
        does: 'read',
      }).license,
    ).toBe('none')
  })

  it('G13 a Dynamics 365 online service account needs no license; AI agents are named', () => {
    const advice = adviceFor({ ...D365_ONLINE, who: 'service-account' })
    expect(advice).toMatchObject({ license: 'none', confidence: 'settled' })
    expect(caveatIds(advice)).toContain('agent-users')
    expect(advice.caveats.find((c) => c.id === 'agent-users')?.facts).toContain('R35.Q5')
  })

  it('G14 anonymous visitors of a custom app need nothing, settled; customers who may sign in as guests stay review', () => {
    for (const does of ['read', 'self-service', 'light', 'full'] as const) {
      expect(adviceFor({ ...D365_ONLINE, who: 'public', via: 'custom-app', does })).toMatchObject({
        license: 'none',
        confidence: 'settled',
        uncertain: [],
      })
    }
    expect(adviceFor({ ...D365_ONLINE, who: 'customer', via: 'custom-app', does: 'read' }).confidence).toBe('review')
  })

  it('G15 Dynamics 365 prices: the newest dated first, Team Members priced, the 2019 list historical', () => {
    const [current] = LICENSES['d365-app'].prices
    expect(current).toMatchObject({ amount: 105, asOf: '2026-08-13', source: 'Q12', disputed: true })
    expect(current.text).toMatch(/5% more/)
    const old = LICENSES['d365-app'].prices.filter((p) => p.asOf < '2024')
    expect(old.length).toBeGreaterThan(0)
    for (const p of old)
      expect(p, p.text).toMatchObject({ historical: true, text: expect.stringMatching(/^Historical/) })
    expect(LICENSES['d365-team-members'].prices[0]).toMatchObject({ amount: 8, currency: 'USD', disputed: true })
  })

  it('G16 Power Pages capacity is counted in packs per site (the minimums are the planner’s, not the rulebook’s)', () => {
    expect(LICENSES['power-pages-authenticated'].unit).toBe('auth-pack')
    expect(LICENSES['power-pages-anonymous'].unit).toBe('anon-pack')
  })

  it('G17 every Dynamics 365 app result names the app family and forbids mixing editions', () => {
    const advice = adviceFor({ ...D365_ONLINE, who: 'employee', via: 'crm-client', does: 'full', device: 'named' })
    const caveat = advice.caveats.find((c) => c.id === 'd365-app-family')
    expect(caveat?.text).toMatch(/Customer Service.*Field Service.*Sales/)
    expect(caveat?.facts).toEqual(['R26.Q1', 'R24.K10'])
  })

  it('G18 Copilot, Contact Center and marketing are named on Dynamics 365 app results', () => {
    const advice = adviceFor({ ...D365_ONLINE, who: 'employee', via: 'crm-client', does: 'full', device: 'named' })
    expect(advice.caveats.find((c) => c.id === 'd365-copilot-marketing')?.text).toMatch(
      /Copilot.*Contact Center.*marketing/,
    )
  })

  it('G19 Dynamics 365 on premises: external users stay review with CALs; the honor system is named', () => {
    const external = adviceFor({
      product: 'd365',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      records: 'core',
    })
    expect(external).toMatchObject({ license: 'd365-cal', confidence: 'review' })
    expect(external.uncertain).toContain(UNCERTAINTIES['d365-onprem-external'])
    expect(caveatIds(external)).toContain('honor-system-d365')
  })

  it('G20 an anonymous visitor on the product’s own apps is told that signing in makes them a user', () => {
    const advice = adviceFor({ ...D365_ONLINE, who: 'public', via: 'crm-client', does: 'read' })
    expect(caveatIds(advice)).toContain('public-signs-in')
    expect(QUESTION_TEXT.who.answers.public.hint).toMatch(/signs in/)
  })

  it('G21 the changelog gives the 1.1.0 table’s real counts', () => {
    const changelog = readFileSync(resolve(process.cwd(), 'docs/rulebook-changelog.md'), 'utf8')
    const entry = changelog.split(/^## /m).find((e) => e.startsWith('1.1.0 '))
    expect(entry).toMatch(/4,745 paths \(2,465 settled, 2,280 review[;)]/)
  })

  it('registers the second audit’s sources Q1 to Q12', () => {
    for (let i = 1; i <= 12; i++) {
      expect(SOURCE_IDS).toContain(`Q${i}`)
      expect(sourceOf(`Q${i}`)?.checked).toBe('2026-12-03')
    }
    expect(sourceOf('Q11')?.kind).toBe('third-party')
  })
})
