import { describe, expect, it } from 'vitest'
import { bootScript } from '../prerender'
import { linkView, opensOnAdvice } from '../share/advice'
import { entryView } from './view'

describe('entryView: the view an address opens, read before the first paint', () => {
  it.each([
    ['', 'start'],
    ['?', 'start'],
    ['?v=2&product=crm2011&deploy=onprem', 'advice'],
    ['?v=2&view=plan&product=d365', 'plan'],
    ['?v=2&view=check', 'check'],
    ['?v=3&view=proposal&product=d365', 'proposal'],
    ['?view=elsewhere', 'advice'],
    ['?%zz=%', 'advice'],
  ])('%s opens %s', (search, view) => {
    expect(entryView(search)).toBe(view)
  })

  it('agrees with the app on every view but the start page', () => {
    for (const search of ['?v=2&view=plan', '?view=proposal', '?view=check&x=1', '?product=crm4', '?v=7']) {
      expect(linkView(search)).toBe(entryView(search))
    }
  })

  it('runs as the boot script on its own, with nothing from outside its source', () => {
    const document = { documentElement: { dataset: {} as Record<string, string> } }
    for (const [search, view] of [
      ['?v=2&view=plan', 'plan'],
      ['', 'start'],
    ]) {
      new Function('document', 'location', bootScript())(document, { search })
      expect(document.documentElement.dataset.view).toBe(view)
    }
  })
})

describe('opensOnAdvice: whether the boot waits for the result’s code', () => {
  it('is true for a complete path and false part-way or on a bad link', () => {
    expect(
      opensOnAdvice('?v=2&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service&device=named'),
    ).toBe(true)
    expect(opensOnAdvice('?v=2&product=crm2011&deploy=onprem')).toBe(false)
    expect(opensOnAdvice('?v=9&product=crm2011')).toBe(false)
  })
})
