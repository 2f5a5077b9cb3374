import type { LicenseId } from '../../domain/types'
import { looksDynamics } from './rules'
import { OTHER_GUIDS, PRODUCTS } from './skus'
import type { CatalogueProduct, ProductKind } from './types'

/**
 * One product as an assignments file names it (a display name, a String ID, a `tenant:STRING_ID` value
 * or a GUID), looked up in the catalogue. Only the worker imports this module, so the catalogue is never
 * in the page's own scripts.
 */
export interface ResolvedProduct {
  /** The product as the file wrote it. */
  text: string
  /** Its display name, or the text when it is not in the catalogue. */
  name: string
  /** `unknown`: looks like Dynamics 365 / CRM / Power Apps but is not in the table, or an unrecognised GUID; `other`: not one of those products. */
  kind: ProductKind | 'unknown' | 'other'
  license?: LicenseId
  tier?: CatalogueProduct['tier']
  note?: string
}

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i
/** CSP and multi-tenant exports prefix the String ID with the tenant: `contoso:DYN365_TEAM_MEMBERS`. */
const TENANT = /^[a-z0-9][a-z0-9.-]*:(?=\S+$)/i

const byGuid = new Map<string, CatalogueProduct>()
const byKey = new Map<string, CatalogueProduct | 'ambiguous'>()
for (const product of PRODUCTS) {
  byGuid.set(product.guid, product)
  for (const text of [product.id, ...product.names]) {
    const k = key(text)
    const known = byKey.get(k)
    const same = known && known !== 'ambiguous' && known.kind === product.kind && known.license === product.license
    byKey.set(k, !known || same ? (known ?? product) : 'ambiguous')
  }
}
const others = new Set(OTHER_GUIDS)

const found = (text: string, p: CatalogueProduct): ResolvedProduct => ({
  text,
  name: p.names[0] ?? p.id,
  kind: p.kind,
  license: p.license,
  tier: p.tier,
  note: p.note,
})

export function resolveProduct(raw: string): ResolvedProduct {
  const text = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trim()
  const bare = text.replace(TENANT, '')
  const guid = GUID.exec(bare)?.[1]?.toLowerCase()
  if (guid) {
    const product = byGuid.get(guid)
    if (product) return found(text, product)
    return others.has(guid) ? { text, name: text, kind: 'other' } : { text, name: text, kind: 'unknown' }
  }
  const product = byKey.get(key(bare))
  if (product === 'ambiguous') {
    return { text, name: bare, kind: 'review', note: 'the name is used by products that license differently' }
  }
  if (product) return found(text, product)
  return { text, name: bare, kind: looksDynamics(bare) ? 'unknown' : 'other' }
}

/** Whether a whole cell is one product the catalogue knows (lets a reader rejoin names split on a separator). */
export function isKnownProduct(text: string): boolean {
  return byKey.has(key(text.trim().replace(TENANT, '')))
}
