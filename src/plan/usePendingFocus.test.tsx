import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { focusField, usePendingFocus } from './usePendingFocus'

const field = (id: string, value = '') => {
  const input = document.createElement('input')
  input.id = id
  input.value = value
  document.body.append(input)
  return input
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('focusField', () => {
  it('focuses a field that is there, selecting a count so typing replaces it', () => {
    expect(focusField('group-1-count')).toBe(false)
    const count = field('group-1-count', '1')
    expect(focusField('group-1-count')).toBe(true)
    expect(count).toHaveFocus()
    expect([count.selectionStart, count.selectionEnd]).toEqual([0, 1])
  })
})

describe('usePendingFocus', () => {
  it('focuses the field after the render that puts it on the page, not the one that holds its id before', () => {
    const { result, rerender } = renderHook(() => usePendingFocus())
    // Before an insert the next group holds the id; the render after it holds the copy.
    const before = field('group-2-name')
    result.current('group-2-name')
    expect(before).not.toHaveFocus()
    before.remove()
    rerender()
    expect(document.body).toHaveFocus()

    const copy = field('group-2-name')
    rerender()
    expect(copy).toHaveFocus()
    // Done: a later render does not take the focus back.
    field('other').focus()
    rerender()
    expect(copy).not.toHaveFocus()
  })
})
