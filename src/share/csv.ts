/** Spreadsheet files the planner and the compliance check write: one field and one row per RFC 4180, formula-safe. */

/*
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab, CR or NUL that some
 * programs strip first) gets an apostrophe in front, so a group named "=HYPERLINK(…)" stays text
 * (ASVS 5.0 V1.2.10). Numbers are written as numbers and never altered.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/
/** The same after a semicolon: where a spreadsheet in a `;` locale starts a cell, even mid-field (a quote is special only at a field's start). */
const FORMULA_AFTER_SEMICOLON = /;(?=[=+\-@\t\r\0])/g
/** A plain decimal number written as text (a cost, a difference): a number to a spreadsheet, never a formula. */
const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * One field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled; also
 * when it holds a semicolon, the list separator Excel uses in many locales, so a cell is never split
 * there and a formula after the semicolon never starts a cell of its own.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'number' || DECIMAL.test(value)) return String(value)
  const guarded = value.replace(FORMULA_AFTER_SEMICOLON, ";'")
  const text = FORMULA_START.test(guarded) ? `'${guarded}` : guarded
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(fields: readonly (string | number | undefined)[]): string {
  return fields.map(csvField).join(',')
}
