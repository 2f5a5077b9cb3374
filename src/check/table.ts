/**
 * What every reader hands on: the file as rows of text cells, and the named problems a file can
 * have. Readers never throw; anything they cannot read becomes a ReadError the page shows in an alert.
 */

export interface Table {
  /** Rows as the file numbers them (1-based: the line or spreadsheet row, or the JSON record). */
  rows: { at: number; cells: string[] }[]
  /** "row" for tables, "record" for JSON results: how a message names a place in the file. */
  unit: 'row' | 'record'
  /** Which sheet, for spreadsheets with several. */
  sheet?: string
  /** The encoding a text file was read in (src/check/readers.ts decodeText). */
  encoding?: Encoding
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type ReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'not-a-table'
  | 'no-user-name'
  | 'broken-spreadsheet'
  | 'encrypted'
  | 'broken-csv'
  | 'broken-json'
  | 'broken-xml'

export interface ReadError {
  code: ReadErrorCode
  /** Where the problem is, as the file numbers it, when there is one place. */
  at?: number
  /** Where in a text file (JSON, XML) the problem is: line and column, from 1. */
  line?: number
  col?: number
  unit?: Table['unit']
  column?: string
  /** Details for the message, e.g. the columns that were found. */
  detail?: string
  /** A user list whose headers were not recognised: its header texts, for the column map (contract §10). */
  headers?: string[]
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: ReadError }

export const fail = (error: ReadError): { ok: false; error: ReadError } => ({ ok: false, error })

/**
 * The limits the page states: a user list of a large organization is a few megabytes, and the whole
 * file is held in memory while it is read, so larger files are refused before they are opened.
 */
export const MAX_BYTES = 50 * 1024 * 1024
export const MAX_ROWS = 200_000
/** Columns a JSON result may have: a systemuser record has a few hundred; records that each bring new keys would cost rows × keys. */
export const MAX_COLUMNS = 2_000
