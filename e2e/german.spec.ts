import { appBooted, expect, expectNoAxeViolations, test } from './support.ts'

// The German pages under /de/ (contract section 8, issue 23): their own build, in which each translated module
// replaces its English one.

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

  test('are linked from every view, with the same address, and link back', async ({ page }) => {
    const search = '?v=3&view=plan&product=d365&deploy=online'
    await page.goto(`/${search}`)
    await appBooted(page)
    const german = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' })
    await expect(german).toHaveAttribute('hreflang', 'de')
    await expect(german).toHaveAttribute('href', `/de/${search}`)
    await german.click()
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/de/${search}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lizenzen für eine ganze Organisation planen')
    const english = page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' })
    await expect(english).toHaveAttribute('href', `/${search}`)
  })

  test('take the address of the moment: a question answered on the way is kept', async ({ page }) => {
    await page.goto('/')
    await appBooted(page)
    await page.getByRole('radio', { name: /Dynamics 365/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page).toHaveURL(/product=d365/)
    await page.getByRole('link', { name: 'Deutsch' }).click()
    await expect(page).toHaveURL(/\/de\/\?v=\d+&product=d365/)
    await expect(page.getByText('Frage 2 von höchstens')).toBeVisible()
  })
})

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' })

  test('is offered the German page quietly, never sent there', async ({ page }) => {
    await page.goto('/?v=3&product=crm2011')
    await appBooted(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const offer = page.getByTestId('language-offer')
    await expect(offer).toHaveAttribute('lang', 'de')
    await expect(offer.getByRole('link', { name: 'Diese Seite gibt es auf Deutsch' })).toHaveAttribute(
      'href',
      /^\/de\/\?v=3&product=crm2011(&rb=[\d.]+)?$/,
    )
    await expectNoAxeViolations(page)
    await offer.getByRole('button', { name: 'Schließen' }).click()
    await expect(offer).toHaveCount(0)
    await page.reload()
    await appBooted(page)
    await expect(page.getByTestId('language-offer')).toHaveCount(0)
  })

  test('is not offered German on the German page', async ({ page }) => {
    await page.goto('/de/')
    await appBooted(page)
    await expect(page.getByTestId('language-offer')).toHaveCount(0)
  })
})
