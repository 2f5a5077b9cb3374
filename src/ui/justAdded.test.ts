import { describe, expect, it } from 'vitest'
import { forgetJustAdded, handOver, justAddedTo } from './justAdded'

const ADDED = {
  search: '?v=3&view=plan&product=crm2011&deploy=hosted&g=name:A%20b;count:1;who:employee',
  index: 0,
  name: 'A b',
  count: 1,
  merged: false,
  devices: false,
  back: '?v=3&product=crm2011&deploy=hosted&who=employee',
}

describe('the person just added, handed to the planner', () => {
  it('is given to the planner that opens on the address the add wrote, until it is forgotten', () => {
    handOver(ADDED)
    expect(justAddedTo('?v=3&view=plan&product=crm2011')).toBeUndefined()
    // The browser may write the same query with other escapes.
    expect(justAddedTo('?v=3&view=plan&product=crm2011&deploy=hosted&g=name:A+b;count:1;who:employee')).toBe(ADDED)
    forgetJustAdded()
    expect(justAddedTo(ADDED.search)).toBeUndefined()
  })
})
