import { describe, expect, it } from 'vitest'
import { entryView } from '../boot/view'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import { costsOf, validUntil } from '../share/prices'
import { type PlanInput, planTotals } from '../share/totals'
import { linesTable, namesIn, planSearchOf, proposalLines, proposalSearch } from './proposal'

const PLAN =
  '?v=3&view=plan&product=crm2011&deploy=onprem&g=name:A%20%26%20B;count:20;who:employee;via:crm-client;does:read'

describe('the proposal link', () => {
  it('is the plan link under view=proposal, its text never re-escaped, and goes back to the same plan link', () => {
    const proposal = proposalSearch(PLAN)
    expect(proposal).toBe(PLAN.replace('view=plan', 'view=proposal'))
    expect(entryView(proposal)).toBe('proposal')
    expect(planSearchOf(proposal)).toBe(PLAN)
  })

  it('carries the names only when given, escaped, and drops them on the way back', () => {
    const proposal = proposalSearch(PLAN, { customer: 'Contoso & Co', partner: ' ' })
    expect(proposal.endsWith('&customer=Contoso%20%26%20Co')).toBe(true)
    expect(namesIn(proposal)).toEqual({ customer: 'Contoso & Co', partner: '' })
    expect(planSearchOf(proposal)).toBe(PLAN)
    // Names already in the address are replaced, never doubled.
    expect(proposalSearch(proposal, { customer: 'X', partner: 'Y' }).match(/customer=/g)).toHaveLength(1)
  })

  it('never throws, whatever it is given', () => {
    for (const odd of ['', '?', '?customer=%E0%A4%A', '&&', '?view=proposal&partner']) {
      expect(() => namesIn(odd)).not.toThrow()
      expect(() => planSearchOf(proposalSearch(odd, { customer: 'x', partner: '' }))).not.toThrow()
    }
  })
})

describe('the proposal', () => {
  it('is valid until the last day of the month it is made in (price lists change on the first)', () => {
    expect(validUntil('2026-12-04')).toBe('2026-12-31')
    expect(validUntil('2027-02-10')).toBe('2027-02-28')
    expect(validUntil('2028-02-01')).toBe('2028-02-29')
    expect(validUntil('2026-04-30')).toBe('2026-04-30')
  })

  it('gives each line its SKU, quantity range, unit price with its source, and cost; a table copies without tabs in cells', () => {
    const plan: PlanInput = {
      product: 'd365',
      deploy: 'online',
      servers: 1,
      groups: [
        {
          name: 'Sellers\tnorth',
          countText: '10-12',
          answers: SALES_ENTERPRISE_SELLER,
        },
        { name: 'Managers', countText: '4', answers: { who: 'employee', via: 'crm-client', does: 'read' } },
      ],
    }
    const totals = planTotals(plan)
    const typed = { 'd365-team-members': '' }
    const lines = proposalLines(totals, costsOf(totals.lines, typed), typed)
    expect(lines[0]).toMatchObject({
      license: 'd365-sales-enterprise',
      sku: 'DYN365_ENTERPRISE_SALES',
      quantity: '10–12 people',
      unitPrice: '$105.00 per month per person',
      cost: '$1,050.00 – $1,260.00 per month',
    })
    expect(lines[0].priceNote).toMatch(/^published price, .*, as of 2026-08-13/)
    expect(lines[1]).toMatchObject({ unitPrice: 'no price entered', cost: 'no price entered' })
    const table = linesTable(lines)
    expect(table.text.split('\n')).toHaveLength(3)
    expect(table.text.split('\n').every((row) => row.split('\t').length === 6)).toBe(true)
    expect(table.html).toContain('<td>DYN365_ENTERPRISE_SALES</td>')
  })
})
