import { RULEBOOK } from '../src/domain/rulebook.ts'
import { expect, expectNoAxeViolations, searchOf, test } from './support.ts'

const RULEBOOK_NOW = RULEBOOK.version

const ESS_LINK = '/?v=3&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service&device=named'

test.describe('shareable links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a copied link opens the same result in a new page', async ({ page, context }) => {
    await page.goto('/')
    for (const [name, value] of [
      ['product', 'crm2011'],
      ['deploy', 'onprem'],
      ['who', 'employee'],
      ['via', 'portal'],
      ['does', 'self-service'],
      ['device', 'named'],
    ]) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check()
      await page.getByRole('button', { name: 'Continue' }).click()
    }
    await expect(page.getByTestId('advice')).toHaveAttribute('data-license', 'ess-cal')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(searchOf(copied)).toBe(ESS_LINK.slice(1))

    const other = await context.newPage()
    await other.goto(copied)
    await expect(other.getByTestId('advice')).toHaveAttribute('data-license', 'ess-cal')
    await expect(other.getByTestId('advice')).toHaveAttribute('data-confidence', 'settled')
  })

  test('the first question, answered before the app has booted, submits the link to the next step', async ({
    page,
    browser,
    baseURL,
  }) => {
    // With JavaScript off, the page stays what it is until the app boots: the prerendered start page.
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false })
    const before = await noScript.newPage()
    await before.goto('/')
    await before.getByRole('radio', { name: /Dynamics CRM 2011/ }).check()
    await before.getByRole('button', { name: 'Continue' }).click()
    await expect(before).toHaveURL((url) => searchOf(url.href) === '?v=3&product=crm2011')
    const submitted = before.url()
    await noScript.close()

    await page.goto(submitted)
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeVisible()
    await expect(page.getByText('Question 2 of up to')).toBeVisible()
  })

  test('copy summary gives plain text with the license, cited reasons, the rulebook version and the link', async ({
    page,
  }) => {
    await page.goto(ESS_LINK)
    await page.getByRole('button', { name: 'Copy summary' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Summary copied' })).toBeVisible()
    const text = await page.evaluate(() => navigator.clipboard.readText())
    expect(text).toContain('License: Microsoft Dynamics CRM 2011 Employee Self Service CAL')
    expect(text).toMatch(/Why:\n- .+\[.+, .+\]/)
    expect(text).toMatch(/Rulebook \d+\.\d+\.\d+/)
    // It ends with the link, which carries the rulebook version the person saw (contract section 7).
    expect(searchOf(text.trim().split(/\s/).at(-1) ?? '')).toBe(ESS_LINK.slice(1))
    expect(text.trim().endsWith(`&rb=${RULEBOOK_NOW}`)).toBe(true)
  })

  test('the e-mail link carries the subject and the link', async ({ page }) => {
    await page.goto(ESS_LINK)
    const href = (await page.getByRole('link', { name: 'E-mail the link' }).getAttribute('href')) ?? ''
    expect(href.startsWith('mailto:?subject=')).toBe(true)
    expect(decodeURIComponent(href)).toContain(ESS_LINK.slice(1))
  })

  test('Back and Forward walk the steps, and a reload keeps the place', async ({ page }) => {
    await page.goto('/')
    await page.locator('input[name="product"][value="d365"]').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.locator('input[name="deploy"][value="online"]').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()

    await page.goBack()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeVisible()
    await expect(page.locator('input[name="deploy"][value="online"]')).toBeChecked()
    await page.goForward()
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()

    await page.reload()
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()
    expect(searchOf(page.url())).toBe('?v=3&product=d365&deploy=online')

    // The in-page Back button goes back through the same history.
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeVisible()
  })

  test('Back from a result opened cold walks back through the questions, never forward again', async ({ page }) => {
    await page.goto(ESS_LINK)
    await expect(page.getByTestId('advice')).toBeVisible()
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(page.getByRole('heading', { name: /own access, or share a device/ })).toBeVisible()
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(page.getByRole('heading', { name: 'What does the person do with the data?' })).toBeVisible()
    expect(searchOf(page.url())).toBe('?v=3&product=crm2011&deploy=onprem&who=employee&via=portal')
    await page.getByRole('button', { name: 'Back' }).click()
    await expect(page.getByRole('heading', { name: 'How does the person reach the CRM data?' })).toBeVisible()
  })

  test('a link that carries only the first answers lands on the next question', async ({ page }) => {
    await page.goto('/?v=1&product=crm2016&deploy=online')
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })

  test('a tampered answer stops the replay there, says so, and keeps the answers before it', async ({ page }) => {
    await page.goto('/?v=1&product=crm2011&deploy=onprem&who=ceo&via=portal&does=read')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('“ceo”')
    await expect(alert).toContainText('Who is the person?')
    await expect(page.getByRole('heading', { name: 'Who is the person?' })).toBeVisible()
    // Read as version 1, rewritten as version 2.
    expect(searchOf(page.url())).toBe('?v=3&product=crm2011&deploy=onprem')
  })

  test('an answer not allowed at its point is refused like an unknown one', async ({ page }) => {
    await page.goto('/?v=1&product=crm2011&deploy=onprem&who=tenant-client&via=portal&does=read')
    await expect(page.getByRole('alert')).toContainText('“tenant-client”')
  })

  test('keys off the path are ignored without a notice', async ({ page }) => {
    await page.goto(`${ESS_LINK}&signed=before-2024-10&records=core&utm_source=mail`)
    await expect(page.getByTestId('advice')).toHaveAttribute('data-license', 'ess-cal')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(searchOf(page.url())).toBe(ESS_LINK.slice(1))
  })

  test('a version 1 link whose path now asks one more question stops there with a polite notice', async ({ page }) => {
    // The 2011 forum case: the External Connector now depends on when the licenses were bought.
    await page.goto('/?v=1&product=crm2011&deploy=onprem&who=customer-employee&via=portal&does=self-service')
    const notice = page.getByRole('status').filter({ hasText: 'The rules were updated' })
    await expect(notice).toContainText('When were the CRM 2011 licenses bought?')
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'When were the CRM 2011 licenses bought?' })).toBeVisible()
    expect(searchOf(page.url())).toBe(
      '?v=3&product=crm2011&deploy=onprem&who=customer-employee&via=portal&does=self-service',
    )
    await page.getByRole('radio', { name: /Before 1 January 2014/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    const advice = page.getByTestId('advice')
    await expect(advice).toHaveAttribute('data-license', 'external-connector')
    await expect(advice).toHaveAttribute('data-confidence', 'settled')
  })

  test('a version 2 link to a Dynamics 365 app stops politely at the app, and goes on to the SKU (contract section 9)', async ({
    page,
  }) => {
    await page.goto('/?v=2&product=d365&deploy=online&who=employee&via=crm-client&does=full&device=named')
    const notice = page.getByRole('status').filter({ hasText: 'The rules were updated' })
    await expect(notice).toContainText('Which Dynamics 365 app does the person mainly work in?')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(searchOf(page.url())).toBe('?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full')
    for (const [question, answer] of [
      ['Which Dynamics 365 app does the person mainly work in?', 'Sales'],
      ['Does the person also work in another Dynamics 365 app?', 'No other app'],
      ['Does the person have their own access, or share a device?', 'Their own access'],
      ['What does the person’s sales work need?', 'The standard Sales app'],
    ]) {
      await expect(page.getByRole('heading', { name: question })).toBeVisible()
      await page.getByRole('radio', { name: answer }).check()
      await page.getByRole('button', { name: 'Continue' }).click()
    }
    const advice = page.getByTestId('advice')
    await expect(advice).toHaveAttribute('data-license', 'd365-sales-professional')
    await expect(advice).not.toHaveAttribute('data-attach')
    expect(searchOf(page.url())).toContain('&app=sales&also=none&device=named&sales-needs=core')
  })

  test('a version 3 link whose other app is its app is refused at that answer, with the alert', async ({ page }) => {
    await page.goto('/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=sales&also=sales')
    await expect(page.getByRole('alert')).toContainText('could not be read in full')
    await expect(
      page.getByRole('heading', { name: 'Does the person also work in another Dynamics 365 app?' }),
    ).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Also Sales' })).toHaveCount(0)
  })

  test('a version 2 link opens its result directly', async ({ page }) => {
    await page.goto('/?v=2&product=d365&deploy=online&who=employee&via=crm-client&does=self-service')
    const advice = page.getByTestId('advice')
    await expect(advice).toHaveAttribute('data-license', 'd365-team-members')
    await expect(advice).toHaveAttribute('data-rulebook', /^\d+\.\d+\.\d+$/)
    await expect(page.getByRole('status').filter({ hasText: 'The rules were updated' })).toHaveCount(0)
  })

  test('an unknown link version is refused with a notice and a fresh start', async ({ page }) => {
    await page.goto('/?v=7&product=crm2011&deploy=onprem')
    await expect(page.getByRole('alert')).toContainText('“7”')
    await expect(page.getByRole('heading', { name: 'Which product does the organization use?' })).toBeVisible()
  })

  for (const [name, search] of [
    ['a script tag', `?v=1&product=${encodeURIComponent('<script>window.__pwned=1</script>')}`],
    [
      'an image with an onerror handler',
      `?v=1&product=crm4&deploy=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`,
    ],
    ['broken percent-encoding', '?v=1&product=crm2011&deploy=%E0%A4%A&who=%'],
    ['a 5,000-character value', `?v=1&product=crm2011&deploy=${'x'.repeat(5000)}`],
  ] as const) {
    test(`hostile input is shown as plain text and runs nothing: ${name}`, async ({ page }) => {
      await page.goto(`/${search}`)
      await expect(page.getByRole('alert')).toBeVisible()
      await expect(page.getByRole('alert').locator('script, img')).toHaveCount(0)
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
      await expect(page.locator('form fieldset legend')).toBeVisible()
      const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(width).toBeLessThanOrEqual(0)
    })
  }
})

test.describe('changed since a link was made (contract section 7, issue 19 item 4)', () => {
  const VENDOR = '/?v=2&product=crm2011&deploy=onprem&who=offsite-vendor&via=portal&does=read&bought=from-2014'

  test('a 1.1.1 link whose advice changed says what it said, what it says now, when and why', async ({
    page,
    request,
  }) => {
    await page.goto(`${VENDOR}&rb=1.1.1`)
    const notice = page.getByTestId('changed-since')
    await expect(notice).toHaveAttribute('role', 'status')
    await expect(notice).toHaveAttribute('data-was-license', 'external-connector')
    await expect(notice).toHaveAttribute('data-was-confidence', 'review')
    await expect(notice).toContainText('Under rulebook 1.1.1, this link said: External Connector (Needs review).')
    await expect(notice).toContainText(`Rulebook ${RULEBOOK_NOW} of`)
    await expect(notice).toContainText('January 2014')
    await expect(page.getByTestId('advice')).toHaveAttribute('data-license', 'none')
    // The address now carries the rulebook the person sees.
    await expect.poll(() => new URL(page.url()).searchParams.get('rb')).toBe(RULEBOOK_NOW)
    const changelog = await notice.getByRole('link', { name: 'What changed in rulebook 1.2.0' }).getAttribute('href')
    const text = await (await request.get(new URL(changelog ?? '', page.url()).href)).text()
    expect(text).toContain('## 1.2.0')
    await expectNoAxeViolations(page)
  })

  test('nothing is said where nothing changed, or for a link made under the rulebook now', async ({ page }) => {
    await page.goto(`${VENDOR.replace('from-2014', 'before-2014')}&rb=1.1.1`)
    await expect(page.getByTestId('advice')).toBeVisible()
    await expect(page.getByTestId('changed-since')).toHaveCount(0)
    await page.goto(`${VENDOR}&rb=${RULEBOOK_NOW}`)
    await expect(page.getByTestId('advice')).toBeVisible()
    await expect(page.getByTestId('changed-since')).toHaveCount(0)
  })

  test('a plan link says it per group', async ({ page }) => {
    await page.goto(
      '/?v=2&view=plan&product=crm2011&deploy=onprem' +
        '&g=name:Vendors;count:12;who:offsite-vendor;via:portal;does:read;bought:from-2014' +
        '&g=name:Staff;count:40;who:employee;via:crm-client;does:full;device:named&rb=1.1.1',
    )
    const changed = page.getByTestId('changed-since')
    await expect(changed).toHaveCount(1)
    await expect(changed).toHaveAttribute('data-group', '0')
    await expect(changed).toHaveAttribute('data-was-license', 'external-connector')
    await expect(changed).toContainText('Vendors: Under rulebook 1.1.1')
    await expectNoAxeViolations(page)
  })
})
