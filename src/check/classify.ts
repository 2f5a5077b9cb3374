import type { Advice, Reason } from '../domain/advise'
import { baseOf, covers, exceeds, isAppLicense, stepsUpTo } from '../domain/apps'
import { LICENSES } from '../domain/licenses'
import { SHORT_NAME } from '../domain/names'
import { PRODUCTS } from '../domain/products'
import type { Deploy, LicenseId, Product } from '../domain/types'
import type { AssignedUser } from './assignments'
import { type AccessMode, accessModeOf, disabledOf, heldTypeOf, SYSTEM_ACCOUNTS, yesNo } from './codes'
import { WHY } from './content'
import { EXPORT_WHY } from './content-exports'
import { ADMIN_REASON, reason } from './sources'
import type { Field, UserRow } from './users'
import type { Flag, Status, ValueField } from './vocabulary'

/**
 * What a user list settles per user (design/compliance-check.md §2.1, rules C1–C6, C10, C13), and
 * how a group's advice then gives each remaining user a status. Plain functions over plain data.
 */

export type Held = LicenseId | 'unknown'

export interface Settled {
  status: 'free' | 'disabled' | 'ok' | 'review'
  why: string
  reasons: Reason[]
}

export interface Checked {
  user: UserRow
  held: Held
  /** A second base license on the same person (two full licenses, rule C10). */
  extra?: LicenseId
  /** Attach licenses held on top of the base (empty without a base, which the flags then name). */
  heldAttach?: LicenseId[]
  heldWhy: string
  heldReasons: Reason[]
  /** Set when the row alone decides the user (free accounts, disabled users): such users are in no group. */
  settled?: Settled
  /** What in the row could not be read; the user's status is `review` while any is left. */
  doubts: string[]
  /** Contract §10 `data-flags`: blocked, guest, trial, unknown product, attach without a base. */
  flags: Flag[]
}

export interface UnknownValue {
  field: Field
  column: string
  value: string
  /** Where in the file, as the file numbers its rows or records. */
  at: number[]
}

export interface CheckInput {
  product: Product
  deploy: Deploy
  users: readonly UserRow[]
  columns: Partial<Record<Field, string>>
  /** What the License assignments file says per user principal name (lower case). */
  assignments?: ReadonlyMap<string, AssignedUser>
  /** The value map (contract §10): a value as in the file → the code it stands for, per coded field. */
  values?: ValueMap
}

export type ValueMap = Partial<Record<ValueField, Readonly<Record<string, string>>>>

/** The user-list fields whose values the value map translates. */
export const VALUE_FIELD_OF: Readonly<Partial<Record<Field, ValueField>>> = {
  accessMode: 'access-mode',
  licenseType: 'license-type',
  status: 'status',
}

export interface CheckResult {
  checked: Checked[]
  unknown: UnknownValue[]
  /** The free non-interactive users per instance on this deployment, where a limit is published. */
  nonInteractiveLimit?: number
}

const EMPTY_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/

/** Rule C2's limit: 7 per instance for Dynamics 365 online (S38), 5 for CRM Online before it (S39). */
export function nonInteractiveLimit(product: Product, deploy: Deploy): number | undefined {
  return deploy === 'online' ? PRODUCTS[product].freeNonInteractive : undefined
}

const principal = (u: UserRow) => (u.userName ?? u.email ?? '').toLowerCase()

type Held_ = Pick<Checked, 'held' | 'extra' | 'heldWhy' | 'heldReasons'>

/** The products of an assignments row that give a license, and the doubts and flags they raise. */
function heldFromAssigned(product: Product, a: AssignedUser, doubts: string[], flags: Flag[]): Held_ {
  const reasons = [reason('sku.N9'), reason('online-caltype.N3')]
  const names = (kinds: readonly string[]) => a.products.filter((p) => kinds.includes(p.kind)).map((p) => p.name)
  const heldWhy = WHY.fromAssignments(a.products.map((p) => p.name))
  const unknown = names(['unknown'])
  const review = a.products.filter((p) => p.kind === 'review').map((p) => `${p.name}: ${p.note ?? ''}`)
  const bases = names(['base'])
  // At the SKU a partner orders (contract section 9); a product the rules name no license for is the family.
  const licensesOf = (kind: string) =>
    a.products.filter((p) => p.kind === kind).map((p): LicenseId => p.license ?? 'd365-app')
  const attach = names(['attach'])
  const trials = names(['trial'])
  if (unknown.length > 0) {
    flags.push('unknown-product')
    doubts.push(EXPORT_WHY.unknownProducts(unknown))
  }
  if (review.length > 0) doubts.push(EXPORT_WHY.reviewProducts(review))
  if (trials.length > 0) flags.push('trial')
  if (attach.length > 0 && bases.length === 0) {
    const outside = names(['outside'])
    if (outside.length > 0) doubts.push(EXPORT_WHY.attachOutsideBase(attach, outside))
    else {
      flags.push('attach-without-base')
      doubts.push(EXPORT_WHY.attachWithoutBase(attach))
    }
  }
  if (unknown.length > 0 || review.length > 0) return { held: 'unknown', heldWhy, heldReasons: reasons }
  let held: Held = 'none'
  if (bases.length > 0) held = baseOf(licensesOf('base')) ?? 'd365-app'
  else if (attach.length > 0) held = 'unknown'
  else if (a.products.some((p) => p.kind === 'team-members')) held = 'd365-team-members'
  else if (a.products.some((p) => p.kind === 'power-apps')) held = 'power-apps'
  else {
    const crm = a.products.find((p) => p.kind === 'crm-online')
    if (crm) {
      const license = crmOnlineLicense(product, crm.tier)
      if (license) held = license
      else {
        held = 'unknown'
        doubts.push(EXPORT_WHY.crmOnlineTier(crm.name))
      }
    } else if (trials.length > 0) {
      held = 'unknown'
      doubts.push(EXPORT_WHY.trialOnly(trials))
    }
  }
  const out = { held, heldWhy, heldReasons: reasons, heldAttach: bases.length > 0 ? licensesOf('attach') : [] }
  const [, second] = licensesOf('base').sort((x, y) => (x === held ? -1 : y === held ? 1 : 0))
  return second ? { ...out, extra: second } : out
}

/** A CRM Online subscription by version: one user subscription until CRM 2011, Professional and Basic from 2013. */
function crmOnlineLicense(product: Product, tier: 'professional' | 'basic' | undefined): LicenseId | undefined {
  return PRODUCTS[product].onlineTiers[tier ?? 'unnamed']
}

/** Whether the assignments row still holds a license of any kind a CRM user could be counted for. */
const HOLDS: ReadonlySet<string> = new Set([
  'base',
  'attach',
  'team-members',
  'power-apps',
  'crm-online',
  'trial',
  'unknown',
  'review',
])

function heldOnline(
  input: CheckInput,
  u: UserRow,
  a: AssignedUser | undefined,
  doubts: string[],
  flags: Flag[],
): Held_ {
  const n3 = reason('online-caltype.N3')
  if (input.assignments) {
    if (a === undefined) return { held: 'unknown', heldWhy: WHY.notInAssignments, heldReasons: [n3] }
    return heldFromAssigned(input.product, a, doubts, flags)
  }
  const licensed = u.licensed === undefined ? undefined : yesNo(u.licensed)
  if (licensed === false) return { held: 'none', heldWhy: WHY.userLicensedNo, heldReasons: [n3] }
  return { held: 'unknown', heldWhy: licensed ? WHY.userLicensedYes : WHY.onlineNoAssignments, heldReasons: [n3] }
}

function heldOnPremises(
  input: CheckInput,
  u: UserRow,
  doubts: string[],
  unknown: (field: Field, value: string) => void,
): Pick<Checked, 'held' | 'heldWhy' | 'heldReasons'> {
  if (u.licenseType === undefined) {
    return {
      held: 'unknown',
      heldWhy: input.columns.licenseType ? WHY.noLicenseType : WHY.noLicenseTypeColumn,
      heldReasons: [],
    }
  }
  const type = heldTypeOf(input.product, u.licenseType)
  if (type === undefined) {
    unknown('licenseType', u.licenseType)
    doubts.push(WHY.unknownValue(input.columns.licenseType ?? 'License Type', u.licenseType))
    return {
      held: 'unknown',
      heldWhy: WHY.unknownValue(input.columns.licenseType ?? 'License Type', u.licenseType),
      heldReasons: [],
    }
  }
  if (type.review) doubts.push(WHY.labelReview(u.licenseType, type.review))
  return { held: type.license, heldWhy: WHY.fromLicenseType(u.licenseType), heldReasons: [reason(type.fact)] }
}

/** Classifies every row. Every row comes back, in file order; values not in the code tables are listed. */
export function checkUsers(input: CheckInput): CheckResult {
  const unknownMap = new Map<string, UnknownValue>()
  const unknown = (field: Field, value: string, at: number) => {
    const column = input.columns[field] ?? field
    const key = `${column}\n${value}`
    const known = unknownMap.get(key)
    if (known) known.at.push(at)
    else unknownMap.set(key, { field, column, value, at: [at] })
  }
  /** A coded value as the value map translates it (contract §10), or as in the file. */
  const coded = (field: Field, value: string) => {
    const f = VALUE_FIELD_OF[field]
    const map = f ? input.values?.[f] : undefined
    return map && Object.hasOwn(map, value) ? map[value] : value
  }
  const limit = nonInteractiveLimit(input.product, input.deploy)
  let nonInteractive = 0
  const online = input.deploy === 'online'

  const checked = input.users.map((u): Checked => {
    const doubts: string[] = []
    const flags: Flag[] = []
    const note = (field: Field, value: string) => unknown(field, value, u.at)
    const assigned = input.assignments?.get(principal(u)) ?? input.assignments?.get((u.email ?? '').toLowerCase())
    const row = u.licenseType === undefined ? u : { ...u, licenseType: coded('licenseType', u.licenseType) }
    const held = online ? heldOnline(input, u, assigned, doubts, flags) : heldOnPremises(input, row, doubts, note)
    if (u.userName === undefined) doubts.push(WHY.noUserName)
    const blocked = assigned?.blocked ?? false
    if (blocked) flags.push('blocked')
    if (assigned?.guest || principal(u).includes('#ext#')) flags.push('guest')

    let mode: AccessMode | undefined
    if (u.accessMode !== undefined) {
      mode = accessModeOf(coded('accessMode', u.accessMode))
      if (mode === undefined) {
        note('accessMode', u.accessMode)
        doubts.push(WHY.unknownValue(input.columns.accessMode ?? 'Access Mode', u.accessMode))
      }
    }
    let disabled: boolean | undefined
    if (u.status !== undefined) {
      disabled = disabledOf(coded('status', u.status))
      if (disabled === undefined) {
        note('status', u.status)
        doubts.push(WHY.unknownValue(input.columns.status ?? 'Status', u.status))
      }
    }
    const base = { user: u, ...held, doubts, flags }
    const settle = (settled: Settled): Checked => ({ ...base, settled })

    const app = u.applicationId !== undefined && !EMPTY_GUID.test(u.applicationId)
    const system = SYSTEM_ACCOUNTS.has(principal(u)) || (u.fullName?.startsWith('# ') ?? false)
    if (app || system) {
      return settle({
        status: 'free',
        why: app ? WHY.applicationUser : WHY.systemUser,
        reasons: [reason('app-user.S38'), reason('app-user.N6')],
      })
    }
    if (mode === 'support' || mode === 'delegated-admin') {
      return settle({ status: 'free', why: WHY.accessMode(mode), reasons: [reason('app-user.S38')] })
    }
    if (disabled || blocked) {
      const reasons = disabled
        ? [reason('disabled.N7'), ...(online ? [reason('disabled.S38')] : []), reason('disabled.N16')]
        : [reason('disabled.S38'), reason('sku.N9')]
      const products = (assigned?.products ?? []).filter((p) => HOLDS.has(p.kind)).map((p) => p.name)
      const licensedYes = u.licensed !== undefined && yesNo(u.licensed) === true
      const holding =
        held.held !== 'none' && held.held !== 'unknown'
          ? SHORT_NAME[held.held]
          : products.length > 0
            ? EXPORT_WHY.heldProducts(products)
            : undefined
      if (holding !== undefined) {
        const why = disabled ? WHY.disabledHolding(holding) : EXPORT_WHY.blockedHolding(holding)
        return settle({ status: 'disabled', why, reasons })
      }
      if (licensedYes && disabled) return settle({ status: 'disabled', why: EXPORT_WHY.disabledLicensedYes, reasons })
      if (held.held === 'unknown') return settle({ status: 'review', why: WHY.disabledUnknown, reasons })
      return settle({ status: 'ok', why: disabled ? WHY.disabledNone : EXPORT_WHY.blockedNone, reasons })
    }
    if (mode === 'administrative' || (!online && held.held === 'none' && u.licenseType !== undefined)) {
      return settle({
        status: 'free',
        why: mode === 'administrative' ? WHY.accessMode(mode) : WHY.administrativeType,
        reasons: [ADMIN_REASON],
      })
    }
    if (mode === 'non-interactive') {
      nonInteractive++
      const reasons = [reason('non-interactive.S38'), reason('non-interactive.S39')]
      if (limit !== undefined && nonInteractive > limit) {
        return settle({ status: 'review', why: WHY.overNonInteractiveLimit(limit, nonInteractive), reasons })
      }
      return settle({ status: 'free', why: WHY.nonInteractive(limit), reasons })
    }
    return base
  })
  return { checked, unknown: [...unknownMap.values()], nonInteractiveLimit: limit }
}

/** The order of the tiers within one family of licenses: a lower tier covers less. */
const TIERS: readonly (readonly LicenseId[])[] = [
  ['ess-cal', 'limited-cal', 'full-cal'],
  ['essential-cal', 'basic-cal', 'professional-cal'],
  ['essential-usl', 'basic-usl', 'professional-usl'],
  ['d365-team-members', 'd365-app'],
  ['d365-team-members-cal', 'd365-cal'],
]

function tierOf(license: LicenseId): [number, number] | undefined {
  for (const [family, tiers] of TIERS.entries()) {
    const i = tiers.indexOf(license)
    if (i >= 0) return [family, i]
  }
  return undefined
}

const DEVICE_CALS: ReadonlySet<LicenseId> = new Set(
  Object.values(LICENSES)
    .map((l) => l.deviceVariant)
    .filter((d) => d !== undefined),
)

export interface Verdict {
  held: Held
  needed: LicenseId | 'unknown'
  status: Status
  why: string
  reasons: Reason[]
}

/**
 * Dynamics 365 app licenses at the SKU (contract section 9): the base and attach licenses held against the base and
 * attach licenses the answers need. Undefined where either side is not an app license.
 */
function appVerdict(
  held: LicenseId,
  heldAttach: readonly LicenseId[],
  advice: Advice,
): { status: Status; why: string } | undefined {
  const needed = advice.license
  if (covers(held, needed) === undefined) return undefined
  const names = (ls: readonly LicenseId[]) => ls.map((l) => SHORT_NAME[l]).join(' and ')
  const holds = [held, ...heldAttach]
  const needs = [needed, ...advice.attach]
  const missing = needs.filter((n) => !holds.some((h) => covers(h, n)))
  if (missing.length > 0) {
    const covered = holds.some((h) => stepsUpTo(h, missing[0]))
    return {
      status: 'under',
      why: covered ? WHY.lower(names(holds), names(missing)) : WHY.missingApp(names(holds), names(missing)),
    }
  }
  if (needed === 'd365-team-members' && isAppLicense(held))
    return { status: 'over', why: WHY.higher(names(holds), names(needs)) }
  if (needs.some((n) => holds.some((h) => exceeds(h, n))))
    return { status: 'over', why: WHY.higher(names(holds), names(needs)) }
  if (holds.length > needs.length) return { status: 'over', why: WHY.moreApps(names(holds), names(needs)) }
  return { status: 'ok', why: WHY.same(names(needs)) }
}

/** A user's status once their group is answered (`advice` undefined while it is not). */
export function verdictOf(c: Checked, advice: Advice | undefined): Verdict {
  const held = c.held
  if (c.settled) {
    return {
      held,
      needed: c.settled.status === 'review' ? 'unknown' : 'none',
      status: c.settled.status,
      why: c.settled.why,
      reasons: c.settled.reasons,
    }
  }
  if (!advice) {
    // Contract §10: a product the check does not know is for review at once, answered or not.
    if (c.flags.includes('unknown-product')) {
      return { held, needed: 'unknown', status: 'review', why: c.doubts.join(' '), reasons: c.heldReasons }
    }
    return { held, needed: 'unknown', status: 'unanswered', why: WHY.unanswered, reasons: c.heldReasons }
  }
  const needed = advice.license
  const reasons = [...advice.reasons, ...c.heldReasons]
  const verdict = (status: Status, why: string): Verdict => ({ held, needed, status, why, reasons })
  const name = (l: LicenseId) => SHORT_NAME[l]

  if (c.doubts.length > 0) return verdict('review', c.doubts.join(' '))
  if (needed === 'undetermined') return verdict('review', WHY.undetermined)
  if (advice.confidence === 'review') return verdict('review', WHY.adviceReview(advice.uncertain.map((u) => u.what)))
  if (held === 'unknown') return verdict('review', `${c.heldWhy} ${WHY.needs(name(needed))}`)
  if (c.extra) return verdict('over', WHY.twoBase(`${name(held)}, ${name(c.extra)}`))
  const app = held !== 'none' ? appVerdict(held, c.heldAttach ?? [], advice) : undefined
  if (app) return verdict(app.status, app.why)
  if (held === needed) return verdict('ok', WHY.same(name(needed)))
  if (DEVICE_CALS.has(held)) return verdict('review', WHY.deviceCal(name(held), name(needed)))
  const unit = LICENSES[needed].unit
  if (needed !== 'none' && unit !== 'person' && unit !== 'device') {
    return verdict('review', WHY.notPerUser(name(needed), LICENSES[needed].unitText))
  }
  if (needed === 'none') return verdict('over', WHY.needsNone(name(held)))
  if (held === 'none') return verdict('under', WHY.holdsNone(name(needed)))
  const h = tierOf(held)
  const n = tierOf(needed)
  if (h && n && h[0] === n[0]) {
    return h[1] < n[1]
      ? verdict('under', WHY.lower(name(held), name(needed)))
      : verdict('over', WHY.higher(name(held), name(needed)))
  }
  return verdict('review', WHY.otherKind(name(held), name(needed)))
}
