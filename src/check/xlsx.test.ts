import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { workbookOf, xlsxOf } from './__fixtures__/xlsx'
import { columnOf, readXlsxSheets } from './xlsx'

const rowsOf = (bytes: Uint8Array) => {
  const read = readXlsxSheets(bytes)
  if (!read.ok) throw new Error(read.error.code)
  return read.value
}

describe('readXlsxSheets', () => {
  it('reads cell references to column numbers', () => {
    expect(columnOf('A1')).toBe(0)
    expect(columnOf('Z9')).toBe(25)
    expect(columnOf('AA1')).toBe(26)
    expect(columnOf('XFD1048576')).toBe(16_383)
    expect(columnOf('XFE1')).toBeUndefined()
    expect(columnOf('1')).toBeUndefined()
  })

  it('reads shared strings (rich-text runs joined, phonetic guides left out), numbers, booleans and dates', () => {
    const bytes = workbookOf(
      {
        Users: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
          '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" s="1"><v>45992</v></c><c r="D2"><v>12.5</v></c></row>',
        ].join(''),
      },
      {
        'xl/sharedStrings.xml':
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Full Name</t></si><si><t>Is Disabled</t></si><si><t>Modified On</t></si><si><t>Cost</t></si><si><r><t>Zoë </t></r><r><t>Müller</t></r><rPh><t>ゾエ</t></rPh></si></sst>',
        'xl/styles.xml':
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      },
    )
    expect(rowsOf(bytes)).toEqual([
      {
        sheet: 'Users',
        rows: [
          { at: 1, cells: ['Full Name', 'Is Disabled', 'Modified On', 'Cost'] },
          { at: 2, cells: ['Zoë Müller', 'TRUE', '2025-12-01', '12.5'] },
        ],
      },
    ])
  })

  it('keeps each row’s number in the sheet, and only the columns some cell uses', () => {
    const bytes = workbookOf({
      Users:
        '<row r="1"><c r="B1" t="inlineStr"><is><t>User Name</t></is></c></row><row r="7"><c r="B7" t="inlineStr"><is><t>a@contoso.com</t></is></c></row>',
    })
    expect(rowsOf(bytes)[0]?.rows).toEqual([
      { at: 1, cells: ['User Name'] },
      { at: 7, cells: ['a@contoso.com'] },
    ])
  })

  it('issue 24: a sheet that declares A1:XFD1048576, or has a cell at XFD1048576, costs only the cells present', () => {
    const bytes = workbookOf({
      Users:
        '<row r="1"><c r="A1" t="inlineStr"><is><t>User Name</t></is></c></row>' +
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>',
    })
    const [sheet] = rowsOf(bytes)
    expect(sheet?.rows).toEqual([
      { at: 1, cells: ['User Name', ''] },
      { at: 1_048_576, cells: ['', 'far'] },
    ])
  })

  it('issue 24: 20,000 columns are read in proportion to the cells, quickly', () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => `<c t="inlineStr"><is><t>h${i}</t></is></c>`).join('')
    const started = performance.now()
    const [sheet] = rowsOf(workbookOf({ Users: `<row r="1">${cells}</row><row r="2">${cells}</row>` }))
    expect(sheet?.rows[1]?.cells).toHaveLength(20_000)
    expect(sheet?.rows[1]?.cells[19_999]).toBe('h19999')
    // Far below the 16 s the old reader took; a generous bound for a busy machine.
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('finds the sheets in workbook order by their relationships, and in xl/worksheets without them', () => {
    const two = xlsxOf({ Meta: [['x']], Users: [['User Name'], ['a']] })
    expect(rowsOf(two).map((s) => s.sheet)).toEqual(['Meta', 'Users'])
  })

  it('refuses a broken zip or a workbook without sheets as a broken spreadsheet, never throws', () => {
    const broken = xlsxOf({ Users: [['User Name']] }).slice(0, 200)
    expect(readXlsxSheets(broken)).toMatchObject({ ok: false, error: { code: 'broken-spreadsheet' } })
    const empty = zipSync({ 'xl/other.xml': new Uint8Array([60, 97, 47, 62]) })
    expect(readXlsxSheets(empty)).toMatchObject({ ok: false, error: { code: 'broken-spreadsheet' } })
    const badXml = workbookOf({ Users: '<row r="1"><c r="A1"><v>1</v></row>' })
    expect(readXlsxSheets(badXml)).toMatchObject({ ok: false, error: { code: 'broken-spreadsheet' } })
  })
})
