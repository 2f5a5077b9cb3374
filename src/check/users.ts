import { normalize } from './codes'
import { fail, MAX_ROWS, type Read, type Table } from './table'
import type { MapField } from './vocabulary'

/**
 * A user list's columns, found by their English display names (the headers an Export to Excel
 * prints) or their Web API logical names (contract §6), and by the German display names Microsoft's
 * German documentation gives the User table's columns (docs/i18n/de-exports.json; issue 23). A
 * column whose German name no source gives (Title, License Type) is asked for in the column map.
 * Matching ignores case, spaces, dashes and underscores; the hidden `(Do Not Modify) …` columns of
 * a re-importable export are skipped.
 */
export const FIELDS = {
  fullName: ['Full Name', 'fullname', 'Vollständiger Name'],
  userName: ['User Name', 'domainname', 'Benutzername'],
  email: ['Primary Email', 'internalemailaddress', 'Primäre E-Mail-Adresse'],
  unit: ['Business Unit', '_businessunitid_value', 'businessunitid', 'Unternehmenseinheit'],
  title: ['Title', 'title'],
  jobTitle: ['Job Title', 'jobtitle'],
  accessMode: ['Access Mode', 'accessmode', 'Zugriffsmodus'],
  licenseType: ['License Type', 'caltype'],
  status: ['Status', 'isdisabled'],
  licensed: ['User Licensed', 'islicensed'],
  applicationId: ['Application ID', 'applicationid', 'Anwendungs-ID'],
  objectId: ['Azure AD Object ID', 'azureactivedirectoryobjectid'],
  roles: ['Security Roles', 'Security Role', 'systemuserroles_association', 'Sicherheitsrollen'],
} as const satisfies Record<string, readonly string[]>

export type Field = keyof typeof FIELDS

/**
 * The column map (contract §10): for each field the page asks about, the file's header text of the
 * column that holds it. It is how a list whose headers are in another language, or renamed, is read.
 */
export type ColumnMap = Partial<Record<MapField, string>>

/** The user-list field each column-map field fills. */
export const FIELD_OF: Readonly<Record<MapField, Field>> = {
  user: 'userName',
  name: 'fullName',
  email: 'email',
  unit: 'unit',
  title: 'title',
  'access-mode': 'accessMode',
  'license-type': 'licenseType',
  status: 'status',
  roles: 'roles',
  licensed: 'licensed',
  application: 'applicationId',
}

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
  encoding?: Table['encoding']
  /** The header row's texts, in file order (hidden columns left out): what the column map offers. */
  headers: string[]
}

const ALIASES: ReadonlyMap<string, Field> = new Map(
  Object.entries(FIELDS).flatMap(([field, names]) => names.map((n) => [normalize(n), field as Field])),
)

const HIDDEN = /^\(do not modify\)/i

/**
 * Which column holds which field; the first column wins when two have the same name. A column the
 * column map names wins over a recognised header, and takes its column away from the recognised field.
 */
function columnsOf(cells: readonly string[], mapped: ReadonlyMap<string, Field[]>): Map<Field, number> {
  const found = new Map<Field, number>()
  const chosen = new Map<Field, number>()
  cells.forEach((cell, i) => {
    const text = cell.trim()
    if (HIDDEN.test(text)) return
    const key = normalize(text)
    for (const field of mapped.get(key) ?? []) if (!chosen.has(field)) chosen.set(field, i)
    const field = ALIASES.get(key)
    if (field && !found.has(field)) found.set(field, i)
  })
  const taken = new Set(chosen.values())
  for (const [field, i] of found) if (taken.has(i) && !chosen.has(field)) found.delete(field)
  for (const [field, i] of chosen) found.set(field, i)
  return found
}

/** The column map as header text (compared like the aliases) → the fields it fills. */
function mappedOf(map: ColumnMap | undefined): Map<string, Field[]> {
  const mapped = new Map<string, Field[]>()
  for (const [f, header] of Object.entries(map ?? {})) {
    const field = FIELD_OF[f as MapField]
    if (!field || typeof header !== 'string' || header.trim() === '') continue
    const key = normalize(header.trim())
    mapped.set(key, [...(mapped.get(key) ?? []), field])
  }
  return mapped
}

/** The column map the recognised headers already give: what the page's selects start from. */
export function suggestColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = {}
  const fieldOf = Object.entries(FIELD_OF) as [MapField, Field][]
  for (const header of headers) {
    const field = ALIASES.get(normalize(header))
    const mapField = fieldOf.find(([, f]) => f === field || (f === 'title' && field === 'jobTitle'))?.[0]
    if (mapField && !map[mapField]) map[mapField] = header
  }
  return map
}

const headersOf = (cells: readonly string[]) => cells.map((c) => c.trim()).filter((c) => c !== '' && !HIDDEN.test(c))

/** How far down a title block or blank lines may push the header row before the file is not a user list. */
const HEADER_SEARCH = 20

/**
 * The rows of a table as users: the header row is the first that names a user column, by its
 * recognised name or through the column map. When none does, the error carries the first row's texts
 * so the page can ask which column holds each field.
 */
export function usersOf(table: Table, map?: ColumnMap): Read<UserList> {
  if (table.rows.length === 0) return fail({ code: 'empty' })
  const mapped = mappedOf(map)
  let header = -1
  let columns = new Map<Field, number>()
  for (let i = 0; i < Math.min(table.rows.length, HEADER_SEARCH); i++) {
    const found = columnsOf(table.rows[i].cells, mapped)
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
      detail: headersOf(first.cells).slice(0, 12).join(', '),
      headers: headersOf(first.cells),
    })
  }
  const headerCells = table.rows[header].cells
  if (!columns.has('userName')) {
    return fail({
      code: 'no-user-name',
      at: table.rows[header].at,
      unit: table.unit,
      detail: headerCells.join(', '),
      headers: headersOf(headerCells),
    })
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
  return {
    ok: true,
    value: {
      users,
      columns: named,
      unit: table.unit,
      blank,
      sheet: table.sheet,
      encoding: table.encoding,
      headers: headersOf(headerCells),
    },
  }
}
