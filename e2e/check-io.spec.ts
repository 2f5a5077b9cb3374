import type { Page } from '@playwright/test'
import { xlsxOf } from '../src/check/__fixtures__/xlsx.ts'
import { expect, test } from './support.ts'

/**
 * Issues 24 and 25: real Excel exports are read in seconds under the site's own policy (vite preview
 * sends the production headers, deploy/headers.ts), and the page always shows the file the input names.
 */

const CHECK = '/?v=2&view=check'

/** A user list as Dynamics exports it to Excel, with `count` users. */
function usersXlsx(count: number): Buffer {
  const rows = [['Full Name', 'User Name', 'Access Mode', 'Title']]
  for (let i = 1; i <= count; i++)
    rows.push([`User ${i}`, `CONTOSO\\user${i}`, 'Read-Write', i % 2 ? 'Sales' : 'Service'])
  return Buffer.from(xlsxOf({ Users: rows }))
}

async function choose(page: Page) {
  await page.goto(CHECK)
  await page.getByRole('radio', { name: 'Dynamics CRM 2016' }).check()
  await page.getByRole('radio', { name: 'On the organization’s own servers' }).check()
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test.describe('reading real exports', () => {
  for (const count of [3_000, 20_000]) {
    test(`a ${count.toLocaleString('en-US')}-user .xlsx is read in seconds under the site's policy`, async ({
      page,
    }) => {
      await choose(page)
      const started = Date.now()
      await page
        .getByLabel('User list', { exact: true })
        .setInputFiles({ name: `users-${count}.xlsx`, mimeType: XLSX, buffer: usersXlsx(count) })
      await expect(page.getByRole('status').filter({ hasText: 'users read from' })).toContainText(
        `${count.toLocaleString('en-US')} users read from users-${count}.xlsx`,
        { timeout: 20_000 },
      )
      console.log(`${count} users: ${Date.now() - started} ms`)
    })
  }

  test('a second file chosen while the first is read wins, whichever answer comes last', async ({ page }) => {
    await choose(page)
    const input = page.getByLabel('User list', { exact: true })
    await input.setInputFiles({ name: 'big.xlsx', mimeType: XLSX, buffer: usersXlsx(20_000) })
    await input.setInputFiles({
      name: 'small.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Full Name,User Name\nAna,CONTOSO\\ana\nBo,CONTOSO\\bo\n'),
    })
    await expect(page.getByRole('status').filter({ hasText: 'users read from' })).toContainText(
      '2 users read from small.csv',
    )
    // Long after the big file would have been read, the page still shows the small one.
    await page.waitForTimeout(3_000)
    await expect(page.getByTestId('check-user')).toHaveCount(2)
    await expect(page.getByRole('status').filter({ hasText: 'users read from' })).toContainText(
      '2 users read from small.csv',
    )
  })

  test('a Windows-1252 CSV is read with its accents, and the page says how it was read', async ({ page }) => {
    await choose(page)
    await page.getByLabel('User list', { exact: true }).setInputFiles({
      name: 'excel-de.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Full Name;User Name\nZoë Müller;CONTOSO\\zoe\n', 'latin1'),
    })
    const status = page.getByRole('status').filter({ hasText: 'read from excel-de.csv' })
    await expect(status).toContainText('1 user read from excel-de.csv')
    await expect(status).toContainText('read as Windows-1252')
    await expect(page.getByTestId('check-user')).toContainText('Zoë Müller')
  })

  test('thousands of groups come fifty at a time, largest first, with previous and next', async ({ page }) => {
    await page.goto('/?v=2&view=check&product=crm2016&deploy=onprem&by=title')
    const lines = ['Full Name,User Name,Title,Access Mode']
    for (let i = 0; i < 2_000; i++) lines.push(`User ${i},CONTOSO\\user${i},Title ${i},Read-Write`)
    await page
      .getByLabel('User list', { exact: true })
      .setInputFiles({ name: 'titles.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) })
    const pager = page.getByRole('navigation', { name: 'Pages of groups' })
    await expect(pager.getByRole('status')).toHaveText('Groups 1–50 of 2,000, largest first.')
    await expect(page.getByTestId('check-group')).toHaveCount(50)
    await expect(pager.getByRole('button', { name: 'Previous groups' })).toBeDisabled()
    await pager.getByRole('button', { name: 'Next groups' }).click()
    await expect(pager.getByRole('status')).toHaveText('Groups 51–100 of 2,000, largest first.')
    await expect(page.getByTestId('check-group')).toHaveCount(50)
  })

  test('thousands of unknown values make one short alert; "constructor" is one of them', async ({ page }) => {
    await choose(page)
    const lines = ['Full Name,User Name,Access Mode']
    lines.push('Ana,CONTOSO\\ana,constructor')
    for (let i = 0; i < 3_000; i++) lines.push(`User ${i},CONTOSO\\user${i},Mode ${i}`)
    await page
      .getByLabel('User list', { exact: true })
      .setInputFiles({ name: 'modes.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) })
    const alert = page.getByRole('alert').filter({ hasText: 'not in this check’s code tables' })
    await expect(alert).toContainText('3,001 values in the file are not in this check’s code tables')
    await expect(alert).toContainText('Access Mode “constructor”: 1 row (row 2)')
    await expect(alert.getByRole('listitem')).toHaveCount(10)
    await expect(alert).toContainText('… and 2,991 more values not in the tables')
    // The value map asks about the first fifty only.
    await expect(page.getByTestId('value-map').locator('select')).toHaveCount(50)
  })
})
