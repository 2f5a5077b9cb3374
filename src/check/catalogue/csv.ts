/**
 * Reads a copy of Microsoft's CSV "Product names and service plan identifiers for licensing" (one row per
 * service plan, header Product_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,
 * Service_Plans_Included_Friendly_Names) into one row per product. Copies differ: Microsoft's file starts
 * with a UTF-8 byte-order mark, copies re-saved by Excel are Windows-1252, some String IDs carry spaces
 * ("DYN365_ ENTERPRISE _RELATIONSHIP_SALES") and names non-breaking spaces. Pure: bytes in, rows out.
 */

export interface ProductRow {
  name: string
  id: string
  guid: string
}

/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('windows-1252').decode(body)
  }
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
export function csvRecords(text: string, delimiter = ','): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === delimiter) {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

/** Non-breaking and other odd spaces become plain ones; runs of spaces become one. */
export const cleanText = (text: string) =>
  text
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()

/** A String ID as the products' key: spaces Microsoft's copies put inside some IDs are not part of it. */
export const cleanId = (id: string) => cleanText(id).replace(/\s*_\s*/g, '_')

const HEADER = ['productdisplayname', 'stringid', 'guid'] as const
const key = (text: string) =>
  cleanText(text)
    .toLowerCase()
    .replace(/[^a-z]/g, '')

export class CsvLayoutError extends Error {}

/** One row per product (the first display name first), in file order. Throws on a file without the columns. */
export function productsOf(bytes: Uint8Array): ProductRow[] {
  const records = csvRecords(decodeCsv(bytes))
  const header = (records[0] ?? []).map(key)
  const at = HEADER.map((h) => header.indexOf(h))
  if (at.some((i) => i < 0)) throw new CsvLayoutError(`missing column: expected ${HEADER.join(', ')}`)
  const [nameAt, idAt, guidAt] = at
  const byGuid = new Map<string, ProductRow & { names: Set<string> }>()
  const out: ProductRow[] = []
  for (const record of records.slice(1)) {
    const guid = cleanText(record[guidAt] ?? '').toLowerCase()
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid)) continue
    const name = cleanText(record[nameAt] ?? '')
    const id = cleanId(record[idAt] ?? '')
    const known = byGuid.get(guid)
    if (known) {
      if (name && !known.names.has(name)) {
        known.names.add(name)
        out.push({ name, id: known.id, guid })
      }
      continue
    }
    byGuid.set(guid, { name, id, guid, names: new Set([name]) })
    out.push({ name, id, guid })
  }
  return out
}
