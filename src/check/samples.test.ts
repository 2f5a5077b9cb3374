import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import { checkUsers } from './classify'
import { type GroupState, groupState, groupsOf, totalsOf, verdictsOf } from './groups'
import { loadAssignments, loadUserList } from './load'

/** The shipped samples classify as the README's "Compliance check" section says. */
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../public/samples/${name}`, import.meta.url)))

async function usersOf(name: string) {
  const list = await loadUserList(bytes(name))
  if (!list.ok) throw new Error(`sample ${name} did not read: ${list.error.code}`)
  return list.value
}

const statuses = (result: ReturnType<typeof checkUsers>) =>
  Object.fromEntries(result.checked.map((c) => [c.user.userName, c.settled?.status ?? 'grouped']))

describe('the samples', () => {
  it('CRM 2011 (Excel 2003 XML): administrative and non-interactive are free, a disabled user holds a Full CAL', async () => {
    const list = await usersOf('crm2011-users.xml')
    expect(list.users).toHaveLength(9)
    const result = checkUsers({ product: 'crm2011', deploy: 'onprem', users: list.users, columns: list.columns })
    expect(statuses(result)).toMatchObject({
      'CONTOSO\\david': 'free',
      'CONTOSO\\svc-erp': 'free',
      'CONTOSO\\frank': 'disabled',
      'CONTOSO\\anna': 'grouped',
    })
    expect(result.checked.find((c) => c.user.userName === 'CONTOSO\\chloe')?.held).toBe('limited-cal')
  })

  it('CRM 2016 (CSV with BOM and hidden columns): an unknown License Type code is listed, never dropped', async () => {
    const list = await usersOf('crm2016-users.csv')
    expect(list.users).toHaveLength(8)
    expect(list.columns.userName).toBe('User Name')
    const result = checkUsers({ product: 'crm2016', deploy: 'onprem', users: list.users, columns: list.columns })
    expect(result.unknown).toEqual([{ field: 'licenseType', column: 'License Type', value: '14', at: [9] }])
    expect(statuses(result)).toMatchObject({
      'CONTOSO\\dan': 'free',
      'CONTOSO\\svc-reports': 'free',
      'CONTOSO\\finn': 'disabled',
    })
  })

  it('Dynamics 365 online (two JSON pages and assignments): held from Microsoft 365, two base licenses flagged', async () => {
    const list = await usersOf('d365-online-users.json')
    expect(list.users).toHaveLength(11)
    const a = await loadAssignments(bytes('d365-online-assignments.csv'))
    if (!a.ok) throw new Error(a.error.code)
    const result = checkUsers({
      product: 'd365',
      deploy: 'online',
      users: list.users,
      columns: list.columns,
      assignments: a.value,
    })
    expect(statuses(result)).toMatchObject({
      'dev@contoso.com': 'free',
      'Dynamics365Sales@onmicrosoft.com': 'free',
      'crmoln@microsoft.com': 'free',
      'svc-erp@contoso.com': 'free',
      'eli@contoso.com': 'disabled',
    })
    const ivy = result.checked.find((c) => c.user.userName === 'ivy@contoso.com')
    expect(ivy?.extra).toBe('d365-customer-service-enterprise')
    const groups = groupsOf(result.checked, 'role')
    expect(groups.map((g) => [g.key, g.members.length])).toEqual([
      ['Salesperson', 3],
      ['Customer Service Representative', 2],
      ['Customer Service Representative; Salesperson', 1],
    ])
    const states = new Map(groups.map((g) => [g.key, groupState('d365', 'online', SALES_ENTERPRISE_SELLER)]))
    const verdicts = verdictsOf(result.checked, groups, states)
    const by = Object.fromEntries(result.checked.map((c, i) => [c.user.userName, verdicts[i]]))
    expect(by['ana@contoso.com']).toMatchObject({ needed: 'd365-sales-enterprise' })
    expect(by['jon@contoso.com']?.status).toBe('under')
    expect(by['ivy@contoso.com']?.status).toBe('over')
  })
})

describe('the totals before and after a group is answered (issue 20 item 4)', () => {
  it('leave an unanswered group’s users out of both columns, then count them once answered', async () => {
    const list = await usersOf('d365-online-users.json')
    const a = await loadAssignments(bytes('d365-online-assignments.csv'))
    if (!a.ok) throw new Error(a.error.code)
    const result = checkUsers({
      product: 'd365',
      deploy: 'online',
      users: list.users,
      columns: list.columns,
      assignments: a.value,
    })
    const groups = groupsOf(result.checked, 'role')
    const none = new Map<string, GroupState>()
    const before = totalsOf('d365', 'online', result.checked, verdictsOf(result.checked, groups, none), groups, none)
    // Nothing is answered: no license needed, and held only by the users the file settles on its own (a disabled
    // user still licensed is known to be reclaimable); the others are not known yet, in neither column.
    const verdicts = verdictsOf(result.checked, groups, none)
    const settledHolding = result.checked.filter(
      (c, i) => verdicts[i].status !== 'unanswered' && c.held !== 'none' && c.held !== 'unknown',
    ).length
    expect(before.rows.every((r) => r.needed === 0)).toBe(true)
    expect(before.rows.reduce((n, r) => n + r.held, 0)).toBe(settledHolding)
    expect(settledHolding).toBeLessThan(result.checked.filter((c) => c.held !== 'none' && c.held !== 'unknown').length)
    expect(before.unanswered).toBe(groups.reduce((n, g) => n + g.members.length, 0))

    const sellers = groupState('d365', 'online', SALES_ENTERPRISE_SELLER)
    const one = new Map([['Salesperson', sellers]])
    const after = totalsOf('d365', 'online', result.checked, verdictsOf(result.checked, groups, one), groups, one)
    const sales = after.rows.find((r) => r.license === 'd365-sales-enterprise')
    const members = groups.find((g) => g.key === 'Salesperson')?.members.length ?? 0
    expect(sales?.needed).toBe(members)
    expect(after.unanswered).toBe(before.unanswered - members)
  })
})
