import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import { costsOf } from '../share/prices'
import { type PlanInput, planTotals } from '../share/totals'
import { PlanSummary, TotalsBar } from './PlanSummary'

const SELLERS = SALES_ENTERPRISE_SELLER

const PLAN: PlanInput = {
  product: 'd365',
  deploy: 'online',
  servers: 1,
  groups: [
    { name: 'Sellers', countText: '260-860', answers: SELLERS },
    { name: 'Managers', countText: '10', answers: { who: 'employee', via: 'crm-client', does: 'read' } },
  ],
}

describe('the plan summary and the phone bar (issue 22 item 3)', () => {
  it('show a range as both ends, name the line without a price, and give the monthly-billing figure', () => {
    const totals = planTotals(PLAN)
    const costs = costsOf(totals.lines, { 'd365-team-members': '' })
    render(
      <>
        <PlanSummary totals={totals} costs={costs} />
        <TotalsBar totals={totals} />
      </>,
    )
    const lines = screen.getAllByTestId('summary-line').map((l) => l.textContent)
    expect(lines).toEqual(['260–860 × Sales Enterprise', '10 × Team Members subscription'])
    const summary = screen.getByTestId('plan-summary')
    expect(summary).toHaveTextContent(
      'Cost: $27,300.00 – $90,300.00 per month + Team Members subscription: no price entered',
    )
    expect(screen.getByTestId('summary-monthly')).toHaveTextContent(
      'Billed monthly (+5% from April 2025): $28,665.00 – $94,815.00 per month.',
    )
    expect(screen.getByTestId('totals-bar')).toHaveTextContent(
      'Totals: 260–860 × Sales Enterprise, 10 × Team Members subscription',
    )
  })
})
