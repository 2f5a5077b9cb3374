import { describe, expect, it } from 'vitest'
import { checkUsers } from './classify'
import { loadUserList } from './load'
import { decodeMapping, encodeMapping } from './mapping'
import { valueCodes } from './maps'
import { suggestColumns, type UserList } from './users'

const FRENCH = `Nom complet;Identifiant;Unité commerciale;Accès;Type de licence;Statut;Créé le
Ana Lopez;ana@contoso.com;Ventes;Lecture/écriture;Professionnel;Activé;01.02.2024
Bo Chen;bo@contoso.com;Ventes;Administratif;Administratif;Activé;01.02.2024
Cy Ray;cy@contoso.com;Service;Lecture/écriture;Professionnel;Désactivé;01.02.2024
`
const bytes = (text: string) => new TextEncoder().encode(text)
const FRENCH_COLUMNS = {
  user: 'Identifiant',
  name: 'Nom complet',
  unit: 'Unité commerciale',
  'access-mode': 'Accès',
  'license-type': 'Type de licence',
  status: 'Statut',
} as const

async function readFrench(): Promise<UserList> {
  const list = await loadUserList(bytes(FRENCH), undefined, FRENCH_COLUMNS)
  if (!list.ok) throw new Error(list.error.code)
  return list.value
}

describe('the column map', () => {
  it('a list whose headers are not recognised fails with its header texts, for the page to ask', async () => {
    const list = await loadUserList(bytes(FRENCH))
    expect(list.ok).toBe(false)
    if (list.ok) return
    expect(list.error.code).toBe('no-user-name')
    expect(list.error.headers).toEqual([
      'Nom complet',
      'Identifiant',
      'Unité commerciale',
      'Accès',
      'Type de licence',
      'Statut',
      'Créé le',
    ])
  })

  it('reads the list through the column map', async () => {
    const list = await readFrench()
    expect(list.users).toHaveLength(3)
    expect(list.users[0]).toMatchObject({
      userName: 'ana@contoso.com',
      fullName: 'Ana Lopez',
      unit: 'Ventes',
      accessMode: 'Lecture/écriture',
      licenseType: 'Professionnel',
      status: 'Activé',
    })
    expect(list.columns).toMatchObject({ userName: 'Identifiant', accessMode: 'Accès' })
  })

  it('offers the same header texts for a Windows-1252 copy (Excel’s CSV in a French locale)', async () => {
    const latin1 = Uint8Array.from([...FRENCH].map((c) => c.charCodeAt(0)))
    const list = await loadUserList(latin1)
    expect(!list.ok && list.error.headers?.[0]).toBe('Nom complet')
    const mapped = await loadUserList(latin1, undefined, FRENCH_COLUMNS)
    expect(mapped.ok && mapped.value.users[0].fullName).toBe('Ana Lopez')
  })

  it('a mapped column wins over a recognised header, and takes it from that field', async () => {
    const text = 'User Name,Login,Status\nCONTOSO\\ana,ana@contoso.com,Enabled\n'
    const list = await loadUserList(bytes(text), undefined, { user: 'Login' })
    expect(list.ok && list.value.users[0]).toMatchObject({ userName: 'ana@contoso.com', status: 'Enabled' })
    const plain = await loadUserList(bytes(text))
    expect(plain.ok && plain.value.users[0].userName).toBe('CONTOSO\\ana')
  })

  it('a map naming headers the file lacks leaves the recognised headers to work', async () => {
    const list = await loadUserList(bytes('User Name,Status\nana,Enabled\n'), undefined, { user: 'Identifiant' })
    expect(list.ok && list.value.users[0].userName).toBe('ana')
  })

  it('starts the selects from the headers the page recognises', () => {
    expect(suggestColumns(['User Name', 'Foo', 'Access Mode', 'Job Title', 'isdisabled'])).toEqual({
      user: 'User Name',
      'access-mode': 'Access Mode',
      title: 'Job Title',
      status: 'isdisabled',
    })
  })
})

describe('the value map', () => {
  it('lists the French values it does not know, per field', async () => {
    const list = await readFrench()
    const r = checkUsers({ product: 'crm2016', deploy: 'onprem', users: list.users, columns: list.columns })
    expect(r.unknown.map((u) => [u.field, u.value])).toEqual([
      ['licenseType', 'Professionnel'],
      ['accessMode', 'Lecture/écriture'],
      ['status', 'Activé'],
      ['licenseType', 'Administratif'],
      ['accessMode', 'Administratif'],
      ['status', 'Désactivé'],
    ])
  })

  it('reads them through the value map: codes for access mode, License Type and Status', async () => {
    const list = await readFrench()
    const r = checkUsers({
      product: 'crm2016',
      deploy: 'onprem',
      users: list.users,
      columns: list.columns,
      values: {
        'access-mode': { 'Lecture/écriture': '0', Administratif: '1' },
        'license-type': { Professionnel: '0', Administratif: '1' },
        status: { Activé: 'enabled', Désactivé: 'disabled' },
      },
    })
    expect(r.unknown).toEqual([])
    expect(r.checked.map((c) => [c.held, c.settled?.status])).toEqual([
      ['professional-cal', undefined],
      ['none', 'free'],
      ['professional-cal', 'disabled'],
    ])
  })

  it('offers the contract codes: Access Mode 0–5, License Type per version, Status enabled/disabled', () => {
    expect(valueCodes('access-mode', 'd365').map((c) => c.code)).toEqual(['0', '1', '2', '3', '4', '5'])
    expect(valueCodes('status', 'd365').map((c) => c.code)).toEqual(['enabled', 'disabled'])
    expect(valueCodes('license-type', 'crm2011').map((c) => c.code)).toEqual(['0', '1', '2', '3', '4'])
    expect(valueCodes('license-type', 'd365').map((c) => c.code)).toContain('12')
    expect(valueCodes('license-type', 'crm4').map((c) => c.code)).toEqual(['full', 'limited', 'administrative'])
  })
})

describe('the maps in the saved mapping', () => {
  it('are remembered in the address and read back', () => {
    const search = encodeMapping({
      product: 'crm2016',
      deploy: 'onprem',
      by: 'unit',
      answers: new Map(),
      columns: FRENCH_COLUMNS,
      values: { 'access-mode': { 'Lecture/écriture': '0' }, status: { Désactivé: 'disabled' } },
    })
    expect(search).toContain('col=user%7CIdentifiant')
    const back = decodeMapping(search)
    expect(back.columns).toEqual(FRENCH_COLUMNS)
    expect(back.values?.['access-mode']?.['Lecture/écriture']).toBe('0')
    expect(back.values?.status?.Désactivé).toBe('disabled')
  })

  it('drops unknown fields, codes that are not the field’s, and prototype keys; never throws', () => {
    const back = decodeMapping(
      '?v=2&view=check&product=d365&deploy=online&col=nope|X&col=user&col=user|&val=access-mode|9|Lesen' +
        '&val=status|maybe|Aus&val=bogus|0|X&val=status|disabled|__proto__&val=status|enabled|a|b',
    )
    expect(back.columns).toBeUndefined()
    expect(back.values?.['access-mode']).toBeUndefined()
    expect(Object.getPrototypeOf(back.values?.status)).toBeNull()
    expect(Object.hasOwn(back.values?.status ?? {}, '__proto__')).toBe(true)
    expect(back.values?.status?.['a|b']).toBe('enabled')
    expect(() => decodeMapping('?col=%E0%A4%A&val=%')).not.toThrow()
  })
})
