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
    for (const [search, view] of [
      ['?v=2&view=plan', 'plan'],
      ['', 'start'],
    ]) {
      const page = fakePage()
      new Function('document', 'location', bootScript())(page.document, { search, href: `https://a.example/${search}` })
      expect(page.document.documentElement.dataset.view).toBe(view)
    }
  })

  it('gives the language links the address’s query and writes the alternates into the head (contract section 8)', () => {
    const page = fakePage()
    const search = '?v=3&view=plan'
    new Function('document', 'location', bootScript())(page.document, { search, href: `https://a.example/${search}` })
    page.loaded()
    // The frame and the start page each have a link to German: one alternate for it, and one for the page itself.
    expect(page.links.map((a) => a.search)).toEqual([search, search])
    expect(page.head).toEqual([
      { rel: 'alternate', hreflang: 'de', href: `https://a.example/de/${search}` },
      { rel: 'alternate', hreflang: 'en', href: `https://a.example/${search}` },
    ])
  })
})

/** The little of a document the boot script uses: the page's language, two German links, the head. */
function fakePage() {
  const head: Record<string, string>[] = []
  let onLoaded = () => {}
  const links = [0, 1].map(() => {
    const link = { hreflang: 'de', search: '', href: '' }
    Object.defineProperty(link, 'href', { get: () => `https://a.example/de/${link.search}` })
    return link
  })
  const document = {
    documentElement: { dataset: {} as Record<string, string>, lang: 'en' },
    head: { appendChild: (element: Record<string, string>) => head.push({ ...element }) },
    addEventListener: (_: string, listener: () => void) => {
      onLoaded = listener
    },
    querySelectorAll: () => links,
    createElement: () => ({}),
  }
  return { document, links, head, loaded: () => onLoaded() }
}

describe('opensOnAdvice: whether the boot waits for the result’s code', () => {
  it('is true for a complete path and false part-way or on a bad link', () => {
    expect(
      opensOnAdvice('?v=2&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service&device=named'),
    ).toBe(true)
    expect(opensOnAdvice('?v=2&product=crm2011&deploy=onprem')).toBe(false)
    expect(opensOnAdvice('?v=9&product=crm2011')).toBe(false)
  })
})
