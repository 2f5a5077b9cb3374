import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_PLAN } from '../share/__fixtures__/seed-plan'
import { planTotals } from '../share/totals'
import { planInputOf, valuesOf } from './form'
import { outcomeText } from './messages'
import { ANNOUNCE_AFTER_MS, useAnnouncer } from './useAnnouncer'

const seed = planTotals(planInputOf(valuesOf(SEED_PLAN)))
const fewer = planTotals(planInputOf(valuesOf({ ...SEED_PLAN, groups: SEED_PLAN.groups.slice(0, 1) })))

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useAnnouncer', () => {
  it('speaks once, a moment after the last change, with the totals as they are then', () => {
    const { result, rerender } = renderHook(({ totals }) => useAnnouncer(totals), { initialProps: { totals: seed } })
    act(() => result.current.announceSoon(0))
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1))
    expect(result.current.announcement).toBe('')

    // Another change before it spoke: the wait starts again, and the newer totals are said.
    act(() => result.current.announceSoon(undefined, 'Removed Field techs. '))
    rerender({ totals: fewer })
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS - 1))
    expect(result.current.announcement).toBe('')
    act(() => vi.advanceTimersByTime(1))
    expect(result.current.announcement).toBe(`Removed Field techs. ${outcomeText(fewer, undefined)}`)
    expect(outcomeText(fewer, undefined)).not.toBe(outcomeText(seed, undefined))
  })

  it('says a sentence at once, and says nothing more once the page is gone', () => {
    const { result, unmount } = renderHook(() => useAnnouncer(seed))
    act(() => result.current.announce('Added: Reps (1).'))
    expect(result.current.announcement).toBe('Added: Reps (1).')
    act(() => result.current.announceSoon(1))
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
