import { SHORT_NAME } from '../domain/names'
import type { Product } from '../domain/types'
import type { ValueMap } from './classify'
import { LICENSE_TYPE_TABLES } from './codes'
import type { ColumnMap } from './users'
import { MAP_FIELDS, type MapField, VALUE_FIELDS, type ValueField } from './vocabulary'

/**
 * The column and value maps of contract §10: the codes a value may be mapped to, and how both maps
 * are kept in the saved mapping's address (`col=<field>|<header>`, `val=<field>|<code>|<value>`).
 * They hold header texts and option labels as in the file, never a row.
 */

export interface ValueCode {
  code: string
  label: string
}

const ACCESS_MODES: readonly ValueCode[] = [
  { code: '0', label: '0 · Read-Write' },
  { code: '1', label: '1 · Administrative' },
  { code: '2', label: '2 · Read' },
  { code: '3', label: '3 · Support User' },
  { code: '4', label: '4 · Non-interactive' },
  { code: '5', label: '5 · Delegated Admin' },
]

const STATUS_CODES: readonly ValueCode[] = [
  { code: 'enabled', label: 'Enabled' },
  { code: 'disabled', label: 'Disabled' },
]

/**
 * The License Type codes of the product's version: its stored integers, or, for CRM 4.0 whose codes
 * are not in the research, its labels. Each is named by the license it gives.
 */
function licenseTypeCodes(product: Product): ValueCode[] {
  const table = LICENSE_TYPE_TABLES[product]
  const numeric = Object.keys(table).filter((k) => /^\d+$/.test(k))
  const keys = numeric.length > 0 ? numeric : Object.keys(table)
  return keys.map((code) => {
    const held = table[code].license
    const name = held === 'none' ? 'Administrative (no license)' : held === 'unknown' ? 'for review' : SHORT_NAME[held]
    return { code, label: `${code} · ${name}` }
  })
}

/** The codes a value of this field may be mapped to (for License Type, per version). */
export function valueCodes(field: ValueField, product: Product | undefined): readonly ValueCode[] {
  if (field === 'access-mode') return ACCESS_MODES
  if (field === 'status') return STATUS_CODES
  return product ? licenseTypeCodes(product) : []
}

const MAX_MAPPED = 200
const MAX_TEXT = 200

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value)

export function appendMaps(params: URLSearchParams, columns?: ColumnMap, values?: ValueMap) {
  for (const field of MAP_FIELDS) {
    const header = columns?.[field]
    if (header) params.append('col', `${field}|${header.slice(0, MAX_TEXT)}`)
  }
  let n = 0
  for (const field of VALUE_FIELDS) {
    for (const [value, code] of Object.entries(values?.[field] ?? {})) {
      if (n++ >= MAX_MAPPED) return
      params.append('val', `${field}|${code}|${value.slice(0, MAX_TEXT)}`)
    }
  }
}

/** The maps of an address; anything malformed, unknown or not a code of its field is dropped. Never throws. */
export function readMaps(
  params: URLSearchParams,
  product: Product | undefined,
): { columns: ColumnMap; values: ValueMap } {
  const columns: ColumnMap = {}
  const values: Partial<Record<ValueField, Record<string, string>>> = {}
  for (const text of params.getAll('col').slice(0, MAP_FIELDS.length * 2)) {
    const bar = text.indexOf('|')
    const field = text.slice(0, bar)
    const header = text.slice(bar + 1, bar + 1 + MAX_TEXT).trim()
    if (bar < 0 || !isOneOf<MapField>(MAP_FIELDS, field) || header === '' || columns[field]) continue
    columns[field] = header
  }
  for (const text of params.getAll('val').slice(0, MAX_MAPPED)) {
    const [field, code] = text.split('|', 2)
    if (!isOneOf<ValueField>(VALUE_FIELDS, field) || code === undefined) continue
    const value = text.slice(field.length + code.length + 2, field.length + code.length + 2 + MAX_TEXT)
    if (value === '' || !valueCodes(field, product).some((c) => c.code === code)) continue
    const map: Record<string, string> = values[field] ?? Object.create(null)
    values[field] = map
    if (!Object.hasOwn(map, value)) map[value] = code
  }
  return { columns, values }
}
