import type { Page } from '@playwright/test'
import { answerByKeyboard, appBooted, expect, expectNoAxeViolations, test } from './support.ts'

// Issue 23's acceptance: under /de/, a keyboard walk to a result, a plan and the check, each axe-clean, in a page
// whose language is German, with no English outside what is marked lang="en" (Microsoft's words, document titles).

/**
 * Visible text in German parts of the page that reads as English: two or more different English function words in
 * one text. Product names Microsoft keeps in English ("Sales Enterprise", "Team Members") have none.
 */
async function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const WORDS = /\b(the|and|of|with|your|you|this|that|is|are|for|not|or|to|from|which|what|when|if|by|be|it)\b/gi
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element?.checkVisibility() || element.closest('[lang]')?.getAttribute('lang') !== 'de') continue
      const text = node.textContent?.trim() ?? ''
      const words = new Set((text.match(WORDS) ?? []).map((w) => w.toLowerCase()))
      if (words.size >= 2) found.push(text.slice(0, 120))
    }
    return found
  })
}

async function expectGerman(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  expect(await englishOnPage(page), 'English outside lang="en"').toEqual([])
  await expectNoAxeViolations(page)
}

test.describe('the German pages, walked with the keyboard', () => {
  test('to a result', async ({ page }) => {
    const answers = {
      product: 'd365',
      deploy: 'online',
      who: 'offsite-vendor',
      signed: 'from-2024-10',
      hours: 'up-to-30',
      via: 'crm-client',
      does: 'light',
      records: 'core',
      app: 'customer-service',
      also: 'none',
      'service-needs': 'unknown',
      device: 'named',
    }
    await page.goto('/de/')
    await appBooted(page)
    await expectGerman(page)
    for (let step = 0; step < 14; step++) {
      if (await page.getByTestId('advice').isVisible()) break
      await answerByKeyboard(page, answers)
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    }
    await expect(page.getByTestId('advice')).toBeVisible()
    await expectGerman(page)
  })

  test('to a plan and its proposal', async ({ page }) => {
    await page.goto('/de/?v=3&view=plan')
    await appBooted(page)
    await page.getByRole('button', { name: 'Ein Vertriebs- und Serviceteam mit Dynamics 365' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('plan-total').first()).toBeVisible()
    await expectGerman(page)
    // And the proposal made from it.
    await page.getByRole('link', { name: 'Angebot zum Drucken erstellen' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('valid-until')).toBeVisible()
    await expectGerman(page)
  })

  test('to the check', async ({ page }) => {
    await page.goto('/de/?v=3&view=check')
    await appBooted(page)
    await page.getByRole('button', { name: /Beispiel ausprobieren: Dynamics 365 Online/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('check-user').first()).toBeVisible()
    await expectGerman(page)
  })
})
