import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEED_PLAN, SEED_PLAN_SEARCH } from '../share/__fixtures__/seed-plan'
import { readCarried } from '../share/carry'
import { currentSearch } from '../ui/address'
import { PLAN_TEXT } from './content'
import { readPlanSearch } from './load'
import { STARTING_POINTS } from './presets'
import { ANNOUNCE_AFTER_MS } from './useAnnouncer'
import { usePlanner } from './usePlanner'

const groupNames = (search: string) => readPlanSearch(search).values.groups.map((g) => g.name)
const SEED_NAMES = SEED_PLAN.groups.map((g) => g.name)

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`)
  return renderHook(() => usePlanner(false, readPlanSearch(currentSearch())))
}

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }))
afterEach(() => {
  vi.useRealTimers()
  window.history.replaceState(null, '', '/')
})

describe('usePlanner', () => {
  it('adds a blank group in a history entry of its own', () => {
    const { result } = open(SEED_PLAN_SEARCH)
    const entries = window.history.length
    act(() => result.current.actions.addGroup())
    expect(window.history.length).toBe(entries + 1)
    expect(groupNames(currentSearch())).toEqual([...SEED_NAMES, ''])
    expect(result.current.state.fields).toHaveLength(SEED_NAMES.length + 1)
    expect(result.current.state.edited).toBe(true)
  })

  it('removes a group in a history entry of its own, and says so with the totals after', () => {
    const { result } = open(SEED_PLAN_SEARCH)
    const entries = window.history.length
    act(() => result.current.actions.onRemove(1))
    expect(window.history.length).toBe(entries + 1)
    expect(groupNames(currentSearch())).toEqual(SEED_NAMES.filter((_, i) => i !== 1))
    expect(result.current.state.totals.lines.map((l) => l.license)).not.toContain('ess-cal')
    act(() => vi.advanceTimersByTime(ANNOUNCE_AFTER_MS))
    expect(result.current.announcement).toMatch(new RegExp(`^${PLAN_TEXT.live.removed(SEED_NAMES[1] ?? '')} Totals: `))
  })

  it('duplicates a group right after it, as a new group that shows its problems as it is filled in', () => {
    const { result } = open(SEED_PLAN_SEARCH)
    act(() => result.current.actions.onDuplicate(0))
    const groups = result.current.state.getValues().groups
    expect(groups.map((g) => g.name)).toEqual([
      SEED_NAMES[0],
      PLAN_TEXT.copyName(SEED_NAMES[0] ?? ''),
      ...SEED_NAMES.slice(1),
    ])
    expect(groups[1]?.loaded).toBe(false)
    expect(groups[1]?.count).toBe(groups[0]?.count)
  })

  it('opens a starting point in place of the plan: its groups, no notices, no prices kept', () => {
    const { result } = open(SEED_PLAN_SEARCH.replace('count:800', 'count:abc'))
    act(() => result.current.prices.setPrice('full-cal', '100'))
    act(() => result.current.prices.setKeepPrices(true))
    expect(result.current.state.notices).toHaveLength(1)

    const start = STARTING_POINTS.find((s) => s.plan.groups.length > 0)
    if (!start) throw new Error('a starting point with groups')
    act(() => result.current.actions.choose(start))
    expect(result.current.state.getValues().groups.map((g) => g.name)).toEqual(start.plan.groups.map((g) => g.name))
    expect(result.current.state.notices).toEqual([])
    expect(result.current.prices.kept).toBeUndefined()
    expect(result.current.prices.prices).toEqual({})
    expect(result.current.state.edited).toBe(false)
  })

  it('points a group’s full advice at its answers under the plan’s product and deployment, carrying the plan', () => {
    const { result } = open(SEED_PLAN_SEARCH)
    const search = result.current.actions.adviceSearch(1)
    const params = new URLSearchParams(search)
    expect(params.get('product')).toBe(SEED_PLAN.product)
    expect(params.get('deploy')).toBe(SEED_PLAN.deploy)
    expect(params.get('who')).toBe(SEED_PLAN.groups[1]?.answers.who)
    const carried = readCarried(search)
    expect(carried.fromPlan).toBe(true)
    expect(groupNames(carried.plan ?? '')).toEqual(SEED_NAMES)
  })
})
