import { describe, expect, it } from 'vitest'
import type { Answers } from '../domain/types'
import { addToPlan } from './addToPlan'
import { decodeLink } from './link'

const SELLER: Answers = {
  product: 'd365',
  deploy: 'online',
  who: 'employee',
  via: 'crm-client',
  does: 'full',
  app: 'sales',
  also: 'none',
  device: 'named',
  'sales-needs': 'advanced',
}

function groupsOf(search: string) {
  const d = decodeLink(search)
  if (d.view !== 'plan') throw new Error('not a plan')
  return d.plan.groups.map((g) => ({ name: g.name, count: g.count, app: g.answers.app, problems: g.problems }))
}

describe('adding a person to the carried plan', () => {
  it('reads the plan with its own version, so a version 3 group keeps its app and counts one more', () => {
    const first = addToPlan(undefined, SELLER, 'Sellers')
    expect(first.startsWith('?v=3&view=plan')).toBe(true)
    const second = addToPlan(first, SELLER, 'Sellers')
    expect(groupsOf(second)).toEqual([{ name: 'Sellers', count: 2, app: 'sales', problems: [] }])
  })

  it('starts a new plan from a plan link it cannot read', () => {
    expect(groupsOf(addToPlan('?v=9&view=plan&g=name:x;count:1', SELLER, 'Sellers'))).toEqual([
      { name: 'Sellers', count: 1, app: 'sales', problems: [] },
    ])
  })
})
