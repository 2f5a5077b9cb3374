import { describe, expect, it } from 'vitest'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import type { Answers } from '../domain/types'
import { addToPlan, sameGroup } from './addToPlan'
import { LINK_VERSION } from './advice'
import { decodeLink } from './link'

const SELLER: Answers = { product: 'd365', deploy: 'online', ...SALES_ENTERPRISE_SELLER }

function groupsOf(search: string) {
  const d = decodeLink(search)
  if (d.view !== 'plan') throw new Error('not a plan')
  return d.plan.groups.map((g) => ({ name: g.name, count: g.count, app: g.answers.app, problems: g.problems }))
}

describe('adding a person to the carried plan', () => {
  it('reads the plan with its own version, so a version 3 group keeps its app and counts one more', () => {
    const first = addToPlan(undefined, SELLER, 'Sellers').search
    expect(first.startsWith(`?v=${LINK_VERSION}&view=plan`)).toBe(true)
    const second = addToPlan(first, SELLER, 'Sellers', 'same')
    expect(second).toMatchObject({ index: 0, name: 'Sellers', count: 2, merged: true })
    expect(groupsOf(second.search)).toEqual([{ name: 'Sellers', count: 2, app: 'sales', problems: [] }])
  })

  it('starts a new plan from a plan link it cannot read', () => {
    expect(groupsOf(addToPlan('?v=9&view=plan&g=name:x;count:1', SELLER, 'Sellers').search)).toEqual([
      { name: 'Sellers', count: 1, app: 'sales', problems: [] },
    ])
  })

  it('never merges unless asked: the same answers make a new group, under a name of its own', () => {
    const first = addToPlan(undefined, SELLER, 'Sellers').search
    expect(sameGroup(first, SELLER)).toEqual({ index: 0, name: 'Sellers', count: 1 })
    const second = addToPlan(first, SELLER, 'Sellers')
    expect(second).toMatchObject({ index: 1, name: 'Sellers (2)', count: 1, merged: false })
    const third = addToPlan(second.search, SELLER, 'Sellers')
    expect(groupsOf(third.search).map((g) => [g.name, g.count])).toEqual([
      ['Sellers', 1],
      ['Sellers (2)', 1],
      ['Sellers (3)', 1],
    ])
  })

  it('finds no group to join where none has the same answers or a count, and then adds a new one', () => {
    const other = { ...SELLER, 'sales-needs': 'core' } as Answers
    const plan = addToPlan(undefined, SELLER, 'Sellers').search
    expect(sameGroup(plan, other)).toBeUndefined()
    expect(sameGroup(undefined, SELLER)).toBeUndefined()
    expect(
      sameGroup('?v=3&view=plan&product=d365&deploy=online&g=name:x;count:abc;who:employee', SELLER),
    ).toBeUndefined()
    expect(addToPlan(plan, other, 'Sellers', 'same')).toMatchObject({ index: 1, name: 'Sellers (2)', merged: false })
  })
})
