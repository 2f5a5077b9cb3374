import { describe, expect, it } from 'vitest'
import { D365_CONTRACTOR_FROM_2024 } from '../domain/__fixtures__/people'
import { addToPlan, carriedSummary } from './addToPlan'
import { decodeAdvice, encodeAnswers, LINK_VERSION } from './advice'
import { readCarried, withCarried } from './carry'
import { decodeLink } from './link'

const P1 = { product: 'crm2011', deploy: 'hosted', who: 'employee', via: 'portal', does: 'light' } as const
/** A Dynamics 365 off-site contractor under an agreement signed from October 2024: the plan keeps `signed`. */
const CONTRACTOR = { ...D365_CONTRACTOR_FROM_2024, device: 'named' } as const
const P2 = { product: 'crm2011', deploy: 'hosted', who: 'tenant-client', via: 'portal', does: 'self-service' } as const

describe('a plan carried in a questionnaire address', () => {
  it('rides along the answers, escaped once, and reads back as the same plan link', () => {
    const plan = addToPlan(undefined, P1, 'Field technicians').search
    expect(plan).toBe(
      `?v=${LINK_VERSION}&view=plan&product=crm2011&deploy=hosted&g=name:Field%20technicians;count:1;who:employee;via:portal;does:light`,
    )
    const search = withCarried(encodeAnswers({ product: 'crm2011', deploy: 'hosted' }), { plan, fromPlan: false })
    expect(search).toBe(
      `?v=${LINK_VERSION}&product=crm2011&deploy=hosted&plan=v%3D${LINK_VERSION}%26view%3Dplan%26product%3Dcrm2011%26deploy%3Dhosted%26g%3Dname%3AField%2520technicians%3Bcount%3A1%3Bwho%3Aemployee%3Bvia%3Aportal%3Bdoes%3Alight`,
    )
    expect(readCarried(search)).toEqual({ plan, fromPlan: false })
    // The answers read exactly as without it: v1 and v2 readers ignore keys they do not know.
    expect(decodeAdvice(search)).toEqual(decodeAdvice('?v=3&product=crm2011&deploy=hosted'))
    expect(decodeLink(search).view).toBe('advice')
  })

  it('says when the advice was opened from the plan', () => {
    const plan = addToPlan(undefined, P1, 'Techs').search
    const search = withCarried(encodeAnswers(P1), { plan, fromPlan: true })
    expect(search.endsWith('&from=plan')).toBe(true)
    expect(readCarried(search)).toEqual({ plan, fromPlan: true })
  })

  it('ignores a missing, empty or non-plan value, and never throws', () => {
    for (const search of ['', '?v=2', '?plan=', '?plan=v%3D2%26product%3Dd365', '?plan=%E0%A4%A', '?from=plan']) {
      expect(readCarried(search)).toEqual({ fromPlan: false })
    }
  })

  it('counts the groups and offers the last group’s agreement answers to the next person', () => {
    let plan = addToPlan(undefined, { ...P1, product: 'd365', deploy: 'online', who: 'offsite-contractor' }, 'A').search
    expect(carriedSummary(plan)).toEqual({ groups: 1, organization: {} })
    plan = addToPlan(plan, CONTRACTOR, 'Contractors').search
    expect(carriedSummary(plan)).toEqual({ groups: 2, organization: { signed: 'from-2024-10' } })
  })

  // Review F6: the questionnaire's own reader counted `g` parameters, so a compact plan was "a plan of 1 group".
  it('reads a 60-group compact plan as the planner does: 60 groups, then 61 with their agreement answers kept', () => {
    let plan = addToPlan(undefined, CONTRACTOR, 'Contractors 1').search
    for (let i = 2; i <= 60; i++) plan = addToPlan(plan, CONTRACTOR, `Contractors ${i}`).search
    expect(new URLSearchParams(plan).getAll('g')).toHaveLength(1)
    expect(carriedSummary(plan)).toEqual({ groups: 60, organization: { signed: 'from-2024-10' } })

    const next = addToPlan(plan, { ...CONTRACTOR, who: 'employee', signed: undefined, hours: undefined }, 'Staff')
    const read = decodeLink(next.search)
    expect(read.view).toBe('plan')
    if (read.view !== 'plan') return
    expect(read.plan.groups).toHaveLength(61)
    expect(read.plan.groups.slice(0, 60).every((g) => g.answers.signed === 'from-2024-10')).toBe(true)
    expect(carriedSummary(next.search).groups).toBe(61)
  })

  it('counts nothing in a plan it cannot read', () => {
    expect(carriedSummary('?v=99&view=plan&g=name:A;count:1')).toEqual({ groups: 0, organization: {} })
    expect(carriedSummary('?view=check')).toEqual({ groups: 0, organization: {} })
  })
})

describe('adding a person to the plan', () => {
  it('appends a group of one, or counts one more where the answers are the same and that is asked for', () => {
    let plan = addToPlan(undefined, P1, 'Field technicians').search
    plan = addToPlan(plan, P2, 'Portal users').search
    plan = addToPlan(plan, P1, 'Another name', 'same').search
    const read = decodeLink(plan)
    expect(read.view).toBe('plan')
    if (read.view !== 'plan') return
    expect(read.plan.groups.map((g) => [g.name, g.count])).toEqual([
      ['Field technicians', 2],
      ['Portal users', 1],
    ])
  })

  it('keeps the plan’s own product and deployment, and its groups as they were read', () => {
    const start = '?v=3&view=plan&product=crm2011&deploy=hosted&servers=3&g=name:Odd;count:abc;who:employee'
    const plan = addToPlan(start, P2, 'Portal users').search
    expect(plan).toBe(
      `?v=${LINK_VERSION}&view=plan&product=crm2011&deploy=hosted&servers=3&g=name:Odd;count:abc;who:employee&g=name:Portal%20users;count:1;who:tenant-client;via:portal;does:self-service`,
    )
  })
})
