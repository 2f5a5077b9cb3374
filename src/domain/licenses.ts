import { DEVICE_VARIANTS } from './devices'
import { withModelled } from './eras'
import { LICENSE_TEXT } from './licenseText'
import type { SourceId } from './sources'
import type { License, LicenseId, Price, PriceNotFound, Product } from './types'

// Typing the source as SourceId makes a price that cites a source missing from the register a compile error.
// The words (name, unit, prices, no-price note) are in licenseText.ts, so a translation replaces them alone.
type CitedPrice = Omit<Price, 'text'> & { source: SourceId }
type Entry = Omit<License, 'name' | 'unitText' | 'prices' | 'noPrice'> & {
  prices: readonly CitedPrice[]
  noPrice?: Omit<PriceNotFound, 'text'>
}

const ALL_PRODUCTS: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365']
const CRM4_AND_2011: readonly Product[] = ['crm4', 'crm2011']
const CRM2011: readonly Product[] = ['crm2011']
// CRM 2013 and 2015 share the 'crm2013' answer; the Essential/Basic/Professional tiers ran from 2013 to 2016.
const CRM2013_TO_2016: readonly Product[] = ['crm2013', 'crm2016']
const D365: readonly Product[] = ['d365']

// Every license lists its prices newest first by `asOf` (a test holds it to that): the result shows the first price
// and the planner the first with an amount, so an old price is never shown while a newer one is known.

// Price ratios from partner blogs: the price lists themselves were never seen (facts.md 4.2 item 5), so they are
// flagged even where the blogs agree.
const ESS_RATIO = [
  { source: 'S16', asOf: '2012-02-23', disputed: true },
  { source: 'S15', asOf: '2011-05', disputed: true },
  { source: 'S14', asOf: '2011-03-21', disputed: true },
] as const satisfies readonly CitedPrice[]
// Both readings are kept because the sources contradict each other (facts.md R14).
const LIMITED_RATIO = [
  { source: 'S17', asOf: '2012-08-27', disputed: true },
  { source: 'S14', asOf: '2011-03-21', disputed: true },
] as const satisfies readonly CitedPrice[]

// The Fall ’13 list, announced in July 2013 (S24). Like S21's CRM Online 2011 price, it comes from a partner blog, not
// a Microsoft price list, so it is flagged (audit-2026-12.md section 3).
const CRM_ONLINE_FALL_2013 = '2013-07'

const CATALOGUE = {
  none: {
    id: 'none',
    products: ALL_PRODUCTS,
    unit: 'none',
    prices: [],
  },
  'full-cal': {
    id: 'full-cal',
    products: CRM4_AND_2011,
    unit: 'person',
    prices: [],
  },
  'full-device-cal': {
    id: 'full-device-cal',
    products: CRM4_AND_2011,
    unit: 'device',
    prices: [],
  },
  'limited-cal': {
    id: 'limited-cal',
    products: CRM4_AND_2011,
    unit: 'person',
    prices: LIMITED_RATIO,
  },
  'limited-device-cal': {
    id: 'limited-device-cal',
    products: CRM4_AND_2011,
    unit: 'device',
    prices: [],
  },
  'ess-cal': {
    id: 'ess-cal',
    products: CRM2011,
    unit: 'person',
    prices: ESS_RATIO,
  },
  'ess-device-cal': {
    id: 'ess-device-cal',
    products: CRM2011,
    unit: 'device',
    prices: [],
  },
  'external-connector': {
    id: 'external-connector',
    products: CRM4_AND_2011,
    unit: 'server',
    // A single anecdote (facts.md grades it low), and a range rather than a list price, so no amount.
    prices: [
      {
        source: 'S9',
        // S9's two posts are dated 2007-10-30 and 2010-10-27; the anecdote is no later than the second.
        asOf: '2010',
        disputed: true,
      },
    ],
  },
  'limited-external-connector': {
    id: 'limited-external-connector',
    products: ['crm4'],
    unit: 'server',
    prices: [],
  },
  'crm-online-usl': {
    id: 'crm-online-usl',
    products: CRM4_AND_2011,
    unit: 'person',
    prices: [
      {
        amount: 44,
        currency: 'USD',
        period: 'month',
        source: 'S21',
        asOf: '2011-06',
        disputed: true,
      },
    ],
  },
  'essential-cal': {
    id: 'essential-cal',
    products: CRM2013_TO_2016,
    unit: 'person',
    prices: [],
  },
  'essential-device-cal': {
    id: 'essential-device-cal',
    products: CRM2013_TO_2016,
    unit: 'device',
    prices: [],
  },
  'basic-cal': {
    id: 'basic-cal',
    products: CRM2013_TO_2016,
    unit: 'person',
    prices: [],
  },
  'basic-device-cal': {
    id: 'basic-device-cal',
    products: CRM2013_TO_2016,
    unit: 'device',
    prices: [],
  },
  'professional-cal': {
    id: 'professional-cal',
    products: CRM2013_TO_2016,
    unit: 'person',
    prices: [],
  },
  'professional-device-cal': {
    id: 'professional-device-cal',
    products: CRM2013_TO_2016,
    unit: 'device',
    prices: [],
  },
  'essential-usl': {
    id: 'essential-usl',
    products: CRM2013_TO_2016,
    unit: 'person',
    prices: [
      {
        amount: 15,
        currency: 'USD',
        period: 'month',
        source: 'S24',
        asOf: CRM_ONLINE_FALL_2013,
        disputed: true,
      },
    ],
  },
  'basic-usl': {
    id: 'basic-usl',
    products: CRM2013_TO_2016,
    unit: 'person',
    prices: [
      {
        amount: 30,
        currency: 'USD',
        period: 'month',
        source: 'S24',
        asOf: CRM_ONLINE_FALL_2013,
        disputed: true,
      },
    ],
  },
  'professional-usl': {
    id: 'professional-usl',
    products: CRM2013_TO_2016,
    unit: 'person',
    // A new subscription needed at least 5 of these before Basic or Essential could be added (facts.md R19).
    prices: [
      {
        amount: 65,
        currency: 'USD',
        period: 'month',
        source: 'S24',
        asOf: CRM_ONLINE_FALL_2013,
        disputed: true,
      },
    ],
  },
  'd365-app': {
    id: 'd365-app',
    products: D365,
    unit: 'person',
    // Newest first, as everywhere in this catalogue: the result shows the first price and the planner the first with an
    // amount. The newest are Microsoft's Sales pricing page as a third party transcribed it on 2026-08-13 and partner
    // pages for the other apps (audit2 G15); no Microsoft price list or live pricing page was read, so all are flagged.
    // The Professional and Premium prices stay in words, since an amount there would be misread as any app's price.
    // Older prices are kept, labelled historical: the result and the planner never show them while a newer one is known.
    prices: [
      {
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
      {
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        amount: 95,
        currency: 'USD',
        period: 'month',
        source: 'S51',
        asOf: '2019-10',
        disputed: true,
        historical: true,
      },
      // The plans era ended in Sep 2019; the pages give no more exact date, so only the year.
      {
        source: 'S51',
        asOf: '2019',
        disputed: true,
        historical: true,
      },
    ],
  },
  'd365-team-members': {
    id: 'd365-team-members',
    products: D365,
    unit: 'person',
    // Set on 1 May 2017 and, by the partners' reading, left unchanged by the October 2024 update (audit2 G15, Q12);
    // not read on a Microsoft page, so flagged until it is.
    prices: [
      {
        amount: 8,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2017-05-01',
        disputed: true,
      },
    ],
  },
  'd365-device': {
    id: 'd365-device',
    products: D365,
    unit: 'device',
    billed: 'month',
    prices: [],
    // audit2 G15, d365-sku-2026-12.md §1.2: the Product Terms list the device SLs; no page read gives their price.
    noPrice: {
      source: 'Q10',
    },
  },
  'power-apps': {
    id: 'power-apps',
    products: D365,
    unit: 'person',
    // Microsoft's own list prices (Power Platform licensing FAQs, "How is Microsoft Power Apps licensed?"; the 2020
    // version: "How is Microsoft Power Apps and Power Automate licensed?"). Premium is the renamed per user plan.
    prices: [
      {
        amount: 20,
        currency: 'USD',
        period: 'month',
        source: 'P2',
        asOf: '2025-03-31',
      },
      {
        amount: 40,
        currency: 'USD',
        period: 'month',
        source: 'S36',
        asOf: '2020-10-11',
      },
    ],
  },
  'power-pages-authenticated': {
    id: 'power-pages-authenticated',
    products: D365,
    unit: 'auth-pack',
    prices: [
      {
        amount: 200,
        currency: 'USD',
        period: 'month',
        source: 'S37',
        asOf: '2025-03-31',
        tiers: [
          { from: 100, amount: 75 },
          { from: 1000, amount: 50 },
        ],
      },
    ],
    allocation: { perEnvironment: 25, fact: 'R28-env.Q2' },
  },
  'power-pages-anonymous': {
    id: 'power-pages-anonymous',
    products: D365,
    unit: 'anon-pack',
    // The tiers' pack counts are the newest FAQ's (Q2, audit2 G16); facts.md gave their prices only.
    prices: [
      {
        amount: 75,
        currency: 'USD',
        period: 'month',
        source: 'Q2',
        asOf: '2025-03-31',
        tiers: [
          { from: 20, amount: 37.5 },
          { from: 200, amount: 25 },
        ],
      },
    ],
    allocation: { perEnvironment: 200, fact: 'R28-env.Q2' },
  },
  'd365-cal': {
    id: 'd365-cal',
    products: D365,
    unit: 'person',
    prices: [],
  },
  'd365-device-cal': {
    id: 'd365-device-cal',
    products: D365,
    unit: 'device',
    prices: [],
  },
  'd365-team-members-cal': {
    id: 'd365-team-members-cal',
    products: D365,
    unit: 'person',
    prices: [],
  },
  'spla-sal': {
    id: 'spla-sal',
    products: ALL_PRODUCTS,
    unit: 'person',
    billed: 'month',
    prices: [],
  },
  undetermined: {
    id: 'undetermined',
    products: ALL_PRODUCTS,
    unit: 'none',
    prices: [],
  },
  // Version 3 (contract section 9, d365-sku-2026-12.md): one entry per SKU a partner orders. Prices are third-party readings, so flagged.
  'd365-sales-professional': {
    id: 'd365-sales-professional',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 65,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
    ],
    sku: { stringId: 'D365_SALES_PRO', guid: 'be9f9771-1c64-4618-9907-244325141096' },
  },
  'd365-sales-enterprise': {
    id: 'd365-sales-enterprise',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
      {
        amount: 95,
        currency: 'USD',
        period: 'month',
        source: 'S51',
        asOf: '2019-10',
        disputed: true,
        historical: true,
      },
    ],
    sku: { stringId: 'DYN365_ENTERPRISE_SALES', guid: '1e1a282c-9c54-43a2-9310-98ef728faace' },
  },
  'd365-sales-premium': {
    id: 'd365-sales-premium',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 150,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
    ],
    sku: { stringId: 'DYN365_SALES_PREMIUM', guid: '2edaa1dc-966d-4475-93d6-8ee8dfd96877' },
  },
  // Microsoft prints this String ID with spaces (K1); the check reads it with or without them.
  'd365-relationship-sales': {
    id: 'd365-relationship-sales',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'Q12',
    },
    sku: { stringId: 'DYN365_ ENTERPRISE _RELATIONSHIP_SALES', guid: '4f05b1a3-a978-462c-b93f-781c6bee998f' },
  },
  'd365-customer-service-professional': {
    id: 'd365-customer-service-professional',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 50,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'DYN365_CUSTOMER_SERVICE_PRO', guid: '1439b6e2-5d59-4873-8c59-d60e2a196e92' },
  },
  'd365-customer-service-enterprise': {
    id: 'd365-customer-service-enterprise',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        amount: 95,
        currency: 'USD',
        period: 'month',
        source: 'S51',
        asOf: '2019-10',
        disputed: true,
        historical: true,
      },
    ],
    sku: { stringId: 'DYN365_ENTERPRISE_CUSTOMER_SERVICE', guid: '749742bf-0d37-4158-a120-33567104deeb' },
  },
  // Not in Microsoft’s service-plan reference (K1, K2): no String ID or GUID is known.
  'd365-customer-service-premium': {
    id: 'd365-customer-service-premium',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 195,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
  },
  'd365-field-service': {
    id: 'd365-field-service',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        amount: 95,
        currency: 'USD',
        period: 'month',
        source: 'S51',
        asOf: '2019-10',
        disputed: true,
        historical: true,
      },
    ],
    sku: { stringId: 'DYN365_ENTERPRISE_FIELD_SERVICE', guid: 'c7d15985-e746-4f01-b113-20b575898250' },
  },
  'd365-field-service-contractor': {
    id: 'd365-field-service-contractor',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 50,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'D365_FIELD_SERVICE_CONTRACTOR', guid: '23e6e135-e869-4ce4-9ae4-5710cd69ac13' },
  },
  'd365-contact-center': {
    id: 'd365-contact-center',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [
      {
        source: 'K25',
        asOf: '2024-07',
        disputed: true,
      },
    ],
    sku: { stringId: 'DYNAMICS_365_CONTACT_CENTER', guid: 'dfb1700c-013e-4132-8bce-0d319c43a95d' },
  },
  'd365-contact-center-addon': {
    id: 'd365-contact-center-addon',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'K25',
    },
    sku: {
      stringId: 'DYNAMICS_365_CONTACT_CENTER_ADD_ON_FOR_CUSTOMER_SERVICE_ENTERPRISE',
      guid: '39a78eb6-3a8a-4e1e-878a-575a5c8984e7',
    },
  },
  'd365-project-operations': {
    id: 'd365-project-operations',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 135,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'DYN365_PROJECT_OPERATIONS', guid: '98619618-9dc8-48c6-8f0c-741890ba5f93' },
  },
  // The combined base offer is not in the service-plan reference (K1, K2).
  'd365-customer-insights': {
    id: 'd365-customer-insights',
    products: D365,
    unit: 'tenant',
    billed: 'month',
    prices: [
      {
        source: 'K25',
        asOf: '2024-01',
        disputed: true,
      },
    ],
  },
  'd365-customer-insights-attach': {
    id: 'd365-customer-insights-attach',
    products: D365,
    unit: 'tenant',
    billed: 'month',
    prices: [
      {
        source: 'K25',
        asOf: '2024-01',
        disputed: true,
      },
    ],
    sku: { stringId: 'Dynamics_365_Customer_Insights_Attach_New', guid: 'ff22b8d4-5073-4b24-ba45-84ad5d9b6642' },
  },
  'd365-sales-device': {
    id: 'd365-sales-device',
    products: D365,
    unit: 'device',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'Q10',
    },
  },
  'd365-customer-service-device': {
    id: 'd365-customer-service-device',
    products: D365,
    unit: 'device',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'Q10',
    },
  },
  'd365-field-service-device': {
    id: 'd365-field-service-device',
    products: D365,
    unit: 'device',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'Q10',
    },
  },
  // Attach offers (contract section 9): only on a person who holds a qualifying base license; K21's rule.
  'd365-sales-professional-attach': {
    id: 'd365-sales-professional-attach',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'K25',
    },
    sku: { stringId: 'D365_SALES_PRO_ATTACH', guid: '245e6bf9-411e-481e-8611-5c08595e2988' },
  },
  'd365-sales-enterprise-attach': {
    id: 'd365-sales-enterprise-attach',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 20,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'D365_SALES_ENT_ATTACH', guid: '5b22585d-1b71-4c6b-b6ec-160b1a9c2323' },
  },
  'd365-customer-service-professional-attach': {
    id: 'd365-customer-service-professional-attach',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'K25',
    },
    sku: { stringId: 'D365_CUSTOMER_SERVICE_PRO_ATTACH', guid: '19dec69d-d9f3-4792-8a39-d8ecdf51937b' },
  },
  'd365-customer-service-enterprise-attach': {
    id: 'd365-customer-service-enterprise-attach',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 20,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'D365_CUSTOMER_SERVICE_ENT_ATTACH', guid: 'eb18b715-ea9d-4290-9994-2ebf4b5042d2' },
  },
  'd365-field-service-attach': {
    id: 'd365-field-service-attach',
    products: D365,
    unit: 'person',
    prices: [
      {
        amount: 20,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
    ],
    sku: { stringId: 'D365_FIELD_SERVICE_ATTACH', guid: 'a36cdaa2-a806-4b6e-9ae0-28dbd993c20e' },
  },
  'd365-project-operations-attach': {
    id: 'd365-project-operations-attach',
    products: D365,
    unit: 'person',
    billed: 'month',
    prices: [],
    noPrice: {
      source: 'K25',
    },
    sku: { stringId: 'DYN365_PROJECT_OPERATIONS_ATTACH', guid: 'af739e8e-dd11-4eb5-a986-5908f595c603' },
  },
} as const satisfies Record<LicenseId, Entry>

/**
 * The texts one catalogue entry needs: a text for each of its prices, by index, and a no-price note exactly where it
 * has one. Typed against the entry, so a missing or surplus text is a compile error.
 */
type Strings<T extends readonly unknown[]> = { readonly [I in keyof T]: string }
type TextOf<E extends Entry> = { readonly name: string; readonly unitText: string } & (E['prices'] extends readonly []
  ? { readonly prices?: never }
  : { readonly prices: Strings<E['prices']> }) &
  (E extends { noPrice: object } ? { readonly noPrice: string } : { readonly noPrice?: never })
type Texts = { readonly [K in LicenseId]: TextOf<(typeof CATALOGUE)[K]> }
// Every entry's texts read alike, so the records are built by one loop.
interface AnyText {
  name: string
  unitText: string
  prices?: readonly string[]
  noPrice?: string
}
const TEXT: Texts & { readonly [K in Exclude<keyof typeof LICENSE_TEXT, LicenseId>]: never } = LICENSE_TEXT

// A product modelled on another (products.ts) is sold the other's licenses.
export const LICENSES: Readonly<Record<LicenseId, License>> = Object.fromEntries(
  Object.entries(CATALOGUE).map(([key, entry]): [string, License] => {
    const id = key as LicenseId
    const text: AnyText = TEXT[id]
    const { noPrice, ...rest } = entry as Entry
    return [
      id,
      {
        ...rest,
        name: text.name,
        unitText: text.unitText,
        prices: entry.prices.map((p, i) => ({ text: text.prices?.[i] ?? '', ...p })),
        ...(noPrice && { noPrice: { text: text.noPrice ?? '', ...noPrice } }),
        products: withModelled(entry.products),
        deviceVariant: DEVICE_VARIANTS[id],
      },
    ]
  }),
) as Record<LicenseId, License>

/** The newest price that is not historical, where one is known: what the page shows as current (audit2 G15). */
export function currentPrice(license: License): Price | undefined {
  return license.prices.find((p) => !p.historical)
}
