import { describe, expect, it } from 'vitest'
import { checkLinkStart, LINK_VERSION, linkView } from '../share/advice'

describe('the compliance check’s address', () => {
  it('is its own view, carrying the product and deployment already answered', () => {
    expect(checkLinkStart()).toBe(`?v=${LINK_VERSION}&view=check`)
    expect(checkLinkStart('d365', 'online')).toBe(`?v=${LINK_VERSION}&view=check&product=d365&deploy=online`)
    expect(linkView('?v=2&view=check&product=d365')).toBe('check')
    expect(linkView('?v=2&view=plan')).toBe('plan')
    expect(linkView('?v=2&view=checks')).toBe('advice')
  })
})
