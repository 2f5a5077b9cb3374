import path from 'node:path'
import type { Page } from '@playwright/test'
import { RULEBOOK } from '../src/domain/rulebook.ts'
import { nextBuild, serveSite } from './deploy-site.ts'
import { appBooted, expect, test } from './support.ts'

const UPDATE_MESSAGE = 'A new version of the advisor is available.'
/** The answers walked to a result, by question; any question not here takes its first answer. */
const ANSWERS: Record<string, string> = {
  product: 'crm2011',
  deploy: 'onprem',
  who: 'employee',
  via: 'portal',
  does: 'self-service',
  device: 'named',
}

/** Waits until the service worker is active and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    )
  })
}

/** Answers what the page asks, by clicking, until the result is there. */
async function answerToResult(page: Page): Promise<void> {
  const advice = page.getByTestId('advice')
  for (let step = 0; step < 10 && !(await advice.isVisible()); step++) {
    const question = (await page.locator('input[type="radio"]').first().getAttribute('name')) ?? ''
    const choice = ANSWERS[question]
    await (choice
      ? page.locator(`input[name="${question}"][value="${choice}"]`)
      : page.getByRole('radio').first()
    ).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator(`input[name="${question}"]`)).toHaveCount(0)
    await expect(page.locator('input[type="radio"]').first().or(advice)).toBeVisible()
  }
  await expect(advice).toHaveAttribute('data-license', 'ess-cal')
}

/** The app's own address, from the test's base URL: a path like //evil.com/ must not resolve to another host. */
const origin = (page: Page) => new URL(page.url()).origin

/**
 * Every entry of the tab's history from the first of ours on, by walking it (each settled). It starts
 * from wherever the tab is: Chrome may drop a move made while another is under way, so a storm of
 * moves need not end where it would by count. Each entry of ours knows its depth.
 */
async function historySearches(page: Page, count: number): Promise<string[]> {
  const seen: string[] = []
  await page.waitForTimeout(200)
  await page.evaluate(() => {
    const depth = (history.state as { depth?: number } | null)?.depth ?? 0
    if (depth > 0) history.go(-depth)
  })
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.evaluate(() => history.forward())
    // Long enough for the planner's deferred address write to have happened, if it were to.
    await page.waitForTimeout(200)
    seen.push(await page.evaluate(() => location.search))
  }
  return seen
}

test.describe('odd addresses', () => {
  test('review 3: a // path opens, takes answers and starts over on the same site', async ({ page, baseURL }) => {
    const start = `${baseURL}//evil.com/?v=2&product=crm2011`
    await page.goto(start)
    expect(origin(page)).toBe(new URL(baseURL ?? '').origin)
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeVisible()
    await page.getByRole('radio', { name: /own servers/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()
    expect(page.url()).toBe(`${baseURL}//evil.com/?v=3&product=crm2011&deploy=onprem&rb=${RULEBOOK.version}`)

    await page.getByRole('button', { name: 'Start over' }).click()
    await expect(page.getByRole('radio').first()).toHaveAttribute('name', 'product')
    expect(page.url()).toBe(`${baseURL}//evil.com/`)

    // A plan there, edited, the same.
    await page.goto(`${baseURL}//evil.com/?v=2&view=plan&product=crm2011&deploy=onprem`)
    await page.getByRole('button', { name: 'Add a group' }).click()
    await page.getByTestId('plan-group').getByLabel('Name').fill('Sales')
    await expect.poll(() => page.url()).toContain('name:Sales')
    expect(page.url().startsWith(`${baseURL}//evil.com/?v=3&view=plan`)).toBe(true)
  })
})

test.describe('history', () => {
  for (const gap of [16, 33, 50]) {
    test(`review 4: quick Back and Forward, ${gap} ms apart, rewrite no entry`, async ({ page }) => {
      // The addresses as written, rb and all: the history entries hold them so.
      const search = () => new URL(page.url()).search
      await page.goto('/?v=3&product=crm2011&deploy=onprem&who=employee')
      // The page rewrites the address it was opened with, adding the rulebook version.
      await expect.poll(search).toContain('&rb=')
      const entries = [search()]
      await page.getByRole('link', { name: 'Plan for a whole organization' }).click()
      await expect.poll(search).toContain('view=plan')
      entries.push(search())
      await page.getByRole('button', { name: 'Add a group' }).click()
      const group = page.getByTestId('plan-group')
      await group.getByLabel('Name').fill('Alpha')
      await group.getByLabel('Number of people').fill('12')
      await expect.poll(search).toContain('count:12')
      entries.push(search())
      await page.getByRole('button', { name: 'Add a group' }).click()
      await expect(group).toHaveCount(2)
      await expect.poll(() => search().split('&g=').length).toBe(3)
      entries.push(search())
      expect(new Set(entries).size, 'four different entries').toBe(4)

      // Back ×3, Forward ×3, Back ×2, Forward ×2: it ends where it began, on the last entry.
      await page.evaluate(async (ms) => {
        for (const move of [-1, -1, -1, 1, 1, 1, -1, -1, 1, 1]) {
          history.go(move)
          await new Promise((resolve) => setTimeout(resolve, ms))
        }
      }, gap)
      expect(await historySearches(page, 4), `after moves ${gap} ms apart`).toEqual(entries)
    })
  }

  test('review 7: a double click on Continue takes one step, with no error and nothing picked', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('radio', { name: /CRM 2011/ }).check()
    await page.getByRole('button', { name: 'Continue' }).dblclick()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeFocused()
    await expect(page.getByRole('alert')).toHaveCount(0)

    // A slower double click, 120 ms between the presses (the browser counts the second as click 2),
    // whose second press lands on whatever the next question has there.
    await page.getByRole('radio', { name: /own servers/ }).check()
    const box = await page.getByRole('button', { name: 'Continue' }).boundingBox()
    const [x, y] = [(box?.x ?? 0) + 10, (box?.y ?? 0) + 10]
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.up()
    await page.waitForTimeout(120)
    await page.mouse.down({ clickCount: 2 })
    await page.mouse.up({ clickCount: 2 })
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeFocused()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)

    // Once the moment has passed, clicks are answers again.
    await page.waitForTimeout(600)
    await page.getByRole('radio').nth(2).click()
    await expect(page.getByRole('radio').nth(2)).toBeChecked()
  })

  test('review 8: a double click on Back at question 2 stays in the app, at question 1', async ({ page, baseURL }) => {
    // A page of another site first (goto of the frame: the page's own waits for the app).
    await page.route('http://before.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>Before</p>' }),
    )
    await page.mainFrame().goto('http://before.test/')
    await page.goto('/')
    await page.getByRole('radio', { name: /CRM 2011/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeFocused()
    await page.getByRole('button', { name: 'Back' }).dblclick()
    await expect(page.getByRole('radio', { name: /CRM 2011/ })).toBeChecked()
    await page.waitForTimeout(300)
    expect(page.url()).toBe(`${baseURL}/`)
    await expect(page.getByRole('radio').first()).toHaveAttribute('name', 'product')
  })
})

test.describe('link text in notices', () => {
  test('review 10: bidi and zero-width characters from a link neither reorder nor hide the notice', async ({
    page,
  }) => {
    await page.goto('/?v=2&product=crm2011&deploy=%E2%80%AEmerpno')
    const notice = page.getByRole('alert')
    await expect(notice).toContainText('Its answer “[U+202E]merpno” to “Where does it run?” is not one we can use')
    await expect(notice.locator('bdi')).toHaveText('[U+202E]merpno')
    await page.screenshot({ path: 'test-results/bidi-notice.png' })

    await page.goto('/?v=2&product=crm2011&deploy=onprem%E2%80%8B')
    await expect(page.getByRole('alert').locator('bdi')).toHaveText('onprem[U+200B]')

    // A plan's group name, with a bad count.
    const name = encodeURIComponent(encodeURIComponent('\u202Eesnecil on sdeen'))
    await page.goto(`/?v=2&view=plan&product=crm2011&deploy=onprem&g=name:${name};count:x`)
    const plan = page.getByRole('alert')
    await expect(plan).toContainText('Group 1 “[U+202E]esnecil on sdeen”: Its count "x" is not a whole number')
    expect(await plan.textContent()).not.toContain('\u202E')
  })
})

test.describe('headers', () => {
  test('review 11: npm start sends the security headers with every file', async ({ request }) => {
    const page = await request.get('/?v=2&product=crm2011')
    const html = await page.text()
    const script = html.match(/src="\/(assets\/index-[^"]+\.js)"/)?.[1]
    expect(script).toBeTruthy()
    for (const response of [page, await request.get(`/${script}`), await request.get('/sw.js')]) {
      const headers = response.headers()
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy']).toContain("base-uri 'none'")
      expect(headers['content-security-policy']).not.toContain('data:')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('no-referrer')
      expect(headers['x-frame-options']).toBe('DENY')
    }
    // The page's own copy is the same policy, less what a <meta> policy cannot carry.
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
    expect(meta).toBe(page.headers()['content-security-policy']?.replace("; frame-ancestors 'none'", ''))
  })

  test('review 11: another site cannot frame the advisor', async ({ page, baseURL, consoleProblems }) => {
    const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'))
    await page.setContent(`<iframe title="framed" src="${baseURL}/?v=2&product=crm2011"></iframe>`)
    await refused
    await expect(page.frameLocator('iframe').getByRole('radio')).toHaveCount(0)
    // The browser's refusal is the expected console message here.
    consoleProblems.splice(0, consoleProblems.length)
  })
})

test.describe('deploys', () => {
  test('review 1: tabs open on the old build keep working after a deploy, and offer to reload', async ({
    page,
    context,
    consoleProblems,
  }) => {
    const dist = path.resolve(process.env.E2E_DIST ?? 'dist')
    const site = await serveSite(dist)
    const b = nextBuild(dist)
    // Every tab is held to a clean console, as the test's own page is.
    const watch = (tab: Page) =>
      tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && consoleProblems.push(m.text()))
    const open = async (address: string) => {
      const tab = await context.newPage()
      watch(tab)
      await tab.goto(`${site.origin}${address}`)
      await appBooted(tab)
      return tab
    }
    // The root's worker's caches: the German pages' worker keeps caches of its own (src/sw/register.ts).
    const rootCaches = (tab: Page) =>
      tab.evaluate(
        (origin) => caches.keys().then((names) => names.filter((n) => !n.includes(`${origin}/de/`))),
        site.origin,
      )
    try {
      // Build A: a questionnaire tab (it has not needed the planner) and a plan tab (nor the result).
      await page.goto(`${site.origin}/?v=2&product=crm2011&deploy=onprem`)
      await controlled(page)
      const plan = await open('/?v=2&view=plan&product=crm2011&deploy=onprem')
      await controlled(plan)

      // Build B, with every chunk renamed, replaces the site; a new tab brings its worker in.
      site.deploy(b.dir)
      const fresh = await open('/')
      await expect(fresh.locator('html')).toHaveAttribute('data-build', 'B')
      // The browser checks for a new worker on navigations too, but in its own time: ask now.
      await fresh.evaluate(async () => (await navigator.serviceWorker.ready).update())
      await expect
        .poll(() => fresh.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
        .toBe('activated')
      await expect.poll(() => rootCaches(fresh)).toContainEqual(expect.stringMatching(/ 0{15}b$/))
      for (const tab of [page, plan]) {
        await expect(tab.getByRole('status').filter({ hasText: UPDATE_MESSAGE })).toBeVisible()
        await expect(tab.getByRole('button', { name: 'Reload to update' })).toBeVisible()
        await expect(tab.locator('html')).not.toHaveAttribute('data-build', 'B')
      }
      // The new tab runs the new build: nothing to offer there.
      await expect(fresh.getByRole('button', { name: 'Reload to update' })).toHaveCount(0)

      // The old tabs use the old build's lazy chunks, which build B does not have.
      await page.getByRole('link', { name: 'Plan for a whole organization' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
      await plan.getByRole('link', { name: 'Advice for one person' }).click()
      await answerToResult(plan)
      await page.screenshot({ path: 'test-results/deploy-old-tab.png' })

      // Reload to update: build B, and no more notice.
      await page.getByRole('button', { name: 'Reload to update' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-build', 'B')
      await appBooted(page)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
      await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0)

      // Build A's files go once no tab that was open at the takeover is left.
      expect(await rootCaches(fresh)).toHaveLength(3)
      await plan.close()
      await expect
        .poll(
          async () => {
            await fresh.reload()
            return rootCaches(fresh)
          },
          { message: "only build B's cache is left" },
        )
        .toEqual([expect.stringMatching(/ 000000000000000b$/)])
    } finally {
      await site.close()
      b.remove()
    }
  })
})

test.describe('a chunk that cannot be loaded', () => {
  // Without a worker, as on a first visit: the chunk's request reaches the network, which fails it.
  test.use({ serviceWorkers: 'block' })

  test('review 9: reloads the address once, then offers Try again in place', async ({ page, consoleProblems }) => {
    await page.goto('/?v=2&product=crm2011&deploy=onprem')
    const loads: string[] = []
    page.on('load', () => loads.push(page.url()))
    await page.route(/\/assets\/Planner-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))

    await page.getByRole('link', { name: 'Plan for a whole organization' }).click()
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible()
    // It reloaded the plan's address once, and did not loop.
    expect(loads).toEqual([expect.stringContaining('view=plan&product=crm2011&deploy=onprem')])
    await page.waitForTimeout(500)
    expect(loads).toHaveLength(1)

    // Back renders the questionnaire again, which needs no planner.
    await page.goBack()
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()
    await page.goForward()
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible()

    // The network is back: Try again opens the same address, the plan.
    await page.unroute(/\/assets\/Planner-[\w-]+\.js$/)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
    expect(page.url()).toContain('view=plan&product=crm2011&deploy=onprem')

    // What the failed loads said, and nothing else.
    const expected =
      /Failed to load resource|Failed to fetch dynamically imported module|Service Worker registration blocked by Playwright/
    expect(consoleProblems.filter((problem) => !expected.test(problem))).toEqual([])
    consoleProblems.splice(0, consoleProblems.length)
  })
})
