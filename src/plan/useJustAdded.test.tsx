import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { currentSearch } from '../ui/address'
import { handOver, justAddedTo } from '../ui/justAdded'
import { PLAN_TEXT } from './content'
import { useJustAdded } from './useJustAdded'

const SEARCH = '?v=2&view=plan&product=d365&deploy=online&g=name:Reps;count:1;who:employee'
const ADDED = { search: SEARCH, index: 0, name: 'Reps', count: 1, merged: false, devices: false, back: '?v=2' }

const setup = (focusOnMount = true) => {
  const heading = document.createElement('h1')
  heading.tabIndex = -1
  document.body.append(heading)
  const deps = { focusOnMount, headingRef: { current: heading }, focusAfterRender: vi.fn(), announce: vi.fn() }
  return { heading, deps, hook: renderHook(() => useJustAdded(deps)) }
}

beforeEach(() => window.history.replaceState(null, '', `/${SEARCH}`))
afterEach(() => {
  document.body.innerHTML = ''
  window.history.replaceState(null, '', '/')
})

describe('useJustAdded', () => {
  it('says what was added, waits to focus its count, and offers it once', () => {
    handOver(ADDED)
    const { heading, deps, hook } = setup()
    expect(hook.result.current.justAdded).toEqual(ADDED)
    expect(deps.announce).toHaveBeenCalledWith(PLAN_TEXT.added.text('Reps', 1, false, false))
    // The count is not on the page yet, so focus waits for it rather than going to the heading.
    expect(deps.focusAfterRender).toHaveBeenCalledWith('group-1-count')
    expect(heading).not.toHaveFocus()
    expect(justAddedTo(currentSearch())).toBeUndefined()

    act(() => hook.result.current.clearJustAdded())
    expect(hook.result.current.justAdded).toBeUndefined()
  })

  it('focuses the heading when nothing was added, and only when asked to', () => {
    const { heading, deps, hook } = setup()
    expect(hook.result.current.justAdded).toBeUndefined()
    expect(heading).toHaveFocus()
    expect(deps.announce).not.toHaveBeenCalled()

    document.body.innerHTML = ''
    expect(setup(false).heading).not.toHaveFocus()
  })
})
