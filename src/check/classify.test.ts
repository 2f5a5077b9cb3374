import { describe, expect, it } from 'vitest'
import { advise } from '../domain/advise'
import type { Answers } from '../domain/types'
import { LINK_VERSION } from '../share/advice'
import type { AssignedUser } from './assignments'
import { resolveProduct } from './catalogue/lookup'
import { type CheckInput, checkUsers, verdictOf } from './classify'
import { accessModeOf, disabledOf, heldTypeOf, LICENSE_TYPE_TABLES, yesNo } from './codes'
import { readErrorText } from './content'
import { decodeMapping, encodeMapping } from './mapping'
import type { UserRow } from './users'

const columns = { userName: 'User Name', accessMode: 'Access Mode', licenseType: 'License Type', status: 'Status' }
const check = (users: Omit<UserRow, 'at'>[], more: Partial<CheckInput> = {}) =>
  checkUsers({
    product: 'crm2016',
    deploy: 'onprem',
    columns,
    users: users.map((u, i) => ({ at: i + 2, userName: `CONTOSO\\u${i}`, ...u })),
    ...more,
  })

const assigned = (...products: string[]): AssignedUser => ({
  products: products.map(resolveProduct).filter((p) => p.kind !== 'other'),
  blocked: false,
  guest: false,
})

const FULL: Answers = {
  product: 'crm2016',
  deploy: 'onprem',
  who: 'employee',
  via: 'crm-client',
  does: 'full',
  device: 'named',
}

describe('code tables', () => {
  it('read access modes by code and by label', () => {
    expect(['0', '1', '2', '3', '4', '5'].map(accessModeOf)).toEqual([
      'read-write',
      'administrative',
      'read',
      'support',
      'non-interactive',
      'delegated-admin',
    ])
    expect(accessModeOf('Read-Write')).toBe('read-write')
    expect(accessModeOf('non interactive')).toBe('non-interactive')
    expect(accessModeOf('7')).toBeUndefined()
  })

  it('issue 25: names of Object.prototype are no access mode', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(accessModeOf(value)).toBeUndefined()
  })

  it('read License Type per version: the 2011 names, the 2013 names, and CRM 2016’s None/Limited/Full', () => {
    expect(heldTypeOf('crm2011', '0')?.license).toBe('full-cal')
    expect(heldTypeOf('crm2011', 'Limited')?.license).toBe('limited-cal')
    expect(heldTypeOf('crm2013', '0')?.license).toBe('professional-cal')
    expect(heldTypeOf('crm2013', 'Essential')?.license).toBe('essential-cal')
    expect(heldTypeOf('crm2016', 'Limited')?.license).toBe('basic-cal')
    expect(heldTypeOf('crm2016', 'Full')?.license).toBe('professional-cal')
    expect(heldTypeOf('d365', '9')?.license).toBe('d365-cal')
    expect(heldTypeOf('crm2013', '7')).toMatchObject({ license: 'unknown' })
    expect(heldTypeOf('crm2013', '14')).toBeUndefined()
  })

  it('read the German labels Microsoft’s German documentation gives (issue 23, docs/i18n/de-exports.json)', () => {
    expect(
      ['Lesen-Schreiben', 'Verwaltung', 'Administrator', 'Lesezugriff', 'Supportbenutzer', 'Nicht interaktiv'].map(
        accessModeOf,
      ),
    ).toEqual(['read-write', 'administrative', 'administrative', 'read', 'support', 'non-interactive'])
    expect(
      ['Vollzugriff', 'Begrenzt', 'Gerät voll', 'Gerät begrenzt', 'Administrator'].map(
        (v) => heldTypeOf('crm2011', v)?.license,
      ),
    ).toEqual(['full-cal', 'limited-cal', 'full-device-cal', 'limited-device-cal', 'none'])
    expect([disabledOf('Deaktiviert'), disabledOf('Aktiviert'), yesNo('Ja'), yesNo('Nein')]).toEqual([
      true,
      false,
      true,
      false,
    ])
  })

  it('map every code to Administrative = no license in each table that has it', () => {
    for (const product of ['crm2011', 'crm2013', 'crm2016', 'd365'] as const) {
      expect(LICENSE_TYPE_TABLES[product]['1']?.license).toBe('none')
    }
  })
})

describe('what a row settles', () => {
  it('application users, system accounts, support and delegated admins need no license', () => {
    const r = check([
      { applicationId: '3f9a1c2e-7b4d-4e8a-9c1f-2d3e4f5a6b7c' },
      { fullName: '# Power Platform' },
      { userName: 'crmoln@microsoft.com' },
      { accessMode: 'Support User' },
      { accessMode: '5' },
    ])
    expect(r.checked.map((c) => c.settled?.status)).toEqual(['free', 'free', 'free', 'free', 'free'])
    expect(r.checked[0].settled?.reasons.map((x) => x.source.id)).toEqual(['S38', 'N6'])
  })

  it('an all-zero Application ID is not an application user', () => {
    expect(check([{ applicationId: '00000000-0000-0000-0000-000000000000' }]).checked[0].settled).toBeUndefined()
  })

  it('Administrative access mode or License Type needs no license, citing rule R25', () => {
    const r = check([{ accessMode: 'Administrative' }, { licenseType: 'Administrative', accessMode: 'Read-Write' }])
    expect(r.checked.map((c) => c.settled?.status)).toEqual(['free', 'free'])
    expect(r.checked[0].settled?.reasons[0].fact.id).toBe('R25.S39')
  })

  it('non-interactive users are free up to 7 per instance online; the eighth is for review', () => {
    const users = Array.from({ length: 8 }, () => ({ accessMode: '4' }))
    const online = check(users, { product: 'd365', deploy: 'online' })
    expect(online.nonInteractiveLimit).toBe(7)
    expect(online.checked.map((c) => c.settled?.status)).toEqual([...Array(7).fill('free'), 'review'])
    expect(check(users, { product: 'crm2016', deploy: 'online' }).checked[5].settled?.status).toBe('review')
    expect(check(users).checked.every((c) => c.settled?.status === 'free')).toBe(true)
  })

  it('a disabled user still holding a license is flagged; one holding none is fine', () => {
    const r = check([
      { status: 'Disabled', licenseType: 'Professional' },
      { status: '1', licenseType: 'Administrative' },
      { status: 'Disabled' },
    ])
    expect(r.checked.map((c) => c.settled?.status)).toEqual(['disabled', 'ok', 'review'])
    expect(r.checked[0].settled?.reasons[0].fact.id).toBe('disabled.N7')
  })

  it('lists values outside the code tables with their rows, and keeps the users for review', () => {
    const r = check([{ licenseType: '14' }, { licenseType: '14' }, { accessMode: 'Kiosk' }])
    expect(r.unknown).toEqual([
      { field: 'licenseType', column: 'License Type', value: '14', at: [2, 3] },
      { field: 'accessMode', column: 'Access Mode', value: 'Kiosk', at: [4] },
    ])
    expect(r.checked).toHaveLength(3)
    expect(verdictOf(r.checked[0], advise(FULL)).status).toBe('review')
  })

  it('online, the license held comes from the assignments file, never from License Type', () => {
    const assignments = new Map([
      ['a@contoso.com', assigned('DYN365_ENTERPRISE_SALES', 'DYN365_ENTERPRISE_CUSTOMER_SERVICE')],
      ['b@contoso.com', assigned('Microsoft 365 E3')],
      ['c@contoso.com', assigned('DYN365_ENTERPRISE_SALES', 'D365_CUSTOMER_SERVICE_ENT_ATTACH')],
    ])
    const r = check(
      [
        { userName: 'a@contoso.com', licenseType: '0' },
        { userName: 'b@contoso.com' },
        { userName: 'c@contoso.com' },
        { userName: 'd@contoso.com' },
      ],
      { product: 'd365', deploy: 'online', assignments },
    )
    expect(r.checked.map((c) => [c.held, c.extra])).toEqual([
      ['d365-sales-enterprise', 'd365-customer-service-enterprise'],
      ['none', undefined],
      ['d365-sales-enterprise', undefined],
      ['unknown', undefined],
    ])
    const withoutFile = check([{ licensed: 'No' }, { licensed: 'Yes' }], { product: 'd365', deploy: 'online' })
    expect(withoutFile.checked.map((c) => c.held)).toEqual(['none', 'unknown'])
  })
})

describe('a user’s status once the group is answered', () => {
  const one = (u: Omit<UserRow, 'at'>, answers: Answers = FULL, more: Partial<CheckInput> = {}) =>
    verdictOf(check([u], more).checked[0], advise(answers))

  it('unanswered until the group’s path is complete', () => {
    expect(verdictOf(check([{ licenseType: 'Professional' }]).checked[0], undefined)).toMatchObject({
      status: 'unanswered',
      needed: 'unknown',
    })
  })

  it('ok, under, over and a lower tier, each with the advice’s reasons', () => {
    const ok = one({ licenseType: 'Professional' })
    expect(ok).toMatchObject({ status: 'ok', held: 'professional-cal', needed: 'professional-cal' })
    expect(ok.reasons.length).toBeGreaterThan(0)
    expect(one({ licenseType: 'Basic' })).toMatchObject({ status: 'under', held: 'basic-cal' })
    expect(one({ licenseType: 'Essential' }).status).toBe('under')
    expect(
      one({ licenseType: 'Professional' }, { ...FULL, who: 'employee', does: 'light', records: 'custom' }).status,
    ).toBe('over')
  })

  it('two base licenses on one person are over-licensed', () => {
    const assignments = new Map([['a@contoso.com', assigned('DYN365_ENTERPRISE_SALES', 'DYN365_SALES_PREMIUM')]])
    const v = one(
      { userName: 'a@contoso.com' },
      { ...FULL, product: 'd365', deploy: 'online', app: 'sales', also: 'none', 'sales-needs': 'advanced' },
      { product: 'd365', deploy: 'online', assignments },
    )
    expect(v).toMatchObject({ status: 'over', held: 'd365-sales-premium', needed: 'd365-sales-enterprise' })
  })

  it('a device CAL cannot be checked per user, and an unknown held license is for review', () => {
    expect(one({ licenseType: 'Device Professional' }).status).toBe('review')
    expect(one({}).status).toBe('review')
  })
})

describe('the mapping link', () => {
  it('holds the grouping, the group keys and their answers, and reads them back on the path', () => {
    const answers = new Map<string, Answers>([
      ['Salesperson; Marketing', { who: 'employee', via: 'crm-client', does: 'full', device: 'named' }],
      ['a|b', { who: 'customer-employee' }],
    ])
    const link = encodeMapping({ product: 'crm2016', deploy: 'onprem', by: 'role', answers })
    expect(link.startsWith(`?v=${LINK_VERSION}&view=check&product=crm2016&deploy=onprem&by=role&m=`)).toBe(true)
    expect(decodeMapping(link)).toEqual({ product: 'crm2016', deploy: 'onprem', by: 'role', answers })
  })

  it('drops answers off the path and never throws on a hostile address', () => {
    const read = decodeMapping('?product=crm2016&deploy=onprem&by=unit&m=who:employee;does:nonsense|Sales&m=%E0%A4%A|x')
    expect(read.by).toBe('unit')
    expect(read.answers.get('Sales')).toEqual({ who: 'employee' })
    expect(decodeMapping('?by=evil&m=|||').by).toBe('role')
  })
})

describe('the alerts for files that cannot be read', () => {
  it('name the file, the problem and, where there is one, the row or column', () => {
    expect(readErrorText('u.csv', { code: 'too-large', detail: '60000000' })).toBe(
      'u.csv is larger than the 50 MB this page reads. Export fewer columns, or split the list.',
    )
    expect(readErrorText('u.csv', { code: 'broken-csv', at: 7, unit: 'row' })).toBe(
      'u.csv has a quoted field that is never closed (row 7).',
    )
    expect(readErrorText('u.json', { code: 'no-user-name', at: 0, unit: 'record', detail: 'name, mail' })).toContain(
      'Columns found: name, mail',
    )
  })
})

describe('Dynamics 365 at the SKU (contract section 9): what is held against what the answers need', () => {
  const seller = {
    ...FULL,
    product: 'd365',
    deploy: 'online',
    app: 'sales',
    also: 'none',
  } as const satisfies Answers
  const verdict = (answers: Answers, ...held: string[]) =>
    verdictOf(
      check([{ userName: 'a@contoso.com' }], {
        product: 'd365',
        deploy: 'online',
        assignments: new Map([['a@contoso.com', assigned(...held)]]),
      }).checked[0],
      advise(answers),
    )

  it('an Enterprise license covers a Professional need; a Professional one is a step short of Enterprise', () => {
    expect(verdict({ ...seller, 'sales-needs': 'core' }, 'DYN365_ENTERPRISE_SALES')).toMatchObject({
      status: 'over',
      needed: 'd365-sales-professional',
    })
    expect(verdict({ ...seller, 'sales-needs': 'advanced' }, 'D365_SALES_PRO')).toMatchObject({ status: 'under' })
    expect(verdict({ ...seller, 'sales-needs': 'advanced' }, 'DYN365_ENTERPRISE_SALES').status).toBe('ok')
  })

  it('a base with its attach covers two apps; the base alone is short of the second', () => {
    const both = {
      ...seller,
      also: 'customer-service',
      'sales-needs': 'advanced',
      'service-needs': 'advanced',
    } as const satisfies Answers
    expect(verdict(both, 'DYN365_ENTERPRISE_SALES', 'D365_CUSTOMER_SERVICE_ENT_ATTACH').status).toBe('ok')
    const short = verdict(both, 'DYN365_ENTERPRISE_SALES')
    expect(short.status).toBe('under')
    expect(short.why).toMatch(/also need Customer Service Enterprise attach/)
  })

  it('a legacy Customer Engagement Plan covers the Enterprise level of Sales', () => {
    expect(verdict({ ...seller, 'sales-needs': 'advanced' }, 'DYN365_ENTERPRISE_PLAN1').status).toBe('ok')
  })
})

describe('Team Members against an app (contract section 9)', () => {
  it('is a step short of the app the answers need', () => {
    const v = verdictOf(
      checkUsers({
        product: 'd365',
        deploy: 'online',
        columns: { userName: 'User Name' },
        users: [{ userName: 't@contoso.com', at: 2 }],
        assignments: new Map([['t@contoso.com', assigned('DYN365_TEAM_MEMBERS')]]),
      }).checked[0],
      advise({
        ...FULL,
        product: 'd365',
        deploy: 'online',
        app: 'customer-service',
        also: 'none',
        'service-needs': 'advanced',
      }),
    )
    expect(v).toMatchObject({ status: 'under', held: 'd365-team-members', needed: 'd365-customer-service-enterprise' })
    expect(v.why).toMatch(/lower tier/)
  })
})
