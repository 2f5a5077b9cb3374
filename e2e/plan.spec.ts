import { readFile } from 'node:fs/promises'
import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import data from '../src/domain/__fixtures__/scenarios.json' with { type: 'json' }
import { RULEBOOK } from '../src/domain/rulebook.ts'
import { parseCsv } from '../src/plan/__fixtures__/parse-csv.ts'
import { AXE_TAGS, asVersion2, expect, expectNoAxeViolations, searchOf, test } from './support.ts'

const seed = { ...data.plan, groups: data.plan.groups.map((g) => ({ ...g, answers: asVersion2(g.answers) })) }

/** What encodePlan writes for the seed plan (checked against the codec in src/plan/form.test.ts). */
const SEED_LINK =
  '/?v=3&view=plan&product=crm2011&deploy=onprem' +
  '&g=name:Customer%20portal%20users;count:5000;who:customer-employee;via:portal;does:self-service;bought:before-2014' +
  '&g=name:Field%20techs;count:800;who:employee;via:portal;does:light;device:named' +
  '&g=name:Field%20managers;count:40;who:employee;via:crm-client;does:full;device:named' +
  '&g=name:Executives;count:20;who:employee;via:crm-client;does:read;device:named'

async function totalsOf(page: Page): Promise<{ license: string; quantity: number }[]> {
  const lines = page.getByTestId('plan-total')
  return lines.evaluateAll((els) =>
    els.map((el) => ({
      license: el.getAttribute('data-license') ?? '',
      quantity: Number(el.getAttribute('data-quantity')),
    })),
  )
}

/** Answers a group's questions as the page asks them: each select appears once the one before it is answered. */
async function answerGroup(group: Locator, n: number, answers: Partial<Record<string, string>>) {
  const unanswered = group
    .locator(`select[id^="group-${n}-"]`)
    .filter({ has: group.page().locator('option:checked[value=""]') })
  for (let asked = 0; (await unanswered.count()) > 0; asked++) {
    expect(asked, `group ${n} is asked at most the eight questions of a group`).toBeLessThan(8)
    const select = unanswered.first()
    const question = (await select.getAttribute('id'))?.replace(`group-${n}-`, '') ?? ''
    const value = answers[question]
    expect(value, `the seed plan has an answer for "${question}" in group ${n}`).toBeDefined()
    await select.selectOption(value ?? '')
  }
}

test.describe('the organization planner', () => {
  test('builds the seed plan by hand, downloads it as CSV and reopens its link', async ({ page, context }) => {
    await page.goto('/?v=1&view=plan')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
    await page.getByRole('button', { name: 'An empty plan' }).click()
    await page.getByLabel('Which product does the organization use?').selectOption(seed.product)
    await page.getByLabel('Where does it run?').selectOption(seed.deploy)

    for (const [i, g] of seed.groups.entries()) {
      const n = i + 1
      await page.getByRole('button', { name: 'Add a group' }).click()
      const group = page.getByTestId('plan-group').nth(i)
      await expect(group.getByLabel('Name')).toBeFocused()
      await group.getByLabel('Name').fill(g.name)
      await group.getByLabel('Number of people').fill(String(g.count))
      await answerGroup(group, n, g.answers)
      await expect(group).toHaveAttribute('data-status', 'counted')
    }

    await expect(page.getByTestId('plan-total')).toHaveCount(seed.expect.length)
    expect(await totalsOf(page)).toEqual(seed.expect)
    // Bought while it was on the price list, the connector is settled (audit F02).
    const connector = page.locator('[data-testid="plan-total"][data-license="external-connector"]')
    await expect(connector).not.toContainText('needs review')
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expectNoAxeViolations(page)

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download CSV' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('license-plan.csv')
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '')
    const rows = parseCsv(text)
    expect(rows[0].slice(0, 5)).toEqual(['Group', 'Count', 'Product', 'Deployment', 'Who is the person?'])
    const licenseId = rows[0].indexOf('License id')
    expect(rows.slice(1, 5).map((r) => [r[0], Number(r[1]), r[licenseId]])).toEqual([
      ['Customer portal users', 5000, 'external-connector'],
      ['Field techs', 800, 'ess-cal'],
      ['Field managers', 40, 'full-cal'],
      ['Executives', 20, 'limited-cal'],
    ])
    expect(rows[5]).toEqual([''])
    expect(rows[6].slice(0, 3)).toEqual(['License', 'License id', 'Quantity'])
    expect(rows.slice(7, 11).map((r) => ({ license: r[1], quantity: Number(r[2]) }))).toEqual(seed.expect)
    expect(rows.find((r) => r[0] === 'Rulebook')).toBeDefined()
    // The plan's link, as every link the app writes, carries the rulebook version (contract section 7).
    const planLink = rows.find((r) => r[0] === 'Plan link')?.[1] ?? ''
    expect(searchOf(planLink)).toBe(searchOf(new URL(SEED_LINK, page.url()).href))
    expect(new URL(planLink).searchParams.get('rb')).toBe(RULEBOOK.version)

    const link = `${new URL(SEED_LINK, page.url()).href}&rb=${RULEBOOK.version}`
    await expect(page.getByLabel(/Link to this plan/)).toHaveValue(link)
    await expect(page).toHaveURL(link)
    const other = await context.newPage()
    await other.goto(link)
    await expect(other.getByTestId('plan-total')).toHaveCount(seed.expect.length)
    expect(await totalsOf(other)).toEqual(seed.expect)
    await other.close()
  })

  test('names a broken group of a link in an alert and still counts the others', async ({ page }) => {
    await page.goto(SEED_LINK.replace('count:800', 'count:abc'))
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Field techs')
    await expect(alert).toContainText('"abc" is not a whole number')
    expect(await totalsOf(page)).toEqual(seed.expect.filter((e) => e.license !== 'ess-cal'))
    const techs = page.getByTestId('plan-group').nth(1)
    await expect(techs).toHaveAttribute('data-status', 'invalid')
    await expect(techs.getByLabel('Number of people')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByTestId('uncounted-group')).toContainText(['Field techs'])
    await expectNoAxeViolations(page)

    // Fixing the count brings the group back into the totals and clears the problems.
    await techs.getByLabel('Number of people').fill('800')
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(await totalsOf(page)).toEqual(seed.expect)

    await page.goto(SEED_LINK.replace('who:employee;via:crm-client;does:read', 'who:ceo;via:crm-client;does:read'))
    await expect(page.getByRole('alert')).toContainText('Executives')
    expect(await totalsOf(page)).toEqual(seed.expect.filter((e) => e.license !== 'limited-cal'))

    // A group with nothing usable in it is reported too, not taken for one just added.
    await page.goto(`${SEED_LINK}&g=garbage`)
    await expect(page.getByRole('alert')).toContainText('count is missing')
    expect(await totalsOf(page)).toEqual(seed.expect)
  })

  test('shows an error summary after an edit leaves a problem, with links to the fields', async ({ page }) => {
    await page.goto(SEED_LINK)
    const managers = page.getByTestId('plan-group').nth(2)
    await managers.getByLabel('Number of people').fill('4O')
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('There is a problem')
    await expect(managers.getByTestId('group-flag')).toContainText('Left out of the totals')
    expect((await totalsOf(page)).map((t) => t.license)).not.toContain('full-cal')
    await expectNoAxeViolations(page)
    await summary.getByRole('link', { name: /Field managers/ }).click()
    await expect(managers.getByLabel('Number of people')).toBeFocused()
  })

  test('walks from the questionnaire to the planner and back', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which product does the organization use?')
    await page.getByRole('radio', { name: /Dynamics CRM 2011/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeFocused()

    await page.getByRole('link', { name: 'Plan for a whole organization' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(page.locator('h1')).toHaveCount(1)
    expect(searchOf(page.url())).toBe('?v=3&view=plan&product=crm2011')
    await expect(page.getByLabel('Which product does the organization use?')).toHaveValue('crm2011')

    await page.getByRole('link', { name: 'Advice for one person' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which product does the organization use?')
    await expect(page.locator('h1')).toHaveCount(1)
    expect(searchOf(page.url())).toBe('')
    await expect(page.getByRole('radio', { name: /Dynamics CRM 2011/ })).toBeVisible()

    // Back returns to the plan as it was, Back again to the questionnaire's step, Forward to the plan.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan the licenses for a whole organization')
    expect(searchOf(page.url())).toBe('?v=3&view=plan&product=crm2011')
    await page.goBack()
    await expect(page.getByRole('heading', { name: 'Where does it run?' })).toBeVisible()
    expect(searchOf(page.url())).toBe('?v=3&product=crm2011')
    await page.goForward()
    await expect(page.getByLabel('Which product does the organization use?')).toHaveValue('crm2011')
    expect(searchOf(page.url())).toBe('?v=3&view=plan&product=crm2011')
  })

  test('adds a history entry per group added or starting point chosen, and none per keystroke', async ({ page }) => {
    await page.goto('/?v=1&view=plan&product=d365&deploy=online')
    await page.getByRole('button', { name: 'Add a group' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Sales reps')
    await page.getByLabel('Number of people').fill('25')
    // The address follows the edits (in a deferred render), rewriting the entry the added group pushed.
    await expect.poll(() => new URL(page.url()).searchParams.getAll('g')).toEqual(['name:Sales reps;count:25'])
    // With groups in the plan, the starting points that would replace it are folded away.
    await page.getByText('Start from another plan').click()
    await page.getByRole('button', { name: 'A Dynamics 365 sales and service team' }).click()
    await expect(page.getByTestId('plan-group')).toHaveCount(5)

    await page.goBack()
    await expect(page.getByTestId('plan-group')).toHaveCount(1)
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Sales reps')
    await page.goBack()
    await expect(page.getByTestId('plan-group')).toHaveCount(0)
    await page.goForward()
    await page.goForward()
    await expect(page.getByTestId('plan-group')).toHaveCount(5)
  })

  test('prices the Dynamics 365 team from the catalogue, per month', async ({ page }) => {
    await page.goto('/?v=1&view=plan')
    await page.getByRole('button', { name: 'A Dynamics 365 sales and service team' }).click()
    expect(await totalsOf(page)).toEqual([
      { license: 'd365-sales-enterprise', quantity: 25 },
      { license: 'd365-customer-service-device', quantity: 6 },
      { license: 'd365-team-members', quantity: 40 },
      { license: 'power-pages-authenticated', quantity: 12 },
      { license: 'power-pages-anonymous', quantity: 6 },
    ])
    const sales = page.locator('[data-testid="plan-total"][data-license="d365-sales-enterprise"]')
    await expect(sales.getByRole('spinbutton')).toHaveValue('105')
    await expect(sales).toContainText('as of 2026-08-13 (unverified)')
    // 25 × $105 + 40 × $8 + 12 × $200 + 6 × $75; the device subscription has no published price.
    await expect(page.getByTestId('plan-cost')).toContainText('$5,795.00')
    await expect(page.getByTestId('plan-cost')).toContainText('Customer Service device subscription')
    await page.locator('#price-d365-team-members').fill('10')
    await expect(page.getByTestId('plan-cost')).toContainText('$5,875.00')
    await expectNoAxeViolations(page)
  })

  test('compares the plan under every version', async ({ page }) => {
    await page.goto(SEED_LINK)
    const table = page.getByTestId('plan-compare')
    const cell = (license: string, product: string) =>
      table.locator(`tr[data-license="${license}"] td[data-product="${product}"]`)
    await expect(cell('full-cal', 'crm4')).toHaveAttribute('data-quantity', '840')
    await expect(cell('ess-cal', 'crm2011')).toHaveAttribute('data-quantity', '800')
    // Under Dynamics 365 the field techs' record keeping depends on which records they keep (Team Members
    // covers contacts and activities), so that version asks more of them; the managers need app CALs.
    await expect(cell('d365-cal', 'd365')).toHaveAttribute('data-quantity', '40')
    await expect(cell('d365-team-members-cal', 'd365')).toHaveAttribute('data-quantity', '20')
    await expect(table.locator('[data-testid="compare-needs-more"] td[data-product="d365"]')).toHaveAttribute(
      'data-groups',
      '2',
    )
    await expect(table.locator('[data-testid="compare-needs-more"] td[data-product="crm2013"]')).toHaveAttribute(
      'data-groups',
      '2',
    )
  })

  test('prints on one page, without the form', async ({ page }) => {
    await page.goto(SEED_LINK)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Add a group' })).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Groups of people' })).toBeVisible()
    await expect(page.getByTestId('plan-total').first()).toBeVisible()
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, 'the printed plan fits on one page').toBe(1)
  })

  test('looks right on a phone and on a desktop', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(SEED_LINK)
      await expect(page.getByTestId('plan-total')).toHaveCount(4)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `no horizontal scrolling at ${width}px`).toBeLessThanOrEqual(0)
      await page.screenshot({ path: test.info().outputPath(`plan-${width}.png`), fullPage: true })
    }
  })
})

test.describe('big plans, ranges and kept prices', () => {
  test('a count given as a range gives low and high totals, kept in the link', async ({ page, context }) => {
    await page.goto(SEED_LINK)
    const techs = page.getByTestId('plan-group').nth(1)
    await techs.getByLabel('Number of people').fill('200-800')
    await expect(techs).toHaveAttribute('data-status', 'counted')
    const ess = page.locator('[data-testid="plan-total"][data-license="ess-cal"]')
    await expect(ess).toHaveAttribute('data-quantity-low', '200')
    await expect(ess).toHaveAttribute('data-quantity', '800')
    await expect(ess).toContainText('200–800 people')
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect.poll(() => new URL(page.url()).searchParams.getAll('g')[1]).toContain('count:200-800')
    await expectNoAxeViolations(page)

    const other = await context.newPage()
    await other.goto(page.url())
    const reopened = other.locator('[data-testid="plan-total"][data-license="ess-cal"]')
    await expect(reopened).toHaveAttribute('data-quantity-low', '200')
    await expect(reopened).toHaveAttribute('data-quantity', '800')
    await expect(other.getByTestId('plan-group').nth(1).getByLabel('Number of people')).toHaveValue('200-800')
    await other.close()
  })

  test('prices typed in the planner are kept in its link only when asked, and reopen with it', async ({
    page,
    context,
  }) => {
    await page.goto('/?v=2&view=plan')
    await page.getByRole('button', { name: 'A Dynamics 365 sales and service team' }).click()
    await page.locator('#price-d365-team-members').fill('9')
    await expect(page.getByTestId('plan-cost')).toContainText('$5,835.00')
    await expect.poll(() => new URL(page.url()).searchParams.getAll('g').length).toBeGreaterThan(0)
    expect(new URL(page.url()).searchParams.getAll('price')).toEqual([])

    const keep = page.getByRole('checkbox', { name: 'Keep my prices in the plan’s link and file' })
    await keep.check()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('price')).toEqual(['d365-team-members:9'])
    await expect(page.getByLabel(/Link to this plan/)).toHaveValue(page.url())
    await expectNoAxeViolations(page)

    const other = await context.newPage()
    await other.goto(page.url())
    await expect(other.locator('#price-d365-team-members')).toHaveValue('9')
    await expect(other.getByTestId('plan-cost')).toContainText('$5,835.00')
    await expect(other.getByRole('checkbox', { name: /Keep my prices/ })).toBeChecked()
    await other.close()

    await keep.uncheck()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('price')).toEqual([])
  })

  test('a plan too big for a link says so, and is saved and opened as a file', async ({ page }) => {
    // A plan with long, different names: even the compact link is longer than common servers accept.
    const groups = Array.from({ length: 45 }, (_, i) => ({
      name: `${i + 1}. North-western regional field office, night shift and weekend cover, with the contractors who work on site for the organization every day of the week`,
      count: String(seed.groups[i % seed.groups.length].count),
      answers: seed.groups[i % seed.groups.length].answers,
    }))
    const plan = {
      type: 'crm-license-advisor-plan',
      v: '2',
      product: 'crm2011',
      deploy: 'onprem',
      servers: '1',
      groups,
    }
    const openFile = page.getByLabel('Open a plan file')

    await page.goto('/?v=2&view=plan')
    await expect(page.getByTestId('link-too-long')).toHaveCount(0)
    await openFile.setInputFiles({
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    })
    await expect(page.getByText('Plan file opened: 45 groups.')).toBeVisible()
    await expect(page.getByTestId('plan-group')).toHaveCount(45)
    const notice = page.getByTestId('link-too-long')
    await expect(notice).toContainText('This plan is too big for a link')
    const length = new URL(page.url()).search.length
    expect(length).toBeGreaterThan(7000)
    await expect(notice).toContainText(`${length.toLocaleString('en-US')} characters`)
    const totals = await totalsOf(page)
    expect(totals.map((t) => t.license)).toEqual(seed.expect.map((e) => e.license))
    // axe on the file section only: a whole page of big groups takes it longer than a test should.
    const { violations } = await new AxeBuilder({ page }).include('#plan-file-title').withTags(AXE_TAGS).analyze()
    expect(violations.map((v) => v.id)).toEqual([])

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save the plan as a file' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('license-plan.json')
    const file = await download.path()
    expect(JSON.parse(await readFile(file, 'utf8')).groups).toHaveLength(45)
    await expect(page.getByText('Plan saved as a file')).toBeVisible()

    await page.goto('/?v=2&view=plan')
    await expect(page.getByTestId('plan-group')).toHaveCount(0)
    await openFile.setInputFiles(file)
    await expect(page.getByTestId('plan-group')).toHaveCount(45)
    // A plan this large opens with each group on one line; Edit shows the group's fields as the file held them.
    await page.getByRole('button', { name: `Edit Group 45: ${groups[44].name}` }).click()
    await expect(page.getByTestId('plan-group').nth(44).getByLabel('Name')).toHaveValue(groups[44].name)
    expect(await totalsOf(page)).toEqual(totals)

    await openFile.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') })
    await expect(page.getByRole('alert')).toHaveText('This file is not a plan saved by the advisor.')
    await expect(page.getByTestId('plan-group')).toHaveCount(45)
  })

  test('a large plan link opens with a line per group, and Edit opens one to change it', async ({ page }) => {
    // Sixty groups, the seed's four in turn (past the twenty a plan shows in full), written as the codec
    // writes the seed's (SEED_LINK), each named apart.
    const [head, ...kinds] = SEED_LINK.split('&g=')
    const groups = Array.from({ length: 60 }, (_, i) =>
      kinds[i % kinds.length].replace(
        /^name:[^;]*/,
        `name:${encodeURIComponent(`${seed.groups[i % kinds.length].name} ${i + 1}`)}`,
      ),
    )
    await page.goto(`${head}&g=${groups.join('&g=')}`)
    const lines = page.getByTestId('plan-group')
    await expect(lines).toHaveCount(60)
    await expect(page.getByText('This plan has 60 groups, so each is shown on one line')).toBeVisible()
    await expect(page.getByRole('form', { name: 'The plan' }).getByRole('textbox')).toHaveCount(0)
    await expect(lines.nth(1)).toContainText('Field techs 2')
    await expect(lines.nth(1)).toContainText('800 people')
    const before = await totalsOf(page)
    expect(before.map((t) => t.license)).toEqual(seed.expect.map((e) => e.license))
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Edit Group 2: Field techs 2' }).click()
    const techs = page.getByRole('group', { name: 'Group 2: Field techs 2' })
    await expect(techs.getByLabel('Name')).toBeFocused()
    await techs.getByLabel('Number of people').fill('900')
    const ess = (totals: { license: string; quantity: number }[]) =>
      totals.find((t) => t.license === 'ess-cal')?.quantity
    await expect.poll(async () => ess(await totalsOf(page))).toBe((ess(before) ?? 0) + 100)
    await expect(page.getByRole('form', { name: 'The plan' }).getByRole('textbox')).toHaveCount(2)
    await expect.poll(() => searchOf(page.url())).toContain('900')
    await expectNoAxeViolations(page)
  })
})
