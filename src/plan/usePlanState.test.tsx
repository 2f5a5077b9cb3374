import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_PLAN, SEED_PLAN_SEARCH } from '../share/__fixtures__/seed-plan'
import { currentSearch, pushSearch } from '../ui/address'
import { linkOf, valuesOf } from './form'
import { readPlanSearch } from './load'
import { usePlanLink, usePlanState } from './usePlanState'

const open = (search: string) => window.history.replaceState(null, '', `/${search}`)
const ONE_GROUP = linkOf(valuesOf({ ...SEED_PLAN, groups: SEED_PLAN.groups.slice(1, 2) }))

beforeEach(() => open(''))
afterEach(() => open(''))

describe('usePlanState', () => {
  it('opens the plan link in the address, with its totals', () => {
    open(SEED_PLAN_SEARCH)
    const { result } = renderHook(() => usePlanState(readPlanSearch(currentSearch())))
    expect(result.current.fields).toHaveLength(4)
    expect(result.current.values.groups?.map((g) => g.name)).toEqual(SEED_PLAN.groups.map((g) => g.name))
    expect(result.current.totals.lines.map((l) => [l.license, l.quantity])).toEqual([
      ['external-connector', 1],
      ['ess-cal', 800],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])
    expect(result.current.notices).toEqual([])
    expect(result.current.edited).toBe(false)
  })

  it('keeps a broken link’s notice until the plan is edited, and a plan opened anew brings its own', () => {
    open(SEED_PLAN_SEARCH.replace('count:800', 'count:abc'))
    const { result } = renderHook(() => usePlanState(readPlanSearch(currentSearch())))
    expect(result.current.notices.map((n) => n.group)).toEqual([1])
    expect(result.current.totals.lines.map((l) => l.license)).not.toContain('ess-cal')

    act(() => result.current.markEdited())
    expect(result.current.notices).toEqual([])
    expect(result.current.edited).toBe(true)

    act(() => result.current.loadPlan(readPlanSearch(SEED_PLAN_SEARCH.replace('count:40', 'count:'))))
    expect(result.current.edited).toBe(false)
    expect(result.current.notices.map((n) => n.group)).toEqual([2])
    expect(result.current.values.groups?.[1]?.count).toBe('800')
  })
})

/** The two hooks as the page uses them, without prices. */
function usePlanWithLink(load: Parameters<typeof usePlanLink>[2]) {
  const state = usePlanState(readPlanSearch(currentSearch()))
  return { state, link: usePlanLink(state, undefined, load) }
}

describe('usePlanLink', () => {
  it('writes the plan as it changes into the address', async () => {
    open(SEED_PLAN_SEARCH)
    const { result } = renderHook(() => usePlanWithLink(() => {}))
    act(() => result.current.state.loadPlan(readPlanSearch(ONE_GROUP)))
    await waitFor(() => expect(currentSearch()).toBe(ONE_GROUP))
    expect(result.current.link.search).toBe(ONE_GROUP)
  })

  it('loads the plan of the entry Back or Forward lands on, but not the one it opened on', () => {
    open(SEED_PLAN_SEARCH)
    const load = vi.fn()
    renderHook(() => usePlanWithLink(load))
    // The move that opened the planner, still telling its listeners.
    act(() => window.dispatchEvent(new PopStateEvent('popstate')))
    expect(load).not.toHaveBeenCalled()

    pushSearch(ONE_GROUP)
    act(() => window.dispatchEvent(new PopStateEvent('popstate')))
    expect(load).toHaveBeenCalledTimes(1)
    expect(load.mock.calls[0]?.[0].values.groups.map((g: { name: string }) => g.name)).toEqual([
      SEED_PLAN.groups[1]?.name,
    ])

    // An address that is not a plan is another view's: it loads nothing here.
    pushSearch('?v=2&product=d365')
    act(() => window.dispatchEvent(new PopStateEvent('popstate')))
    expect(load).toHaveBeenCalledTimes(1)
  })
})
