import { appBooted, expect, expectNoAxeViolations, test } from './support.ts'

// The German pages under /de/ (contract section 8, issue 23): their own build, in which each translated module
// replaces its English one. Not yet linked from the English pages: the translation is not complete.

test.describe('the German pages', () => {
  test('open on the German start page, in German, before and after the app boots', async ({ page }) => {
    await page.goto('/de/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByText('Welche Dynamics-Lizenz braucht diese Person?')).toBeVisible()
    await appBooted(page)
    await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible()
    await expect(page.getByText('Frage 1 von höchstens')).toBeVisible()
  })

  test('keep the language in the links the app writes', async ({ page }) => {
    await page.goto('/de/')
    await appBooted(page)
    await page.getByRole('radio', { name: /Dynamics 365/ }).check()
    await page.getByRole('button', { name: 'Weiter' }).click()
    await expect(page).toHaveURL(/\/de\/\?v=\d+&product=d365(&rb=[\d.]+)?$/)
    await expect(page.getByText('Frage 2 von höchstens')).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByText('Frage 2 von höchstens')).toBeVisible()
  })

  test('say what is missing in German', async ({ page }) => {
    await page.goto('/de/')
    await appBooted(page)
    await page.getByRole('button', { name: 'Weiter' }).click()
    const summary = page.getByRole('alert')
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('heading')).toHaveText('Es gibt ein Problem')
    await expect(page).toHaveTitle(/^Fehler: /)
    await expectNoAxeViolations(page)
  })

  test('leave the English pages English', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByText('Which Dynamics license does this person need?')).toBeVisible()
  })
})
