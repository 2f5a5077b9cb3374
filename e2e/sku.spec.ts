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
