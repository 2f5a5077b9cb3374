import { normalize } from './codes'
import { fail, type Read, type Table } from './table'

/**
 * The optional License assignments file: a Microsoft 365 or Entra export of users and their
 * licenses. Its column list is not documented (design/compliance-check.md §1.5), so headers are
 * matched loosely: a user principal name column and a licenses column (one cell holding several
 * products, or one row per user and product). Products may be friendly names or String IDs.
 */

const UPN = ['User principal name', 'userPrincipalName', 'UPN', 'UserEmail'].map(normalize)
const LICENSES = ['Licenses', 'assignedLicenses', 'AssignedLicense(s)', 'skuPartNumber', 'String_Id', 'License'].map(
  normalize,
)

/** M365 joins the products of one user in one cell; the separator is not documented, so each usual one is accepted. */
const SEPARATOR = /[+;,|]/

export type Assignments = Map<string, string[]>

export function assignmentsOf(table: Table): Read<Assignments> {
  for (const [i, header] of table.rows.slice(0, 20).entries()) {
    const keys = header.cells.map((c) => normalize(c.trim()))
    const upn = keys.findIndex((k) => UPN.includes(k))
    const licenses = keys.findIndex((k) => LICENSES.includes(k))
    if (upn < 0 || licenses < 0) continue
    const out: Assignments = new Map()
    for (const row of table.rows.slice(i + 1)) {
      const who = row.cells[upn]?.trim().toLowerCase()
      if (!who) continue
      const products = (row.cells[licenses] ?? '')
        .split(SEPARATOR)
        .map((p) => p.trim())
        .filter((p) => p !== '')
      const known = out.get(who)
      if (known) known.push(...products)
      else out.set(who, products)
    }
    return { ok: true, value: out }
  }
  const first = table.rows[0]?.cells.filter((c) => c.trim() !== '').slice(0, 12) ?? []
  return fail({ code: 'no-user-name', detail: first.join(', ') })
}
