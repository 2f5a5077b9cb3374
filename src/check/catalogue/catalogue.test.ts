import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCatalogue } from './build'
import { CsvLayoutError, productsOf } from './csv'
import { resolveProduct } from './lookup'
import { RULES } from './rules'
import { OTHER_GUIDS, PRODUCTS, SOURCE } from './skus'

const file = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)))
const copy = file(`../../../${SOURCE.file}`)
const otherNames = JSON.parse(
  readFileSync(new URL('../../../data/microsoft/other-names.json', import.meta.url), 'utf8'),
)

describe("Microsoft's CSV, as copies of it come", () => {
  const expected = [
    { name: 'Dynamics 365 Team Members', id: 'DYN365_TEAM_MEMBERS', guid: '7ac9fe77-66b7-4e5e-9e46-10eed1cff547' },
    {
      name: 'Microsoft Relationship Sales solution',
      id: 'DYN365_ENTERPRISE_RELATIONSHIP_SALES',
      guid: '4f05b1a3-a978-462c-b93f-781c6bee998f',
    },
    {
      name: 'Dynamics 365 Customer Engagement Plan',
      id: 'DYN365_ENTERPRISE_PLAN1',
      guid: 'ea126fc5-a19e-42e2-a731-da9d437bffcf',
    },
    { name: 'Office 365 E3', id: 'ENTERPRISEPACK', guid: '6fd2c87f-b296-42f0-b197-1e91e994b900' },
    { name: 'Power Apps Premium', id: 'POWERAPPS_PER_USER', guid: 'b30411f5-fea1-4a59-9ad9-3db7c7ead579' },
  ]

  it('reads a UTF-8 copy with its byte-order mark: one row per product, spaced String IDs and non-breaking spaces cleaned', () => {
    expect(productsOf(file('./__fixtures__/service-plans-utf8-bom.csv'))).toEqual(expected)
  })

  it('reads a Windows-1252 copy (as Excel saves it) the same way', () => {
    expect(productsOf(file('./__fixtures__/service-plans-windows-1252.csv'))).toEqual(expected)
  })

  it('refuses a file without the table’s columns', () => {
    expect(() => productsOf(new TextEncoder().encode('Name,Id\nA,B\n'))).toThrow(CsvLayoutError)
  })
})

describe('the committed catalogue', () => {
  const built = buildCatalogue(copy, otherNames)

  it('is what the script writes from the committed, hashed copy', () => {
    expect(createHash('sha256').update(copy).digest('hex')).toBe(SOURCE.sha256)
    expect(PRODUCTS).toEqual(built.products)
    expect(OTHER_GUIDS).toEqual(built.otherGuids)
    expect(SOURCE.rows).toBe(built.products.length + built.otherGuids.length)
  })

  it('classifies every Dynamics 365, Dynamics CRM, Power Apps and Power Pages product in the copy', () => {
    expect(built.unclassified).toEqual([])
    expect(built.products.length).toBeGreaterThan(150)
  })

  it('has a rule for no product the copy does not list (no invented String IDs)', () => {
    const ids = new Set(productsOf(copy).map((p) => p.id))
    expect(Object.keys(RULES).filter((id) => !ids.has(id))).toEqual([])
  })

  it('names a Dynamics-looking product that has no rule, so the script refuses to write', () => {
    const csv = new TextEncoder().encode(
      'Product_Display_Name,String_Id,GUID\nDynamics 365 Imaginary App,DYN365_IMAGINARY,00000000-1111-2222-3333-444444444444\n',
    )
    expect(buildCatalogue(csv).unclassified).toEqual(['DYN365_IMAGINARY (Dynamics 365 Imaginary App)'])
  })
})

describe('a product as an assignments file names it', () => {
  it.each([
    ['Dynamics 365 Team Members', 'team-members'],
    ['Dynamics 365 Team Members_wDynamicsRetail', 'team-members'],
    ['DYN365_TEAM_MEMBERS', 'team-members'],
    ['contoso:DYN365_TEAM_MEMBERS', 'team-members'],
    ['reseller-account:DYN365_ENTERPRISE_SALES', 'base'],
    ['DYN365_ ENTERPRISE _RELATIONSHIP_SALES', 'base'],
    ['7ac9fe77-66b7-4e5e-9e46-10eed1cff547', 'team-members'],
    ['{1E1A282C-9C54-43A2-9310-98EF728FAACE}', 'base'],
    ['Dynamics 365 Customer Engagement Plan', 'base'],
    ['Dynamics 365 Customer\u00a0Engagement Plan', 'base'],
    ['Power Apps Premium', 'power-apps'],
    ['D365_SALES_ENT_ATTACH', 'attach'],
    ['Dynamics 365 Sales Premium Viral Trial', 'trial'],
    ['Dynamics 365 - Additional Database Storage (Qualified Offer)', 'capacity'],
    ['Microsoft Dynamics CRM Online', 'crm-online'],
    ['Office 365 E3', 'other'],
    ['6fd2c87f-b296-42f0-b197-1e91e994b900', 'other'],
    ['Dynamics 365 Imaginary App', 'unknown'],
    ['DYN365_IMAGINARY', 'unknown'],
    ['00000000-1111-2222-3333-444444444444', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(resolveProduct(text).kind).toBe(kind)
  })

  it('gives the license and the display name', () => {
    expect(resolveProduct('contoso:DYN365_TEAM_MEMBERS')).toMatchObject({
      text: 'contoso:DYN365_TEAM_MEMBERS',
      name: 'Dynamics 365 Team Members_wDynamicsRetail',
      license: 'd365-team-members',
    })
  })
})
