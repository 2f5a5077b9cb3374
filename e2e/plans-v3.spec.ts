import type { Page } from '@playwright/test'
import data from '../src/domain/__fixtures__/scenarios.json' with { type: 'json' }
import { expect, expectNoAxeViolations, test } from './support.ts'

// The public plans of vocabulary version 3 (contract section 9), opened as plan links: base, attach and device lines.
async function totalsOf(page: Page) {
  return page
    .getByTestId('plan-total')
    .evaluateAll((els) => els.map((el) => ({ license: el.dataset.license, quantity: Number(el.dataset.quantity) })))
}

for (const plan of data.plans_v3) {
  test(`public plan ${plan.id} totals base, attach and device licenses on lines of their own`, async ({ page }) => {
    const groups = plan.groups.map(
      (g) =>
        `&g=name:${encodeURIComponent(g.name)};count:${g.count};${Object.entries(g.a)
          .map(([q, v]) => `${q}:${v}`)
          .join(';')}`,
    )
    await page.goto(`/?v=3&view=plan&product=${plan.product}&deploy=${plan.deploy}${groups.join('')}`)
    await expect(page.getByTestId('plan-total')).toHaveCount(plan.expect.length)
    expect(await totalsOf(page)).toEqual(plan.expect)
    await expect(page.getByRole('alert')).toHaveCount(0)
    // A line without a price is named beside the cost, never left out silently (issue 22 item 3).
    await expect(page.getByTestId('plan-summary')).toContainText(
      '+ Field Service device subscription: no price entered',
    )
    // No External Connector can be in a Dynamics 365 online plan, so its servers are not asked (issue 22 item 5).
    await expect(page.locator('#plan-servers')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
}
