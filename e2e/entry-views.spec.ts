import type { Page } from '@playwright/test'
import ENTRY_VIEWS_JSON from './entry-views.json' with { type: 'json' }
import { expect, test } from './support.ts'

/**
 * Issue 24: an address that opens a view (a shared result, a plan, the check, a question part-way)
 * paints that view's frame and then the view, never the start page's first question on the way, and
 * offers nothing to press until the view is there. Checked on a phone-speed CPU (4× slowdown), where
 * the old build painted the start page for up to two seconds first.
 */

const START_QUESTION = 'Which product does the organization use?'

interface Frame {
  start: boolean
  controls: number
  content: boolean
}

// The entry views, also timed by scripts/content-timing.mjs.
// `page`: where index.html holds the view's own page, prerendered; its controls are the view's, and may show
// before the app has taken it over (a link there is a plain link, a file chosen is read once the app is here).
const ENTRY_VIEWS: { name: string; path: string; content: string; page?: string }[] = ENTRY_VIEWS_JSON

/** Records, in every animation frame from the document's start, what the page would paint in it. */
async function sampleFrames(page: Page, content: string, startQuestion: string, ownPage = '') {
  await page.addInitScript(
    ({ content, startQuestion, ownPage }) => {
      const frames: Frame[] = []
      ;(window as unknown as { __frames: Frame[] }).__frames = frames
      const visible = (el: Element) => el.checkVisibility()
      const sample = () => {
        const headings = Array.from(document.querySelectorAll('h1'))
          .filter(visible)
          .map((h) => h.textContent ?? '')
        // The language links are the frame's own: plain links to the same address in another language, which work
        // before the app runs (contract section 8).
        const controls = Array.from(
          document.querySelectorAll('input, button, select, textarea, a[href]:not([data-language])'),
        ).filter((el) => visible(el) && !(ownPage && el.closest(ownPage)))
        const shown = Array.from(document.querySelectorAll(content)).filter(visible)
        frames.push({
          start: headings.includes(startQuestion),
          controls: controls.length,
          content: shown.some((el) => !el.closest('legend') || !el.textContent?.includes(startQuestion)),
        })
        if (!frames.at(-1)?.content) requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    },
    { content, startQuestion, ownPage },
  )
}

test.describe('entry views at 4× CPU slowdown', () => {
  for (const view of ENTRY_VIEWS) {
    test(`${view.name} paints only its own frame, then its content`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await sampleFrames(page, view.content, START_QUESTION, view.page)
      await page.goto(view.path)
      await page.waitForFunction(() => (window as unknown as { __frames: Frame[] }).__frames.some((f) => f.content))
      const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
      const before = frames.slice(
        0,
        frames.findIndex((f) => f.content),
      )
      expect(
        before.filter((f) => f.start),
        "frames showing the start page's first question",
      ).toEqual([])
      expect(
        before.filter((f) => f.controls > 0),
        'frames offering controls before the view is there',
      ).toEqual([])
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    })
  }

  test('the start page still paints its first question at once, as a working form', async ({ page }) => {
    await sampleFrames(page, 'legend h1', START_QUESTION)
    await page.goto('/')
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
    expect(frames[0]?.start).toBe(true)
    await expect(page.getByRole('heading', { level: 1, name: START_QUESTION })).toBeVisible()
  })
})

test.describe("the check's page, prerendered in index.html", () => {
  test('is painted with its first frame, and a file chosen before the app has taken it over is read', async ({
    page,
  }) => {
    // Everything but the page's own scripts waits until the file is chosen: the app cannot have taken over.
    const html = await (await page.request.get('/')).text()
    const own = new Set(
      [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+\.js)"/g)].map(
        ([, href]) => new URL(href, 'http://page.test').pathname,
      ),
    )
    let release = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(/\.js$/, async (route) => {
      if (!own.has(new URL(route.request().url()).pathname)) await held
      await route.continue()
    })
    await sampleFrames(page, 'input[type="file"]', START_QUESTION)
    const opening = page.goto('/?v=2&view=check')
    await page.getByLabel('User list', { exact: true }).setInputFiles({
      name: 'users.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Full Name,User Name\nAna,CONTOSO\\ana\n'),
    })
    expect(await page.evaluate(() => 'booted' in document.documentElement.dataset)).toBe(false)
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames)
    expect(frames[0]?.content, 'the first frame shows the file field').toBe(true)
    release()
    await opening
    await expect(page.getByRole('status').filter({ hasText: 'users.csv' })).toHaveText(
      '1 user read from users.csv. The results are below.',
    )
    // The app adopted the prerendered page: one copy of it, and no frame left.
    await expect(page.locator('#root-check')).toHaveCount(1)
    await expect(page.locator('#root, #boot-frame')).toHaveCount(0)
  })
})
