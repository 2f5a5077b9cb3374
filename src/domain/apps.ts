import { DEVICE_OF } from './appQuestions'
import type { FactId } from './facts'
import type { Alternative } from './rules'
import type { Answers, App, LicenseId } from './types'
import type { UncertaintyId } from './uncertainties'

/**
 * Dynamics 365 at the license a partner orders (contract section 9, d365-sku-2026-12.md sections 2, 3 and 6): where
 * the decision table advises "a Dynamics 365 app", the person's app, their other apps and what their work needs
 * name the SKUs: one base license at full price, attach licenses for their other apps, and the licenses bought
 * apart from the person (the tenant's Customer Insights, Contact Center). Plain data and functions, as the rules.
 */

/** The alternatives' conditions, by the id each is given where it is used (appText.ts). */
// Typed both ways, so a condition without its text, or a text no alternative uses, is a compile error.

/** An app a person is licensed for by seat, as base or attach. */
type SeatApp = 'sales' | 'customer-service' | 'field-service' | 'project-operations'
type Level = 'professional' | 'enterprise' | 'premium'

/** The license of each app at each level: Field Service and Project Operations have one edition. */
const SEAT: Readonly<Record<SeatApp, Partial<Record<Level, LicenseId>>>> = {
  sales: {
    professional: 'd365-sales-professional',
    enterprise: 'd365-sales-enterprise',
    premium: 'd365-sales-premium',
  },
  'customer-service': {
    professional: 'd365-customer-service-professional',
    enterprise: 'd365-customer-service-enterprise',
    premium: 'd365-customer-service-premium',
  },
  'field-service': { enterprise: 'd365-field-service' },
  'project-operations': { enterprise: 'd365-project-operations' },
}

/** Each base license's attach offer for the same person (K1). Premium apps and Relationship Sales have none. */
const ATTACH_OF: Readonly<Partial<Record<LicenseId, LicenseId>>> = {
  'd365-sales-professional': 'd365-sales-professional-attach',
  'd365-sales-enterprise': 'd365-sales-enterprise-attach',
  'd365-customer-service-professional': 'd365-customer-service-professional-attach',
  'd365-customer-service-enterprise': 'd365-customer-service-enterprise-attach',
  'd365-field-service': 'd365-field-service-attach',
  'd365-project-operations': 'd365-project-operations-attach',
}

/**
 * The base is the person's highest-priced app (K21: "The Base user license must always be the higher priced
 * license"), by list price (d365-sku-2026-12.md section 6.4). Relationship Sales has no published price; it is Sales
 * Enterprise plus LinkedIn Sales Navigator, so it ranks just above Sales Enterprise.
 */
const LIST_RANK: Readonly<Partial<Record<LicenseId, number>>> = {
  'd365-customer-service-premium': 195,
  'd365-sales-premium': 150,
  'd365-project-operations': 135,
  'd365-relationship-sales': 106,
  'd365-sales-enterprise': 105,
  'd365-customer-service-enterprise': 105,
  'd365-field-service': 105,
  'd365-sales-professional': 65,
  'd365-customer-service-professional': 50,
}

/** People who may be a third party's technicians, for whom Microsoft sells the Field Service Contractor license. */
const THIRD_PARTY = new Set(['onsite-contractor', 'offsite-contractor', 'offsite-vendor', 'customer-employee'])

export interface Refined {
  /** The base license: what the person is counted under (`data-license`). */
  license: LicenseId
  /** Attach licenses for the same person (`data-attach`). */
  attach: LicenseId[]
  /** Licenses bought besides the person's base and attach: a tenant license, Contact Center, a second device. */
  extra: LicenseId[]
  facts: FactId[]
  uncertain: UncertaintyId[]
  alternatives: Alternative[]
}

interface Seat {
  app: SeatApp
  level: Level
  /** Relationship Sales: Sales Enterprise bought with LinkedIn Sales Navigator. */
  linkedin?: true
}

const SEAT_APPS: readonly App[] = ['sales', 'customer-service', 'field-service', 'project-operations']
const isSeat = (a: string | undefined): a is SeatApp => a !== undefined && (SEAT_APPS as readonly string[]).includes(a)

/** What the work needs decides the edition; where it is not known, Enterprise, with the comparison to check. */
function seatOf(app: SeatApp, answers: Answers, out: Refined): Seat {
  if (app === 'sales') {
    switch (answers['sales-needs']) {
      case 'core':
        out.facts.push('R39.K4')
        out.alternatives.push(EDITION_ALTERNATIVE.sales)
        return { app, level: 'professional' }
      case 'advanced':
        out.facts.push('R39.K5', 'R39.K4')
        return { app, level: 'enterprise' }
      case 'ai':
        out.facts.push('R39.K6', 'R39.K5')
        return { app, level: 'premium' }
      case 'linkedin':
        out.facts.push('R39.K3')
        return { app, level: 'enterprise', linkedin: true }
      default:
        out.facts.push('R39.K4', 'R39.K5', 'R39.K6')
        out.uncertain.push('sales-edition')
        return { app, level: 'enterprise' }
    }
  }
  if (app === 'customer-service') {
    switch (answers['service-needs']) {
      case 'core':
        out.facts.push('R40.K10')
        out.alternatives.push(EDITION_ALTERNATIVE['customer-service'])
        return { app, level: 'professional' }
      case 'advanced':
        out.facts.push('R40.K11')
        return { app, level: 'enterprise' }
      case 'channels':
        out.facts.push('R40.K13', 'R37.Q11')
        out.uncertain.push('service-channels')
        out.alternatives.push({
          license: 'd365-contact-center-addon',
          when: 'one-channel-enough',
        })
        return { app, level: 'premium' }
      default:
        out.facts.push('R40.K10', 'R40.K11')
        out.uncertain.push('service-edition')
        return { app, level: 'enterprise' }
    }
  }
  out.facts.push(app === 'field-service' ? 'R41.K18' : 'R44.Q11')
  return { app, level: 'enterprise' }
}

const EDITION_ALTERNATIVE: Readonly<Record<'sales' | 'customer-service', Alternative>> = {
  sales: {
    license: 'd365-sales-enterprise',
    when: 'environment-needs-enterprise',
  },
  'customer-service': {
    license: 'd365-customer-service-enterprise',
    when: 'environment-needs-enterprise',
  },
}

function licenseOf(seat: Seat): LicenseId {
  if (seat.linkedin) return 'd365-relationship-sales'
  return SEAT[seat.app][seat.level] ?? SEAT[seat.app].enterprise ?? 'd365-app'
}

/** Shared devices: one device license per app, never attach (K21: only assigned user licenses attach). */
function devices(answers: Answers, out: Refined): Refined {
  const { app, also } = answers
  out.license = (app && DEVICE_OF[app]) ?? 'd365-device'
  out.facts.push('R32.Q10')
  if (app === 'unknown') out.uncertain.push('app-unknown')
  const second = also && also !== 'none' ? DEVICE_OF[also as App] : undefined
  if (second) out.extra.push(second)
  if (second) out.facts.push('R42.K21')
  return out
}

/**
 * The SKUs for complete answers whose rule advises `d365-app` (with its device twin `d365-device`), or undefined
 * where version 3 does not refine the advice (the path asks no `app`).
 */
export function refine(answers: Answers): Refined | undefined {
  const { app, also } = answers
  if (app === undefined) return undefined
  const out: Refined = { license: 'd365-app', attach: [], extra: [], facts: [], uncertain: [], alternatives: [] }
  if (answers.device === 'shared') return devices(answers, out)
  if (app === 'unknown') {
    out.uncertain.push('app-unknown')
    out.facts.push('R26.Q1')
    return out
  }

  const named = [app, ...(also && also !== 'none' && also !== 'more' ? [also] : [])]
  if (also === 'more') out.uncertain.push('more-apps')
  if (named.includes('marketing')) out.facts.push('R43.K19')
  if (named.includes('contact-center')) out.facts.push('R40.K13')
  if (app === 'contact-center') out.uncertain.push('contact-center-variant')

  const seats = named.filter(isSeat).map((a) => seatOf(a, answers, out))
  // Rule 1 of section 2: Professional and Enterprise users may not share an environment, so a person who needs
  // Enterprise for one app takes every app at Enterprise level or higher.
  if (seats.length > 1 && seats.some((s) => s.level !== 'professional')) {
    for (const s of seats) {
      if (s.level !== 'professional') continue
      s.level = 'enterprise'
      out.facts.push('R42-mix.K21')
    }
    // The Professional alternative no longer applies once the person is raised to Enterprise.
    out.alternatives = out.alternatives.filter((a) => !Object.values(EDITION_ALTERNATIVE).includes(a))
  }

  const licenses = seats.map((s) => licenseOf(s))
  if (seats.length === 1 && seats[0].app === 'field-service' && answers.who && THIRD_PARTY.has(answers.who)) {
    // A third party's technician may take the Contractor license; whether this person is one is for the partner.
    licenses[0] = 'd365-field-service-contractor'
    out.facts.push('R41.K17', 'R44.Q11')
    out.uncertain.push('field-service-contractor')
    out.alternatives.push({
      license: 'd365-field-service',
      when: 'not-a-contractor',
    })
  }

  const tenantOrCenter: LicenseId[] = []
  // Customer Service Premium includes Contact Center (a partner's reading of the guide, R37.Q11).
  if (named.includes('contact-center') && !licenses.includes('d365-customer-service-premium'))
    tenantOrCenter.push('d365-contact-center')
  if (named.includes('marketing')) tenantOrCenter.push('d365-customer-insights')

  if (licenses.length === 0) {
    // Contact Center or marketing alone: that is the license, the other (if any) besides it.
    const [first, ...rest] = tenantOrCenter
    out.license = first
    out.extra.push(...rest)
    return finish(out)
  }

  // The highest-priced app is the base; ties go to the app named first (the `app` answer).
  const order = licenses
    .map((l, i) => ({ l, i }))
    .sort((a, b) => (LIST_RANK[b.l] ?? 0) - (LIST_RANK[a.l] ?? 0) || a.i - b.i)
  out.license = order[0].l
  for (const { l } of order.slice(1)) {
    const attach = ATTACH_OF[l]
    if (attach) out.attach.push(attach)
    else {
      out.extra.push(l)
      out.uncertain.push('no-attach')
    }
  }
  if (out.attach.length > 0) out.facts.push('R42.K21')
  if (seats.length > 1 && seats.every((s) => s.level === 'professional')) out.uncertain.push('professional-attach')
  out.extra.push(...tenantOrCenter)
  return finish(out)
}

function finish(out: Refined): Refined {
  out.facts.push('R38.K1')
  out.facts = [...new Set(out.facts)]
  out.uncertain = [...new Set(out.uncertain)]
  return out
}

const PROFESSIONAL: readonly LicenseId[] = [
  'd365-sales-professional',
  'd365-customer-service-professional',
  'd365-sales-professional-attach',
  'd365-customer-service-professional-attach',
]
/** User licenses at Enterprise level or above (device licenses carry Enterprise rights too, K22). */
const ENTERPRISE_OR_ABOVE: readonly LicenseId[] = [
  'd365-sales-enterprise',
  'd365-sales-premium',
  'd365-relationship-sales',
  'd365-customer-service-enterprise',
  'd365-customer-service-premium',
  'd365-field-service',
  'd365-project-operations',
  'd365-sales-enterprise-attach',
  'd365-customer-service-enterprise-attach',
  'd365-field-service-attach',
  'd365-project-operations-attach',
]

/**
 * Whether a plan's licenses put Professional and Enterprise users side by side, which one environment may not hold
 * (K10: "you can't mix Enterprise and Professional users on the same instance"; section 2, rule 3 of the SKU note).
 */
export function mixesEditions(licenses: readonly LicenseId[]): boolean {
  return licenses.some((l) => PROFESSIONAL.includes(l)) && licenses.some((l) => ENTERPRISE_OR_ABOVE.includes(l))
}

/**
 * Which workload and level each Dynamics 365 user license (base or attach) gives, so that what a person holds can be
 * compared with what their work needs (contract section 9, d365-sku-2026-12.md section 6.6): within a workload a
 * higher level covers a lower one ("an Enterprise license includes the Professional capabilities for the same
 * workload", K21); Relationship Sales is Sales Enterprise with LinkedIn; the legacy bundles (`d365-app`) cover
 * Sales, Customer Service and Field Service at Enterprise level; Customer Service Premium includes Contact Center
 * (a partner's reading, R37.Q11).
 */
const GIVES: Readonly<Partial<Record<LicenseId, readonly (readonly [string, number])[]>>> = {
  'd365-sales-professional': [['sales', 1]],
  'd365-sales-professional-attach': [['sales', 1]],
  'd365-sales-enterprise': [['sales', 2]],
  'd365-sales-enterprise-attach': [['sales', 2]],
  'd365-relationship-sales': [['sales', 2]],
  'd365-sales-premium': [['sales', 3]],
  'd365-customer-service-professional': [['customer-service', 1]],
  'd365-customer-service-professional-attach': [['customer-service', 1]],
  'd365-customer-service-enterprise': [['customer-service', 2]],
  'd365-customer-service-enterprise-attach': [['customer-service', 2]],
  'd365-customer-service-premium': [
    ['customer-service', 3],
    ['contact-center', 1],
  ],
  'd365-contact-center': [['contact-center', 1]],
  'd365-field-service': [['field-service', 2]],
  'd365-field-service-attach': [['field-service', 2]],
  'd365-project-operations': [['project-operations', 2]],
  'd365-project-operations-attach': [['project-operations', 2]],
  'd365-app': [
    ['sales', 2],
    ['customer-service', 2],
    ['field-service', 2],
  ],
}

/** Whether this is a full Dynamics 365 app license (base, attach or legacy bundle), which also covers Team Members. */
export const isAppLicense = (license: LicenseId): boolean => GIVES[license] !== undefined

/**
 * Whether holding `held` covers a need for `needed`: the same license, a higher level of the same workload, or any
 * app license where the need is an app not yet named (`d365-app`) or Team Members. Undefined where the two are not
 * comparable this way (neither is a Dynamics 365 app license).
 */
export function covers(held: LicenseId, needed: LicenseId): boolean | undefined {
  if (held === needed) return true
  // Team Members is below every app license (the check's tiers: a full app covers Team Members, never the reverse).
  if (held === 'd365-team-members' && GIVES[needed] !== undefined) return false
  const gives = GIVES[held]
  if (needed === 'd365-app' || needed === 'd365-team-members') return gives !== undefined ? true : undefined
  const needs = GIVES[needed]
  if (!gives || !needs) return undefined
  return needs.every(([workload, level]) => gives.some(([w, l]) => w === workload && l >= level))
}

/** Whether `held` gives more than `needed` asks in the needed license's own workload (a higher edition). */
export function exceeds(held: LicenseId, needed: LicenseId): boolean {
  const gives = GIVES[held] ?? []
  const needs = GIVES[needed] ?? []
  return needs.some(([workload, level]) => gives.some(([w, l]) => w === workload && l > level))
}

/**
 * Whether `held` is a lower level of the same workload `needed` asks for (a step up, such as Team Members or Sales
 * Professional to Sales Enterprise), rather than another app.
 */
export function stepsUpTo(held: LicenseId, needed: LicenseId): boolean {
  return covers(held, needed) === false && (held === 'd365-team-members' || exceeds(needed, held))
}

/** The person's base among several app licenses: the highest list price, as Microsoft's base rule asks (K21). */
export function baseOf(licenses: readonly LicenseId[]): LicenseId | undefined {
  return [...licenses].sort((a, b) => (LIST_RANK[b] ?? 104) - (LIST_RANK[a] ?? 104))[0]
}

/** The apps whose users make a tenant eligible for the Customer Insights attach offer (K19). */
const INSIGHTS_QUALIFYING = ['sales', 'customer-service', 'field-service'] as const

/**
 * Whether a plan's licenses reach the Customer Insights attach offer: 10 or more users of one qualifying app (K19:
 * "with 10 or more users, you can purchase the reduced price 'attach' license"), counting base and attach licenses.
 */
export function reachesInsightsAttach(lines: readonly { license: LicenseId; quantity: number }[]): boolean {
  return INSIGHTS_QUALIFYING.some(
    (app) =>
      lines.filter((l) => LICENSES_BY_WORKLOAD(l.license).includes(app)).reduce((n, l) => n + l.quantity, 0) >= 10,
  )
}

const LICENSES_BY_WORKLOAD = (license: LicenseId): readonly string[] =>
  license === 'd365-app' ? [] : (GIVES[license] ?? []).map(([w]) => w)
