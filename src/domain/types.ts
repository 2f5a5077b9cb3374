/**
 * The rulebook's vocabulary. Plain data types only: no React, XState or DOM may be imported
 * anywhere under src/domain, so the rules can be read, tested and reused on their own.
 */

import { agreementAnswers, TERMS_CHANGES } from './termsChanges'

export const QUESTION_IDS = [
  'product',
  'deploy',
  'who',
  'signed',
  'hours',
  'via',
  'does',
  'records',
  'app',
  'also',
  'device',
  'sales-needs',
  'service-needs',
  'bought',
] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

/**
 * Whom a question is about: the organization (its product, deployment, agreement and purchase dates: the same for
 * everyone it licenses) or the person. The questionnaire keeps the organization's answers for the next person, and a
 * carried plan offers its last group's again.
 */
export const QUESTION_SCOPE: Readonly<Record<QuestionId, 'organization' | 'person'>> = {
  product: 'organization',
  deploy: 'organization',
  who: 'person',
  signed: 'organization',
  hours: 'person',
  via: 'person',
  does: 'person',
  records: 'person',
  app: 'person',
  also: 'person',
  device: 'person',
  'sales-needs': 'person',
  'service-needs': 'person',
  bought: 'organization',
}

/** The organization's answers a plan holds per group rather than once (product and deployment are the plan's own). */
export const ORGANIZATION_PER_GROUP: readonly QuestionId[] = QUESTION_IDS.filter(
  (q) => QUESTION_SCOPE[q] === 'organization' && q !== 'product' && q !== 'deploy',
)

/**
 * Products modelled on another (products.ts `modelledOn`): each holds its basis's rules, facts and licenses (eras.ts
 * `withModelled`). Here rather than beside the terms, so the rulebook's data can read it without importing them.
 */
export const MODELLED_ON: { readonly [P in AnswerOf<'product'>]?: AnswerOf<'product'> } = {}

/** Answer ids per question, in the order the contract lists them (also the order they are offered). */
export const ANSWER_IDS = {
  product: ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365'],
  deploy: ['onprem', 'online', 'hosted'],
  who: [
    'employee',
    'onsite-contractor',
    'offsite-contractor',
    'offsite-vendor',
    'customer',
    'customer-employee',
    'tenant-client',
    'tenant-staff',
    'public',
    'service-account',
  ],
  signed: agreementAnswers(TERMS_CHANGES['internal-users-2024-10'].effective),
  hours: ['over-30', 'up-to-30', 'unknown'],
  via: ['crm-client', 'portal', 'custom-app', 'integration', 'manual'],
  does: ['admin', 'read', 'self-service', 'light', 'full'],
  records: ['contacts', 'custom', 'core'],
  app: ['sales', 'customer-service', 'field-service', 'contact-center', 'marketing', 'project-operations', 'unknown'],
  also: ['none', 'sales', 'customer-service', 'field-service', 'project-operations', 'marketing', 'more'],
  device: ['named', 'shared'],
  'sales-needs': ['core', 'advanced', 'ai', 'linkedin', 'unknown'],
  'service-needs': ['core', 'advanced', 'channels', 'unknown'],
  bought: ['before-2014', 'from-2014', 'unknown'],
} as const satisfies Record<QuestionId, readonly string[]>

/**
 * The link vocabulary's versions (contract sections 1, 5 and 9), oldest first: what each added and which questions it
 * asks on paths where the version before did not. A link is read with its own version's meaning: answers added
 * later are not part of it, and where a later version asks more, an older link stops there politely. A new version
 * is one entry here (the link version, the no-`v` default and the polite stops derive from this list).
 */
export interface VocabularyVersion {
  version: number
  /** Answers added, per question; a question with every answer listed is new whole. */
  added: { [Q in QuestionId]?: readonly AnswerOf<Q>[] }
  askedOnMorePaths: readonly QuestionId[]
}

export const VOCABULARY_HISTORY = [
  { version: 1, added: {}, askedOnMorePaths: [] },
  {
    // `signed` also for off-site vendors, the new `hours` and `bought`, `records` where Team Members may cover the work.
    version: 2,
    added: {
      who: ['tenant-staff', 'service-account'],
      signed: ['unknown'],
      hours: ['over-30', 'up-to-30', 'unknown'],
      records: ['contacts'],
      bought: ['before-2014', 'from-2014', 'unknown'],
    },
    askedOnMorePaths: ['signed', 'hours', 'records', 'bought'],
  },
  {
    // Dynamics 365 at the license a partner orders. `device` is asked on fewer paths, never on more.
    version: 3,
    added: {
      app: [
        'sales',
        'customer-service',
        'field-service',
        'contact-center',
        'marketing',
        'project-operations',
        'unknown',
      ],
      also: ['none', 'sales', 'customer-service', 'field-service', 'project-operations', 'marketing', 'more'],
      'sales-needs': ['core', 'advanced', 'ai', 'linkedin', 'unknown'],
      'service-needs': ['core', 'advanced', 'channels', 'unknown'],
    },
    askedOnMorePaths: ['app'],
  },
] as const satisfies readonly VocabularyVersion[]

export type Vocabulary = (typeof VOCABULARY_HISTORY)[number]['version']
/** The version every link is written in. */
export const NEWEST_VOCABULARY: Vocabulary = VOCABULARY_HISTORY[VOCABULARY_HISTORY.length - 1].version

export type AnswerOf<Q extends QuestionId> = (typeof ANSWER_IDS)[Q][number]
export type Product = AnswerOf<'product'>
export type Deploy = AnswerOf<'deploy'>
export type Who = AnswerOf<'who'>
export type Via = AnswerOf<'via'>
export type Does = AnswerOf<'does'>
export type Records = AnswerOf<'records'>
export type Bought = AnswerOf<'bought'>
export type App = AnswerOf<'app'>

/** The answers given so far. A key is present only when its question is on the path and answered. */
export type Answers = { [Q in QuestionId]?: AnswerOf<Q> }

export const LICENSE_IDS = [
  'none',
  'full-cal',
  'full-device-cal',
  'limited-cal',
  'limited-device-cal',
  'ess-cal',
  'ess-device-cal',
  'external-connector',
  'limited-external-connector',
  'crm-online-usl',
  'essential-cal',
  'essential-device-cal',
  'basic-cal',
  'basic-device-cal',
  'professional-cal',
  'professional-device-cal',
  'essential-usl',
  'basic-usl',
  'professional-usl',
  'd365-app',
  'd365-team-members',
  'd365-device',
  'power-apps',
  'power-pages-authenticated',
  'power-pages-anonymous',
  'd365-cal',
  'd365-device-cal',
  'd365-team-members-cal',
  'spla-sal',
  'undetermined',
  // Version 3 (contract section 9): Dynamics 365 at the license a partner orders.
  'd365-sales-professional',
  'd365-sales-enterprise',
  'd365-sales-premium',
  'd365-relationship-sales',
  'd365-customer-service-professional',
  'd365-customer-service-enterprise',
  'd365-customer-service-premium',
  'd365-field-service',
  'd365-field-service-contractor',
  'd365-contact-center',
  'd365-contact-center-addon',
  'd365-project-operations',
  'd365-customer-insights',
  'd365-customer-insights-attach',
  'd365-sales-device',
  'd365-customer-service-device',
  'd365-field-service-device',
  'd365-sales-professional-attach',
  'd365-sales-enterprise-attach',
  'd365-customer-service-professional-attach',
  'd365-customer-service-enterprise-attach',
  'd365-field-service-attach',
  'd365-project-operations-attach',
] as const
export type LicenseId = (typeof LICENSE_IDS)[number]

export type Confidence = 'settled' | 'review'
/** How much a fact can be relied on, as graded in the research (facts.md). */
export type FactConfidence = 'high' | 'medium' | 'low'

export type SourceKind = 'microsoft' | 'microsoft-hosted' | 'mirror' | 'third-party'

/**
 * A date in ISO 8601 order, as precise as the document gives it: a day ('2024-06-25'), a month ('2012-12') or a
 * year ('2016'). Nothing finer is invented: a document dated "Dec 2012" is '2012-12', not '2012-12-01'.
 */
export type IsoDate = `${number}-${number}-${number}` | `${number}-${number}` | `${number}`
/** A calendar day in ISO 8601 order, e.g. '2026-12-01'. */
export type IsoDay = `${number}-${number}-${number}`

/**
 * A document relied on. Ids S1 … are the research's own (facts.md), P1 … the audit's (audit-2026-12.md section 1,
 * and P25 on), so the rulebook can be audited against both.
 */
export interface Source {
  id: string
  title: string
  publisher: string
  /** Date or edition as printed on the document, e.g. "Jan 2011" or "ms.date 03/31/2025". */
  edition: string
  /**
   * The document's own date, as precise as it states it. Left out (never set to undefined) only when the document
   * carries no date of its own: undated pages, "c. 2010", a range of editions, or a row naming several documents.
   */
  published?: IsoDate
  /** The day the research (S…) or the audit (P…) read the document. */
  checked: IsoDay
  url?: string
  kind: SourceKind
}

/** A single licensing statement with the place it comes from. */
export interface Fact {
  id: string
  statement: string
  source: string
  /** Section, page, clause or table inside the source. */
  locator: string
  /**
   * The source's own words for the statement, exactly as published (at most about 300 characters; "…" where cut),
   * as the research or the audits quoted them, for someone who checks the answer (issue 19 item 2).
   */
  quote?: string
  confidence: FactConfidence
  products: readonly Product[]
  deploys: readonly Deploy[]
}

/** Unit in which a license is sold, which is also the unit a plan counts it in. */
export type SaleUnit = 'person' | 'device' | 'server' | 'auth-pack' | 'anon-pack' | 'tenant' | 'none'

export interface Price {
  /** e.g. "$65 per user per month", or "about 10% of a full CAL" */
  text: string
  /** Numeric list price per unit, where one was published. */
  amount?: number
  currency?: 'USD' | 'GBP'
  period?: 'month' | 'one-off'
  source: string
  /** The date the price was published or quoted at, as precise as the source gives it. */
  asOf: IsoDate
  /** The research marks some prices as disputed or unverified. */
  disputed?: boolean
  /** Superseded by a newer list: kept for the record, never shown as the current price. */
  historical?: true
  /** Lower prices per unit from a number of units on (volume tiers), as the source lists them. */
  tiers?: readonly { from: number; amount: number }[]
}

/** Where no price was found: what was looked for, and in which source (its `checked` day is when). */
export interface PriceNotFound {
  text: string
  source: string
}

/** How capacity is given out: the least that may be allocated to one environment, in users. */
export interface CapacityAllocation {
  perEnvironment: number
  /** The rulebook fact that says so. */
  fact: string
}

export interface License {
  id: LicenseId
  name: string
  /** Products whose licensing this license belongs to. */
  products: readonly Product[]
  unit: SaleUnit
  /** Plain words for the unit, shown next to the name ("one per person"). */
  unitText: string
  /** The per-device twin of a per-user license, where one exists. */
  deviceVariant?: LicenseId
  prices: readonly Price[]
  /** How it is paid where no price says so: subscriptions every month (otherwise once, as CALs and connectors are). */
  billed?: 'month'
  /** Set where no price was published that the research could find, so the page says so rather than nothing. */
  noPrice?: PriceNotFound
  /** Capacity licenses only. */
  allocation?: CapacityAllocation
  /** Microsoft's identifiers of the product a tenant holds (contract section 9; String ID and GUID, K1). */
  sku?: { stringId: string; guid: string }
}
