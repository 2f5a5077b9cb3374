import { normalize } from './codes'
import { fail, MAX_ROWS, type Read, type Table } from './table'

/**
 * A user list's columns, found by their English display names (the headers an Export to Excel
 * prints) or their Web API logical names (contract §6). Matching ignores case, spaces, dashes and
 * underscores; the hidden `(Do Not Modify) …` columns of a re-importable export are skipped.
 */
export const FIELDS = {
  fullName: ['Full Name', 'fullname'],
  userName: ['User Name', 'domainname'],
  email: ['Primary Email', 'internalemailaddress'],
  unit: ['Business Unit', '_businessunitid_value', 'businessunitid'],
  title: ['Title', 'title'],
  jobTitle: ['Job Title', 'jobtitle'],
  accessMode: ['Access Mode', 'accessmode'],
  licenseType: ['License Type', 'caltype'],
  status: ['Status', 'isdisabled'],
  licensed: ['User Licensed', 'islicensed'],
  applicationId: ['Application ID', 'applicationid'],
  objectId: ['Azure AD Object ID', 'azureactivedirectoryobjectid'],
  roles: ['Security Roles', 'Security Role', 'systemuserroles_association'],
} as const satisfies Record<string, readonly string[]>

export type Field = keyof typeof FIELDS

/** One row of the user list, as text; what the cells mean is decided per product by classify.ts. */
export type UserRow = { at: number } & { [F in Field]?: string }

export interface UserList {
  users: UserRow[]
  /** The file's header text for each column found. */
  columns: Partial<Record<Field, string>>
  unit: Table['unit']
  /** How many rows had no user name and no full name (blank lines of a spreadsheet): counted, not users. */
  blank: number
  sheet?: string
}

const ALIASES: ReadonlyMap<string, Field> = new Map(
  Object.entries(FIELDS).flatMap(([field, names]) => names.map((n) => [normalize(n), field as Field])),
)

const HIDDEN = /^\(do not modify\)/i

/** Which column holds which field; the first column wins when two have the same name. */
function columnsOf(cells: readonly string[]): Map<Field, number> {
  const found = new Map<Field, number>()
  cells.forEach((cell, i) => {
    const text = cell.trim()
    if (HIDDEN.test(text)) return
    const field = ALIASES.get(normalize(text))
    if (field && !found.has(field)) found.set(field, i)
  })
  return found
}

/** How far down a title block or blank lines may push the header row before the file is not a user list. */
const HEADER_SEARCH = 20

/** The rows of a table as users: the header row is the first that names a user column. */
export function usersOf(table: Table): Read<UserList> {
  if (table.rows.length === 0) return fail({ code: 'empty' })
  let header = -1
  let columns = new Map<Field, number>()
  for (let i = 0; i < Math.min(table.rows.length, HEADER_SEARCH); i++) {
    const found = columnsOf(table.rows[i].cells)
    if (found.has('userName') || found.has('fullName')) {
      header = i
      columns = found
      break
    }
  }
  if (header < 0) {
    const first = table.rows.find((r) => r.cells.some((c) => c.trim() !== ''))
    const widest = Math.max(...table.rows.slice(0, HEADER_SEARCH).map((r) => r.cells.length))
    if (!first || widest < 2) return fail({ code: 'not-a-table', unit: table.unit })
    return fail({
      code: 'no-user-name',
      at: first.at,
      unit: table.unit,
      detail: first.cells
        .filter((c) => c.trim() !== '' && !HIDDEN.test(c.trim()))
        .slice(0, 12)
        .join(', '),
    })
  }
  const headerCells = table.rows[header].cells
  if (!columns.has('userName')) {
    return fail({ code: 'no-user-name', at: table.rows[header].at, unit: table.unit, detail: headerCells.join(', ') })
  }
  const body = table.rows.slice(header + 1)
  if (body.length > MAX_ROWS) return fail({ code: 'too-many-rows', detail: String(body.length) })

  const entries = [...columns]
  const users: UserRow[] = []
  let blank = 0
  for (const row of body) {
    const user: UserRow = { at: row.at }
    for (const [field, i] of entries) {
      const value = row.cells[i]?.trim()
      if (value) user[field] = value
    }
    if (user.userName === undefined && user.fullName === undefined) {
      if (row.cells.every((c) => c.trim() === '')) {
        blank++
        continue
      }
    }
    users.push(user)
  }
  const named: Partial<Record<Field, string>> = {}
  for (const [field, i] of entries) named[field] = headerCells[i].trim()
  return { ok: true, value: { users, columns: named, unit: table.unit, blank, sheet: table.sheet } }
}
