import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SEED_PLAN } from '../share/__fixtures__/seed-plan'
import { defaultPriceText } from '../share/prices'
import { planTotals } from '../share/totals'
import { planInputOf, valuesOf } from './form'
import { usePrices } from './usePrices'

// CRM 2011 on premises: the ESS and Full CALs have no published price, so only typed prices cost anything.
const lines = planTotals(planInputOf(valuesOf(SEED_PLAN))).lines

describe('usePrices', () => {
  it('shows the catalogue price until one is typed, and keeps nothing in the link unless asked', () => {
    const { result } = renderHook(() => usePrices(undefined, lines))
    expect(result.current.priceText('d365-team-members')).toBe(defaultPriceText('d365-team-members'))
    expect(result.current.priceText('d365-team-members')).not.toBe('')
    expect(result.current.costs.sums).toEqual([])

    act(() => result.current.setPrice('full-cal', '100'))
    expect(result.current.priceText('full-cal')).toBe('100')
    // 40 full users at 100 each, once.
    const cents = result.current.costs.sums.reduce((n, s) => n + (s.cents ?? 0), 0)
    expect(cents).toBe(40 * 100 * 100)
    expect(result.current.kept).toBeUndefined()

    act(() => result.current.setKeepPrices(true))
    expect(result.current.kept).toEqual({ 'full-cal': '100' })
  })

  it('opens with the prices a link keeps, kept, and a plan opened anew replaces them', () => {
    const { result } = renderHook(() => usePrices({ 'ess-cal': '12.50' }, lines))
    expect(result.current.keepPrices).toBe(true)
    expect(result.current.kept).toEqual({ 'ess-cal': '12.50' })

    act(() => result.current.resetPrices(undefined))
    expect(result.current.keepPrices).toBe(false)
    expect(result.current.prices).toEqual({})
    expect(result.current.priceText('ess-cal')).toBe(defaultPriceText('ess-cal'))
  })
})
