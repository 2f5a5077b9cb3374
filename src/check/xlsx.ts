import { type Unzipped, unzipSync } from 'fflate'
import { Parser } from 'saxen'
import { fail, type Read, type ReadError } from './table'

/**
 * A reader of .xlsx workbooks for the check's worker: the cell text of every worksheet, nothing else.
 *
 * Its own, because the reader it replaces (read-excel-file) unzips with fflate's asynchronous unzip,
 * which starts a worker from a `blob:` URL: the site's policy (`worker-src 'self'`) blocks that, and
 * a 3,000-user export waited forever. Here the unzip is synchronous, inside the check's own worker.
 * Work and memory follow the cells actually in the file, never the range a sheet declares
 * (`A1:XFD1048576`): a row holds only the columns some cell of the sheet uses.
 */

export interface Sheet {
  sheet: string
  /** The rows that have a cell, with their row number in the sheet. */
  rows: { at: number; cells: string[] }[]
}

/** How much an .xlsx may unpack to: a zip bomb is refused from its directory, before anything is inflated. */
export const MAX_UNPACKED = 400 * 1024 * 1024
/** How many cells a workbook may hold: far above 50,000 users × their columns, far below a tab's memory. */
export const MAX_CELLS = 5_000_000

const decoder = new TextDecoder()
const local = (name: string) => name.slice(name.indexOf(':') + 1)

/** Parses XML with saxen (no DOMParser in a worker; it expands no entity but the predefined ones). */
function parseXml(
  xml: string,
  on: {
    open?: (name: string, attrs: () => Record<string, string>, selfClosing: boolean) => void
    close?: (name: string) => void
    text?: (text: string) => void
  },
): string | undefined {
  let broken: string | undefined
  const parser = new Parser()
  if (on.open) {
    const open = on.open
    parser.on('openTag', (name, attrs, _decode, selfClosing) => open(local(name), attrs, selfClosing))
  }
  if (on.close) {
    const close = on.close
    parser.on('closeTag', (name) => close(local(name)))
  }
  if (on.text) {
    const text = on.text
    parser.on('text', (value, decode) => text(decode(value)))
    parser.on('cdata', (value) => text(value))
  }
  parser.on('error', (error) => {
    broken ??= error.message
  })
  parser.parse(xml)
  return broken
}

/** The column index (0-based) of a cell reference like `AB12`, or undefined. */
export function columnOf(ref: string | undefined): number | undefined {
  if (ref === undefined) return undefined
  let column = 0
  let i = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code < 65 || code > 90) break
    column = column * 26 + (code - 64)
  }
  return i === 0 || i > 3 || column > 16_384 ? undefined : column - 1
}

/** Text in `<t>` elements under each `<si>`, rich-text runs joined, phonetic guides (`<rPh>`) left out. */
function sharedStrings(xml: string | undefined): string[] | string {
  const strings: string[] = []
  if (xml === undefined) return strings
  let current: string | undefined
  let inText = false
  let phonetic = 0
  const broken = parseXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') current = selfClosing ? undefined : ''
      if (name === 'si' && selfClosing) strings.push('')
      else if (name === 'rPh' && !selfClosing) phonetic++
      else if (name === 't' && !selfClosing) inText = true
    },
    close(name) {
      if (name === 't') inText = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si' && current !== undefined) {
        strings.push(current)
        current = undefined
      }
    },
    text(text) {
      if (inText && phonetic === 0 && current !== undefined) current += text
    },
  })
  return broken ?? strings
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30), and custom ones with day, month or year codes. */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57])
function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>()
  if (xml === undefined) return dates
  const custom = new Set<number>()
  let inCellXfs = false
  let index = 0
  parseXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') {
        const a = attrs()
        // Quoted text and [colour] or [$-locale] parts do not make a format a date.
        const code = (a.formatCode ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '')
        if (/[dmy]/i.test(code)) custom.add(Number(a.numFmtId))
      } else if (name === 'cellXfs') inCellXfs = !selfClosing
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs().numFmtId ?? 0)
        if (DATE_FORMATS.has(id) || custom.has(id)) dates.add(index)
        index++
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return dates
}

/** An Excel date serial (1900 system) as its ISO day. */
function isoDay(serial: number): string {
  const day = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000))
  return Number.isNaN(day.getTime()) ? String(serial) : day.toISOString().slice(0, 10)
}

/** Sheet names in workbook order, with the part each is stored in. */
function sheetParts(files: Unzipped): { name: string; part: string }[] {
  const rels = new Map<string, string>()
  const relsXml = files['xl/_rels/workbook.xml.rels']
  if (relsXml) {
    parseXml(decoder.decode(relsXml), {
      open(name, attrs) {
        if (name !== 'Relationship') return
        const { Id, Target } = attrs()
        if (Id === undefined || Target === undefined) return
        rels.set(Id, Target.startsWith('/') ? Target.slice(1) : `xl/${Target}`)
      },
    })
  }
  const sheets: { name: string; part: string }[] = []
  const workbook = files['xl/workbook.xml']
  if (workbook) {
    parseXml(decoder.decode(workbook), {
      open(name, attrs) {
        if (name !== 'sheet') return
        const a = attrs()
        const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1]
        const part = id === undefined ? undefined : rels.get(id)
        if (part !== undefined && files[part]) sheets.push({ name: a.name ?? '', part })
      },
    })
  }
  // A workbook without a readable directory still has its sheets where Excel puts them.
  if (sheets.length === 0) {
    for (const part of Object.keys(files).sort()) {
      const match = /^xl\/worksheets\/(sheet\d+)\.xml$/.exec(part)
      if (match) sheets.push({ name: match[1] ?? part, part })
    }
  }
  return sheets
}

type Cells = { count: number }

/** One worksheet's cells. Columns are those some cell uses, in order; rows, those with a cell. */
function readSheet(
  xml: string,
  strings: string[],
  dates: Set<number>,
  budget: Cells,
): { rows: Sheet['rows'] } | ReadError {
  const present: { at: number; cells: Map<number, string> }[] = []
  const used = new Set<number>()
  let row: Map<number, string> | undefined
  let rowAt = 0
  let nextColumn = 0
  let cell: { column: number; type: string; style: number; value: string } | undefined
  let inValue = false
  let tooMany = false
  const broken = parseXml(xml, {
    open(name, attrs, selfClosing) {
      if (tooMany) return
      if (name === 'row') {
        const r = Number(attrs().r)
        rowAt = Number.isInteger(r) && r > rowAt ? r : rowAt + 1
        row = new Map()
        nextColumn = 0
        if (selfClosing) row = undefined
      } else if (name === 'c' && row) {
        const a = attrs()
        const column = columnOf(a.r) ?? nextColumn
        nextColumn = column + 1
        cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '' }
        if (selfClosing) cell = undefined
      } else if ((name === 'v' || name === 't') && cell && !selfClosing) inValue = true
    },
    close(name) {
      if (tooMany) return
      if (name === 'v' || name === 't') inValue = false
      else if (name === 'c' && cell && row) {
        const text = cellValue(cell, strings, dates)
        if (text !== '') {
          if (++budget.count > MAX_CELLS) tooMany = true
          row.set(cell.column, text)
          used.add(cell.column)
        }
        cell = undefined
      } else if (name === 'row' && row) {
        if (row.size > 0) present.push({ at: rowAt, cells: row })
        row = undefined
      }
    },
    text(text) {
      if (inValue && cell) cell.value += text
    },
  })
  if (tooMany) return { code: 'too-large', detail: `more than ${MAX_CELLS} cells` }
  if (broken !== undefined) return { code: 'broken-spreadsheet', detail: broken.slice(0, 200) }
  const columns = [...used].sort((a, b) => a - b)
  return {
    rows: present.map(({ at, cells }) => ({ at, cells: columns.map((c) => cells.get(c) ?? '') })),
  }
}

function cellValue(cell: { type: string; style: number; value: string }, strings: string[], dates: Set<number>) {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? ''
    case 'b':
      return cell.value === '1' ? 'TRUE' : cell.value === '0' ? 'FALSE' : cell.value
    case 'n': {
      const n = Number(cell.value)
      return cell.value !== '' && dates.has(cell.style) && Number.isFinite(n) ? isoDay(n) : cell.value
    }
    default:
      // str (a formula's text), inlineStr (<is><t>), e (an error such as #N/A): the text as written.
      return cell.value
  }
}

const WANTED = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/

/** Every worksheet of an .xlsx file, or why it cannot be read. Never throws. */
export function readXlsxSheets(bytes: Uint8Array): Read<Sheet[]> {
  let unpacked = 0
  let files: Unzipped
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize
        return unpacked <= MAX_UNPACKED && WANTED.test(file.name)
      },
    })
  } catch {
    return fail({ code: 'broken-spreadsheet' })
  }
  if (unpacked > MAX_UNPACKED) return fail({ code: 'too-large', detail: String(unpacked) })
  const text = (part: string) => {
    const data = files[part]
    return data === undefined ? undefined : decoder.decode(data)
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'))
  if (typeof strings === 'string') return fail({ code: 'broken-spreadsheet', detail: strings.slice(0, 200) })
  const dates = dateStyles(text('xl/styles.xml'))
  const parts = sheetParts(files)
  if (parts.length === 0) return fail({ code: 'broken-spreadsheet' })
  const budget: Cells = { count: 0 }
  const sheets: Sheet[] = []
  for (const { name, part } of parts) {
    const read = readSheet(text(part) ?? '', strings, dates, budget)
    if ('code' in read) return fail(read)
    sheets.push({ sheet: name, rows: read.rows })
  }
  return { ok: true, value: sheets }
}
