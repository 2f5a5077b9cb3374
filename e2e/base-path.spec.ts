import { expect, searchOf, test } from './support.ts'

// Run by the 'base-path' project of playwright.config.ts, against a build made with BASE_PATH=/advisor/.
test.describe('the site built for a sub-path', () => {
  test('loads under /advisor/, takes an answer there, and asks only for its own files', async ({ page }) => {
    const outside: string[] = []
    const failed: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!url.pathname.startsWith('/advisor/')) outside.push(url.pathname)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
    })

    await page.goto('./')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which product does the organization use?')
    await page.getByRole('radio', { name: /Dynamics CRM 2011/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeFocused()
    await expect(page).toHaveURL((url) => url.pathname === '/advisor/' && searchOf(url.href) === '?v=3&product=crm2011')

    // The same address in German, under the base path too (contract section 8).
    const german = page.getByRole('link', { name: 'Deutsch' })
    await german.click()
    await expect(page).toHaveURL(
      (url) => url.pathname === '/advisor/de/' && searchOf(url.href) === '?v=3&product=crm2011',
    )
    await expect(page.getByRole('heading', { name: 'Wo wird das Produkt betrieben?' })).toBeVisible()

    expect(outside, 'every request stays under /advisor/').toEqual([])
    expect(failed, 'every request succeeds').toEqual([])
  })
})
