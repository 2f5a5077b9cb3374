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
const ENTRY_VIEWS: { name: string; path: string; content: string }[] = ENTRY_VIEWS_JSON

/** Records, in every animation frame from the document's start, what the page would paint in it. */
async function sampleFrames(page: Page, content: string, startQuestion: string) {
  await page.addInitScript(
    ({ content, startQuestion }) => {
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
        ).filter(visible)
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
    { content, startQuestion },
  )
}

test.describe('entry views at 4× CPU slowdown', () => {
  for (const view of ENTRY_VIEWS) {
    test(`${view.name} paints only its own frame, then its content`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await sampleFrames(page, view.content, START_QUESTION)
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
