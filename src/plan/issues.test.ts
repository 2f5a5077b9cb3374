import { describe, expect, it } from 'vitest'
import { planTotals } from '../share/totals'
import { blankGroup, type PlanValues, planInputOf } from './form'
import { formProblems, groupsToOpen } from './issues'

const group = (name: string, count: string, loaded: boolean) => ({
  ...blankGroup(),
  name,
  count,
  loaded,
  who: 'employee',
  via: 'crm-client',
  does: 'full',
})
const values: PlanValues = {
  product: 'd365',
  deploy: 'online',
  servers: '1',
  groups: [group('From the link', 'abc', true), group('Being typed', '', false), group('Typed', 'x', false)],
}
const groups = planTotals(planInputOf(values)).groups

describe('formProblems', () => {
  it('shows a linked group’s problems at once, and a new group’s only where it was touched or typed', () => {
    const { shown, summary } = formProblems(values, {}, groups, 3)
    // Dynamics 365 full users are asked their app too: unanswered, it shows only on the group from the link.
    expect(shown).toEqual(['count,app', '', 'count'])
    expect(summary.map((s) => s.target)).toEqual(['group-1-count', 'group-1-app', 'group-3-count'])

    const touched = formProblems(values, { groups: [undefined, { count: true }] }, groups, 3)
    expect(touched.summary.map((s) => s.target)).toContain('group-2-count')
  })

  it('asks for the product once a group is started, and leaves a field a render ahead unshown', () => {
    const { planProblems, shown } = formProblems({ ...values, product: '', deploy: '' }, {}, groups, 4)
    expect(planProblems.map((p) => p.target)).toEqual(['plan-product', 'plan-deploy'])
    expect(shown[3]).toBe('')
    const empty = formProblems({ product: '', deploy: '', servers: '1', groups: [] }, {}, [], 0)
    expect(empty.summary).toEqual([])
  })
})

describe('groupsToOpen', () => {
  const base = {
    keys: ['a', 'b', 'c'],
    opened: new Set<string>(),
    groups: values.groups.map((g) => ({ ...g, loaded: true })),
    shown: ['', '', ''],
    notices: [],
    justAdded: undefined,
  }

  it('opens new groups, groups showing a problem, groups a notice names and the one just added', () => {
    expect(groupsToOpen(base)).toEqual([])
    expect(groupsToOpen({ ...base, groups: values.groups })).toEqual(['b', 'c'])
    expect(groupsToOpen({ ...base, shown: ['', 'count', ''] })).toEqual(['b'])
    expect(groupsToOpen({ ...base, notices: [{ group: 2, name: '', problems: [] }] })).toEqual(['c'])
    expect(groupsToOpen({ ...base, justAdded: 0 })).toEqual(['a'])
    expect(groupsToOpen({ ...base, justAdded: 0, opened: new Set(['a']) })).toEqual([])
  })

  it('waits while the watched values are a render behind the field list', () => {
    expect(groupsToOpen({ ...base, keys: [...base.keys, 'd'], justAdded: 0 })).toEqual([])
  })
})
