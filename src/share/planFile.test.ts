import { describe, expect, it } from 'vitest'
import { SEED_PLAN } from './__fixtures__/seed-plan'
import { LINK_VERSION } from './advice'
import { decodeLink } from './link'
import { encodePlan, LINK_BUDGET, type PlanToWrite } from './plan'
import { PLAN_FILE_MAX, planFileText, readPlanFile } from './planFile'

const planOf = (search: string) => {
  const decoded = decodeLink(search)
  if (decoded.view !== 'plan') throw new Error('not a plan')
  return decoded
}

describe('review 2: a plan too big for a link, saved as a file', () => {
  it('review 2: reopens from its file exactly as from its link, however big, with its kept prices', () => {
    const big: PlanToWrite = {
      ...SEED_PLAN,
      servers: 3,
      prices: { 'full-cal': '12.50' },
      groups: Array.from({ length: 150 }, (_, i) => ({
        ...SEED_PLAN.groups[i % 4],
        name: `${i + 1}. North-western regional field office; night shift`,
      })),
    }
    const text = planFileText(big)
    expect(JSON.parse(text)).toMatchObject({ type: 'crm-license-advisor-plan', v: LINK_VERSION, servers: '3' })
    const read = readPlanFile(text)
    if (!('search' in read)) throw new Error(read.problem)
    expect(planOf(read.search)).toEqual(planOf(encodePlan(big)))
    expect(planOf(read.search).plan.groups).toHaveLength(150)
    // Too long for a link: that is when the page offers the file.
    expect(encodePlan(big).length).toBeGreaterThan(LINK_BUDGET)
  })

  it('flags what in a file cannot be used, as a link’s reader does, and refuses what is not a plan file', () => {
    const text = JSON.stringify({
      type: 'crm-license-advisor-plan',
      v: '2',
      product: 'crm2011',
      deploy: 'onprem',
      groups: [{ name: 'A', count: 'abc', answers: { who: 'ceo' } }, 'garbage', { name: 'B', count: 3 }],
    })
    const read = readPlanFile(text)
    if (!('search' in read)) throw new Error(read.problem)
    const { plan, notices } = planOf(read.search)
    expect(plan.groups.map((g) => g.problems.map((p) => p.kind))).toEqual([
      ['count-invalid', 'answer-dropped'],
      ['count-missing', 'answers-missing'],
      ['answers-missing'],
    ])
    expect(notices.map((n) => n.group)).toEqual([0, 1, 2])
    expect(readPlanFile('{')).toEqual({ problem: 'not-json' })
    for (const other of ['[]', 'null', '{"type":"something else","groups":[]}', '{"type":"crm-license-advisor-plan"}'])
      expect(readPlanFile(other), other).toEqual({ problem: 'not-a-plan' })
    expect(readPlanFile(' '.repeat(PLAN_FILE_MAX + 1))).toEqual({ problem: 'too-big' })
  })
})
