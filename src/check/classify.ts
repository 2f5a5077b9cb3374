import type { Advice, Reason } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { SHORT_NAME } from '../domain/names'
import type { Deploy, LicenseId, Product } from '../domain/types'
import { type AccessMode, accessModeOf, disabledOf, heldTypeOf, SYSTEM_ACCOUNTS, skuOf, yesNo } from './codes'
import { WHY } from './content'
import { ADMIN_REASON, reason } from './sources'
import type { Field, UserRow } from './users'
import type { Status } from './vocabulary'

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
  heldWhy: string
  heldReasons: Reason[]
  /** Set when the row alone decides the user (free accounts, disabled users): such users are in no group. */
  settled?: Settled
  /** What in the row could not be read; the user's status is `review` while any is left. */
  doubts: string[]
}

export interface UnknownValue {
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
  /** Microsoft 365 products per user principal name (lower case), from the License assignments file. */
  assignments?: ReadonlyMap<string, readonly string[]>
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
  if (deploy !== 'online') return undefined
  return product === 'd365' ? 7 : 5
}

const principal = (u: UserRow) => (u.userName ?? u.email ?? '').toLowerCase()

function heldOnline(input: CheckInput, u: UserRow): Pick<Checked, 'held' | 'extra' | 'heldWhy' | 'heldReasons'> {
  const n3 = reason('online-caltype.N3')
  if (input.assignments && input.product === 'd365') {
    const products = input.assignments.get(principal(u)) ?? input.assignments.get((u.email ?? '').toLowerCase())
    if (products === undefined) return { held: 'unknown', heldWhy: WHY.notInAssignments, heldReasons: [n3] }
    const skus = products.map(skuOf).filter((s) => s !== undefined)
    const bases = skus.filter((s) => s.base).length
    const held: LicenseId = skus.some((s) => s.license === 'd365-app')
      ? 'd365-app'
      : skus.some((s) => s.license === 'd365-team-members')
        ? 'd365-team-members'
        : 'none'
    const out = { held, heldWhy: WHY.fromAssignments(products), heldReasons: [reason('sku.N9'), n3] }
    return bases > 1 ? { ...out, extra: 'd365-app' } : out
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
    else unknownMap.set(key, { column, value, at: [at] })
  }
  const limit = nonInteractiveLimit(input.product, input.deploy)
  let nonInteractive = 0
  const online = input.deploy === 'online'

  const checked = input.users.map((u): Checked => {
    const doubts: string[] = []
    const note = (field: Field, value: string) => unknown(field, value, u.at)
    const held = online ? heldOnline(input, u) : heldOnPremises(input, u, doubts, note)
    if (u.userName === undefined) doubts.push(WHY.noUserName)

    let mode: AccessMode | undefined
    if (u.accessMode !== undefined) {
      mode = accessModeOf(u.accessMode)
      if (mode === undefined) {
        note('accessMode', u.accessMode)
        doubts.push(WHY.unknownValue(input.columns.accessMode ?? 'Access Mode', u.accessMode))
      }
    }
    let disabled: boolean | undefined
    if (u.status !== undefined) {
      disabled = disabledOf(u.status)
      if (disabled === undefined) {
        note('status', u.status)
        doubts.push(WHY.unknownValue(input.columns.status ?? 'Status', u.status))
      }
    }
    const base = { user: u, ...held, doubts }
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
    if (disabled) {
      const reasons = [reason('disabled.N7'), ...(online ? [reason('disabled.S38')] : []), reason('disabled.N16')]
      if (held.held === 'unknown') return settle({ status: 'review', why: WHY.disabledUnknown, reasons })
      if (held.held === 'none') return settle({ status: 'ok', why: WHY.disabledNone, reasons })
      return settle({ status: 'disabled', why: WHY.disabledHolding(SHORT_NAME[held.held]), reasons })
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
  if (!advice) return { held, needed: 'unknown', status: 'unanswered', why: WHY.unanswered, reasons: c.heldReasons }
  const needed = advice.license
  const reasons = [...advice.reasons, ...c.heldReasons]
  const verdict = (status: Status, why: string): Verdict => ({ held, needed, status, why, reasons })
  const name = (l: LicenseId) => SHORT_NAME[l]

  if (c.doubts.length > 0) return verdict('review', c.doubts.join(' '))
  if (needed === 'undetermined') return verdict('review', WHY.undetermined)
  if (advice.confidence === 'review') return verdict('review', WHY.adviceReview(advice.uncertain.map((u) => u.what)))
  if (held === 'unknown') return verdict('review', `${c.heldWhy} ${WHY.needs(name(needed))}`)
  if (c.extra) return verdict('over', WHY.twoBase(name(held)))
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
