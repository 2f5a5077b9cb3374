import { beforeEach, describe, expect, it } from 'vitest'
import { pushSearch, replaceSearch } from './address'

describe('address', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'))

  it('review 3: a // path (a host and a query joined with a slash too many) is written to, not left for another host', () => {
    window.history.replaceState(null, '', 'http://localhost:3000//evil.com/?v=2#main')
    expect(() => pushSearch('?v=2&product=crm2011')).not.toThrow()
    expect(window.location.href).toBe('http://localhost:3000//evil.com/?v=2&product=crm2011#main')
    expect(() => replaceSearch('')).not.toThrow()
    expect(window.location.href).toBe('http://localhost:3000//evil.com/#main')
    // ///, and a path with more segments, the same way.
    window.history.replaceState(null, '', 'http://localhost:3000///a/b')
    pushSearch('?v=2')
    expect(window.location.href).toBe('http://localhost:3000///a/b?v=2')
  })
})
