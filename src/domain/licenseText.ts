/** Each license's name, its unit in words, its prices in words (in licenses.ts's order, newest first) and, where no price was found, what was looked for, keyed by license id. Its German is licenseText.de.ts (Localized). */

const PER_PERSON = 'one per person'
const PER_DEVICE = 'one per device, shared by any number of people who take turns'
const PER_PERSON_MONTHLY = 'one per person, per month (subscription)'
const TENTH_OF_FULL_CAL = 'about 10% of the price of a full CAL'
const PER_DEVICE_MONTHLY = 'one per device, per month (subscription), shared by any number of people who take turns'
const NO_DEVICE_PRICE =
  'No published price was found for the Sales, Customer Service or Field Service device subscriptions: the Product Terms list them, and neither Microsoft’s pages nor the partner pages read give a price.'
const HISTORICAL_2019 =
  'Historical: $95 per user per month, the October 2019 list, replaced by the October 2024 price update'
const PARTNER_105 = '$105 per user per month (partner and analyst pages)'
const NO_PROFESSIONAL_ATTACH_PRICE =
  'No price was found for the Professional attach offers; partners quote about $20 for the Enterprise-level ones.'
const ENTERPRISE_ATTACH =
  'about $20 per user per month on the same person as a qualifying base license (partner and analyst pages: “roughly $20 to $30”)'

export const LICENSE_TEXT = {
  none: {
    name: 'No license needed',
    unitText: 'no license to buy',
  },
  'full-cal': {
    name: 'Microsoft Dynamics CRM Client Access License (CAL), per user',
    unitText: PER_PERSON,
  },
  'full-device-cal': {
    name: 'Microsoft Dynamics CRM Client Access License (CAL), per device',
    unitText: PER_DEVICE,
  },
  'limited-cal': {
    name: 'Microsoft Dynamics CRM Limited CAL, per user (read-only in CRM 4.0)',
    unitText: PER_PERSON,
    prices: ['around 30 percent cheaper than a full CAL', 'about 30% of the price of a full CAL'],
  },
  'limited-device-cal': {
    name: 'Microsoft Dynamics CRM Limited CAL, per device (read-only in CRM 4.0)',
    unitText: PER_DEVICE,
  },
  'ess-cal': {
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL, per user',
    unitText: PER_PERSON,
    prices: [TENTH_OF_FULL_CAL, TENTH_OF_FULL_CAL, TENTH_OF_FULL_CAL],
  },
  'ess-device-cal': {
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL, per device',
    unitText: PER_DEVICE,
  },
  'external-connector': {
    name: 'Microsoft Dynamics CRM External Connector (CRM 4.0: Limited + Full Use Additive External Connector; CRM 2011: External Connector)',
    // Counted differently by version (audit G01): CRM 4.0 by the external-facing application's servers.
    unitText:
      'one per server: CRM 4.0, per server hosting the application that gives external users access; CRM 2011, per CRM server that external users’ applications access',
    prices: ['anecdotally about $30-40k for a full CRM 4.0 External Connector (reported between 2007 and 2010)'],
  },
  'limited-external-connector': {
    name: 'Microsoft Dynamics CRM 4.0 Limited External Connector (read-only)',
    unitText:
      'one per server hosting the application that gives external users access (two load-balanced portal web servers: two)',
  },
  'crm-online-usl': {
    // CRM 4.0 Online was sold as Professional and Professional Plus per-user subscriptions (audit F42).
    name: 'Microsoft Dynamics CRM Online user subscription (CRM 4.0 Online: Professional or Professional Plus; CRM 2011 Online: User Subscription License)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['about $44 per user per month, whatever the access mode'],
  },
  'essential-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL, per user',
    unitText: PER_PERSON,
  },
  'essential-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL, per device',
    unitText: PER_DEVICE,
  },
  'basic-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL, per user',
    unitText: PER_PERSON,
  },
  'basic-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL, per device',
    unitText: PER_DEVICE,
  },
  'professional-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL, per user',
    unitText: PER_PERSON,
  },
  'professional-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL, per device',
    unitText: PER_DEVICE,
  },
  'essential-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Essential subscription (USL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$15 per user per month'],
  },
  'basic-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Basic subscription (USL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$30 per user per month'],
  },
  'professional-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Professional subscription (USL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$65 per user per month'],
  },
  'd365-app': {
    name: 'Dynamics 365 app subscription (Sales, Customer Service or Field Service; Enterprise or Professional)',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      'Sales Enterprise $105 per user per month, paid yearly (Sales Professional $65, Sales Premium $150), Microsoft’s Sales pricing page as a third party transcribed it; from April 2025 an annual commitment billed monthly costs 5% more',
      'Customer Service Enterprise and Field Service $105, Customer Service Professional $50, Customer Service Premium $195 per user per month; each further app on the same person (attach) about $20 (partner and analyst pages)',
      'Historical: $95 per user per month for a user’s first (base) app and $20 for each further (attach) app, the October 2019 list, replaced by the October 2024 price update',
      'Historical: UK list price in the plans era (2016 – Sep 2019): single Enterprise app £71.60 (Customer Engagement Plan £86.70)',
    ],
  },
  'd365-team-members': {
    name: 'Dynamics 365 Team Members subscription',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      '$8 per user per month, the price since 1 May 2017, unchanged by the October 2024 update (partner pages; no Microsoft page read)',
    ],
  },
  'd365-device': {
    name: 'Dynamics 365 device subscription (shared device)',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'power-apps': {
    name: 'Power Apps Premium or Power Apps per app',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      'Power Apps Premium $20 per user per month ($12 with 2,000+ new user licenses); Power Apps per app $5 per user per app per month',
      'Power Apps per user plan $40 per user per month; per app plan $10 per user per app per month (2 apps and a single portal)',
    ],
  },
  'power-pages-authenticated': {
    name: 'Power Pages authenticated users capacity (per site, per month)',
    unitText: 'packs of 100 authenticated users per site per month',
    prices: [
      '$200 per pack of 100 authenticated users per site per month (1+ packs); $75 per pack from 100 packs; $50 per pack from 1,000 packs',
    ],
  },
  'power-pages-anonymous': {
    name: 'Power Pages anonymous users capacity (per site, per month)',
    unitText: 'packs of 500 anonymous users per site per month',
    prices: [
      '$75 per pack of 500 anonymous users per site per month; $37.50 per pack from 20 packs; $25 per pack from 200 packs',
    ],
  },
  'd365-cal': {
    name: 'Dynamics 365 (on-premises) app CAL, per user: Sales or Customer Service',
    unitText: PER_PERSON,
  },
  'd365-device-cal': {
    name: 'Dynamics 365 (on-premises) app CAL, per device: Sales or Customer Service',
    unitText: PER_DEVICE,
  },
  'd365-team-members-cal': {
    name: 'Dynamics 365 (on-premises) Team Members CAL',
    unitText: PER_PERSON,
  },
  'spla-sal': {
    name: 'Subscriber Access License (SAL) under the service provider’s SPLA',
    unitText: PER_PERSON_MONTHLY,
  },
  undetermined: {
    name: 'Not determined: the sources do not allow even a best guess',
    unitText: 'to be settled with Microsoft or your partner',
  },
  'd365-sales-professional': {
    name: 'Dynamics 365 Sales Professional',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$65 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)'],
  },
  'd365-sales-enterprise': {
    name: 'Dynamics 365 Sales Enterprise',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      '$105 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)',
      HISTORICAL_2019,
    ],
  },
  'd365-sales-premium': {
    name: 'Dynamics 365 Sales Premium',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$150 per user per month, paid yearly (Microsoft’s Sales pricing page as a third party transcribed it)'],
  },
  'd365-relationship-sales': {
    name: 'Microsoft Relationship Sales (Sales Enterprise with LinkedIn Sales Navigator Enterprise)',
    unitText: 'one per person, per month (subscription); at least 10 seats',
    noPrice:
      'The price is not published: Microsoft’s Sales pricing page asks buyers to contact sales, and states a 10-seat minimum.',
  },
  'd365-customer-service-professional': {
    name: 'Dynamics 365 Customer Service Professional',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$50 per user per month (partner and analyst pages)'],
  },
  'd365-customer-service-enterprise': {
    name: 'Dynamics 365 Customer Service Enterprise',
    unitText: PER_PERSON_MONTHLY,
    prices: [PARTNER_105, HISTORICAL_2019],
  },
  'd365-customer-service-premium': {
    name: 'Dynamics 365 Customer Service Premium (Customer Service Enterprise with Contact Center, Digital and Voice)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$195 per user per month (partner and analyst pages)'],
  },
  'd365-field-service': {
    name: 'Dynamics 365 Field Service',
    unitText: PER_PERSON_MONTHLY,
    prices: [PARTNER_105, HISTORICAL_2019],
  },
  'd365-field-service-contractor': {
    name: 'Dynamics 365 Field Service Contractor',
    unitText: PER_PERSON_MONTHLY,
    prices: ['$50 per user per month (partner and analyst pages; sold from 1 January 2024)'],
  },
  'd365-contact-center': {
    name: 'Dynamics 365 Contact Center (standalone: Digital, Voice, or both)',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      '“starts at $110 per month” (a partner’s note of July 2024); the Digital-only and Voice-only prices were not found',
    ],
  },
  'd365-contact-center-addon': {
    name: 'Dynamics 365 Contact Center add-on for Customer Service Enterprise (Digital, Voice, or both)',
    unitText: PER_PERSON_MONTHLY,
    noPrice: 'No price was found for the Contact Center add-ons in the partner and analyst pages read.',
  },
  'd365-project-operations': {
    name: 'Dynamics 365 Project Operations',
    unitText: 'one per person, per month (subscription); at least 20 licenses',
    prices: ['$135 per user per month (partner and analyst pages)'],
  },
  'd365-customer-insights': {
    name: 'Dynamics 365 Customer Insights (Journeys and Data), per tenant',
    unitText: 'one per tenant, per month; its users get free user licenses',
    prices: ['€1,591.30 or £1,397.30 per tenant per month (partner pages, January 2024); no US dollar price was read'],
  },
  'd365-customer-insights-attach': {
    name: 'Dynamics 365 Customer Insights Attach, per tenant (10 or more licenses of one qualifying app)',
    unitText: 'one per tenant, per month, with 10 or more users of Sales, Customer Service or Field Service',
    prices: ['€936.10 or £821.90 per tenant per month (partner pages, January 2024); no US dollar price was read'],
  },
  'd365-sales-device': {
    name: 'Dynamics 365 Sales (Enterprise) device subscription',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-customer-service-device': {
    name: 'Dynamics 365 Customer Service Enterprise device subscription',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-field-service-device': {
    name: 'Dynamics 365 Field Service device subscription',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-sales-professional-attach': {
    name: 'Dynamics 365 Sales Professional Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: NO_PROFESSIONAL_ATTACH_PRICE,
  },
  'd365-sales-enterprise-attach': {
    name: 'Dynamics 365 Sales Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-customer-service-professional-attach': {
    name: 'Dynamics 365 Customer Service Professional Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: NO_PROFESSIONAL_ATTACH_PRICE,
  },
  'd365-customer-service-enterprise-attach': {
    name: 'Dynamics 365 Customer Service Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-field-service-attach': {
    name: 'Dynamics 365 Field Service Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-project-operations-attach': {
    name: 'Dynamics 365 Project Operations Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: 'No price was found for the Project Operations attach offer.',
  },
} as const
