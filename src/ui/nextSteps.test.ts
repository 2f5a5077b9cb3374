import { describe, expect, it } from 'vitest'
import { advise } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { nextSteps as domainSteps } from '../domain/nextSteps'
import { enumeratePaths } from '../domain/routing'
import type { Answers, SaleUnit } from '../domain/types'
import { WHOLE_TREE } from '../test-runs'
import { nextSteps } from './nextSteps'

function stepsFor(answers: Answers) {
  const advice = advise(answers)
  if (!advice) throw new Error('incomplete answers')
  return nextSteps(advice, answers)
}

describe('next steps', () => {
  it('has the same five steps on every result, in order', () => {
    const steps = stepsFor({ product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'read' })
    expect(steps.map((s) => s.id)).toEqual(['buy', 'assign', 'record', 'plan', 'ask'])
  })

  // That every step cites only facts that hold for the path: src/domain/coherence.test.ts, on every path.

  it('sends a hosting provider to its SPLA, citing the rulebook', () => {
    const [buy] = stepsFor({ product: 'crm2011', deploy: 'hosted', who: 'employee', via: 'crm-client', does: 'full' })
    expect(buy.parts[0].text).toMatch(/SPLA/)
    expect(buy.parts[0].facts.map((f) => f.id)).toEqual(['R29.S10'])
  })

  it('says the External Connector is counted per server, and that an ESS user is recorded by honor', () => {
    const connector = stepsFor({
      product: 'crm2011',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      bought: 'before-2014',
    })
    expect(connector[0].parts.map((p) => p.facts.map((f) => f.id))).toEqual([[], ['R15.P12']])
    const ess = stepsFor({
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'light',
      device: 'named',
    })
    expect(ess[2].parts[0].text).toMatch(/“License basis”/)
    expect(ess[2].parts[0].facts.length).toBeGreaterThan(0)
  })

  it('names what to ask when the advice needs review', () => {
    const answers: Answers = { product: 'crm2011', deploy: 'hosted', who: 'tenant-client', via: 'portal', does: 'read' }
    const advice = advise(answers)
    expect(advice?.confidence).toBe('review')
    const ask = stepsFor(answers).find((s) => s.id === 'ask')
    expect(ask?.parts[0].text).toContain(advice?.uncertain[0].ask)
  })
})

describe('the assign step fits the unit the license is sold in (issue 19 item 6)', () => {
  const ASSIGN_BY_UNIT: Record<SaleUnit, readonly string[]> = {
    person: ['assignUser', 'assignTenant', 'assignCalType'],
    device: ['assignDevice', 'assignDeviceD365'],
    server: ['assignServer', 'assignServerCrm4'],
    'auth-pack': ['assignCapacity'],
    'anon-pack': ['assignCapacityAnon'],
    tenant: ['assignTenantLicense'],
    none: ['assignNothing', 'assignUndetermined'],
  }

  it(
    'on every answer path: capacity never goes to a user account, a server license and no license get their own',
    WHOLE_TREE,
    () => {
      const seen = new Set<string>()
      // The assign step depends only on the license, the product and the deployment: one path of each.
      const walked = new Set<string>()
      for (const answers of enumeratePaths()) {
        const advice = advise(answers)
        if (!advice) throw new Error('a path without advice')
        const key = `${advice.license} ${answers.product} ${answers.deploy}`
        if (walked.has(key)) continue
        walked.add(key)
        const [assign] = domainSteps(advice, answers).filter((s) => s.id === 'assign')
        const text = assign.parts[0].text
        expect(ASSIGN_BY_UNIT[LICENSES[advice.license].unit]).toContain(text)
        if (advice.license === 'undetermined') expect(text).toBe('assignUndetermined')
        if (advice.license === 'none') expect(text).toBe('assignNothing')
        seen.add(text)
      }
      // Every kind of step is reached by some path, so none of them is dead copy.
      expect([...seen].sort()).toEqual(Object.values(ASSIGN_BY_UNIT).flat().sort())
    },
  )

  it('tells a portal’s capacity to go to the site’s environment, with Microsoft’s minimum', () => {
    const steps = stepsFor({
      product: 'd365',
      deploy: 'online',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
    })
    const assign = steps.find((s) => s.id === 'assign')
    expect(assign?.parts[0].text).toMatch(/environment.*at least 25 authenticated users/)
    expect(assign?.parts[0].text).not.toMatch(/user account\./)
    expect(assign?.parts[0].facts.map((f) => f.id)).toEqual(['R28-env.Q2', 'R36.S60'])
  })

  it('records which servers a connector covers, counted the way each version counts them', () => {
    const crm4 = stepsFor({ product: 'crm4', deploy: 'onprem', who: 'customer-employee', via: 'portal', does: 'read' })
    const assign4 = crm4.find((s) => s.id === 'assign')
    expect(assign4?.parts[0].facts.map((f) => f.id)).toEqual(['R10.Q9'])
    expect(assign4?.parts[0].text).toMatch(/hosts the application/)
  })
})
