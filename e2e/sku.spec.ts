import { expect, expectNoAxeViolations, test } from './support.ts'

// Contract section 9: where the answers leave the edition open, the result compares the editions, with sources.
test('an unknown Sales edition is under review, with the editions side by side and each row cited', async ({
  page,
}) => {
  await page.goto(
    '/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=sales&also=none&device=named&sales-needs=unknown',
  )
  const advice = page.getByTestId('advice')
  await expect(advice).toHaveAttribute('data-license', 'd365-sales-enterprise')
  await expect(advice).toHaveAttribute('data-confidence', 'review')
  const table = advice.getByRole('table', { name: 'Sales editions compared' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'What the edition gives',
    'Sales Professional',
    'Sales Enterprise',
    'Sales Premium',
    'Source',
  ])
  await expect(table.getByRole('row', { name: /Sequences and predictive scoring/ })).toContainText(
    'Digital selling capabilities in Sales Enterprise',
  )
  // Its region scrolls on a narrow screen, so a keyboard can reach it.
  const region = advice.getByTestId('editions')
  await region.focus()
  await expect(region).toBeFocused()
  await expectNoAxeViolations(page)
})

test('a known edition shows no comparison', async ({ page }) => {
  await page.goto(
    '/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=customer-service&also=none&device=named&service-needs=core',
  )
  await expect(page.getByTestId('advice')).toHaveAttribute('data-license', 'd365-customer-service-professional')
  await expect(page.getByTestId('editions')).toHaveCount(0)
})

// Issue 19 item 2: Microsoft's words beside a reason, on request, by keyboard; a partner's reading says so.
test('a reason shows Microsoft’s own words on request, by keyboard, marked as English', async ({ page }) => {
  await page.goto(
    '/?v=3&product=d365&deploy=online&who=employee&via=crm-client&does=full&app=sales&also=none&device=named&sales-needs=advanced',
  )
  const reason = page
    .getByTestId('reason')
    .filter({ has: page.locator('blockquote', { hasText: 'You can use Sales Enterprise, Sales Premium' }) })
  const words = reason.getByText('Microsoft’s words')
  const quote = reason.locator('blockquote')
  await expect(quote).toBeHidden()
  await words.focus()
  await page.keyboard.press('Enter')
  await expect(quote).toBeVisible()
  await expect(quote).toHaveAttribute('lang', 'en')
  await expect(quote).toContainText('You can use Sales Enterprise, Sales Premium, and Microsoft Relationship Sales')
  await expect(reason.locator('details')).toHaveAttribute('open', '')
  await expectNoAxeViolations(page)
})

test('a reason resting only on a partner’s text says so', async ({ page }) => {
  // CRM 2013 on premises, a customer's employee through a portal: the server license includes them (S27, third party).
  await page.goto('/?v=3&product=crm2013&deploy=onprem&who=customer-employee&via=portal&does=self-service')
  await expect(page.getByTestId('advice')).toBeVisible()
  await expect(page.getByTestId('third-party').first()).toHaveText(
    'A partner’s reading: no Microsoft text was found for this.',
  )
})
