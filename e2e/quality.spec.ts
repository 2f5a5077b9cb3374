import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { serveSite } from './deploy-site.ts'
import { expect, expectNoAxeViolations, searchOf, test } from './support.ts'

/** An employee answering their own cases on a CRM 2011 portal: the Employee Self Service CAL. */
const RESULT = '/?v=3&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service&device=named'
const PLAN_WITH_A_GROUP =
  '/?v=2&view=plan&product=crm2011&deploy=onprem&g=name:Executives;count:20;who:employee;via:crm-client;does:read;device:named'
const RESULT_ANSWERS = new URLSearchParams(RESULT.slice(2))
/**
 * The longest result page: P18's contested contractor, in two apps with open editions (reasons, alternatives, an
 * attach license, caveats and review points).
 */
const LONG_RESULT =
  '/?v=3&product=d365&deploy=online&who=offsite-contractor&signed=before-2024-10&via=portal&does=light&records=core' +
  '&app=customer-service&also=sales&sales-needs=unknown&service-needs=channels'
const PLAN = '/?v=2&view=plan'
const UPDATE_MESSAGE = 'A new version of the advisor is available.'

/** Waits until the service worker is active and controls the page: by then every file is stored. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    )
  })
}

/**
 * Serves a copy of the build on a port of its own, with `deploy(version)` to put a new version of
 * the service worker in place, as the next deploy would.
 */
async function serveCopyOfBuild(): Promise<{
  origin: string
  deploy: (version: string) => void
  close: () => Promise<void>
}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'advisor-build-'))
  cpSync(path.resolve(process.env.E2E_DIST ?? 'dist'), dir, { recursive: true })
  const site = await serveSite(dir)
  return {
    origin: site.origin,
    deploy: (version) => {
      const worker = path.join(dir, 'sw.js')
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(/"version":"[0-9a-f]+"/, `"version":"${version}"`))
    },
    close: async () => {
      await site.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Walks from the start page to RESULT by clicking, one question at a time. */
async function walkToResult(page: Page): Promise<void> {
  await page.goto('/')
  const advice = page.getByTestId('advice')
  for (let step = 0; step < 8 && !(await advice.isVisible()); step++) {
    const question = await page.locator('input[type="radio"]').first().getAttribute('name')
    const value = RESULT_ANSWERS.get(question ?? '')
    expect(value, `an answer for "${question}"`).toBeTruthy()
    await page.locator(`input[name="${question}"][value="${value}"]`).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator(`input[name="${question}"]`)).toHaveCount(0)
    await expect(page.locator('input[type="radio"]').first().or(advice)).toBeVisible()
  }
  await expect(advice).toHaveAttribute('data-license', 'ess-cal')
}

/** Every request the page, its workers and the service worker make, for the whole test. */
function recordRequests(context: BrowserContext): URL[] {
  const urls: URL[] = []
  context.on('request', (request) => urls.push(new URL(request.url())))
  return urls
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(100_000, window.scrollY)
    const scrolled = window.scrollX
    window.scrollTo(0, window.scrollY)
    return Math.max(scrolled, document.documentElement.scrollWidth - document.documentElement.clientWidth)
  })
}

/**
 * The pages a reflow check looks at: the start page, a question with its error summary, a link notice, two
 * results, the plan in both languages and the check.
 */
async function expectReflow(page: Page, label: string): Promise<void> {
  /** Opens an address and waits for the part of its view named by its test id. */
  const showing = (address: string, testId: string) => async () => {
    await page.goto(address)
    await expect(page.getByTestId(testId)).toBeVisible()
  }
  const views: [string, () => Promise<void>][] = [
    [
      'start page',
      async () => {
        await page.goto('/')
        await expect(page.getByRole('radio').first()).toBeVisible()
      },
    ],
    [
      'question with its error summary',
      async () => {
        await page.goto('/?v=1&product=crm2011&deploy=onprem')
        await page.getByRole('button', { name: 'Continue' }).click()
        await expect(page.getByRole('alert')).toContainText('There is a problem')
      },
    ],
    [
      'link notice with a long unusable value',
      async () => {
        await page.goto(`/?v=1&product=${'unknown-product-'.repeat(12)}`)
        await expect(page.getByRole('alert')).toContainText('could not be read in full')
      },
    ],
    ['long result', showing(LONG_RESULT, 'advice')],
    ['result', showing(RESULT, 'advice')],
    ['plan with a group', showing(PLAN_WITH_A_GROUP, 'people-list')],
    ['German plan with a group', showing(`/de${PLAN_WITH_A_GROUP}`, 'people-list')],
    [
      'compliance check',
      async () => {
        await page.goto('/?v=2&view=check')
        await expect(page.getByLabel('User list', { exact: true })).toBeVisible()
      },
    ],
  ]
  for (const [name, open] of views) {
    await open()
    expect(await horizontalOverflow(page), `no horizontal scrolling on the ${name} at ${label}`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `test-results/reflow-${label}-${name.replaceAll(' ', '-')}.png`, fullPage: true })
  }
}

test.describe('privacy', () => {
  test('no request ever leaves the site, through a whole walk, the share panel and the planner', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const requests = recordRequests(context)

    await walkToResult(page)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    await page.getByRole('button', { name: 'Copy summary' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Summary copied' })).toBeVisible()
    await waitForServiceWorker(page)

    await page.goto(PLAN)
    await expect(page.getByRole('main')).toBeVisible()
    await page.waitForLoadState('networkidle')

    const origin = new URL(baseURL ?? '').origin
    expect(requests.length, 'the test saw the requests').toBeGreaterThan(5)
    const elsewhere = requests.filter((url) => url.origin !== origin).map((url) => url.href)
    expect(elsewhere, 'requests to any other origin').toEqual([])
  })

  test('sets no cookies and keeps nothing in storage on a whole walk', async ({ page, context }) => {
    await walkToResult(page)
    await waitForServiceWorker(page)
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => document.cookie)).toBe('')
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0])
  })

  test('says in the footer that the answers stay in the browser and the link', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('contentinfo')).toContainText(
      'Your answers stay in your browser and in the link you share. This site sets no cookies and uses no analytics.',
    )
  })
})

test.describe('offline', () => {
  test('once visited, a result link opens with no network', async ({ page, context }) => {
    await page.goto('/')
    await expect(page.getByRole('radio').first()).toBeVisible()
    await waitForServiceWorker(page)

    await context.setOffline(true)
    // The worker asks the network first for pages: record that it really found none.
    const failed: string[] = []
    context.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`))

    const response = await page.goto(RESULT)
    expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true)
    const advice = page.getByTestId('advice')
    await expect(advice).toHaveAttribute('data-license', 'ess-cal')
    await expect(advice.getByTestId('reason').first().locator('cite')).not.toBeEmpty()
    expect(failed).toContain(`${new URL(RESULT, page.url()).href} net::ERR_INTERNET_DISCONNECTED`)

    // Changing an answer offline loads nothing new either.
    await page.getByRole('link', { name: /Change the answer to “Where does it run\?”/ }).click()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeFocused()
    await context.setOffline(false)
  })

  test('the service worker stores every file of the build, and the manifest and icons', async ({ page, request }) => {
    // Each language is a build with a worker of its own, scoped to its prefix; every page registers them all.
    const root = path.resolve(process.env.E2E_DIST ?? 'dist')
    const filesOf = (dist: string, skip: (file: string) => boolean) =>
      (readdirSync(dist, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .filter((file) => !['sw.js', '_headers', 'staticwebapp.config.json'].includes(file) && !file.endsWith('.map'))
        .filter((file) => !skip(file))
        .sort()
    const languages = [
      { prefix: '', built: filesOf(root, (file) => file.startsWith('de/')) },
      { prefix: 'de/', built: filesOf(path.join(root, 'de'), () => false) },
    ]

    await page.goto('/')
    await waitForServiceWorker(page)
    for (const { prefix, built } of languages) {
      const worker = await (await request.get(`/${prefix}sw.js`)).text()
      const build = JSON.parse(worker.match(/const BUILD = (\{.*\})/)?.[1] ?? '{}') as {
        version: string
        files: string[]
      }
      expect(build.version).toMatch(/^[0-9a-f]{16}$/)
      expect(build.files, prefix).toEqual(built)
      for (const file of ['index.html', 'manifest.webmanifest', 'favicon.svg', 'icon-192.png', 'icon-512.png']) {
        expect(build.files).toContain(file)
      }
      expect(
        build.files.filter((file) => file.endsWith('.js')).length,
        'the entry and the lazy chunks',
      ).toBeGreaterThan(1)
      const scope = new URL(`/${prefix}`, page.url()).href
      await expect
        .poll(
          () =>
            page.evaluate(
              (scope) => caches.keys().then((names) => names.filter((n) => n.includes(` ${scope} `))),
              scope,
            ),
          {
            message: `the ${prefix || 'root'} worker's cache`,
          },
        )
        .toEqual([expect.stringContaining(build.version)])
      const cached = await page.evaluate(
        async ({ scope, prefix }) => {
          const name = (await caches.keys()).find((n) => n.includes(` ${scope} `)) ?? ''
          const requests = await (await caches.open(name)).keys()
          return requests.map((r) => new URL(r.url).pathname.slice(1 + prefix.length)).sort()
        },
        { scope, prefix },
      )
      expect(cached, prefix).toEqual(build.files)
    }

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    const manifest = await (await request.get(manifestHref ?? '')).json()
    expect(manifest).toMatchObject({
      name: 'CRM License Advisor',
      start_url: '.',
      display: 'standalone',
      theme_color: '#1e3a8a',
      background_color: '#f6f8fb',
    })
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const response = await request.get(`/${icon.src}`)
      expect(response.ok(), icon.src).toBe(true)
      expect(response.headers()['content-type']).toContain(icon.type)
      if (icon.type === 'image/png') {
        // A PNG's width and height are the two big-endian numbers at bytes 16 and 20.
        const png = await response.body()
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
      }
    }
  })

  test('a new version takes over on the next visit; a page that already runs its code is not told to reload', async ({
    page,
  }) => {
    // A server of our own over a copy of the build, so the test can deploy a new version into it.
    const site = await serveCopyOfBuild()
    try {
      await page.goto(`${site.origin}${RESULT}`)
      await expect(page.getByTestId('advice')).toBeVisible()
      await waitForServiceWorker(page)
      // The root's worker; the German pages' worker has a cache of its own (and is not redeployed here).
      const rootCaches = () =>
        page.evaluate(
          (origin) => caches.keys().then((names) => names.filter((n) => n.includes(` ${origin}/ `))),
          site.origin,
        )
      await expect.poll(rootCaches).toHaveLength(1)

      // The next deploy: here the same files with a new version, so a new worker and a new cache.
      site.deploy('0000000000000002')
      await page.reload()
      await expect(page.getByTestId('advice')).toBeVisible()
      await expect
        .poll(rootCaches, {
          message: 'the new cache is there',
        })
        .toContainEqual(expect.stringMatching(/ 0000000000000002$/))
      // The reloaded page came from the network: it runs the new version's code (e2e/robust.spec.ts
      // has a tab left on an older build, which is offered "Reload to update").
      await page.waitForTimeout(300)
      await expect(page.getByRole('status').filter({ hasText: UPDATE_MESSAGE })).toHaveCount(0)
      await expect(page.getByTestId('advice')).toHaveAttribute('data-license', 'ess-cal')
      await expectNoAxeViolations(page)
    } finally {
      await site.close()
    }
  })
})

test.describe('reflow at 320 px (1280 px at 400% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('every view fits without horizontal scrolling', async ({ page }) => {
    await expectReflow(page, '320px')
  })
})

test.describe('200% zoom (a 1280×800 window: 640×400 CSS pixels at 2 device pixels each)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  test('every view fits without horizontal scrolling', async ({ page }) => {
    await expectReflow(page, '200pct')
  })

  test('the same with the page itself zoomed to 200% by CSS', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 })
    await page.goto(LONG_RESULT)
    await expect(page.getByTestId('advice')).toBeVisible()
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2'
    })
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  })
})

test.describe('reduced motion', () => {
  const motion = (page: Page) =>
    page.evaluate(() => {
      const html = getComputedStyle(document.documentElement)
      const button = getComputedStyle(document.querySelector('button') ?? document.body)
      return {
        scroll: html.scrollBehavior,
        transition: button.transitionDuration,
        animation: button.animationDuration,
      }
    })

  test('smooth scrolling and transitions are switched off when the person asks for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.goto('/')
    await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible()
    expect((await motion(page)).scroll).toBe('smooth')

    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await motion(page)).toEqual({ scroll: 'auto', transition: '1e-05s', animation: '1e-05s' })
  })
})

test.describe('keyboard', () => {
  /**
   * Tabs through the whole page from the top and returns each stop. Every visible control must be a
   * stop (a radio group is one), in the order of the page, each with a visible focus ring.
   */
  async function tabThrough(page: Page): Promise<string[]> {
    await page.evaluate(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      window.scrollTo(0, 0)
    })
    const stops: { key: string; order: number; top: number; outline: string }[] = []
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        if (!el || el === document.body) return null
        const all = Array.from(document.querySelectorAll('*'))
        const label =
          el instanceof HTMLInputElement && el.type === 'radio'
            ? `radio group ${el.name}`
            : `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? el.id).trim().slice(0, 40)}`
        const style = getComputedStyle(el)
        return {
          key: label,
          order: all.indexOf(el),
          top: el.getBoundingClientRect().top + window.scrollY,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        }
      })
      if (!stop || stops.some((s) => s.order === stop.order)) break
      stops.push(stop)
    }

    for (const stop of stops) expect(stop.outline, `a visible focus ring on ${stop.key}`).not.toMatch(/^none|0px$/)
    const orders = stops.map((s) => s.order)
    expect(orders, 'focus follows the order of the page').toEqual([...orders].sort((a, b) => a - b))

    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
      // A radio group is one stop; every other control is one, even where two look alike (each reason's quote).
      const groups = new Set<string>()
      let controls = 0
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        if ((el as HTMLButtonElement).disabled) continue
        const visible = el.getClientRects().length > 0 || el.className.includes('sr-only')
        if (!visible) continue
        if (el instanceof HTMLInputElement && el.type === 'radio') groups.add(el.name)
        else controls++
      }
      return groups.size + controls
    })
    expect(stops.length, `every control is reached: ${stops.map((s) => s.key).join(' | ')}`).toBe(expected)
    return stops.map((s) => s.key)
  }

  test('the start page, a later question and a result are walked in a sensible order', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('radio').first()).toBeVisible()
    const start = await tabThrough(page)
    expect(start[0]).toBe('a Skip to main content')
    expect(start).toContain('radio group product')
    expect(start.indexOf('radio group product')).toBeLessThan(start.findIndex((k) => k.includes('Continue')))

    await page.goto('/?v=1&product=crm2011&deploy=onprem&who=employee')
    await expect(page.getByRole('radio').first()).toBeVisible()
    const question = await tabThrough(page)
    expect(question.indexOf('radio group via')).toBeLessThan(question.findIndex((k) => k.includes('Continue')))

    await page.goto(RESULT)
    await expect(page.getByTestId('advice')).toBeVisible()
    const result = await tabThrough(page)
    expect(result.some((k) => k.includes('Copy link'))).toBe(true)
  })

  test('the share panel works from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(RESULT)
    await page.getByRole('button', { name: 'Copy link' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    expect(searchOf(await page.evaluate(() => navigator.clipboard.readText()))).toBe(
      searchOf(new URL(RESULT, page.url()).href),
    )
  })
})

test.describe('resilience', () => {
  test('a part of the app that cannot load shows the recovery screen, not a blank page', async ({
    page,
    context,
    consoleProblems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    // The result view's code fails to arrive, as after a deploy that removed it, or a dropped connection.
    await context.route('**/assets/Result-*.js', (route) => route.abort())
    await page.goto(RESULT)

    const heading = page.getByRole('heading', { level: 1, name: 'Something went wrong' })
    await expect(heading).toBeFocused()
    await expect(page.getByRole('main')).toContainText('could not show this page')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Copy diagnostic text' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible()
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain('Error: TypeError: Failed to fetch dynamically imported module')
    expect(text).toContain(`Address: ${new URL(RESULT, page.url()).href}`)
    expect(text).toMatch(/Rulebook: \d+\.\d+\.\d+ \(\d{4}-\d\d-\d\d\)/)
    expect(text).toContain(`Browser: ${await page.evaluate(() => navigator.userAgent)}`)

    // The failed download and the error the boundary caught are the only console messages, and expected.
    expect(consoleProblems.length).toBeGreaterThan(0)
    for (const problem of consoleProblems) {
      expect(problem).toMatch(/Failed to load resource: net::ERR_FAILED|Failed to fetch dynamically imported module/)
    }
    consoleProblems.length = 0

    await context.unroute('**/assets/Result-*.js')
    await page.getByRole('link', { name: 'Start over' }).click()
    await expect(page).toHaveURL((url) => searchOf(url.href) === '')
    await expect(page.getByRole('radio').first()).toBeVisible()
  })
})
