import { describe, expect, it } from 'vitest'
import { RULEBOOK } from '../domain/advise'
import { csvField, csvRow } from '../share/csv'
import { costsOf } from '../share/prices'
import { type PlanInput, planTotals } from '../share/totals'
import { FORUM_2011 } from './__fixtures__/forum'
import { parseCsv } from './__fixtures__/parse-csv'
import { GROUP_HEADER, planCsv, TOTAL_HEADER } from './csv'

const forum: PlanInput = {
  ...FORUM_2011,
  groups: FORUM_2011.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
}

const LINK = 'https://example.test/?v=2&view=plan&product=crm2011&deploy=onprem&g=name:Field%20techs;count:800'
const csvOf = (plan: PlanInput, prices = {}) => {
  const totals = planTotals(plan)
  return planCsv(plan, totals, costsOf(totals.lines, prices), { link: LINK, date: '2026-12-02' })
}

/** The column of a group row by its header, so the tests read like the file. */
const groupCol = (name: string) => (GROUP_HEADER as readonly string[]).indexOf(name)
const totalCol = (name: string) => (TOTAL_HEADER as readonly string[]).indexOf(name)

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Field techs')).toBe('Field techs')
    expect(csvField(800)).toBe('800')
    expect(csvField(undefined)).toBe('')
  })

  it('quotes fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvField('Sales, north')).toBe('"Sales, north"')
    expect(csvField('The "A" team')).toBe('"The ""A"" team"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it('quotes a field holding a semicolon, the list separator of Excel in many locales', () => {
    expect(csvField('Sales;=1+1')).toBe('"Sales;\'=1+1"')
    expect(csvField('who=employee; via=portal')).toBe('"who=employee; via=portal"')
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 sales', "'+44 sales"],
    ['-10 people', "'-10 people"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTabbed', "'\tTabbed"],
    ['\0=1+1', "'\0=1+1"],
  ])('neutralises formula-looking text %j', (value, written) => {
    expect(csvField(value)).toBe(written)
  })

  it('issue 25: writes a plain decimal number given as text as a number, a negative difference too', () => {
    expect(csvField('-630.00')).toBe('-630.00')
    expect(csvField('12')).toBe('12')
    expect(csvField('-1+1')).toBe("'-1+1")
  })

  it('issue 24: no cell starts a formula when a `;`-locale spreadsheet splits a line at every semicolon', () => {
    /** How such a spreadsheet reads a line: `;` separates cells; a quote is special only at a cell's start. */
    const semicolonCells = (line: string) => {
      const cells: string[] = []
      let i = 0
      while (i <= line.length) {
        if (line[i] === '"') {
          let cell = ''
          i++
          while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
            cell += line[i] === '"' ? '"' : (line[i] ?? '')
            i += line[i] === '"' ? 2 : 1
          }
          i++
          const end = line.indexOf(';', i)
          cells.push(cell + line.slice(i, end < 0 ? line.length : end))
          i = end < 0 ? line.length + 1 : end + 1
        } else {
          const end = line.indexOf(';', i)
          cells.push(line.slice(i, end < 0 ? line.length : end))
          i = end < 0 ? line.length + 1 : end + 1
        }
      }
      return cells
    }
    const hostile = "Ops;=cmd|' /C calc'!A0"
    // Mid-line, as the totals row writes group names, and at the start of a line.
    for (const line of [csvRow(['Total', hostile, 3]), csvRow([hostile, 'x;@SUM(A1);+1;-2'])]) {
      for (const cell of semicolonCells(line)) expect(cell, line).not.toMatch(/^[=+\-@\t\r\0]/)
    }
  })

  it('neutralises first and then quotes, so the apostrophe is inside the quotes', () => {
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
    expect(csvField('\rtext')).toBe('"\'\rtext"')
  })

  it('joins fields with commas', () => {
    expect(csvRow(['a', 1, undefined, 'b,c'])).toBe('a,1,,"b,c"')
  })
})

describe('the plan as CSV', () => {
  it('has a header and a row per group, a blank line, the totals, and the rulebook version, in CRLF lines', () => {
    const text = csvOf(forum)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...GROUP_HEADER])
    const [id, confidence, counted] = ['License id', 'Confidence', 'In the totals'].map(groupCol)
    expect(rows.slice(1, 5).map((r) => [r[0], r[1], r[id], r[confidence], r[counted]])).toEqual([
      ['Customer portal users', '5000', 'external-connector', 'settled', 'yes'],
      ['Field techs', '800', 'ess-cal', 'settled', 'yes'],
      ['Field managers', '40', 'full-cal', 'settled', 'yes'],
      ['Executives', '20', 'limited-cal', 'settled', 'yes'],
    ])
    expect(rows[5]).toEqual([''])
    expect(rows[6]).toEqual([...TOTAL_HEADER])
    const [tid, quantity, unit, review] = ['License id', 'Quantity', 'Unit', 'Needs review'].map(totalCol)
    expect(rows.slice(7, 11).map((r) => [r[tid], r[quantity], r[unit]])).toEqual([
      ['external-connector', '1', 'server'],
      ['ess-cal', '800', 'people'],
      ['full-cal', '40', 'people'],
      ['limited-cal', '20', 'people'],
    ])
    expect(rows[8][0]).toBe('Microsoft Dynamics CRM 2011 Employee Self Service CAL, per user')
    expect(rows[7][review]).toBe('') // no group under review: the connector is settled for licenses bought in 2011
    expect(rows).toContainEqual(['Rulebook', RULEBOOK.version, RULEBOOK.date])
    expect(rows).toContainEqual(['Product', 'Dynamics CRM 2011', 'crm2011'])
    expect(rows.at(-2)).toEqual(['Plan link', LINK])
    expect(rows.at(-1)).toEqual(['Exported on', '2026-12-02'])
  })

  it('labels its columns, writes each group’s answers by their labels and its first reason with the full citation', () => {
    const rows = parseCsv(csvOf(forum))
    expect(rows[0].slice(0, 6)).toEqual([
      'Group',
      'Count',
      'Product',
      'Deployment',
      'Who is the person?',
      'When was the licensing agreement signed?',
    ])
    const techs = rows[2]
    expect(techs[groupCol('Product')]).toBe('Dynamics CRM 2011')
    expect(techs[groupCol('Who is the person?')]).toBe('An employee')
    expect(techs[groupCol('How does the person reach the CRM data?')]).toBe('A portal site')
    expect(techs[groupCol('What does the person do with the data?')]).toBe(
      'Updates records, including cases assigned to them',
    )
    expect(techs[groupCol('When was the licensing agreement signed?')]).toBe('')
    expect(techs[groupCol('License')]).toMatch(/Employee Self Service/)
    expect(techs[groupCol('License id')]).toBe('ess-cal')
    expect(techs[groupCol('Reason')].length).toBeGreaterThan(20)
    const citation = ['Source title', 'Publisher', 'Edition', 'Locator'].map((c) => techs[groupCol(c)])
    expect(citation.every((f) => f !== '')).toBe(true)
  })

  it('keeps awkward names intact and harmless', () => {
    const names = ['Sales, north', 'The "A" team', 'two\nlines', '=1+1', '@admins']
    const plan: PlanInput = {
      ...forum,
      groups: names.map((name) => ({ ...forum.groups[2], name })),
    }
    const rows = parseCsv(csvOf(plan))
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual([
      'Sales, north',
      'The "A" team',
      'two\nlines',
      "'=1+1",
      "'@admins",
    ])
    const total = rows.find((r) => r[totalCol('License id')] === 'full-cal')
    expect(total?.[totalCol('Quantity')]).toBe('200')
    expect(total?.[totalCol('Groups')]).toBe('Sales, north; The "A" team; two\nlines; =1+1; @admins')
  })

  it('writes an invalid count as typed (a number to a spreadsheet, never a formula), and says why the group is left out', () => {
    const plan: PlanInput = { ...forum, groups: [{ ...forum.groups[2], countText: '-5' }, forum.groups[3]] }
    const rows = parseCsv(csvOf(plan))
    expect(rows[1][1]).toBe('-5')
    expect(rows[1][groupCol('In the totals')]).toMatch(/^no: The count of “Field managers” must be a whole number/)
    expect(rows.filter((r) => r[1] === 'full-cal')).toEqual([])
  })

  it('writes a range count and the quantities it gives as both ends, as the planner shows them', () => {
    const plan: PlanInput = { ...forum, groups: [{ ...forum.groups[2], countText: '200-800' }] }
    const totals = planTotals(plan)
    const rows = parseCsv(csvOf(plan))
    expect(rows[1][groupCol('Count')]).toBe('200-800')
    const line = rows.find((r) => r[totalCol('License id')] === totals.lines[0].license)
    expect(totals.lines[0].low).toBeLessThan(totals.lines[0].quantity)
    expect(line?.[totalCol('Quantity')]).toBe(`${totals.lines[0].low}-${totals.lines[0].quantity}`)
  })

  it('writes a range’s cost as both ends, and says where a line has no price (issue 22 item 3)', () => {
    const plan: PlanInput = { ...forum, groups: [{ ...forum.groups[2], countText: '200-800' }, forum.groups[3]] }
    const rows = parseCsv(csvOf(plan, { 'full-cal': '100' }))
    const row = (id: string) => rows.find((r) => r[totalCol('License id')] === id)
    expect(row('full-cal')?.[totalCol('Cost')]).toBe('20000.00-80000.00')
    expect(row('limited-cal')?.[totalCol('Cost')]).toBe('no price entered')
    expect(rows.find((r) => r[0].startsWith('Total'))?.[totalCol('Cost')]).toBe('20000.00-80000.00')
  })

  it('adds unit prices and costs, with a total per period', () => {
    const plan: PlanInput = {
      product: 'd365',
      deploy: 'online',
      servers: 1,
      groups: [
        {
          name: 'Reps',
          countText: '25',
          answers: { who: 'employee', via: 'crm-client', does: 'full', device: 'named' },
        },
        { name: 'Portal', countText: '101', answers: { who: 'customer', via: 'portal', does: 'self-service' } },
      ],
    }
    const rows = parseCsv(csvOf(plan))
    expect(rows.find((r) => r[1] === 'd365-app')?.slice(6)).toEqual(['105', 'USD', 'per month', '2625.00'])
    expect(rows.find((r) => r[1] === 'power-pages-authenticated')?.slice(2, 3)).toEqual(['2'])
    expect(rows.find((r) => r[0] === 'Total per month')?.slice(7)).toEqual(['USD', 'per month', '3025.00'])
  })
})
