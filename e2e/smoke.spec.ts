import { expect, expectNoAxeViolations, test } from './support.ts'

test.describe('the app shell', () => {
  test('loads with its title, one h1 and the page landmarks', async ({ page }) => {
    await page.goto('/')

    await expect(page).toHaveTitle('Which product does the organization use? – Question 1 – CRM License Advisor')
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which product does the organization use?')
    await expect(page.getByRole('banner')).toContainText('CRM License Advisor')
    await expect(page.getByRole('main')).toHaveAttribute('id', 'main')
    await expect(page.getByRole('contentinfo')).toContainText('not legal advice')
  })

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    await expectNoAxeViolations(page)
  })

  test('lets a keyboard user skip straight to the main content', async ({ page }) => {
    await page.goto('/')

    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: 'Skip to main content' })
    await expect(skipLink).toBeFocused()
    await expect(skipLink).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main')).toBeFocused()
  })

  test('is served with a Content-Security-Policy that allows only its own origin', async ({ page }) => {
    await page.goto('/')

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("object-src 'none'")
  })
})
