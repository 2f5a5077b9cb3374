import { isKnownProduct, type ResolvedProduct, resolveProduct } from './catalogue/lookup'
import { normalize } from './codes'
import { fail, type Read, type Table } from './table'

/**
 * The optional License assignments file, in every shape a tenant produces (contract §10): the Microsoft
 * 365 admin center's "Export users" (`User principal name`, `Licenses` joined by `+` or `Unlicensed`, or
 * `License assignment details`; comma- or semicolon-separated files, which the reader handles), CSP
 * exports with `tenant:STRING_ID` values, and Graph or PowerShell exports with String IDs (`skuPartNumber`)
 * or GUIDs (`skuId`), several per cell or one row per user and product. Each product is looked up in
 * Microsoft's table here, in the worker, so the page only receives what each product gives.
 */

const UPN = ['User principal name', 'userPrincipalName', 'UPN', 'UserEmail', 'User Name'].map(normalize)
const LICENSES = [
  'Licenses',
  'License assignment details',
  'assignedLicenses',
  'AssignedLicense(s)',
  'Assigned licenses',
  'skuPartNumber',
  'skuId',
  'String_Id',
  'GUID',
  'License',
  'Licence',
  'Licences',
].map(normalize)
const BLOCKED = ['Block credential', 'BlockCredential', 'Sign-in blocked', 'Blocked'].map(normalize)
const ENABLED = ['accountEnabled', 'Account enabled'].map(normalize)
const SIGN_IN = ['Sign in status', 'Sign-in status', 'signInStatus'].map(normalize)
const USER_TYPE = ['userType', 'User type'].map(normalize)

/** What the assignments file says about one user (by user principal name, lower case). */
export interface AssignedUser {
  /** Every product that is a Dynamics 365, Dynamics CRM, Power Apps or Power Pages product, or looks like one. */
  products: ResolvedProduct[]
  /** Blocked from signing in (Block credential, accountEnabled false, Sign-in status Blocked). */
  blocked: boolean
  /** A guest account (userType Guest, or #EXT# in the user principal name). */
  guest: boolean
}

export type Assignments = Map<string, AssignedUser>

/** Separators between products in one cell: `+` (admin center), `;`, `,`, `|` and line breaks. */
const SEPARATOR = /([+;,|\n\r])/
const NOTHING = new Set(['unlicensed', 'none', 'nolicenses', ''])

/** The products in one cell. A product name that itself holds a separator ("…, Enterprise Edition") is rejoined. */
export function productsInCell(cell: string): string[] {
  const parts = cell.split(SEPARATOR)
  const out: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    let end = i
    // Try the longest run of up to four parts that names one known product.
    for (let j = Math.min(parts.length - 1, i + 6); j > i; j -= 2) {
      if (isKnownProduct(parts.slice(i, j + 1).join(''))) {
        end = j
        break
      }
    }
    const text = parts
      .slice(i, end + 1)
      .join('')
      .trim()
    if (!NOTHING.has(normalize(text))) out.push(text)
    i = end
  }
  return out
}

const truthy = (value: string) => ['true', 'yes', '1', 'blocked'].includes(normalize(value))
const falsy = (value: string) => ['false', 'no', '0'].includes(normalize(value))

interface Columns {
  upn: number
  licenses: number[]
  blocked: number
  enabled: number
  signIn: number
  userType: number
}

function columnsOf(cells: readonly string[]): Columns | undefined {
  const keys = cells.map((c) => normalize(c.trim()))
  const find = (names: string[]) => keys.findIndex((k) => names.includes(k))
  const upn = find(UPN)
  const licenses = keys.flatMap((k, i) => (LICENSES.includes(k) ? [i] : []))
  if (upn < 0 || licenses.length === 0) return undefined
  return {
    upn,
    licenses,
    blocked: find(BLOCKED),
    enabled: find(ENABLED),
    signIn: find(SIGN_IN),
    userType: find(USER_TYPE),
  }
}

export function assignmentsOf(table: Table): Read<Assignments> {
  for (const [i, header] of table.rows.slice(0, 20).entries()) {
    const columns = columnsOf(header.cells)
    if (!columns) continue
    const out: Assignments = new Map()
    // Most cells repeat ("Microsoft 365 E3+Dynamics 365 Team Members"): each distinct cell is split and looked up once.
    const resolved = new Map<string, ResolvedProduct[]>()
    const productsOf = (text: string) => {
      let products = resolved.get(text)
      if (!products) {
        products = productsInCell(text)
          .map(resolveProduct)
          .filter((p) => p.kind !== 'other')
        resolved.set(text, products)
      }
      return products
    }
    for (const row of table.rows.slice(i + 1)) {
      const cell = (at: number) => (at < 0 ? '' : (row.cells[at] ?? '').trim())
      const who = cell(columns.upn).toLowerCase()
      if (!who) continue
      const user = out.get(who) ?? { products: [], blocked: false, guest: who.includes('#ext#') }
      for (const at of columns.licenses) {
        for (const product of productsOf(cell(at))) {
          if (!user.products.some((p) => p.text === product.text)) user.products.push(product)
        }
      }
      if (
        truthy(cell(columns.blocked)) ||
        falsy(cell(columns.enabled)) ||
        normalize(cell(columns.signIn)) === 'blocked'
      ) {
        user.blocked = true
      }
      if (normalize(cell(columns.userType)) === 'guest') user.guest = true
      out.set(who, user)
    }
    return { ok: true, value: out }
  }
  const first = table.rows[0]?.cells.filter((c) => c.trim() !== '').slice(0, 12) ?? []
  return fail({ code: 'no-user-name', detail: first.join(', ') })
}
