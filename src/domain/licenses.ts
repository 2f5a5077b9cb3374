import { DEVICE_VARIANTS } from './devices'
import { withModelled } from './eras'
import type { SourceId } from './sources'
import type { License, LicenseId, Price, Product } from './types'

// Typing the source as SourceId makes a price that cites a source missing from the register a compile error.
type CitedPrice = Price & { source: SourceId }
type Entry = Omit<License, 'prices'> & { prices: readonly CitedPrice[] }

const ALL_PRODUCTS: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365']
const CRM4_AND_2011: readonly Product[] = ['crm4', 'crm2011']
const CRM2011: readonly Product[] = ['crm2011']
// CRM 2013 and 2015 share the 'crm2013' answer; the Essential/Basic/Professional tiers ran from 2013 to 2016.
const CRM2013_TO_2016: readonly Product[] = ['crm2013', 'crm2016']
const D365: readonly Product[] = ['d365']

const PER_PERSON = 'one per person'
const PER_DEVICE = 'one per device, shared by any number of people who take turns'
const PER_PERSON_MONTHLY = 'one per person, per month (subscription)'

// Every license lists its prices newest first by `asOf` (a test holds it to that): the result shows the first price
// and the planner the first with an amount, so an old price is never shown while a newer one is known.

// Price ratios from partner blogs: the price lists themselves were never seen (facts.md 4.2 item 5), so they are
// flagged even where the blogs agree.
const ESS_RATIO: readonly CitedPrice[] = [
  { text: 'about 10% of the price of a full CAL', source: 'S16', asOf: '2012-02-23', disputed: true },
  { text: 'about 10% of the price of a full CAL', source: 'S15', asOf: '2011-05', disputed: true },
  { text: 'about 10% of the price of a full CAL', source: 'S14', asOf: '2011-03-21', disputed: true },
]
// Both readings are kept because the sources contradict each other (facts.md R14).
const LIMITED_RATIO: readonly CitedPrice[] = [
  { text: 'around 30 percent cheaper than a full CAL', source: 'S17', asOf: '2012-08-27', disputed: true },
  { text: 'about 30% of the price of a full CAL', source: 'S14', asOf: '2011-03-21', disputed: true },
]

// The Fall ’13 list, announced in July 2013 (S24). Like S21's CRM Online 2011 price, it comes from a partner blog, not
// a Microsoft price list, so it is flagged (audit-2026-12.md section 3).
const CRM_ONLINE_FALL_2013 = '2013-07'

const CATALOGUE = {
  none: {
    id: 'none',
    name: 'No license needed',
    products: ALL_PRODUCTS,
    unit: 'none',
    unitText: 'no license to buy',
    prices: [],
  },
  'full-cal': {
    id: 'full-cal',
    name: 'Microsoft Dynamics CRM Client Access License (CAL), per user',
    products: CRM4_AND_2011,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'full-device-cal': {
    id: 'full-device-cal',
    name: 'Microsoft Dynamics CRM Client Access License (CAL), per device',
    products: CRM4_AND_2011,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'limited-cal': {
    id: 'limited-cal',
    name: 'Microsoft Dynamics CRM Limited CAL, per user (read-only in CRM 4.0)',
    products: CRM4_AND_2011,
    unit: 'person',
    unitText: PER_PERSON,
    prices: LIMITED_RATIO,
  },
  'limited-device-cal': {
    id: 'limited-device-cal',
    name: 'Microsoft Dynamics CRM Limited CAL, per device (read-only in CRM 4.0)',
    products: CRM4_AND_2011,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'ess-cal': {
    id: 'ess-cal',
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL, per user',
    products: CRM2011,
    unit: 'person',
    unitText: PER_PERSON,
    prices: ESS_RATIO,
  },
  'ess-device-cal': {
    id: 'ess-device-cal',
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL, per device',
    products: CRM2011,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'external-connector': {
    id: 'external-connector',
    name: 'Microsoft Dynamics CRM External Connector (CRM 4.0: Limited + Full Use Additive External Connector; CRM 2011: External Connector)',
    products: CRM4_AND_2011,
    unit: 'server',
    // Counted differently by version (audit G01): CRM 4.0 by the external-facing application's servers.
    unitText:
      'one per server: CRM 4.0, per server hosting the application that gives external users access; CRM 2011, per CRM server that external users’ applications access',
    // A single anecdote (facts.md grades it low), and a range rather than a list price, so no amount.
    prices: [
      {
        text: 'anecdotally about $30-40k for a full CRM 4.0 External Connector (reported between 2007 and 2010)',
        source: 'S9',
        // S9's two posts are dated 2007-10-30 and 2010-10-27; the anecdote is no later than the second.
        asOf: '2010',
        disputed: true,
      },
    ],
  },
  'limited-external-connector': {
    id: 'limited-external-connector',
    name: 'Microsoft Dynamics CRM 4.0 Limited External Connector (read-only)',
    products: ['crm4'],
    unit: 'server',
    unitText:
      'one per server hosting the application that gives external users access (two load-balanced portal web servers: two)',
    prices: [],
  },
  'crm-online-usl': {
    id: 'crm-online-usl',
    // CRM 4.0 Online was sold as Professional and Professional Plus per-user subscriptions (audit F42).
    name: 'Microsoft Dynamics CRM Online user subscription (CRM 4.0 Online: Professional or Professional Plus; CRM 2011 Online: User Subscription License)',
    products: CRM4_AND_2011,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: 'about $44 per user per month, whatever the access mode',
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
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL, per user',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'essential-device-cal': {
    id: 'essential-device-cal',
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL, per device',
    products: CRM2013_TO_2016,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'basic-cal': {
    id: 'basic-cal',
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL, per user',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'basic-device-cal': {
    id: 'basic-device-cal',
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL, per device',
    products: CRM2013_TO_2016,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'professional-cal': {
    id: 'professional-cal',
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL, per user',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'professional-device-cal': {
    id: 'professional-device-cal',
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL, per device',
    products: CRM2013_TO_2016,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'essential-usl': {
    id: 'essential-usl',
    name: 'Microsoft Dynamics CRM Online (2013–2016) Essential subscription (USL)',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$15 per user per month',
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
    name: 'Microsoft Dynamics CRM Online (2013–2016) Basic subscription (USL)',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$30 per user per month',
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
    name: 'Microsoft Dynamics CRM Online (2013–2016) Professional subscription (USL)',
    products: CRM2013_TO_2016,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    // A new subscription needed at least 5 of these before Basic or Essential could be added (facts.md R19).
    prices: [
      {
        text: '$65 per user per month',
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
    name: 'Dynamics 365 app subscription (Sales, Customer Service or Field Service; Enterprise or Professional)',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    // Newest first, as everywhere in this catalogue: the result shows the first price and the planner the first with an
    // amount. The newest are Microsoft's Sales pricing page as a third party transcribed it on 2026-08-13 and partner
    // pages for the other apps (audit2 G15); no Microsoft price list or live pricing page was read, so all are flagged.
    // The Professional and Premium prices stay in words, since an amount there would be misread as any app's price.
    // Older prices are kept, labelled historical: the result and the planner never show them while a newer one is known.
    prices: [
      {
        text: 'Sales Enterprise $105 per user per month, paid yearly (Sales Professional $65, Sales Premium $150), Microsoft’s Sales pricing page as a third party transcribed it; from April 2025 an annual commitment billed monthly costs 5% more',
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
      {
        text: 'Customer Service Enterprise and Field Service $105, Customer Service Professional $50, Customer Service Premium $195 per user per month; each further app on the same person (attach) about $20 (partner and analyst pages)',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        text: 'Historical: $95 per user per month for a user’s first (base) app and $20 for each further (attach) app, the October 2019 list, replaced by the October 2024 price update',
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
        text: 'Historical: UK list price in the plans era (2016 – Sep 2019): single Enterprise app £71.60 (Customer Engagement Plan £86.70)',
        source: 'S51',
        asOf: '2019',
        disputed: true,
        historical: true,
      },
    ],
  },
  'd365-team-members': {
    id: 'd365-team-members',
    name: 'Dynamics 365 Team Members subscription',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    // Set on 1 May 2017 and, by the partners' reading, left unchanged by the October 2024 update (audit2 G15, Q12);
    // not read on a Microsoft page, so flagged until it is.
    prices: [
      {
        text: '$8 per user per month, the price since 1 May 2017, unchanged by the October 2024 update (partner pages; no Microsoft page read)',
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
    name: 'Dynamics 365 device subscription (shared device)',
    products: D365,
    unit: 'device',
    unitText: 'one per device, per month (subscription), shared by any number of people who take turns',
    prices: [],
    // audit2 G15, d365-sku-2026-12.md §1.2: the Product Terms list the device SLs; no page read gives their price.
    noPrice: {
      text: 'No published price was found for the Sales, Customer Service or Field Service device subscriptions: the Product Terms list them, and neither Microsoft’s pages nor the partner pages read give a price.',
      source: 'Q10',
    },
  },
  'power-apps': {
    id: 'power-apps',
    name: 'Power Apps Premium or Power Apps per app',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    // Microsoft's own list prices (Power Platform licensing FAQs, "How is Microsoft Power Apps licensed?"; the 2020
    // version: "How is Microsoft Power Apps and Power Automate licensed?"). Premium is the renamed per user plan.
    prices: [
      {
        text: 'Power Apps Premium $20 per user per month ($12 with 2,000+ new user licenses); Power Apps per app $5 per user per app per month',
        amount: 20,
        currency: 'USD',
        period: 'month',
        source: 'P2',
        asOf: '2025-03-31',
      },
      {
        text: 'Power Apps per user plan $40 per user per month; per app plan $10 per user per app per month (2 apps and a single portal)',
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
    name: 'Power Pages authenticated users capacity (per site, per month)',
    products: D365,
    unit: 'auth-pack',
    unitText: 'packs of 100 authenticated users per site per month',
    prices: [
      {
        text: '$200 per pack of 100 authenticated users per site per month (1+ packs); $75 per pack from 100 packs; $50 per pack from 1,000 packs',
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
    name: 'Power Pages anonymous users capacity (per site, per month)',
    products: D365,
    unit: 'anon-pack',
    unitText: 'packs of 500 anonymous users per site per month',
    // The tiers' pack counts are the newest FAQ's (Q2, audit2 G16); facts.md gave their prices only.
    prices: [
      {
        text: '$75 per pack of 500 anonymous users per site per month; $37.50 per pack from 20 packs; $25 per pack from 200 packs',
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
    name: 'Dynamics 365 (on-premises) app CAL, per user: Sales or Customer Service',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'd365-device-cal': {
    id: 'd365-device-cal',
    name: 'Dynamics 365 (on-premises) app CAL, per device: Sales or Customer Service',
    products: D365,
    unit: 'device',
    unitText: PER_DEVICE,
    prices: [],
  },
  'd365-team-members-cal': {
    id: 'd365-team-members-cal',
    name: 'Dynamics 365 (on-premises) Team Members CAL',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON,
    prices: [],
  },
  'spla-sal': {
    id: 'spla-sal',
    name: 'Subscriber Access License (SAL) under the service provider’s SPLA',
    products: ALL_PRODUCTS,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [],
  },
  undetermined: {
    id: 'undetermined',
    name: 'Not determined: the sources do not allow even a best guess',
    products: ALL_PRODUCTS,
    unit: 'none',
    unitText: 'to be settled with Microsoft or your partner',
    prices: [],
  },
  // Version 3 (contract section 9, d365-sku-2026-12.md): one entry per SKU a partner orders. Prices are third-party readings, so flagged.
  'd365-sales-professional': {
    id: 'd365-sales-professional',
    name: 'Dynamics 365 Sales Professional',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$65 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)',
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
    name: 'Dynamics 365 Sales Enterprise',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$105 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)',
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'Q12',
        asOf: '2026-08-13',
        disputed: true,
      },
      {
        text: 'Historical: $95 per user per month, the October 2019 list, replaced by the October 2024 price update',
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
    name: 'Dynamics 365 Sales Premium',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$150 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)',
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
    name: 'Microsoft Relationship Sales (Sales Enterprise with LinkedIn Sales Navigator Enterprise)',
    products: D365,
    unit: 'person',
    unitText: 'one per person, per month (subscription); at least 10 seats',
    prices: [],
    noPrice: {
      text: 'The price is not published: Microsoft’s Sales pricing page asks buyers to contact sales, and states a 10-seat minimum.',
      source: 'Q12',
    },
    sku: { stringId: 'DYN365_ ENTERPRISE _RELATIONSHIP_SALES', guid: '4f05b1a3-a978-462c-b93f-781c6bee998f' },
  },
  'd365-customer-service-professional': {
    id: 'd365-customer-service-professional',
    name: 'Dynamics 365 Customer Service Professional',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$50 per user per month (partner and analyst pages)',
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
    name: 'Dynamics 365 Customer Service Enterprise',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$105 per user per month (partner and analyst pages)',
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        text: 'Historical: $95 per user per month, the October 2019 list, replaced by the October 2024 price update',
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
    name: 'Dynamics 365 Customer Service Premium (Customer Service Enterprise with Contact Center, Digital and Voice)',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$195 per user per month (partner and analyst pages)',
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
    name: 'Dynamics 365 Field Service',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$105 per user per month (partner and analyst pages)',
        amount: 105,
        currency: 'USD',
        period: 'month',
        source: 'K25',
        asOf: '2026',
        disputed: true,
      },
      {
        text: 'Historical: $95 per user per month, the October 2019 list, replaced by the October 2024 price update',
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
    name: 'Dynamics 365 Field Service Contractor',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '$50 per user per month (partner and analyst pages; sold from 1 January 2024)',
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
    name: 'Dynamics 365 Contact Center (standalone: Digital, Voice, or both)',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: '“starts at $110 per month” (a partner’s note of July 2024); the Digital-only and Voice-only prices were not found',
        source: 'K25',
        asOf: '2024-07',
        disputed: true,
      },
    ],
    sku: { stringId: 'DYNAMICS_365_CONTACT_CENTER', guid: 'dfb1700c-013e-4132-8bce-0d319c43a95d' },
  },
  'd365-contact-center-addon': {
    id: 'd365-contact-center-addon',
    name: 'Dynamics 365 Contact Center add-on for Customer Service Enterprise (Digital, Voice, or both)',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [],
    noPrice: {
      text: 'No price was found for the Contact Center add-ons in the partner and analyst pages read.',
      source: 'K25',
    },
    sku: {
      stringId: 'DYNAMICS_365_CONTACT_CENTER_ADD_ON_FOR_CUSTOMER_SERVICE_ENTERPRISE',
      guid: '39a78eb6-3a8a-4e1e-878a-575a5c8984e7',
    },
  },
  'd365-project-operations': {
    id: 'd365-project-operations',
    name: 'Dynamics 365 Project Operations',
    products: D365,
    unit: 'person',
    unitText: 'one per person, per month (subscription); at least 20 licenses',
    prices: [
      {
        text: '$135 per user per month (partner and analyst pages)',
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
    name: 'Dynamics 365 Customer Insights (Journeys and Data), per tenant',
    products: D365,
    unit: 'tenant',
    unitText: 'one per tenant, per month; its users get free user licenses',
    prices: [
      {
        text: '€1,591.30 or £1,397.30 per tenant per month (partner pages, January 2024); no US dollar price was read',
        source: 'K25',
        asOf: '2024-01',
        disputed: true,
      },
    ],
  },
  'd365-customer-insights-attach': {
    id: 'd365-customer-insights-attach',
    name: 'Dynamics 365 Customer Insights Attach, per tenant (10 or more licenses of one qualifying app)',
    products: D365,
    unit: 'tenant',
    unitText: 'one per tenant, per month, with 10 or more users of Sales, Customer Service or Field Service',
    prices: [
      {
        text: '€936.10 or £821.90 per tenant per month (partner pages, January 2024); no US dollar price was read',
        source: 'K25',
        asOf: '2024-01',
        disputed: true,
      },
    ],
    sku: { stringId: 'Dynamics_365_Customer_Insights_Attach_New', guid: 'ff22b8d4-5073-4b24-ba45-84ad5d9b6642' },
  },
  'd365-sales-device': {
    id: 'd365-sales-device',
    name: 'Dynamics 365 Sales (Enterprise) device subscription',
    products: D365,
    unit: 'device',
    unitText: 'one per device, per month (subscription), shared by any number of people who take turns',
    prices: [],
    noPrice: {
      text: 'No published price was found for the Sales, Customer Service or Field Service device subscriptions: the Product Terms list them, and neither Microsoft’s pages nor the partner pages read give a price.',
      source: 'Q10',
    },
  },
  'd365-customer-service-device': {
    id: 'd365-customer-service-device',
    name: 'Dynamics 365 Customer Service Enterprise device subscription',
    products: D365,
    unit: 'device',
    unitText: 'one per device, per month (subscription), shared by any number of people who take turns',
    prices: [],
    noPrice: {
      text: 'No published price was found for the Sales, Customer Service or Field Service device subscriptions: the Product Terms list them, and neither Microsoft’s pages nor the partner pages read give a price.',
      source: 'Q10',
    },
  },
  'd365-field-service-device': {
    id: 'd365-field-service-device',
    name: 'Dynamics 365 Field Service device subscription',
    products: D365,
    unit: 'device',
    unitText: 'one per device, per month (subscription), shared by any number of people who take turns',
    prices: [],
    noPrice: {
      text: 'No published price was found for the Sales, Customer Service or Field Service device subscriptions: the Product Terms list them, and neither Microsoft’s pages nor the partner pages read give a price.',
      source: 'Q10',
    },
  },
  // Attach offers (contract section 9): only on a person who holds a qualifying base license; K21's rule.
  'd365-sales-professional-attach': {
    id: 'd365-sales-professional-attach',
    name: 'Dynamics 365 Sales Professional Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [],
    noPrice: {
      text: 'No price was found for the Professional attach offers; partners quote about $20 for the Enterprise-level ones.',
      source: 'K25',
    },
    sku: { stringId: 'D365_SALES_PRO_ATTACH', guid: '245e6bf9-411e-481e-8611-5c08595e2988' },
  },
  'd365-sales-enterprise-attach': {
    id: 'd365-sales-enterprise-attach',
    name: 'Dynamics 365 Sales Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: 'about $20 per user per month on the same person as a qualifying base license (partner and analyst pages: “roughly $20 to $30”)',
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
    name: 'Dynamics 365 Customer Service Professional Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [],
    noPrice: {
      text: 'No price was found for the Professional attach offers; partners quote about $20 for the Enterprise-level ones.',
      source: 'K25',
    },
    sku: { stringId: 'D365_CUSTOMER_SERVICE_PRO_ATTACH', guid: '19dec69d-d9f3-4792-8a39-d8ecdf51937b' },
  },
  'd365-customer-service-enterprise-attach': {
    id: 'd365-customer-service-enterprise-attach',
    name: 'Dynamics 365 Customer Service Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: 'about $20 per user per month on the same person as a qualifying base license (partner and analyst pages: “roughly $20 to $30”)',
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
    name: 'Dynamics 365 Field Service Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      {
        text: 'about $20 per user per month on the same person as a qualifying base license (partner and analyst pages: “roughly $20 to $30”)',
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
    name: 'Dynamics 365 Project Operations Attach to Qualifying Dynamics 365 Base Offer',
    products: D365,
    unit: 'person',
    unitText: PER_PERSON_MONTHLY,
    prices: [],
    noPrice: {
      text: 'No price was found for the Project Operations attach offer.',
      source: 'K25',
    },
    sku: { stringId: 'DYN365_PROJECT_OPERATIONS_ATTACH', guid: 'af739e8e-dd11-4eb5-a986-5908f595c603' },
  },
} as const satisfies Record<LicenseId, Entry>

// A product modelled on another (products.ts) is sold the other's licenses.
export const LICENSES: Readonly<Record<LicenseId, License>> = Object.fromEntries(
  Object.entries(CATALOGUE).map(([id, entry]): [string, License] => [
    id,
    { ...entry, products: withModelled(entry.products), deviceVariant: DEVICE_VARIANTS[id as LicenseId] },
  ]),
) as Record<LicenseId, License>

/** The newest price that is not historical, where one is known: what the page shows as current (audit2 G15). */
export function currentPrice(license: License): Price | undefined {
  return license.prices.find((p) => !p.historical)
}
