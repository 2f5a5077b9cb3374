import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export { expect }

/** The rule sets every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/**
 * Resolves once the app has taken over the page (React marks the container it renders into). Before
 * that, the prerendered start page works as a plain form, so a click submits it as a link instead of
 * reaching the app: a person is rarely that quick, a test always is.
 */
export async function appBooted(page: Page): Promise<void> {
  // #root holds the start page, #root-check the check's (both prerendered): the app takes over one of them.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('#root, #root-check')).some((root) =>
      Object.keys(root).some((key) => key.startsWith('__reactContainer$')),
    ),
  )
}

/**
 * The test function every spec should use. Its page's goto and reload wait for the app to boot
 * (see appBooted). It watches the browser console and page errors for the whole test and fails the
 * test on any error or warning (a CSP violation shows up here too).
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (url, options) => {
      const response = await goto(url, options)
      await appBooted(page)
      return response
    }
    page.reload = async (options) => {
      const response = await reload(options)
      await appBooted(page)
      return response
    }
    await use(page)
  },
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`console.${message.type()}: ${message.text()}`)
        }
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await use(problems)
      expect(problems, 'the browser console should stay free of errors and warnings').toEqual([])
    },
    { auto: true },
  ],
})

/** Runs axe on the page as it is now and fails with a readable list of any violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length} node(s)`,
  )
  expect(summary, 'axe should find no accessibility violations').toEqual([])
}

/**
 * A version 1 scenario as a version 2 link carries it: the questions version 2 added take the answers the
 * shared scenarios name (scenarios.json `about_v2`); the walks answer only what the page asks.
 */
export function asVersion2(answers: Partial<Record<string, string>>): Partial<Record<string, string>> {
  const v2: Partial<Record<string, string>> = { bought: 'before-2014', ...answers }
  if (v2.product === 'd365' && v2.who === 'offsite-vendor' && !v2.signed) v2.signed = 'before-2024-10'
  if (v2.signed === 'from-2024-10' && !v2.hours) v2.hours = 'over-30'
  return v2
}

/**
 * An address's search without its `rb=` (contract section 7): every address the app writes carries the rulebook
 * version, so a test that compares a whole search compares what the link codec wrote.
 */
export function searchOf(url: string): string {
  const { search } = new URL(url)
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith('rb='))
  return rest.length === 0 ? '' : `?${rest.join('&')}`
}

/** Answers the question on screen with the keyboard only: Tab into the group, arrows to the answer, Enter. */
export async function answerByKeyboard(page: Page, answers: Partial<Record<string, string>>): Promise<string> {
  const radios = page.locator('input[type="radio"]')
  const question = (await radios.first().getAttribute('name')) ?? ''
  const value = answers[question] ?? ''
  expect(value, `the scenario has an answer for "${question}"`).not.toBe('')
  const values = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))
  const index = values.indexOf(value)
  expect(index, `"${value}" is offered for "${question}"`).toBeGreaterThanOrEqual(0)
  for (let i = 0; i < 12; i++) {
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break
    await page.keyboard.press('Tab')
  }
  if (index === 0) await page.keyboard.press('Space')
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  await expect(page.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked()
  await page.keyboard.press('Enter')
  return question
}
