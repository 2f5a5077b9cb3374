import Papa from 'papaparse'
import { Parser } from 'saxen'
import { type Encoding, fail, MAX_BYTES, MAX_COLUMNS, MAX_ROWS, type Read, type ReadError, type Table } from './table'
import { readXlsxSheets, type Sheet } from './xlsx'

/**
 * The readers of a user list: CSV (any delimiter, with or without BOM, quoted fields) through
 * papaparse, .xlsx through our own reader (src/check/xlsx.ts), Excel 2003 XML (SpreadsheetML, what CRM 2011/2013
 * export) through the saxen SAX parser, and Web API JSON (one page or several pasted together).
 * The format is told from the bytes, not the file name. None of them throws.
 */

export type Format = 'csv' | 'xlsx' | 'spreadsheetml' | 'json'
export type Progress = (done: number) => void

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
// An OLE compound file: an encrypted (password-protected) workbook, or an old binary .xls.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet'

/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes fall: text in Latin script has one
 * in every other byte, on the odd side in little-endian, the even side in big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1
  if (length < 4) return undefined
  let even = 0
  let odd = 0
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = length / 2
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le'
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be'
  return undefined
}

/**
 * The bytes as text, and the encoding they were read in: UTF-16 by its byte-order mark or, without
 * one, by where its NUL bytes fall; else UTF-8 (its BOM dropped) when the bytes are valid UTF-8;
 * else Windows-1252, what Excel's "CSV" writes in Western European locales (a German "Vollständiger
 * Name"), which the page names in its notice, since a file in another code page would read wrongly.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const decode = (encoding: Encoding, from = 0) => ({
    text: new TextDecoder(encoding).decode(bytes.subarray(from)),
    encoding,
  })
  if (startsWith(bytes, [0xff, 0xfe])) return decode('utf-16le', 2)
  if (startsWith(bytes, [0xfe, 0xff])) return decode('utf-16be', 2)
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return decode(utf16)
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' }
  } catch {
    return decode('windows-1252')
  }
}

export const textOf = (bytes: Uint8Array): string => decodeText(bytes).text

/** The format, told from the bytes (and the start of the text), not the file name. */
export function formatOf(bytes: Uint8Array, text: () => string): Format | ReadError {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE)) return { code: 'encrypted' }
  const head = text().slice(0, 4096).trimStart()
  if (head.startsWith('{') || head.startsWith('[')) return 'json'
  if (head.startsWith('<')) return head.includes(SPREADSHEET_NS) ? 'spreadsheetml' : { code: 'not-a-table' }
  // A NUL in text is a binary file (a picture, a PDF, a zip with another signature).
  if (head.includes('\0')) return { code: 'not-a-table' }
  return 'csv'
}

/** Reads one file into a table. `progress` hears fractions from 0 to 1 for the part of the work that can tell. */
export async function readTable(bytes: Uint8Array, progress: Progress = () => {}): Promise<Read<Table>> {
  try {
    if (bytes.byteLength === 0) return fail({ code: 'empty' })
    if (bytes.byteLength > MAX_BYTES) return fail({ code: 'too-large', detail: String(bytes.byteLength) })
    let decoded: { text: string; encoding: Encoding } | undefined
    const text = () => {
      decoded ??= decodeText(bytes)
      return decoded.text
    }
    // Which encoding a text format was read in, for the page to name when it was a guess.
    const withEncoding = (read: Read<Table>): Read<Table> =>
      read.ok && decoded ? { ok: true, value: { ...read.value, encoding: decoded.encoding } } : read
    const format = formatOf(bytes, text)
    if (typeof format !== 'string') return fail(format)
    switch (format) {
      case 'xlsx':
        return readXlsx(bytes)
      case 'spreadsheetml':
        return withEncoding(readSpreadsheetMl(text()))
      case 'json':
        return withEncoding(readJson(text()))
      case 'csv':
        return withEncoding(readCsv(text(), progress))
    }
  } catch {
    // The readers catch what they know; anything else is still a file we could not read, never a crash.
    return fail({ code: 'not-a-table' })
  }
}

export function readCsv(text: string, progress: Progress = () => {}): Read<Table> {
  const rows: Table['rows'] = []
  let line = 0
  let problem: ReadError | undefined
  const total = text.length || 1
  let tooMany = false
  // Blank lines are kept so rows keep the file's line numbers, but they confuse papaparse's delimiter
  // guess on a short file: so the guess is made on the first rows without them.
  const { delimiter } = Papa.parse<string[]>(text.slice(0, 65_536), { preview: 20, skipEmptyLines: 'greedy' }).meta
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1024 * 1024,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      // papaparse numbers a chunk's rows from 0: the file's line is the lines before this chunk plus that.
      const before = line
      for (const cells of results.data) {
        line++
        if (cells.length === 1 && cells[0] === '') continue
        rows.push({ at: line, cells })
      }
      const bad = results.errors.find((e) => e.type === 'Quotes')
      if (bad && !problem)
        problem = { code: 'broken-csv', at: before + (bad.row ?? 0) + 1, unit: 'row', detail: bad.message }
      if (rows.length > MAX_ROWS + 1) {
        tooMany = true
        parser.abort()
      }
      progress(Math.min(1, results.meta.cursor / total))
    },
    complete: () => {},
  })
  if (tooMany) return fail({ code: 'too-many-rows', detail: `more than ${MAX_ROWS}` })
  if (problem) return fail(problem)
  return { ok: true, value: { rows, unit: 'row' } }
}

function readXlsx(bytes: Uint8Array): Read<Table> {
  const sheets = readXlsxSheets(bytes)
  return sheets.ok ? firstSheetWithRows(sheets.value) : sheets
}

function firstSheetWithRows(sheets: Sheet[]): Read<Table> {
  const tables: Table[] = sheets.map((s) => ({
    rows: s.rows.filter((r) => r.cells.some((c) => c !== '')),
    unit: 'row',
    sheet: s.sheet,
  }))
  // Dynamics 365 exports add a hidden sheet of re-import metadata: the users are on the sheet that names them.
  const named = tables.find((t) =>
    t.rows
      .slice(0, 20)
      .some((r) => r.cells.some((c) => /^(user ?name|domainname|full ?name|fullname)$/i.test(c.trim()))),
  )
  const table = named ?? tables.find((t) => t.rows.length > 0)
  if (!table) return fail({ code: 'empty' })
  if (table.rows.length > MAX_ROWS + 1) return fail({ code: 'too-many-rows', detail: String(table.rows.length) })
  return { ok: true, value: table }
}

/**
 * SpreadsheetML: Workbook > Worksheet > Table > Row > Cell > Data, where `ss:Index` on a Row or Cell
 * skips ahead. A SAX parser, because DOMParser does not exist in a worker; saxen decodes only the
 * predefined and numeric entities, so a DOCTYPE cannot expand into anything.
 */
export function readSpreadsheetMl(xml: string): Read<Table> {
  const sheets: { sheet: string; rows: string[][] }[] = []
  let rows: string[][] = []
  let row: string[] | undefined
  let cell: string | undefined
  let inData = false
  let column = 0
  let broken: string | undefined
  const parser = new Parser()
  const local = (name: string) => name.slice(name.indexOf(':') + 1)
  const indexOf = (attrs: Record<string, string>) => {
    const value = attrs['ss:Index'] ?? attrs.Index
    const n = value === undefined ? Number.NaN : Number.parseInt(value, 10)
    return Number.isFinite(n) && n >= 1 && n <= 16_384 ? n : undefined
  }
  parser.on('openTag', (name, attrs, _decode, selfClosing) => {
    switch (local(name)) {
      case 'Worksheet':
        rows = []
        sheets.push({ sheet: attrs()['ss:Name'] ?? '', rows })
        break
      case 'Row': {
        const at = indexOf(attrs())
        if (at !== undefined) while (rows.length < at - 1) rows.push([])
        row = []
        column = 0
        if (selfClosing) {
          rows.push(row)
          row = undefined
        }
        break
      }
      case 'Cell': {
        const at = indexOf(attrs())
        if (at !== undefined) column = at - 1
        cell = ''
        if (selfClosing && row) {
          row[column++] = ''
          cell = undefined
        }
        break
      }
      case 'Data':
        inData = !selfClosing
        break
    }
  })
  parser.on('closeTag', (name) => {
    switch (local(name)) {
      case 'Data':
        inData = false
        break
      case 'Cell':
        if (row && cell !== undefined) row[column++] = cell
        cell = undefined
        break
      case 'Row':
        if (row) rows.push(Array.from(row, (c) => c ?? ''))
        row = undefined
        break
    }
  })
  parser.on('text', (value, decode) => {
    if (inData && cell !== undefined) cell += decode(value)
  })
  parser.on('cdata', (value) => {
    if (inData && cell !== undefined) cell += value
  })
  let brokenAt: { line: number; col: number } | undefined
  parser.on('error', (error, context) => {
    broken ??= error.message
    const at = context?.()
    if (!brokenAt && at) brokenAt = { line: at.line + 1, col: at.column + 1 }
  })
  parser.parse(xml)
  if (broken !== undefined) return fail({ code: 'broken-xml', detail: broken.slice(0, 200), ...brokenAt })
  if (sheets.length === 0) return fail({ code: 'not-a-table' })
  return firstSheetWithRows(
    sheets.map((s) => ({ sheet: s.sheet, rows: s.rows.map((cells, i) => ({ at: i + 1, cells })) })),
  )
}

/** The top-level JSON values in a text: one document, or pages of a Web API result pasted one after another. */
function jsonValues(text: string): unknown[] | undefined {
  try {
    return [JSON.parse(text)]
  } catch {
    // Pasted pages: split where one top-level value ends, then let JSON.parse judge each part.
  }
  const values: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' || c === ']') {
      depth--
      if (depth < 0) return undefined
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)))
        } catch {
          return undefined
        }
      }
    } else if (depth === 0 && !/[\s,]/.test(c)) return undefined
  }
  return depth === 0 && values.length > 0 ? values : undefined
}

const FORMATTED = '@OData.Community.Display.V1.FormattedValue'
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The user records of each value: a page's `value` array, an array of records, or one record. */
function recordsOf(values: unknown[]): Record<string, unknown>[] | undefined {
  const records: Record<string, unknown>[] = []
  for (const value of values) {
    const list = isRecord(value) && Array.isArray(value.value) ? value.value : Array.isArray(value) ? value : [value]
    for (const item of list) {
      if (!isRecord(item)) return undefined
      records.push(item)
    }
  }
  return records
}

function jsonCell(record: Record<string, unknown>, key: string): string {
  // A lookup's GUID means nothing to a person: its name, when the result carries formatted values.
  const formatted = key.startsWith('_') ? record[`${key}${FORMATTED}`] : undefined
  const value = formatted ?? record[key]
  if (Array.isArray(value)) {
    return (
      value
        // Graph's assignedLicenses are records of { skuId, disabledPlans }: the product is the skuId.
        .map((v) => (isRecord(v) ? (v.name ?? v.skuPartNumber ?? v.skuId) : v))
        .filter((v): v is string => typeof v === 'string')
        .join('; ')
    )
  }
  if (value === null || value === undefined || isRecord(value)) return ''
  return String(value)
}

/** Line and column (from 1) of a place in a text. */
export function positionOf(text: string, index: number): { line: number; col: number } {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, col: index - start + 1 }
}

/** Where JSON.parse stops on a text, from its message (V8 names the position), if it says. */
function jsonErrorAt(text: string): { line: number; col: number } | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    const lineCol = /line (\d+) column (\d+)/.exec(message)
    if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) }
    const position = /position (\d+)/.exec(message)
    return position ? positionOf(text, Number(position[1])) : undefined
  }
}

export function readJson(text: string): Read<Table> {
  const values = jsonValues(text)
  if (values === undefined) return fail({ code: 'broken-json', ...jsonErrorAt(text) })
  const records = recordsOf(values)
  if (records === undefined) return fail({ code: 'not-a-table' })
  if (records.length > MAX_ROWS) return fail({ code: 'too-many-rows', detail: String(records.length) })
  const keys: string[] = []
  const seen = new Set<string>()
  for (const r of records)
    for (const k of Object.keys(r)) {
      if (k.includes('@') || seen.has(k)) continue
      seen.add(k)
      keys.push(k)
      if (keys.length > MAX_COLUMNS) return fail({ code: 'too-many-columns', detail: String(MAX_COLUMNS) })
    }
  const rows = [
    { at: 0, cells: keys },
    ...records.map((r, i) => ({ at: i + 1, cells: keys.map((k) => jsonCell(r, k)) })),
  ]
  return { ok: true, value: { rows, unit: 'record' } }
}
