import { expect, expectNoAxeViolations, test } from './support.ts'

const D365 =
  '/?v=3&view=plan&product=d365&deploy=online' +
  '&g=name:Sellers;count:40;who:employee;via:crm-client;does:full;app:sales;also:none;device:named;sales-needs:advanced' +
  '&g=name:Technicians;count:150-200;who:employee;via:crm-client;does:full;app:field-service;also:none;device:named' +
  '&g=name:Managers;count:10;who:employee;via:crm-client;does:read' +
  '&g=name:Contractors;count:3;who:offsite-contractor;signed:unknown;via:crm-client;does:full;app:sales;also:none;device:named;sales-needs:unknown'

test.describe('the proposal made from a plan (issue 22 item 4)', () => {
  test('one click from the plan: every line with its price and source, the review notes and the link', async ({
    page,
  }) => {
    await page.goto(D365)
    // The plan renders from its frame once its code is here: read its totals once they are on screen.
    await expect(page.getByTestId('plan-total').first()).toBeVisible()
    const totals = await page.getByTestId('plan-total').evaluateAll((els) => els.map((e) => e.dataset.license))
    await page.getByRole('link', { name: 'Make a proposal to print' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Licensing proposal')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(page).toHaveTitle('Licensing proposal – CRM License Advisor')

    const lines = page.getByTestId('proposal-line')
    expect(await lines.evaluateAll((els) => els.map((e) => e.dataset.license))).toEqual(totals)
    const sales = page.locator('[data-testid="proposal-line"][data-license="d365-sales-enterprise"]')
    await expect(sales).toContainText('DYN365_ENTERPRISE_SALES')
    await expect(sales).toContainText('43 people')
    await expect(sales).toContainText('$105.00 per month per person')
    await expect(sales).toContainText('as of 2026-08-13')
    const field = page.locator('[data-testid="proposal-line"][data-license="d365-field-service"]')
    await expect(field).toContainText('150–200 people')
    await expect(field).toContainText('$15,750.00 – $21,000.00 per month')
    await expect(page.getByTestId('proposal-total')).toContainText('Total per month')
    await expect(page.getByTestId('valid-until')).toContainText('updated on the first day of every month')
    await expect(page.getByTestId('proposal-review')).toContainText('Contractors')
    await expect(page.getByTestId('proposal-review')).toContainText('What to ask:')
    const link = await page.getByTestId('proposal-link').textContent()
    expect(new URL(link ?? '').searchParams.get('view')).toBe('plan')
    await expectNoAxeViolations(page)

    // The names stay out of the link unless the person keeps them there.
    await page.getByLabel('Customer', { exact: true }).fill('Contoso Ltd')
    await page.getByLabel('Partner (prepared by)').fill('Fabrikam')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Licensing proposalContoso Ltd')
    expect(new URL(page.url()).searchParams.get('customer')).toBeNull()
    await page.getByLabel('Keep the names in this page’s link').check()
    await expect.poll(() => new URL(page.url()).searchParams.get('customer')).toBe('Contoso Ltd')
    await page.reload()
    await expect(page.getByLabel('Partner (prepared by)')).toHaveValue('Fabrikam')

    await page.getByRole('link', { name: 'Back to the plan' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
    await expect(page.getByTestId('plan-group')).toHaveCount(4)
    expect(new URL(page.url()).searchParams.get('customer')).toBeNull()
  })

  test('prices typed in the planner reach the proposal, and the lines copy as a table', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(D365)
    await page.getByLabel(/^Unit price.*Team Members/).fill('6.50')
    await page.getByRole('link', { name: 'Make a proposal to print' }).click()
    const members = page.locator('[data-testid="proposal-line"][data-license="d365-team-members"]')
    await expect(members).toContainText('$6.50 per month per person')
    await expect(members).toContainText('price entered by the partner')
    await page.getByRole('button', { name: 'Copy the lines as a table' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Lines copied' })).toBeVisible()
    const text = await page.evaluate(() => navigator.clipboard.readText())
    const rows = text.split('\n').map((r) => r.split('\t'))
    expect(rows[0]).toEqual(['License', 'Microsoft String ID', 'Quantity', 'Unit price', 'Price source', 'Cost'])
    expect(rows.find((r) => r[0] === 'Dynamics 365 Sales Enterprise')?.slice(1, 3)).toEqual([
      'DYN365_ENTERPRISE_SALES',
      '43 people',
    ])
  })

  test('prints on one A4 page for the forum plan, with no control on paper', async ({ page }) => {
    await page.goto('/?v=2&view=plan')
    await page.getByRole('button', { name: 'The CRM 2011 forum case' }).click()
    await page.getByRole('link', { name: 'Make a proposal to print' }).click()
    await expect(page.getByTestId('proposal-line')).toHaveCount(1)
    await page.emulateMedia({ media: 'print' })
    const controls = await page
      .locator('input, button, select, textarea, a[href]')
      .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)))
    expect(controls).toEqual([])
    await expect(page.getByTestId('proposal-review')).toBeVisible()
    const pdf = await page.pdf({ format: 'A4' })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBe(1)
  })

  test('on a phone each line is a card: no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(D365.replace('view=plan', 'view=proposal'))
    await expect(page.getByTestId('proposal-line')).toHaveCount(3)
    const scroll = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(scroll).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })
})
