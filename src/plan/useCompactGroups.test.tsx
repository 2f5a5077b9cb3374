import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { PlanNotice } from '../share/plan'
import { blankGroup, type PlanValues } from './form'
import { COMPACT_OVER } from './load'
import { useCompactGroups } from './useCompactGroups'

const plan = (n: number): PlanValues => ({
  product: 'd365',
  deploy: 'online',
  servers: '1',
  groups: Array.from({ length: n }, (_, i) => ({ ...blankGroup(), name: `Team ${i + 1}`, count: '10', loaded: true })),
})
const large = plan(COMPACT_OVER + 2)
const keys = large.groups.map((_, i) => `key-${i}`)
const quiet = { keys, groups: large.groups, shown: keys.map(() => ''), notices: [], justAdded: undefined }
const notice: PlanNotice = { group: 4, name: 'Team 5', problems: [{ kind: 'count-missing' }] }

describe('useCompactGroups', () => {
  it('folds a large plan, and opens the groups a notice, a problem or a new person names, for good', () => {
    const { result, rerender } = renderHook((now) => useCompactGroups(large, now), {
      initialProps: { ...quiet, notices: [notice], justAdded: 7 as number | undefined },
    })
    expect(result.current.compact).toBe(true)
    expect([...result.current.opened]).toEqual(['key-4', 'key-7'])

    rerender({ ...quiet, shown: keys.map((_, i) => (i === 9 ? 'count' : '')) })
    expect([...result.current.opened]).toEqual(['key-4', 'key-7', 'key-9'])
    // Fixed and edited, they stay open: the fields being typed in never fold away.
    rerender(quiet)
    expect([...result.current.opened]).toEqual(['key-4', 'key-7', 'key-9'])

    act(() => result.current.openGroups(['key-0']))
    expect(result.current.opened.has('key-0')).toBe(true)
  })

  it('opens a group added to a large plan, once the values catch up with the field list', () => {
    const added = [...large.groups, blankGroup()]
    const { result, rerender } = renderHook((now) => useCompactGroups(large, now), {
      initialProps: { ...quiet, keys: [...keys, 'new'] },
    })
    expect(result.current.opened.size).toBe(0)
    rerender({ ...quiet, keys: [...keys, 'new'], groups: added, shown: [...quiet.shown, ''] })
    expect([...result.current.opened]).toEqual(['new'])
  })

  it('decides again when a plan is opened, and leaves a small plan unfolded', () => {
    const { result } = renderHook(() => useCompactGroups(large, { ...quiet, notices: [notice] }))
    expect(result.current.opened.size).toBe(1)
    act(() => result.current.resetCompact(plan(3)))
    expect(result.current.compact).toBe(false)
    expect(result.current.opened.size).toBe(0)
  })
})
