import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SEED_PLAN_SEARCH } from '../share/__fixtures__/seed-plan'
import { currentSearch } from '../ui/address'
import { handPrices, namesIn, proposalSearch } from './proposal'
import { useProposal } from './useProposal'

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`)
  const heading = document.createElement('h1')
  heading.tabIndex = -1
  document.body.append(heading)
  return { heading, hook: renderHook(() => useProposal(true, { current: heading })) }
}

afterEach(() => {
  handPrices({})
  document.body.innerHTML = ''
  window.history.replaceState(null, '', '/')
})

describe('useProposal', () => {
  it('prices the plan its address carries, and focuses the title', () => {
    const { heading, hook } = open(proposalSearch(SEED_PLAN_SEARCH))
    const { lines, totals, planLink } = hook.result.current
    expect(lines.map((l) => l.license)).toEqual(totals.lines.map((l) => l.license))
    expect(lines.map((l) => l.license)).toContain('ess-cal')
    expect(proposalSearch(planLink)).toBe(currentSearch())
    expect(heading).toHaveFocus()
  })

  it('uses the prices typed in the planner this visit when the link keeps none', () => {
    handPrices({ 'ess-cal': '7' })
    const { hook } = open(proposalSearch(SEED_PLAN_SEARCH))
    const ess =
      hook.result.current.costs.lines[hook.result.current.totals.lines.findIndex((l) => l.license === 'ess-cal')]
    expect(ess?.cents).toBe(800 * 7 * 100)
  })

  it('writes the names into the address only while the person keeps them there', () => {
    const { hook } = open(proposalSearch(SEED_PLAN_SEARCH))
    expect(hook.result.current.keepNames).toBe(false)
    act(() => hook.result.current.setName('customer', 'Contoso'))
    expect(hook.result.current.names).toEqual({ customer: 'Contoso', partner: '' })
    expect(namesIn(currentSearch()).customer).toBe('')

    act(() => hook.result.current.setKeepNames(true))
    expect(namesIn(currentSearch())).toEqual({ customer: 'Contoso', partner: '' })
  })

  it('keeps the names a link brings, and keeps them in the address', () => {
    const { hook } = open(proposalSearch(SEED_PLAN_SEARCH, { customer: 'Fabrikam', partner: 'Adatum' }))
    expect(hook.result.current.keepNames).toBe(true)
    expect(hook.result.current.names).toEqual({ customer: 'Fabrikam', partner: 'Adatum' })
  })
})
