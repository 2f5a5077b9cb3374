import type { FactId } from './facts'
import type { Alternative, Audience } from './rules'
import type { TERMS_CHANGES, TermsChangeId } from './termsChanges'
import type { AnswerOf, Deploy, Does, LicenseId, Product } from './types'
import type { UncertaintyId } from './uncertainties'

/**
 * One entry per product: how its terms sort people into audiences, which wording covers device
 * licenses, and whether the product checks license types. A new product (or a dated change of
 * terms, like the October 2024 definition of external users) is one entry here: the type checker
 * fails until every field is given, and the tests fail until the rules cover its paths.
 */

/** How a kind of person is classified: the reading the advice follows, and the one the sources leave open. */
export interface Reading {
  audience: Audience
  /**
   * The other reading some source supports. The advice is settled where both readings lead to the
   * same license (a contractor on the product's own screens needs it either way), and names the
   * uncertainty only where they differ.
   */
  otherwise?: Audience
  facts: readonly FactId[]
  /** What the sources do not settle about this person (always shown with a paid license when there is no `otherwise`). */
  uncertain?: UncertaintyId
  /**
   * The work for which the other reading is open; for any other work the reading is settled. A vendor that updates
   * or runs records may be running the customer's processes (audit G06); one that only reads or logs its own
   * requests is not.
   */
  contestedFor?: readonly Does[]
  /** Licenses this reading adds to every paid answer's alternatives (a provider's SPLA for tenant staff, audit G07). */
  alternatives?: readonly Alternative[]
}

/** A reading that depends on the deployment (for example CRM 2011 Online's terms on contractors). */
type ByDeploy = { [D in Deploy]: Reading }

/** A reading that a dated change of terms altered (termsChanges.ts): by when the agreement was signed. */
export interface ByAgreement {
  change: TermsChangeId
  /** Agreements signed before the change took effect. */
  before: Reading
  /** Agreements signed from the change on, by the answer that decides under the new terms. */
  from: { [A in AnswerOf<DecidedBy>]: Reading }
  /** The date of the agreement is not known. */
  unknown: Reading
}
type DecidedBy = (typeof TERMS_CHANGES)[TermsChangeId]['decidedBy']

/** What a CRM Online subscription of a version is counted as, by the tier the export names (the compliance check). */
export interface OnlineTiers {
  professional?: LicenseId
  basic?: LicenseId
  /** A subscription whose tier the export does not name. */
  unnamed?: LicenseId
}

export interface ProductTerms {
  /** The product this one is modelled on (modelledOn); `MODELLED_ON` in types.ts says the same, a test holds them together. */
  basis?: Product
  /**
   * The line of products: CRM (4.0 to 2016) or Dynamics 365. The honor-system wording, the terms on work done on the
   * customer's behalf and on other companies' business in the system follow it.
   */
  family: 'crm' | 'd365'
  /**
   * Deployments that run in a Microsoft 365 tenant: Team Members enforced by app, application and agent users,
   * guests licensed in the host tenant, Power Pages, and Dynamics 365 apps ordered by SKU.
   */
  tenant: readonly Deploy[]
  /** How its External Connector is counted, where it has one: per server of the external-facing application or per CRM server. */
  connector?: 'application-server' | 'crm-server'
  /** Deployments whose subscription includes external users who do not use the CRM's own clients (CRM Online 2013–2016). */
  externalAccessIncluded: readonly Deploy[]
  /** Deployments with an Employee Self Service CAL. */
  selfServiceCal: readonly Deploy[]
  /** Deployments where an integration's account is a user with a CAL of its own, no free mode being known. */
  serviceAccountCal: readonly Deploy[]
  /** Whether the user record has a license type (CalType) to record a CAL in (CRM 2011 on). */
  calType: boolean
  /** Whether a hosted organization may bring its own licenses through License Mobility (CRM 2011 on). */
  licenseMobility: boolean
  /** Free non-interactive users per instance, online (rule C2 of the compliance check). */
  freeNonInteractive: number
  onlineTiers: OnlineTiers
  /** Employees and onsite contractors: the version's own definition of internal users. */
  internal: readonly FactId[]
  /** Customers and other companies' staff: the version's definition of external users. */
  external: readonly FactId[]
  offsiteContractor: Reading | ByAgreement
  offsiteVendor: Reading | ByAgreement | ByDeploy
  /** Staff of another organization that runs its own business in this CRM (not offered on hosted deployments). */
  tenantStaff: Reading | ByDeploy
  /** An integration, application or service account that signs in. */
  serviceAccount: ByDeploy
  /** The wording that lets a device license be shared by people who take turns. */
  deviceFacts: readonly FactId[]
  /** Deployments on which nothing in the product checks the license type (the honor system). */
  honorSystem: readonly Deploy[]
}

const internal = (facts: readonly FactId[]): Reading => ({ audience: 'internal', facts })
const external = (facts: readonly FactId[]): Reading => ({ audience: 'external', facts })
/** Work that updates or runs records: where a vendor's staff may be running the customer's processes. */
const WORKING_RECORDS: readonly Does[] = ['light', 'full']
const vendorDoingYourWork = (facts: readonly FactId[]): Reading => ({
  audience: 'external',
  otherwise: 'internal',
  facts,
  uncertain: 'vendor-business-process',
  contestedFor: WORKING_RECORDS,
})

/**
 * A product modelled on another: the other's terms, with what differs. Its rules, facts and licenses are the basis's
 * (`MODELLED_ON` in types.ts, `withModelled` in eras.ts), and the whole-path tests check every path it adds.
 */
export const modelledOn = (basis: Product, terms: ProductTerms, overrides: Partial<ProductTerms>): ProductTerms => ({
  ...terms,
  ...overrides,
  basis,
})

const D365: ProductTerms = {
  family: 'd365',
  tenant: ['online'],
  externalAccessIncluded: [],
  selfServiceCal: [],
  serviceAccountCal: [],
  calType: true,
  licenseMobility: true,
  freeNonInteractive: 7,
  onlineTiers: {},
  internal: ['R1.S32'],
  external: ['R2.S32', 'R21.P10'],
  offsiteContractor: {
    change: 'internal-users-2024-10',
    // Before October 2024 an off-site contractor is outside the glossary's internal users, but the
    // guide denies external access to anyone running business processes on the customer's behalf.
    before: {
      audience: 'internal',
      otherwise: 'external',
      facts: ['R1.P1', 'R4.P10'],
      uncertain: 'offsite-contractor',
    },
    from: {
      'over-30': internal(['R3.P1']),
      'up-to-30': {
        audience: 'external',
        otherwise: 'internal',
        facts: ['R3.P1', 'R4.P10'],
        uncertain: 'contractor-business-process',
      },
      unknown: { audience: 'internal', otherwise: 'external', facts: ['R3.P1'], uncertain: 'contractor-hours' },
    },
    unknown: { audience: 'internal', otherwise: 'external', facts: ['R1.P1', 'R3.P1'], uncertain: 'agreement-date' },
  },
  // A vendor serving several organizations is external, but not where its staff run the customer's processes
  // (audit G06): the texts pull both ways for work that updates or runs records.
  offsiteVendor: {
    change: 'internal-users-2024-10',
    before: vendorDoingYourWork(['R1.P1', 'R21.P10', 'R1.P21', 'R4.Q7', 'R4.Q11']),
    from: {
      'over-30': internal(['R3.P1']),
      'up-to-30': vendorDoingYourWork(['R3.P1', 'R21.P10', 'R4.Q7', 'R4.Q11']),
      unknown: {
        audience: 'external',
        otherwise: 'internal',
        facts: ['R3.P1', 'R21.P10'],
        uncertain: 'vendor-hours',
      },
    },
    unknown: {
      audience: 'external',
      otherwise: 'internal',
      facts: ['R1.P1', 'R3.P1', 'R21.P10'],
      uncertain: 'agreement-date',
    },
  },
  // External access does not extend to people who use Dynamics 365 to manage any portion of their business, and it
  // may not serve business-process outsourcing (audit G07): internal, the safe reading, but whether such use is
  // allowed at all is open. On the organization's own servers, serving third parties is SPLA's business.
  tenantStaff: {
    onprem: {
      audience: 'internal',
      facts: ['R4.Q7', 'R4.P10', 'R4.Q11', 'R29.S10'],
      uncertain: 'tenant-staff-d365',
      alternatives: [
        {
          license: 'spla-sal',
          when: 'spla-service-provider',
        },
      ],
    },
    online: { audience: 'internal', facts: ['R4.Q7', 'R4.P10', 'R4.Q11'], uncertain: 'tenant-staff-d365' },
    hosted: { audience: 'internal', facts: ['R4.Q7', 'R4.P10'], uncertain: 'tenant-staff-d365' },
  },
  serviceAccount: {
    onprem: { audience: 'service', facts: ['R27.P22'], uncertain: 'service-account-d365-onprem' },
    online: { audience: 'service', facts: ['R25.P7'] },
    hosted: { audience: 'service', facts: ['R29.S48'], uncertain: 'service-account-hosted' },
  },
  // The Product Terms list the device subscriptions, and the guide gives them the user license's rights (audit G10).
  deviceFacts: ['R32.Q10', 'R32.S54'],
  // Team Members enforcement is online only, and the Team Member apps do not exist on premises (audit F08).
  honorSystem: ['onprem', 'hosted'],
}

export const PRODUCTS: Record<Product, ProductTerms> = {
  crm4: {
    family: 'crm',
    tenant: [],
    connector: 'application-server',
    externalAccessIncluded: [],
    selfServiceCal: [],
    serviceAccountCal: [],
    calType: false,
    licenseMobility: false,
    freeNonInteractive: 5,
    onlineTiers: { professional: 'crm-online-usl' },
    internal: ['R1.S1'],
    external: ['R2.S1'],
    offsiteContractor: {
      audience: 'internal',
      otherwise: 'external',
      facts: ['R1.S1', 'R1.S2', 'R10.P16'],
      uncertain: 'offsite-contractor',
    },
    // The guide's own change note and Microsoft's support blog exclude anyone providing services to the
    // organization, the definition quoted elsewhere only onsite contractors (audit F38).
    offsiteVendor: {
      audience: 'external',
      otherwise: 'internal',
      facts: ['R1.S1', 'R10.P16', 'R1.S2'],
      uncertain: 'offsite-vendor-crm4',
    },
    tenantStaff: { audience: 'internal', facts: ['R1.S1'], uncertain: 'tenant-staff' },
    serviceAccount: {
      onprem: { audience: 'service', facts: ['R1.S1'], uncertain: 'service-account-onprem' },
      online: { audience: 'service', facts: ['M1.S56'], uncertain: 'crm4-online' },
      hosted: { audience: 'service', facts: ['R29.S10'], uncertain: 'service-account-hosted' },
    },
    deviceFacts: ['R32.S5'],
    honorSystem: [],
  },
  crm2011: {
    family: 'crm',
    tenant: [],
    connector: 'crm-server',
    externalAccessIncluded: [],
    selfServiceCal: ['onprem'],
    serviceAccountCal: [],
    calType: true,
    licenseMobility: true,
    freeNonInteractive: 5,
    onlineTiers: { professional: 'crm-online-usl' },
    internal: ['R1.P12'],
    external: ['R1.P12'],
    offsiteContractor: {
      audience: 'internal',
      otherwise: 'external',
      // On premises the CRM 2011 guide's definition; online, CRM Online's use-rights clause (no onsite test).
      facts: ['R15.P12', 'R17.P24'],
      uncertain: 'offsite-contractor',
    },
    offsiteVendor: {
      onprem: external(['R15.P12']),
      hosted: external(['R15.P12']),
      // CRM Online's own terms name "contractors or agents" as internal, with no onsite test (audit F39).
      online: {
        audience: 'external',
        otherwise: 'internal',
        facts: ['R17.S21', 'R17.P24'],
        uncertain: 'offsite-vendor-crm-online',
      },
    },
    tenantStaff: { audience: 'internal', facts: ['R15.P12', 'R17.P24'], uncertain: 'tenant-staff' },
    serviceAccount: {
      onprem: { audience: 'service', facts: ['R15.P12'], uncertain: 'service-account-onprem' },
      online: { audience: 'service', facts: ['R17.S22'], uncertain: 'service-account-crm2011-online' },
      hosted: { audience: 'service', facts: ['R29.S10'], uncertain: 'service-account-hosted' },
    },
    deviceFacts: ['R32.P15'],
    honorSystem: ['onprem', 'online', 'hosted'],
  },
  crm2013: crm2013To2016(),
  crm2016: crm2013To2016(),
  d365: D365,
}

function crm2013To2016(): ProductTerms {
  return {
    family: 'crm',
    tenant: [],
    externalAccessIncluded: ['online'],
    selfServiceCal: [],
    serviceAccountCal: ['onprem'],
    calType: true,
    licenseMobility: true,
    freeNonInteractive: 5,
    onlineTiers: { professional: 'professional-usl', basic: 'basic-usl', unnamed: 'professional-usl' },
    internal: ['R1.S27'],
    external: ['R1.S27', 'R1.P11'],
    offsiteContractor: {
      audience: 'internal',
      otherwise: 'external',
      facts: ['R1.S27', 'R1.P11'],
      uncertain: 'offsite-contractor',
    },
    // CRM Online's guide does not extend third-party access to vendors performing business processes on the
    // customer's behalf (audit G06); the on-premises definition counts only on-site vendors as internal.
    offsiteVendor: {
      onprem: external(['R1.S27']),
      online: {
        audience: 'external',
        otherwise: 'internal',
        facts: ['R1.P11', 'R1.S28'],
        uncertain: 'vendor-business-process',
        contestedFor: WORKING_RECORDS,
      },
      hosted: external(['R1.S27']),
    },
    tenantStaff: { audience: 'internal', facts: ['R1.S27', 'R1.P11'], uncertain: 'tenant-staff' },
    serviceAccount: {
      onprem: { audience: 'service', facts: ['R18.P19'] },
      online: { audience: 'service', facts: ['R18.P19', 'R25.S39'], uncertain: 'service-account-crm-online' },
      hosted: { audience: 'service', facts: ['R29.S10'], uncertain: 'service-account-hosted' },
    },
    deviceFacts: ['R32.S27'],
    honorSystem: ['onprem', 'online', 'hosted'],
  }
}

export const isByAgreement = (r: Reading | ByAgreement | ByDeploy): r is ByAgreement => 'before' in r
export const isByDeploy = (r: Reading | ByAgreement | ByDeploy): r is ByDeploy => 'onprem' in r

/**
 * The reading as it stands for the work answered so far: a reading contested only for some work is settled (no
 * other reading, nothing open) until the answers show that work.
 */
export function forWork(reading: Reading, does: Does | undefined): Reading {
  if (!reading.contestedFor || (does !== undefined && reading.contestedFor.includes(does))) return reading
  const { otherwise: _o, uncertain: _u, contestedFor: _c, ...settled } = reading
  return settled
}
