import { describe, expect, it } from 'vitest'
import { advise } from '../domain/advise'
import { FACTS } from '../domain/facts'
import type { Answers } from '../domain/types'
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

  it('cites only facts that hold for the answers’ product and deployment', () => {
    const cases: Answers[] = [
      { product: 'crm2011', deploy: 'onprem', who: 'employee', via: 'portal', does: 'light', device: 'named' },
      { product: 'crm2011', deploy: 'hosted', who: 'employee', via: 'crm-client', does: 'full' },
      { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'full', device: 'named' },
      { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'full', device: 'shared' },
      { product: 'crm2013', deploy: 'online', who: 'employee', via: 'crm-client', does: 'read', records: 'core' },
    ]
    for (const answers of cases) {
      for (const step of stepsFor(answers))
        for (const part of step.parts)
          for (const fact of part.facts) {
            expect(FACTS[fact.id as keyof typeof FACTS]).toBe(fact)
            expect(fact.products).toContain(answers.product)
            expect(fact.deploys).toContain(answers.deploy)
          }
    }
  })

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
