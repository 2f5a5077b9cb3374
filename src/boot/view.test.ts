import { describe, expect, it } from 'vitest'
import { bootScript } from '../prerender'
import { linkView, opensOnAdvice } from '../share/advice'
import { entryView, VIEW_MODULES_ID } from './view'

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
      runBoot(page.document, { search, href: `https://a.example/${search}` })
      expect(page.document.documentElement.dataset.view).toBe(view)
    }
  })

  it('gives the language links the address’s query and writes the alternates into the head (contract section 8)', () => {
    const page = fakePage()
    const search = '?v=3&view=plan'
    runBoot(page.document, { search, href: `https://a.example/${search}` })
    page.loaded()
    // The frame and the start page each have a link to German: one alternate for it, and one for the page itself.
    expect(page.links.map((a) => a.search)).toEqual([search, search])
    expect(page.head).toEqual([
      { rel: 'alternate', hreflang: 'de', href: `https://a.example/de/${search}` },
      { rel: 'alternate', hreflang: 'en', href: `https://a.example/${search}` },
    ])
  })
})

/** Runs the boot script on a fake page; what it leaves for after the first paint runs at once. */
function runBoot(document: ReturnType<typeof fakePage>['document'], location: { search: string; href: string }) {
  const now = (run: () => void) => run()
  new Function('document', 'location', 'requestAnimationFrame', 'setTimeout', bootScript())(
    document,
    location,
    now,
    now,
  )
}

/**
 * The little of a document the boot script uses: the page's language, two German links, the head, and the
 * build's list of each view's modules, if given.
 */
function fakePage(modules?: Record<string, string[]>) {
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
    getElementById: (id: string) =>
      modules && id === VIEW_MODULES_ID ? { textContent: JSON.stringify(modules) } : null,
    createElement: () => ({}),
  }
  return { document, links, head, loaded: () => onLoaded() }
}

describe('the boot script asks for a view’s modules at once (issue 24)', () => {
  const MODULES = { plan: ['/assets/Planner-1.js', '/assets/client-2.js'], check: ['/assets/Check-3.js'] }
  const boot = (search: string, modules?: Record<string, string[]>) => {
    const page = fakePage(modules)
    runBoot(page.document, { search, href: `https://a.example/${search}` })
    return page
  }

  it('preloads the modules the build listed for the view the address opens, once its frame is painted', () => {
    expect(boot('?v=3&view=plan&product=d365', MODULES).head).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Planner-1.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/client-2.js' },
    ])
    // A check link with answers shows a frame until the app has rendered it, so it needs its modules at once too.
    expect(boot('?v=2&view=check&product=d365', MODULES).head).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Check-3.js' },
    ])
  })

  it('preloads nothing for a page index.html holds, which is painted first', () => {
    const check = boot('?v=2&view=check&rb=1.3.1', MODULES)
    expect(check.document.documentElement.dataset).toEqual({ view: 'check', prerendered: '' })
    expect(check.head).toEqual([])
    expect(boot('', MODULES).head).toEqual([])
  })

  it('preloads nothing, and still names the view, where the list is missing or unreadable', () => {
    expect(boot('?v=3&view=plan').head).toEqual([])
    const page = fakePage()
    page.document.getElementById = () => ({ textContent: '{not json' })
    runBoot(page.document, {
      search: '?view=plan',
      href: 'https://a.example/',
    })
    expect(page.head).toEqual([])
    expect(page.document.documentElement.dataset.view).toBe('plan')
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
