import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support.ts'

/**
 * Contract §10: what tenants really export. The three License assignments shapes below name the same
 * licenses for the same users (product names joined by `+`, `tenant:` String IDs in a semicolon file,
 * GUIDs several per cell), so the page must show the same license held, status and flags for each.
 */

const CHECK = '/?v=2&view=check'

const USERS = `Full Name,User Name,Access Mode,Status
Ana Lopez,ana@contoso.com,Read-Write,Enabled
Bo Chen,bo@contoso.com,Read-Write,Enabled
Cy Ray,cy@contoso.com,Read-Write,Enabled
Di Moe,di@contoso.com,Read-Write,Enabled
Ed Poe,ed@contoso.com,Read-Write,Enabled
`

const ADMIN_CENTER = `Block credential,Display name,Licenses,User principal name,When created
False,Ana Lopez,Microsoft 365 E3+Dynamics 365 Team Members,ana@contoso.com,1/2/2024
False,Bo Chen,Dynamics 365 Customer Engagement Plan+Microsoft 365 E3,bo@contoso.com,1/2/2024
False,Cy Ray,Power Apps Premium,cy@contoso.com,1/2/2024
True,Di Moe,Dynamics 365 for Sales Enterprise Edition,di@contoso.com,1/2/2024
False,Ed Poe,Unlicensed,ed@contoso.com,1/2/2024
`

const SEMICOLON_TENANT = `User principal name;Licenses;Block credential
ana@contoso.com;contoso:SPE_E3,contoso:DYN365_TEAM_MEMBERS;False
bo@contoso.com;contoso:DYN365_ENTERPRISE_PLAN1;False
cy@contoso.com;reseller-account:POWERAPPS_PER_USER;False
di@contoso.com;contoso:DYN365_ENTERPRISE_SALES;True
ed@contoso.com;;False
`

const GRAPH_GUIDS = `userPrincipalName,accountEnabled,skuId
ana@contoso.com,true,"05e9a617-0261-4cee-bb44-138d3ef5d965, 7ac9fe77-66b7-4e5e-9e46-10eed1cff547"
bo@contoso.com,true,ea126fc5-a19e-42e2-a731-da9d437bffcf
cy@contoso.com,true,b30411f5-fea1-4a59-9ad9-3db7c7ead579
di@contoso.com,false,1e1a282c-9c54-43a2-9310-98ef728faace
ed@contoso.com,true,
`

async function upload(page: Page, label: string, name: string, content: string) {
  await page
    .getByLabel(label, { exact: true })
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) })
}

type Row = { held: string; status: string; flags: string }
async function rowsOf(page: Page): Promise<Record<string, Row>> {
  return page
    .getByTestId('check-user')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => [
          el.dataset.user ?? '',
          { held: el.dataset.held ?? '', status: el.dataset.status ?? '', flags: el.dataset.flags ?? '' },
        ]),
      ),
    )
}

test.describe('the compliance check reads what tenants really export', () => {
  test('the admin-center, semicolon tenant: and GUID shapes give the same license held for the same users', async ({
    page,
  }) => {
    await page.goto(CHECK)
    await page.getByRole('radio', { name: 'Dynamics 365 Customer Engagement' }).check()
    await page.getByRole('radio', { name: "Microsoft's cloud service" }).check()
    await upload(page, 'User list', 'users.csv', USERS)
    await expect(page.getByTestId('check-user')).toHaveCount(5)

    const seen: Record<string, Record<string, Row>> = {}
    for (const [name, text] of [
      ['admin-center.csv', ADMIN_CENTER],
      ['tenant-semicolon.csv', SEMICOLON_TENANT],
      ['graph-guids.csv', GRAPH_GUIDS],
    ] as const) {
      await upload(page, 'License assignments (optional)', name, text)
      // Ana's Team Members license is the last thing each file names: wait until it is read.
      await expect(page.locator('[data-testid=check-user][data-user="ana@contoso.com"]')).toHaveAttribute(
        'data-held',
        'd365-team-members',
      )
      await expect(page.locator('[data-testid=check-user][data-user="ed@contoso.com"]')).toHaveAttribute(
        'data-held',
        'none',
      )
      seen[name] = await rowsOf(page)
      // Each file replaces the one before: the next one is read from a clean slate.
      await upload(page, 'License assignments (optional)', 'empty.csv', 'User principal name,Licenses\n')
      await expect(page.locator('[data-testid=check-user][data-user="ana@contoso.com"]')).not.toHaveAttribute(
        'data-held',
        'd365-team-members',
      )
    }
    const admin = seen['admin-center.csv']
    expect(admin['ana@contoso.com'].held).toBe('d365-team-members')
    expect(admin['bo@contoso.com'].held).not.toMatch(/^(none|unknown)$/)
    expect(admin['cy@contoso.com'].held).not.toMatch(/^(none|unknown)$/)
    expect(admin['di@contoso.com']).toMatchObject({ status: 'disabled', flags: 'blocked' })
    expect(admin['ed@contoso.com'].held).toBe('none')
    expect(seen['tenant-semicolon.csv']).toEqual(admin)
    expect(seen['graph-guids.csv']).toEqual(admin)
  })

  test('an unknown Dynamics product or GUID is for review, flagged, never “none”', async ({ page }) => {
    await page.goto(CHECK)
    await page.getByRole('radio', { name: 'Dynamics 365 Customer Engagement' }).check()
    await page.getByRole('radio', { name: "Microsoft's cloud service" }).check()
    await upload(page, 'User list', 'users.csv', USERS)
    await upload(
      page,
      'License assignments (optional)',
      'licenses.csv',
      'userPrincipalName,skuId\nana@contoso.com,00000000-1111-2222-3333-444444444444\nbo@contoso.com,Dynamics 365 Quantum Edition\n',
    )
    for (const user of ['ana@contoso.com', 'bo@contoso.com']) {
      const row = page.locator(`[data-testid=check-user][data-user="${user}"]`)
      await expect(row).toHaveAttribute('data-held', 'unknown')
      await expect(row).toHaveAttribute('data-status', 'review')
      await expect(row).toHaveAttribute('data-flags', 'unknown-product')
    }
    await expect(page.locator('[data-testid=check-user][data-user="bo@contoso.com"]')).toContainText(
      'Dynamics 365 Quantum Edition',
    )
  })

  test('a French-header list (a language whose labels the check does not know) is read through the column map and the value map, and the maps are remembered', async ({
    page,
  }) => {
    const french = `Nom complet;Identifiant;Unité commerciale;Accès;Type de licence;Statut
Ana Lopez;CONTOSO\\ana;Ventes;Lecture/écriture;Professionnel;Activé
Bo Chen;CONTOSO\\bo;Ventes;Administratif;Administratif;Activé
Cy Ray;CONTOSO\\cy;Service;Lecture/écriture;Professionnel;Désactivé
`
    await page.goto(CHECK)
    await page.getByRole('radio', { name: 'Dynamics CRM 2016' }).check()
    await page.getByRole('radio', { name: 'On the organization’s own servers, for its own use' }).check()
    await upload(page, 'User list', 'utilisateurs.csv', french)

    const columns = page.getByTestId('column-map')
    await expect(columns).toBeVisible()
    await expect(page.getByTestId('check-user')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await expect(columns.locator('select[data-field=user] option')).toContainText(['Identifiant', 'Accès'])
    await columns.getByLabel('User name (the sign-in name)').selectOption('Identifiant')
    await columns.locator('select[data-field=name]').selectOption('Nom complet')
    await columns.locator('select[data-field=unit]').selectOption('Unité commerciale')
    await columns.locator('select[data-field=access-mode]').selectOption('Accès')
    await columns.locator('select[data-field=license-type]').selectOption('Type de licence')
    await columns.locator('select[data-field=status]').selectOption('Statut')
    await columns.getByRole('button', { name: 'Read the file with these columns' }).click()
    await expect(page.getByTestId('check-user')).toHaveCount(3)
    await expect(page.getByTestId('column-map')).toBeHidden()

    const values = page.getByTestId('value-map')
    await expect(values).toBeVisible()
    const codes = {
      'access-mode': { 'Lecture/écriture': '0', Administratif: '1' },
      'license-type': { Professionnel: '0', Administratif: '1' },
      status: { Activé: 'enabled', Désactivé: 'disabled' },
    } as const
    for (const [field, map] of Object.entries(codes)) {
      for (const [value, code] of Object.entries(map)) {
        await values.locator(`select[data-field="${field}"][data-value="${value}"]`).selectOption(code)
      }
    }
    await expectNoAxeViolations(page)
    await values.getByRole('button', { name: 'Apply these meanings' }).click()
    await expect(page.getByTestId('value-map')).toHaveCount(0)

    const expected = {
      'CONTOSO\\ana': { held: 'professional-cal', status: 'unanswered', flags: '' },
      'CONTOSO\\bo': { held: 'none', status: 'free', flags: '' },
      'CONTOSO\\cy': { held: 'professional-cal', status: 'disabled', flags: '' },
    }
    expect(await rowsOf(page)).toEqual(expected)

    // Remembered with the saved mapping: the next quarter's French file is read without asking.
    await page.getByRole('button', { name: 'Save the mapping as a link' }).click()
    const link = await page.getByLabel('Mapping link').inputValue()
    expect(link).toContain('col=user%7CIdentifiant')
    expect(link).not.toMatch(/ana|Lopez|CONTOSO/)
    await page.goto(link)
    await upload(page, 'User list', 'utilisateurs-t2.csv', french)
    await expect(page.getByTestId('check-user')).toHaveCount(3)
    await expect(page.getByTestId('column-map')).toHaveCount(0)
    await expect(page.getByTestId('value-map')).toHaveCount(0)
    expect(await rowsOf(page)).toEqual(expected)
  })
})
