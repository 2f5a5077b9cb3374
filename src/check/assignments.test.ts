import { describe, expect, it } from 'vitest'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import { advise } from '../domain/advise'
import type { Answers } from '../domain/types'
import { type Assignments, productsInCell } from './assignments'
import { type CheckInput, checkUsers, verdictOf } from './classify'
import { loadAssignments } from './load'
import type { UserRow } from './users'

/**
 * Every assignment shape of contract §10, written from the documented formats: the admin center's
 * "Export users" (names joined by `+`, `Unlicensed`, `License assignment details`), semicolon files,
 * `tenant:STRING_ID` values, Graph / PowerShell String IDs and GUIDs, several per cell.
 */

const read = async (text: string): Promise<Assignments> => {
  const r = await loadAssignments(new TextEncoder().encode(text))
  if (!r.ok) throw new Error(r.error.code)
  return r.value
}
const kinds = (a: Assignments, upn: string) => a.get(upn)?.products.map((p) => p.kind)

const ADMIN_CENTER = `Block credential,Display name,First name,Last name,Licenses,User principal name,When created
False,Ana Lopez,Ana,Lopez,Microsoft 365 E3+Dynamics 365 Team Members,ana@contoso.com,1/2/2024
False,Bo Chen,Bo,Chen,Dynamics 365 Customer Engagement Plan+Microsoft 365 E3,bo@contoso.com,1/2/2024
False,Cy Ray,Cy,Ray,Power Apps Premium,cy@contoso.com,1/2/2024
True,Di Moe,Di,Moe,Dynamics 365 for Sales Enterprise Edition,di@contoso.com,1/2/2024
False,Ed Poe,Ed,Poe,Unlicensed,ed@contoso.com,1/2/2024
`

const SEMICOLON_TENANT = `User principal name;Licenses;userType
ana@contoso.com;contoso:SPE_E3,contoso:DYN365_TEAM_MEMBERS;Member
bo@contoso.com;contoso:DYN365_ENTERPRISE_PLAN1;Member
cy@contoso.com;reseller-account:POWERAPPS_PER_USER;Member
guest_fabrikam.com#EXT#@contoso.onmicrosoft.com;contoso:D365_SALES_ENT_ATTACH;Guest
`

const GRAPH_GUIDS = `userPrincipalName,accountEnabled,skuId
ana@contoso.com,true,"05e9a617-0261-4cee-bb44-138d3ef5d965, 7ac9fe77-66b7-4e5e-9e46-10eed1cff547"
bo@contoso.com,true,ea126fc5-a19e-42e2-a731-da9d437bffcf
cy@contoso.com,true,b30411f5-fea1-4a59-9ad9-3db7c7ead579
di@contoso.com,false,1e1a282c-9c54-43a2-9310-98ef728faace
zed@contoso.com,true,00000000-1111-2222-3333-444444444444
`

describe('the shapes of a License assignments file', () => {
  it('reads the admin center export: names joined by +, Unlicensed, Block credential', async () => {
    const a = await read(ADMIN_CENTER)
    expect(kinds(a, 'ana@contoso.com')).toEqual(['team-members'])
    expect(kinds(a, 'bo@contoso.com')).toEqual(['base'])
    expect(kinds(a, 'cy@contoso.com')).toEqual(['power-apps'])
    expect(a.get('di@contoso.com')).toMatchObject({ blocked: true })
    expect(a.get('ed@contoso.com')).toEqual({ products: [], blocked: false, guest: false })
  })

  it('reads a semicolon file with tenant: prefixes and userType', async () => {
    const a = await read(SEMICOLON_TENANT)
    expect(kinds(a, 'ana@contoso.com')).toEqual(['team-members'])
    expect(kinds(a, 'bo@contoso.com')).toEqual(['base'])
    expect(kinds(a, 'cy@contoso.com')).toEqual(['power-apps'])
    expect(a.get('guest_fabrikam.com#ext#@contoso.onmicrosoft.com')).toMatchObject({ guest: true })
  })

  it('reads Graph GUIDs, several per cell, accountEnabled, and keeps an unrecognised GUID as unknown', async () => {
    const a = await read(GRAPH_GUIDS)
    expect(kinds(a, 'ana@contoso.com')).toEqual(['team-members'])
    expect(kinds(a, 'bo@contoso.com')).toEqual(['base'])
    expect(kinds(a, 'cy@contoso.com')).toEqual(['power-apps'])
    expect(a.get('di@contoso.com')).toMatchObject({ blocked: true })
    expect(kinds(a, 'zed@contoso.com')).toEqual(['unknown'])
  })

  it('reads License assignment details and one row per user and product (skuPartNumber)', async () => {
    const details = await read('User principal name,License assignment details\nana@contoso.com,DYN365_TEAM_MEMBERS\n')
    expect(kinds(details, 'ana@contoso.com')).toEqual(['team-members'])
    const rows = await read(
      'UserPrincipalName,SkuPartNumber\nbo@contoso.com,SPE_E3\nbo@contoso.com,D365_SALES_PRO\nbo@contoso.com,D365_SALES_ENT_ATTACH\n',
    )
    expect(kinds(rows, 'bo@contoso.com')).toEqual(['base', 'attach'])
  })

  it('reads a Graph users JSON result: assignedLicenses records of skuId, userType Guest', async () => {
    const graph = JSON.stringify({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(userPrincipalName,assignedLicenses)',
      value: [
        {
          userPrincipalName: 'ana@contoso.com',
          accountEnabled: true,
          userType: 'Member',
          assignedLicenses: [
            { disabledPlans: [], skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965' },
            { disabledPlans: [], skuId: '7ac9fe77-66b7-4e5e-9e46-10eed1cff547' },
          ],
        },
        {
          userPrincipalName: 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com',
          accountEnabled: false,
          userType: 'Guest',
          assignedLicenses: [{ disabledPlans: [], skuId: 'ea126fc5-a19e-42e2-a731-da9d437bffcf' }],
        },
      ],
    })
    const a = await read(graph)
    expect(kinds(a, 'ana@contoso.com')).toEqual(['team-members'])
    expect(a.get('guest_fabrikam.com#ext#@contoso.onmicrosoft.com')).toMatchObject({ blocked: true, guest: true })
  })

  it('reads a Windows-1252 semicolon export (Excel’s CSV in a German locale)', async () => {
    const text =
      'Benutzerprinzipalname;User principal name;Licenses\r\nx;jörg@contoso.com;Dynamics 365 Team Members\r\n'
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)))
    const r = await loadAssignments(bytes)
    expect(r.ok && kinds(r.value, 'jörg@contoso.com')).toEqual(['team-members'])
  })

  it('splits a cell on + ; , | and rejoins a product name that holds a comma', () => {
    expect(productsInCell('A+B;C, D|E')).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(productsInCell('Dynamics 365 for Sales, Enterprise Edition for Government+Office 365 E3')).toEqual([
      'Dynamics 365 for Sales, Enterprise Edition for Government',
      'Office 365 E3',
    ])
    expect(productsInCell('Unlicensed')).toEqual([])
  })
})

const FULL: Answers = { product: 'd365', deploy: 'online', ...SALES_ENTERPRISE_SELLER }
const columns = { userName: 'User Name', status: 'Status', licensed: 'User Licensed' }
const check = (users: Omit<UserRow, 'at'>[], assignments?: Assignments, more: Partial<CheckInput> = {}) =>
  checkUsers({
    product: 'd365',
    deploy: 'online',
    columns,
    users: users.map((u, i) => ({ ...u, at: i + 2 })),
    assignments,
    ...more,
  })
const USERS = ['ana', 'bo', 'cy'].map((n) => ({ userName: `${n}@contoso.com`, status: 'Enabled' }))

describe('the license held and the flags of each user', () => {
  it('the admin center, a semicolon tenant: file and a GUID file give the same license held', async () => {
    const held = async (text: string) => check(USERS, await read(text)).checked.map((c) => c.held)
    const expected = ['d365-team-members', 'd365-app', 'power-apps']
    expect(await held(ADMIN_CENTER)).toEqual(expected)
    expect(await held(SEMICOLON_TENANT)).toEqual(expected)
    expect(await held(GRAPH_GUIDS)).toEqual(expected)
  })

  it('an unknown Dynamics product or GUID makes the license held unknown, flagged, for review', async () => {
    const a = await read('User principal name,Licenses\nzed@contoso.com,Dynamics 365 Imaginary App+Office 365 E3\n')
    const c = check([{ userName: 'zed@contoso.com' }], a).checked[0]
    expect(c).toMatchObject({ held: 'unknown', flags: ['unknown-product'] })
    expect(c.doubts.join(' ')).toContain('Dynamics 365 Imaginary App')
    expect(verdictOf(c, advise(FULL)).status).toBe('review')
    expect(verdictOf(c, undefined)).toMatchObject({ status: 'review', held: 'unknown' })
  })

  it('flags a trial, and a trial alone is not a production license', async () => {
    const a = await read('User principal name,Licenses\nt@contoso.com,Dynamics 365 Sales Premium Viral Trial\n')
    const c = check([{ userName: 't@contoso.com' }], a).checked[0]
    expect(c).toMatchObject({ held: 'unknown', flags: ['trial'] })
    expect(verdictOf(c, advise(FULL)).status).toBe('review')
  })

  it('flags an attach license without a base', async () => {
    const a = await read('User principal name,Licenses\nx@contoso.com,D365_SALES_ENT_ATTACH\n')
    const c = check([{ userName: 'x@contoso.com' }], a).checked[0]
    expect(c.flags).toEqual(['attach-without-base'])
    expect(verdictOf(c, advise(FULL)).status).toBe('review')
  })

  it('flags guests (#EXT# or userType Guest) and blocked users', async () => {
    const a = await read(SEMICOLON_TENANT)
    const guest = check([{ userName: 'guest_fabrikam.com#EXT#@contoso.onmicrosoft.com' }], a).checked[0]
    expect(guest.flags).toEqual(expect.arrayContaining(['guest', 'attach-without-base']))
    const blocked = check([{ userName: 'di@contoso.com', status: 'Enabled' }], await read(ADMIN_CENTER)).checked[0]
    expect(blocked.flags).toEqual(['blocked'])
  })
})

describe('disabled (or blocked) and still licensed', () => {
  it('a disabled user who still holds a license in the assignments file is “disabled”', async () => {
    const c = check([{ userName: 'bo@contoso.com', status: 'Disabled' }], await read(ADMIN_CENTER)).checked[0]
    expect(verdictOf(c, undefined)).toMatchObject({ status: 'disabled', held: 'd365-app' })
  })

  it('a user blocked from signing in who holds a license is “disabled”', async () => {
    const c = check([{ userName: 'di@contoso.com', status: 'Enabled' }], await read(ADMIN_CENTER)).checked[0]
    expect(verdictOf(c, undefined).status).toBe('disabled')
  })

  it('a disabled CRM user whose row says User Licensed = Yes is “disabled”, without an assignments file', () => {
    const c = check([{ userName: 'a@contoso.com', status: 'Disabled', licensed: 'Yes' }]).checked[0]
    expect(verdictOf(c, undefined)).toMatchObject({ status: 'disabled', held: 'unknown' })
  })

  it('a disabled user holding only an unknown Dynamics product is still “disabled”', async () => {
    const a = await read('User principal name,Licenses\nzed@contoso.com,Dynamics 365 Imaginary App\n')
    const c = check([{ userName: 'zed@contoso.com', status: 'Disabled' }], a).checked[0]
    expect(verdictOf(c, undefined).status).toBe('disabled')
  })

  it('a disabled or blocked user without a license needs nothing', async () => {
    const c = check([{ userName: 'ed@contoso.com', status: 'Disabled' }], await read(ADMIN_CENTER)).checked[0]
    expect(verdictOf(c, undefined).status).toBe('ok')
  })
})
