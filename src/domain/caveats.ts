import { CAVEAT_TEXT } from './caveatText'
import { citedOn, type FactId } from './facts'
import { PRODUCTS, type ProductTerms } from './products'
import { INDIRECT } from './rules'
import type { Answers, Deploy, LicenseId } from './types'

export interface Caveat {
  id: string
  title: string
  text: string
  facts: readonly FactId[]
}

// The title and text are what a translation replaces, so they live in caveatText.ts, by id.
interface CaveatRule extends Omit<Caveat, 'title' | 'text'> {
  /** `offered` is the license and every alternative: a caveat about a license matters wherever it is offered. */
  applies: (answers: Answers, license: LicenseId, offered: readonly LicenseId[]) => boolean
}

const PAID = (l: LicenseId) => l !== 'none' && l !== 'undetermined'
/** The product's terms: caveats test what a version is, never which version it is (issue 18 item 1). */
const terms = (a: Answers) => (a.product === undefined ? undefined : PRODUCTS[a.product])
/** Whether the answers' deployment is one of those the product's trait lists. */
const on = (a: Answers, deploys: (t: ProductTerms) => readonly Deploy[]) => {
  const t = terms(a)
  return t !== undefined && a.deploy !== undefined && deploys(t).includes(a.deploy)
}
const family = (a: Answers) => terms(a)?.family
const honorSystem = (a: Answers) => on(a, (t) => t.honorSystem)
const inTenant = (a: Answers) => on(a, (t) => t.tenant)
const connector = (a: Answers) => (a.deploy === 'hosted' ? undefined : terms(a)?.connector)
const internal = (a: Answers) => a.who === 'employee' || a.who === 'onsite-contractor'
const ESS_OR_FULL: readonly LicenseId[] = ['ess-cal', 'ess-device-cal', 'full-cal', 'full-device-cal']
const isIndirect = (a: Answers) => a.via !== undefined && (INDIRECT as readonly string[]).includes(a.via)

const CAVEATS = [
  {
    id: 'honor-system',
    facts: ['R7.S27', 'R7.S39'],
    applies: (a, l) => PAID(l) && family(a) === 'crm' && honorSystem(a),
  },
  {
    // Team Members enforcement and the Team Member apps are online only (audit F08).
    id: 'honor-system-d365',
    facts: ['R7.P4', 'R7.P23'],
    applies: (a, l) => PAID(l) && family(a) === 'd365' && honorSystem(a),
  },
  {
    id: 'enforcement-d365',
    facts: ['R7.P6', 'R7.P23', 'R26.S40'],
    applies: (a, l) => PAID(l) && inTenant(a),
  },
  {
    id: 'multiplexing',
    facts: ['R5.S8', 'R5.P8'],
    applies: (a) => isIndirect(a) || a.who === 'service-account',
  },
  {
    // Free service accounts exist online only; on premises the account is a user with a CAL (audit F36).
    id: 'service-account-online',
    facts: ['R25.P7', 'R35.P25'],
    applies: (a) => (isIndirect(a) || a.who === 'service-account') && inTenant(a),
  },
  {
    id: 'service-account-onprem',
    facts: ['R18.P19'],
    applies: (a) => (isIndirect(a) || a.who === 'service-account') && on(a, (t) => t.serviceAccountCal),
  },
  {
    // Which user record to create and how their data is kept apart (the 2011 forum thread, audit F04, F05). CRM 4.0's
    // text says external users are full CRM users (P17); no CRM 2011 text says so, so 2011 has its own caveat below.
    id: 'connector-users',
    facts: ['R36.P17'],
    applies: (a, _l, offered) =>
      connector(a) === 'application-server' &&
      offered.some((l) => l === 'external-connector' || l === 'limited-external-connector'),
  },
  {
    id: 'connector-users-2011',
    facts: ['R15.P12'],
    applies: (a, _l, offered) => connector(a) === 'crm-server' && offered.includes('external-connector'),
  },
  {
    // The 2011 forum thread asked this of a hosting provider (issue 19 item 5): the connector is not its license.
    id: 'connector-spla',
    facts: ['R29.S10', 'R30.P18', 'R1.P12'],
    applies: (a) => a.deploy === 'hosted' && terms(a)?.connector === 'crm-server' && !internal(a),
  },
  {
    id: 'connector-spla-crm4',
    facts: ['R29.S10', 'R30.P18'],
    applies: (a) => a.deploy === 'hosted' && terms(a)?.connector === 'application-server' && !internal(a),
  },
  {
    // Which record to create and how to keep data apart, where the connector's own caveat never shows (issue 19
    // item 5). The separation is set-up practice, not a licensing rule, and the text says so.
    id: 'hosted-users',
    facts: ['R29.S10', 'R5.S8'],
    applies: (a) => a.deploy === 'hosted' && !internal(a) && (isIndirect(a) || a.who === 'tenant-client'),
  },
  {
    // No text sets a ratio: saying so is the absence of a rule, not a quoted one (issue 19 item 5).
    id: 'ess-ratio',
    facts: ['R12.S12', 'R13.P14'],
    applies: (a, l) => on(a, (t) => t.selfServiceCal) && ESS_OR_FULL.includes(l),
  },
  {
    id: 'ess-within',
    facts: ['R13.P14', 'R7.S39'],
    applies: (a, l) => on(a, (t) => t.selfServiceCal) && (l === 'ess-cal' || l === 'ess-device-cal'),
  },
  {
    id: 'portal-contacts',
    // Only Power Pages' own texts say so (R36.S60): no source read covers CRM 2016's or on-premises portals.
    facts: ['R36.S60'],
    applies: (a) => a.via === 'portal' && inTenant(a) && !internal(a),
  },
  {
    id: 'tenant-business',
    // Dynamics 365's terms: the CRM versions' own readings of tenant staff are in the reasons.
    facts: ['R4.P10', 'R4.Q7'],
    applies: (a) => a.who === 'tenant-staff' && family(a) === 'd365',
  },
  {
    id: 'marketing-social',
    facts: ['R33.P11'],
    applies: (a, l) => on(a, (t) => t.externalAccessIncluded) && l === 'none' && !internal(a),
  },
  {
    id: 'admin-mode',
    facts: ['R8.S3', 'R25.S39', 'R25.S38'],
    applies: (a) => a.does === 'admin',
  },
  {
    id: 'device',
    // Each version's own wording on shared devices (citedOn keeps the path's).
    facts: [...new Set<FactId>(['R32.S5', 'R32.S27', ...Object.values(PRODUCTS).flatMap((p) => p.deviceFacts)])],
    applies: (a) => a.device !== undefined,
  },
  {
    id: 'business-process',
    facts: ['R4.S32'],
    applies: (a) =>
      family(a) === 'd365' &&
      (a.who === 'offsite-vendor' || a.who === 'customer-employee' || a.who === 'offsite-contractor'),
  },
  {
    id: 'business-process-crm-online',
    facts: ['R4.S28'],
    applies: (a) => on(a, (t) => t.externalAccessIncluded) && a.who === 'offsite-vendor',
  },
  {
    // Each version counts its connector its own way (audit G01): CRM 4.0 by the servers of the external-facing
    // application, CRM 2011 by the CRM servers.
    id: 'connector-count',
    facts: ['R10.Q9', 'R10.S1'],
    applies: (a, _l, offered) =>
      connector(a) === 'application-server' &&
      offered.some((l) => l === 'external-connector' || l === 'limited-external-connector'),
  },
  {
    id: 'connector-count-2011',
    facts: ['R15.P12'],
    applies: (a, _l, offered) => connector(a) === 'crm-server' && offered.includes('external-connector'),
  },
  {
    id: 'online-minimum',
    facts: ['R19.S25'],
    applies: (_a, l) => l === 'essential-usl' || l === 'basic-usl' || l === 'professional-usl',
  },
  {
    // One id covers every Dynamics 365 app (audit G17): say which app the work needs, and that editions do not mix.
    id: 'd365-app-family',
    facts: ['R26.Q1', 'R24.K10'],
    applies: (a, l) => l === 'd365-app' && a.deploy === 'online',
  },
  {
    // Copilot, Contact Center and marketing are licensed apart from the seat (audit G18).
    id: 'd365-copilot-marketing',
    facts: ['R37.Q2', 'R37.Q11'],
    applies: (a, l) => l === 'd365-app' && a.deploy === 'online',
  },
  {
    id: 'base-attach',
    facts: ['R24.S51'],
    applies: (_a, l) => l === 'd365-app',
  },
  {
    id: 'portal-eras',
    facts: ['R28.S36'],
    applies: (a) => inTenant(a) && a.via === 'portal',
  },
  {
    id: 'guests',
    facts: ['R22.S41'],
    applies: (a, l) => inTenant(a) && a.via === 'crm-client' && PAID(l) && a.who !== 'employee',
  },
  {
    id: 'license-mobility',
    facts: ['R31.S49'],
    applies: (a) => a.deploy === 'hosted' && terms(a)?.licenseMobility === true,
  },
  {
    // AI agents that sign in are a new kind of account (audit G13).
    id: 'agent-users',
    facts: ['R35.Q5', 'R35.Q11'],
    applies: (a) => a.who === 'service-account' && inTenant(a),
  },
  {
    // "Without signing in" and the product's own apps contradict each other (audit G20); the answers stay for links.
    id: 'public-signs-in',
    facts: ['R36.P17', 'R22.S41', 'R5.S8'],
    applies: (a) => a.who === 'public' && a.via === 'crm-client',
  },
  {
    id: 'guides',
    facts: ['R33.S33'],
    applies: () => true,
  },
] as const satisfies readonly CaveatRule[]

export type CaveatId = (typeof CAVEATS)[number]['id']

// Keyed by exactly the caveat ids: a caveat without its text, or a text without a caveat, is a compile error. The
// check is here, where the ids are, as the text module may not import this one.
const TEXT: Readonly<
  Record<CaveatId, { title: string; text: string }> & Record<Exclude<keyof typeof CAVEAT_TEXT, CaveatId>, never>
> = CAVEAT_TEXT
// The rules as one type whose id is the union, so caveatsFor can read each one's text by id.
const RULES: readonly (CaveatRule & { id: CaveatId })[] = CAVEATS

export function caveatsFor(answers: Answers, license: LicenseId, alternatives: readonly LicenseId[] = []): Caveat[] {
  const offered = [license, ...alternatives]
  return RULES.filter((c) => c.applies(answers, license, offered)).map((c) => ({
    id: c.id,
    ...TEXT[c.id],
    facts: citedOn(answers, c.facts),
  }))
}
