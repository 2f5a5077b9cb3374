import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RULEBOOK } from '../domain/rulebook'
import { absoluteUrl, canGoBack, currentEntry, currentSearch, goBack, pushSearch, replaceSearch } from './address'

const RB = `&rb=${RULEBOOK.version}`

/** What the browser does on Back or Forward once it has landed: the address is already the entry's. */
function landOn(url: string) {
  window.history.replaceState({ depth: 0 }, '', url)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

describe('address', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'))
  afterEach(() => vi.restoreAllMocks())

  it('review 3: a // path (a host and a query joined with a slash too many) is written to, not left for another host', () => {
    window.history.replaceState(null, '', 'http://localhost:3000//evil.com/?v=2#main')
    expect(() => pushSearch('?v=2&product=crm2011')).not.toThrow()
    expect(window.location.href).toBe(`http://localhost:3000//evil.com/?v=2&product=crm2011${RB}#main`)
    expect(() => replaceSearch('')).not.toThrow()
    expect(window.location.href).toBe('http://localhost:3000//evil.com/#main')
    // ///, and a path with more segments, the same way.
    window.history.replaceState(null, '', 'http://localhost:3000///a/b')
    pushSearch('?v=2')
    expect(window.location.href).toBe(`http://localhost:3000///a/b?v=2${RB}`)
  })

  it('review 4: a write prepared before Back or Forward does not land on the entry moved to', () => {
    pushSearch('?v=2&product=crm2011')
    const preparedOnPlan = currentEntry()
    landOn('/?v=2&view=plan&product=crm2011')
    replaceSearch('?v=2&product=crm2011&deploy=onprem', preparedOnPlan)
    pushSearch('?v=2&product=crm2011&deploy=onprem', preparedOnPlan)
    expect(currentSearch()).toBe('?v=2&view=plan&product=crm2011')

    // One prepared on the entry moved to is written, and a push is a move of its own.
    const now = currentEntry()
    replaceSearch('?v=2&view=plan&product=crm4', now)
    expect(window.location.search).toBe(`?v=2&view=plan&product=crm4${RB}`)
    pushSearch('?v=2&view=plan&product=crm4&deploy=onprem', now)
    expect(currentEntry()).not.toBe(now)
    replaceSearch('?v=2&view=plan', now)
    expect(currentSearch()).toBe('?v=2&view=plan&product=crm4&deploy=onprem')
  })

  it('review 8: a second Back before the first has landed is the same step, not one out of the app', () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    pushSearch('?v=2&product=crm2011')
    expect(canGoBack()).toBe(true)
    goBack()
    goBack()
    expect(back).toHaveBeenCalledTimes(1)
    // Once landed, Back works again.
    landOn('/')
    goBack()
    expect(back).toHaveBeenCalledTimes(2)
  })

  it('contract section 7: every address written carries rb=<rulebook>, read back without it, replaced and never doubled', () => {
    pushSearch('?v=3&product=crm2011')
    expect(window.location.search).toBe(`?v=3&product=crm2011${RB}`)
    expect(currentSearch()).toBe('?v=3&product=crm2011')
    replaceSearch('?v=3&product=crm2011&rb=1.1.1')
    expect(window.location.search).toBe(`?v=3&product=crm2011${RB}`)
    expect(absoluteUrl('?v=3&view=plan')).toBe(`${window.location.origin}/?v=3&view=plan${RB}`)
    // The start page's address stays empty.
    replaceSearch('')
    expect(window.location.search).toBe('')
    expect(absoluteUrl('')).toBe(`${window.location.origin}/`)
  })
})
