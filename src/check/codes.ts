import type { LicenseId, Product } from '../domain/types'
import { CODE_REVIEW } from './codeText'
import type { CheckFactId } from './sources'

/**
 * The code tables of the user record, per version (design/compliance-check.md §1.1, §2.1). A file
 * carries either the stored integer (Web API, some exports) or the label the exporting user's UI
 * printed, so both are looked up. Keys are compared after `normalize` (case, spaces and dashes
 * ignored), so "Read-Write", "read write" and "ReadWrite" are one label.
 */

export const normalize = (text: string) => text.toLowerCase().replace(/[\s\-_]+/g, '')

export type AccessMode = 'read-write' | 'administrative' | 'read' | 'support' | 'non-interactive' | 'delegated-admin'

const ACCESS_CODES: Record<string, AccessMode> = {
  '0': 'read-write',
  '1': 'administrative',
  '2': 'read',
  '3': 'support',
  '4': 'non-interactive',
  '5': 'delegated-admin',
}

const ACCESS_LABELS: Record<string, AccessMode> = {
  readwrite: 'read-write',
  administrative: 'administrative',
  read: 'read',
  supportuser: 'support',
  noninteractive: 'non-interactive',
  delegatedadmin: 'delegated-admin',
  // CRM 4.0 kept the CAL kind in the access mode: Full, Administrative (setup user), Read-Only, Support User.
  full: 'read-write',
  readonly: 'read',
  // The German labels in Microsoft's German documentation (docs/i18n/de-exports.json). For Administrative the
  // sources give both "Verwaltung" and "Administrator"; for Read and Support User only the documentation's wording.
  lesenschreiben: 'read-write',
  verwaltung: 'administrative',
  administrator: 'administrative',
  lesezugriff: 'read',
  supportbenutzer: 'support',
  nichtinteraktiv: 'non-interactive',
}

/** The access mode a cell names, or undefined when the value is not one of the documented ones. */
export function accessModeOf(value: string): AccessMode | undefined {
  const key = normalize(value)
  // Own keys only: a cell reading "constructor" or "toString" is no access mode.
  return Object.hasOwn(ACCESS_CODES, key)
    ? ACCESS_CODES[key]
    : Object.hasOwn(ACCESS_LABELS, key)
      ? ACCESS_LABELS[key]
      : undefined
}

/** Where a License Type value came from, and what the rulebook calls the license it names. */
export interface HeldType {
  /** The license id, 'none' for Administrative, or 'unknown' when the value names a license the rulebook cannot match. */
  license: LicenseId | 'unknown'
  /** Why the value cannot be matched, when license is 'unknown'. */
  review?: string
  fact: CheckFactId
}

type CodeTable = Record<string, HeldType>

const CRM2011: CodeTable = {
  '0': { license: 'full-cal', fact: 'codes-2011.N1' },
  '1': { license: 'none', fact: 'codes-2011.N1' },
  '2': { license: 'limited-cal', fact: 'codes-2011.N1' },
  '3': { license: 'full-device-cal', fact: 'codes-2011.N1' },
  '4': { license: 'limited-device-cal', fact: 'codes-2011.N1' },
  full: { license: 'full-cal', fact: 'codes-2011.N1' },
  administrative: { license: 'none', fact: 'codes-2011.N1' },
  limited: { license: 'limited-cal', fact: 'codes-2011.N1' },
  devicefull: { license: 'full-device-cal', fact: 'codes-2011.N1' },
  devicelimited: { license: 'limited-device-cal', fact: 'codes-2011.N1' },
  // The same set as Microsoft's German documentation labels it (docs/i18n/de-exports.json).
  vollzugriff: { license: 'full-cal', fact: 'codes-2011.N1' },
  administrator: { license: 'none', fact: 'codes-2011.N1' },
  begrenzt: { license: 'limited-cal', fact: 'codes-2011.N1' },
  gerätvoll: { license: 'full-device-cal', fact: 'codes-2011.N1' },
  gerätbegrenzt: { license: 'limited-device-cal', fact: 'codes-2011.N1' },
}

const ONLINE_TIER = CODE_REVIEW.onlineTier

const CRM2013: CodeTable = {
  '0': { license: 'professional-cal', fact: 'codes-2013.N2' },
  '1': { license: 'none', fact: 'codes-2013.N2' },
  '2': { license: 'basic-cal', fact: 'codes-2013.N2' },
  '3': { license: 'professional-device-cal', fact: 'codes-2013.N2' },
  '4': { license: 'basic-device-cal', fact: 'codes-2013.N2' },
  '5': { license: 'essential-cal', fact: 'codes-2013.N2' },
  '6': { license: 'essential-device-cal', fact: 'codes-2013.N2' },
  '7': { license: 'unknown', review: ONLINE_TIER, fact: 'codes-2013.N2' },
  '8': { license: 'unknown', review: ONLINE_TIER, fact: 'codes-2013.N2' },
  professional: { license: 'professional-cal', fact: 'codes-2013.N2' },
  administrative: { license: 'none', fact: 'codes-2013.N2' },
  basic: { license: 'basic-cal', fact: 'codes-2013.N2' },
  deviceprofessional: { license: 'professional-device-cal', fact: 'codes-2013.N2' },
  devicebasic: { license: 'basic-device-cal', fact: 'codes-2013.N2' },
  essential: { license: 'essential-cal', fact: 'codes-2013.N2' },
  deviceessential: { license: 'essential-device-cal', fact: 'codes-2013.N2' },
  enterprise: { license: 'unknown', review: ONLINE_TIER, fact: 'codes-2013.N2' },
  deviceenterprise: { license: 'unknown', review: ONLINE_TIER, fact: 'codes-2013.N2' },
}

const CRM2016: CodeTable = {
  ...CRM2013,
  // The CRM 2016 screens name the three tiers None, Limited and Full (S27); the codes stay those of 2013.
  none: { license: 'essential-cal', fact: 'labels-2016.S27' },
  limited: { license: 'basic-cal', fact: 'labels-2016.S27' },
  full: { license: 'professional-cal', fact: 'labels-2016.S27' },
}

const OLD_TIER = CODE_REVIEW.oldTier
const D365: CodeTable = {
  ...Object.fromEntries(
    Object.entries(CRM2013).map(([k, v]) => [
      k,
      v.license === 'none' ? v : { license: 'unknown', review: OLD_TIER, fact: 'codes-2013.N2' },
    ]),
  ),
  '9': { license: 'd365-cal', fact: 'codes-2013.N2' },
  '10': { license: 'd365-cal', fact: 'codes-2013.N2' },
  '11': { license: 'd365-cal', fact: 'codes-2013.N2' },
  '12': { license: 'd365-cal', fact: 'codes-2013.N2' },
  sales: { license: 'd365-cal', fact: 'codes-2013.N2' },
  service: { license: 'd365-cal', fact: 'codes-2013.N2' },
  fieldservice: { license: 'd365-cal', fact: 'codes-2013.N2' },
  projectservice: { license: 'd365-cal', fact: 'codes-2013.N2' },
}

/** CRM 4.0's CAL names are Full and Limited; its stored codes are not in the research, so only labels are read. */
const CRM4: CodeTable = {
  full: { license: 'full-cal', fact: 'codes-2011.N1' },
  limited: { license: 'limited-cal', fact: 'codes-2011.N1' },
  administrative: { license: 'none', fact: 'codes-2011.N1' },
}

export const LICENSE_TYPE_TABLES: Record<Product, CodeTable> = {
  crm4: CRM4,
  crm2011: CRM2011,
  crm2013: CRM2013,
  crm2016: CRM2016,
  d365: D365,
}

/** The license a License Type cell names for this product, or undefined when the value is not in its table. */
export function heldTypeOf(product: Product, value: string): HeldType | undefined {
  const table = LICENSE_TYPE_TABLES[product]
  const key = normalize(value)
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** Yes/No (Ja/Nein), true/false, 1/0 and Enabled/Disabled cells; undefined for anything else. */
export function yesNo(value: string): boolean | undefined {
  const key = normalize(value)
  if (key === 'yes' || key === 'ja' || key === 'true' || key === '1') return true
  if (key === 'no' || key === 'nein' || key === 'false' || key === '0') return false
  return undefined
}

/** Whether a Status or isdisabled cell says the user is disabled (isdisabled 1 = Disabled, 0 = Enabled). */
export function disabledOf(value: string): boolean | undefined {
  const key = normalize(value)
  // German exports write Deaktiviert and Aktiviert (docs/i18n/de-exports.json).
  if (key === 'disabled' || key === 'deaktiviert') return true
  if (key === 'enabled' || key === 'aktiviert') return false
  return yesNo(value)
}

/** Microsoft's own accounts named in the research (S38, N6): support, delegated admin and application users. */
export const SYSTEM_ACCOUNTS: ReadonlySet<string> = new Set([
  'crmoln@microsoft.com',
  'crmoln2@microsoft.com',
  'bap_sa@microsoft.com',
  'cdsusermanagement@onmicrosoft.com',
  'project@microsoft.com',
  'dynamics365sales@onmicrosoft.com',
])
