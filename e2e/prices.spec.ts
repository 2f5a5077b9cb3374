import { expect, expectNoAxeViolations, test } from './support.ts'

// Issue 19 item 3 and audit2 G15, G16: prices say when they were read and from where, a missing one says so, and the
// planner's subscription totals carry the monthly-billing uplift and Power Pages' allocation minimums and tiers.

test('a result shows the newest price with its source and the day it was read', async ({ page }) => {
  await page.goto('/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=unknown&device=named')
  const advice = page.getByTestId('advice')
  await expect(advice).toHaveAttribute('data-license', 'd365-app')
  await expect(advice).toContainText(
    /Published price: Sales Enterprise \$105 .* as of 2026-08-13; .*, read \d{4}-\d{2}-\d{2}/,
  )
  await expect(advice).not.toContainText('Historical')
})

test('a device subscription says that no price was found, rather than nothing', async ({ page }) => {
  await page.goto(
    '/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=light&records=core&app=unknown&device=shared',
  )
  const advice = page.getByTestId('advice')
  await expect(advice).toHaveAttribute('data-license', 'd365-device')
  await expect(advice).toContainText(/No published price was found .*, read \d{4}-\d{2}-\d{2}\)/)
})

test('plan totals: the monthly-billing uplift, and Power Pages environments and volume tiers', async ({ page }) => {
  await page.goto(
    '/?v=2&view=plan&product=d365&deploy=online' +
      '&g=name:Sellers;count:10;who:employee;via:crm-client;does:full;app:sales;also:none;device:named;sales-needs:advanced' +
      '&g=name:Visitors;count:12000;who:public;via:portal;does:read',
  )
  const anonymous = page.locator('[data-testid="plan-total"][data-license="power-pages-anonymous"]')
  await expect(anonymous).toHaveAttribute('data-quantity', '24')
  await expect(anonymous.getByTestId('capacity-notes')).toContainText(
    'at least 200 users to each: these 12,000 users can serve up to 60 environments',
  )
  await expect(anonymous.getByTestId('capacity-tier')).toContainText(
    'volume tier from 20 packs applies: $37.50 per pack',
  )
  // 10 × $105 + 24 × $75 = $2,850 a month paid yearly; billed monthly 5% more.
  const cost = page.getByTestId('plan-cost')
  await expect(cost).toContainText('$2,850.00')
  await expect(cost.getByTestId('monthly-billing')).toContainText('5% more from April 2025: $2,992.50 every month')
  await expect(cost.getByTestId('monthly-billing')).toContainText('no Microsoft text found')
  await expectNoAxeViolations(page)
})

test('no monthly-billing note on a CRM plan, whose subscriptions ended before April 2025', async ({ page }) => {
  await page.goto(
    '/?v=2&view=plan&product=crm2011&deploy=onprem&g=name:Staff;count:5;who:employee;via:crm-client;does:full;device:named',
  )
  await expect(page.getByTestId('plan-total')).toHaveCount(1)
  await expect(page.getByTestId('monthly-billing')).toHaveCount(0)
})

test('a person in two apps: the base with its price, and the attach license named with its own', async ({ page }) => {
  await page.goto(
    '/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=sales&also=customer-service&device=named&sales-needs=advanced&service-needs=advanced',
  )
  const advice = page.getByTestId('advice')
  await expect(advice).toHaveAttribute('data-license', 'd365-sales-enterprise')
  await expect(advice).toHaveAttribute('data-attach', 'd365-customer-service-enterprise-attach')
  await expect(advice).toContainText(/Published price: \$105 per user per month, paid yearly/)
  const attach = advice.getByTestId('attach')
  await expect(attach).toContainText('Customer Service Enterprise Attach to Qualifying Dynamics 365 Base Offer')
  await expect(attach).toContainText(/about \$20 per user per month/)
  await expectNoAxeViolations(page)
})
