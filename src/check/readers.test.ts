import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RUNS } from '../test-runs'
import { xlsxOf } from './__fixtures__/xlsx'
import { loadUserList } from './load'
import { decodeText, readCsv, readJson, readSpreadsheetMl, readTable } from './readers'
import { MAX_BYTES } from './table'

const utf8 = (text: string) => new TextEncoder().encode(text)

async function users(bytes: Uint8Array) {
  const list = await loadUserList(bytes)
  if (!list.ok) throw new Error(`expected users, got ${list.error.code}`)
  return list.value
}

async function errorOf(bytes: Uint8Array) {
  const list = await loadUserList(bytes)
  if (list.ok) throw new Error('expected an error')
  return list.error
}

describe('CSV', () => {
  it.each([
    ['comma', 'Full Name,User Name\r\nAna,CONTOSO\\ana\r\n'],
    ['semicolon', 'Full Name;User Name\nAna;CONTOSO\\ana\n'],
    ['tab', 'Full Name\tUser Name\nAna\tCONTOSO\\ana\n'],
    ['pipe', 'Full Name|User Name\nAna|CONTOSO\\ana\n'],
  ])('reads the %s dialect', async (_name, text) => {
    expect((await users(utf8(text))).users).toEqual([{ at: 2, fullName: 'Ana', userName: 'CONTOSO\\ana' }])
  })

  it('drops a UTF-8 byte order mark and keeps quoted commas, quotes and line breaks', async () => {
    const text = '\uFEFF"Full Name","User Name",Title\n"Berg, Anna","CONTOSO\\anna","Says ""hi""\nand more"\n'
    const list = await users(utf8(text))
    expect(list.columns.fullName).toBe('Full Name')
    expect(list.users[0]).toMatchObject({ fullName: 'Berg, Anna', title: 'Says "hi"\nand more' })
  })

  it('reads UTF-16 text with its byte order mark (Excel’s “Unicode text”)', async () => {
    const text = 'Full Name\tUser Name\nZoë\tCONTOSO\\zoe\n'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i)
    expect((await users(bytes)).users[0].fullName).toBe('Zoë')
  })

  it('names the row of a quote that is never closed', () => {
    const read = readCsv('Full Name,User Name\nAna,"CONTOSO\\ana\n')
    expect(read).toMatchObject({ ok: false, error: { code: 'broken-csv', unit: 'row' } })
  })
})

describe('header matching', () => {
  it('skips the (Do Not Modify) columns, ignores case and spaces, and reads reordered columns', async () => {
    const text =
      '(Do Not Modify) User,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,license type,STATUS,username,Full  Name\n' +
      'a1,x,2026-01-01,Professional,Enabled,CONTOSO\\ana,Ana\n'
    const list = await users(utf8(text))
    expect(list.columns).toEqual({
      licenseType: 'license type',
      status: 'STATUS',
      userName: 'username',
      fullName: 'Full  Name',
    })
    expect(list.users[0]).toEqual({
      at: 2,
      licenseType: 'Professional',
      status: 'Enabled',
      userName: 'CONTOSO\\ana',
      fullName: 'Ana',
    })
  })

  it('reads Web API logical names as headers', async () => {
    const list = await users(utf8('domainname,accessmode,caltype,isdisabled\nana@contoso.com,0,0,false\n'))
    expect(list.users[0]).toEqual({
      at: 2,
      userName: 'ana@contoso.com',
      accessMode: '0',
      licenseType: '0',
      status: 'false',
    })
  })

  it('finds the header row below a title block', async () => {
    const list = await users(utf8('Enabled Users\n\nFull Name,User Name\nAna,CONTOSO\\ana\n'))
    expect(list.users).toHaveLength(1)
  })

  it('names the columns it found when a localized export has no User Name column it knows', async () => {
    const error = await errorOf(
      utf8("Nom complet,Nom d'utilisateur,Mode d'accès\nAnne,CONTOSO\\anne,Lecture-écriture\n"),
    )
    expect(error).toMatchObject({
      code: 'no-user-name',
      at: 1,
      detail: "Nom complet, Nom d'utilisateur, Mode d'accès",
    })
  })

  it('reads a German export by the column names Microsoft’s German documentation gives (issue 23)', async () => {
    const list = await users(
      utf8(
        'Vollständiger Name,Benutzername,Primäre E-Mail-Adresse,Unternehmenseinheit,Zugriffsmodus,Status,Sicherheitsrollen\n' +
          'Anna,CONTOSO\\anna,anna@contoso.com,Vertrieb,Lesen-Schreiben,Aktiviert,Vertriebsmitarbeiter\n',
      ),
    )
    expect(list.users[0]).toEqual({
      at: 2,
      fullName: 'Anna',
      userName: 'CONTOSO\\anna',
      email: 'anna@contoso.com',
      unit: 'Vertrieb',
      accessMode: 'Lesen-Schreiben',
      status: 'Aktiviert',
      roles: 'Vertriebsmitarbeiter',
    })
  })

  it('a table with a Full Name but no User Name column is refused with the row of its header', async () => {
    expect(await errorOf(utf8('Full Name,Title\nAna,Rep\n'))).toMatchObject({ code: 'no-user-name', at: 1 })
  })

  it('keeps a row with no user name (it is classified for review), and counts blank rows apart', async () => {
    const list = await users(utf8('Full Name,User Name,Title\n,,\n,,Rep\nAna,CONTOSO\\ana,\n'))
    expect(list.users.map((u) => u.at)).toEqual([3, 4])
    expect(list.blank).toBe(1)
  })

  it('refuses text that is not a table', async () => {
    expect((await errorOf(utf8('just one line of prose\n'))).code).toBe('not-a-table')
  })
})

describe('xlsx', () => {
  it('reads the sheet that names the users, not the export’s hidden metadata sheet', async () => {
    const bytes = xlsxOf({
      hiddenSheet: [['entity', 'systemuser']],
      Users: [
        ['(Do Not Modify) User', 'Full Name', 'User Name', 'Access Mode'],
        ['guid', 'Ana', 'CONTOSO\\ana', 'Read-Write'],
      ],
    })
    const list = await users(bytes)
    expect(list.sheet).toBe('Users')
    expect(list.users).toEqual([{ at: 2, fullName: 'Ana', userName: 'CONTOSO\\ana', accessMode: 'Read-Write' }])
  })

  it('names a broken spreadsheet and an encrypted workbook', async () => {
    const zip = xlsxOf({ Users: [['User Name'], ['a']] })
    expect((await errorOf(zip.slice(0, 60))).code).toBe('broken-spreadsheet')
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect((await errorOf(ole)).code).toBe('encrypted')
  })
})

describe('Excel 2003 XML', () => {
  const ns =
    'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
  const cell = (s: string) => `<Cell><Data ss:Type="String">${s}</Data></Cell>`

  it('reads rows and cells, honours ss:Index and decodes entities', () => {
    const xml = `<?xml version="1.0"?><Workbook ${ns}><Worksheet ss:Name="Users"><Table><Row>${cell('Full Name')}${cell('User Name')}${cell('Title')}</Row><Row>${cell('Anna &amp; Co')}<Cell ss:Index="3"><Data ss:Type="String">Rep</Data></Cell></Row></Table></Worksheet></Workbook>`
    const read = readSpreadsheetMl(xml)
    expect(read).toEqual({
      ok: true,
      value: {
        unit: 'row',
        sheet: 'Users',
        rows: [
          { at: 1, cells: ['Full Name', 'User Name', 'Title'] },
          { at: 2, cells: ['Anna & Co', '', 'Rep'] },
        ],
      },
    })
  })

  it('does not expand entities a DOCTYPE declares', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "AAAAAAAAAA">]><Workbook ${ns}><Worksheet><Table><Row>${cell('User Name')}</Row><Row>${cell('&a;')}</Row></Table></Worksheet></Workbook>`
    const read = readSpreadsheetMl(xml)
    expect(read.ok && read.value.rows[1].cells[0]).not.toContain('AAAAAAAAAA')
  })

  it('names a broken XML spreadsheet', () => {
    expect(readSpreadsheetMl(`<Workbook ${ns}><Worksheet><Table><Row>`).ok).toBe(false)
    expect(readSpreadsheetMl(`<Workbook ${ns}><Worksheet><Table><Row></Cell></Row>`)).toMatchObject({ ok: false })
  })
})

describe('Web API JSON', () => {
  const page = (users: object[], next = true) =>
    JSON.stringify({ '@odata.context': 'x', value: users, ...(next ? { '@odata.nextLink': 'y' } : {}) })

  it('reads pages pasted together, formatted lookups and the role association', async () => {
    const text = `${page([
      {
        domainname: 'ana@contoso.com',
        accessmode: 0,
        isdisabled: false,
        _businessunitid_value: 'guid',
        '_businessunitid_value@OData.Community.Display.V1.FormattedValue': 'Sales',
        systemuserroles_association: [{ name: 'Salesperson' }, { name: 'Marketing' }],
      },
    ])}\n${page([{ domainname: 'bo@contoso.com', accessmode: 4 }], false)}`
    const list = await users(utf8(text))
    expect(list.unit).toBe('record')
    expect(list.users).toEqual([
      {
        at: 1,
        userName: 'ana@contoso.com',
        accessMode: '0',
        status: 'false',
        unit: 'Sales',
        roles: 'Salesperson; Marketing',
      },
      { at: 2, userName: 'bo@contoso.com', accessMode: '4' },
    ])
  })

  it('reads a bare array of records', async () => {
    expect((await users(utf8('[{"domainname":"a@b.c"}]'))).users).toHaveLength(1)
  })

  it('names broken JSON and JSON that holds no records', () => {
    expect(readJson('{"value": [')).toMatchObject({ ok: false, error: { code: 'broken-json' } })
    expect(readJson('[1, 2]')).toMatchObject({ ok: false, error: { code: 'not-a-table' } })
  })
})

describe('limits and the unreadable', () => {
  it('refuses an empty file and one over the size limit before reading it', async () => {
    expect((await readTable(new Uint8Array(0))).ok).toBe(false)
    const big = { byteLength: MAX_BYTES + 1 } as Uint8Array
    expect(await readTable(big)).toEqual({ ok: false, error: { code: 'too-large', detail: String(MAX_BYTES + 1) } })
  })

  it('any bytes end in users or a named error, never a throw', async () => {
    const prefixes = [
      '',
      'PK\u0003\u0004',
      '{',
      '[',
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
      'User Name,',
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 200 }), async (prefix, tail) => {
        const head = new TextEncoder().encode(prefix)
        const bytes = new Uint8Array(head.length + tail.length)
        bytes.set(head)
        bytes.set(tail, head.length)
        const list = await loadUserList(bytes)
        expect(list.ok ? Array.isArray(list.value.users) : typeof list.error.code).toBe(list.ok ? true : 'string')
      }),
      // Each case is a whole read; a quarter of the suite's count keeps this test well under a second.
      { ...RUNS, numRuns: Math.max(100, Math.floor(RUNS.numRuns / 4)) },
    )
  })
})

describe('issue 25: the encoding of a text file', () => {
  const csv = 'Full Name,User Name\nZoë Müller,CONTOSO\\zoe\nRené Lefèvre,CONTOSO\\rene\n'
  const utf16le = Buffer.from(csv, 'utf16le')
  const utf16be = Buffer.from(utf16le).swap16()
  const cases: [string, Uint8Array, string][] = [
    ['UTF-8', Buffer.from(csv, 'utf8'), 'utf-8'],
    ['UTF-8 with its BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]), 'utf-16le'],
    ['UTF-16 BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'utf-16be'],
    ['UTF-16 LE without a BOM', utf16le, 'utf-16le'],
    ['UTF-16 BE without a BOM', utf16be, 'utf-16be'],
    ['Windows-1252', Buffer.from(csv, 'latin1'), 'windows-1252'],
  ]
  it.each(cases)('reads %s with its accented names, and says which it was', async (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: csv, encoding })
    const table = await readTable(bytes)
    expect(table.ok && table.value.encoding).toBe(encoding)
    expect(table.ok && table.value.rows[1]?.cells).toEqual(['Zoë Müller', 'CONTOSO\\zoe'])
  })
})

describe('issue 25: where a broken file is broken', () => {
  it('numbers an unclosed quote by the file’s own line, past the first megabyte too', () => {
    const lines = ['Full Name,User Name']
    for (let i = 2; i < 40_000; i++) lines.push(`User ${i} with a longer name,CONTOSO\\user${i}`)
    lines.splice(34_999, 0, '"Never closed,CONTOSO\\x')
    const text = `${lines.join('\n')}\n`
    expect(text.length).toBeGreaterThan(1024 * 1024)
    expect(readCsv(text)).toMatchObject({ ok: false, error: { code: 'broken-csv', at: 35_000 } })
  })

  it('gives the line and column of a JSON error', () => {
    expect(readJson('{"value": [\n  {"fullname": "A",}\n]}')).toMatchObject({
      ok: false,
      error: { code: 'broken-json', line: 2, col: 20 },
    })
  })

  it('gives the line and column of an XML error', () => {
    const xml =
      '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">\n<Worksheet><Table><Row><Cell><Data>a</Data></Cel></Row></Table></Worksheet></Workbook>'
    const read = readSpreadsheetMl(xml)
    expect(read).toMatchObject({ ok: false, error: { code: 'broken-xml', line: 3 } })
    expect(!read.ok && read.error.col).toBeGreaterThan(1)
  })
})

describe('issue 24: hostile JSON stays bounded', () => {
  it('reads 20,000 records of 60 keys in proportion to the data', () => {
    const record = (i: number) =>
      Object.fromEntries([
        ['domainname', `CONTOSO\\user${i}`],
        ...Array.from({ length: 59 }, (_, k) => [`field${k}`, k]),
      ])
    const text = JSON.stringify({ value: Array.from({ length: 20_000 }, (_, i) => record(i)) })
    const started = performance.now()
    const read = readJson(text)
    expect(read.ok && read.value.rows).toHaveLength(20_001)
    // Generous for a busy machine: the old reader took 75 s on a file of this kind.
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('refuses records that each bring new keys, before building rows × keys cells', () => {
    const text = JSON.stringify({ value: Array.from({ length: 20_000 }, (_, i) => ({ [`key${i}`]: i })) })
    expect(readJson(text)).toMatchObject({ ok: false, error: { code: 'too-many-columns' } })
  })
})
