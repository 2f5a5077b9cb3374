import type { SourceId } from './sources'
import type { Deploy, Fact, Product } from './types'

/**
 * The licensing facts the rules rest on, each tied to one source and a place in it. Ids are
 * `<rule>.<source>` after the research notes (facts.md rules R1 … R34 and sources S1 … S62), so
 * every statement here can be traced back to the research and from there to the document.
 */

// Typing the source as SourceId makes a fact that cites a source missing from the register a compile error.
type CitedFact = Fact & { source: SourceId }

const ALL: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365']
const SELF_HOSTED: readonly Deploy[] = ['onprem']
const ONLINE: readonly Deploy[] = ['online']
const ANY_DEPLOY: readonly Deploy[] = ['onprem', 'online', 'hosted']
const CRM13_16: readonly Product[] = ['crm2013', 'crm2016']

const list = [
  // A. Who is internal, who is external
  {
    id: 'R1.S1',
    statement:
      'External users are not your or your affiliates’ employees, nor your or your affiliates’ onsite contractors or agents: those internal users must be licensed whatever client or intermediary they use.',
    source: 'S1',
    locator: 'External Connector definition (quoted verbatim in S1a and S1b)',
    confidence: 'high',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S2',
    statement:
      'External users do not include employees, independent contractors, agents, service providers or other persons providing services to or on behalf of the organization (no “onsite” qualifier).',
    source: 'S2',
    locator: 'Definition of external users',
    confidence: 'medium',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S19',
    statement:
      'For CRM 2011, external users are not your or your affiliates’ employees, nor your or your affiliates’ onsite contractors or agents.',
    source: 'S19',
    locator: 'External Connector, as quoted from the CRM 2011 Licensing & Pricing Guide',
    confidence: 'high',
    products: ['crm2011'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S27',
    statement:
      'Internal users are employees, on-site agents, on-site contractors and other on-site vendors; each needs a CAL.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S28',
    statement:
      'Third-party users exclude the customer’s contractors or agents; the definition does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
    source: 'S28',
    locator: 'Definition of third-party (external) users',
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R1.S32',
    statement:
      'Employees and on-site agents, vendors or contractors who directly or indirectly access the service must be licensed.',
    source: 'S32',
    locator: 'Licensing Requirements for Internal Users',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S45',
    statement:
      'Microsoft often tells customers that an off-site vendor, contractor or agent is external only if their time is shared between several customers; this test is not stated in the Product Terms.',
    source: 'S45',
    locator: 'Sidebar “What Defines an External User?”',
    confidence: 'medium',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R2.S32',
    statement:
      'External users are end customers and third parties; off-site vendors that are not in an employee-like relationship (for example an IT help-desk vendor serving several organizations) are external too.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R2.S1',
    statement: 'External users are your customers, partners, suppliers and other end users who are not your employees.',
    source: 'S1',
    locator: 'External Connector definition (quoted verbatim in S1a and S1b)',
    confidence: 'high',
    products: ['crm4', 'crm2011'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R3.S46',
    statement:
      'For agreements signed on or after 1 October 2024, external users are people who are not employees, not contractors or agents who typically work for the customer more than 30 hours a week, and not contractors or agents who typically work on site each working day.',
    source: 'S46',
    locator: 'Updated definition of External Users (1 October 2024)',
    confidence: 'medium',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R4.S32',
    statement:
      'External-user access does not extend to contractors, vendors or agents who run business processes on your behalf, nor to people using Dynamics 365 to manage any portion of their own business; the service may not be used to provide business-process outsourcing.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R4.S28',
    statement:
      'External access does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
    source: 'S28',
    locator: 'Definition of third-party (external) users',
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },

  // B. Multiplexing
  {
    id: 'R5.S8',
    statement:
      'Pooling connections, a service account, a portal, middleware or an integration does not reduce the licenses needed: every user or device that inputs, queries or views CRM data, however many tiers sit in between, must be licensed.',
    source: 'S8',
    locator: 'CAL and pooling synopsis',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R5.S44',
    statement:
      'Multiplexing does not reduce the number of CALs required: users or devices that access the server indirectly through other hardware or software still need the appropriate CALs.',
    source: 'S44',
    locator: 'Multiplexing brief, “CAL requirements”',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R6.S44',
    statement:
      'If data reaches a person only through a manual activity (for example a colleague exports a report and e-mails it), that person needs no CAL.',
    source: 'S44',
    locator: 'Multiplexing brief, manual transfer of data',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R7.S27',
    statement:
      'The restrictions of the license types are not enforced by the product: customers should create security roles that match the license each user holds.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R7.S39',
    statement:
      'The license types the product records on a user are Administrative, Device Full, Device Limited, Full and Limited: there is no value for Employee Self Service or Essential, so those are kept by honor.',
    source: 'S39',
    locator: 'User and team entities: CalType values',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R7.S34',
    statement:
      'From April 2020 Dynamics 365 enforces Team Members licenses technically: such users can open only the designated Team Member apps.',
    source: 'S34',
    locator: 'License enforcement – users with new Team Member licenses',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },

  // C. CRM 4.0
  {
    id: 'R8.S3',
    statement:
      'A user in Administrative access mode works only in the Settings area, sees no sales, marketing or service data, and does not consume a CAL.',
    source: 'S3',
    locator: 'Client Access License Types, pp. 1-2',
    confidence: 'high',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R8.S4',
    statement: 'Any number of users may be set to the Administrative access mode, which consumes no CAL.',
    source: 'S4',
    locator: 'SDK topic “Licenses”',
    confidence: 'high',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R9.S5',
    statement:
      'CRM 4.0 has two CALs: the Limited CAL (read-only) and the Full Use Additive CAL that adds write access; together they make the full CAL. Both exist per user and, new in 4.0, per device.',
    source: 'S5',
    locator: 'Reading of the January 2008 Product Use Rights',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R9.S14',
    statement:
      'The Employee Self Service CAL is entirely new in CRM 2011: CRM 4.0 has no self-service CAL, so writing through a portal needs a full CAL.',
    source: 'S14',
    locator: 'New CRM 2011 licensing options',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R10.S1',
    statement:
      'The External Connector lets any number of external users use CRM data through any application or interface other than the CRM clients; one is needed for each server that hosts an application providing external access. The Limited External Connector is read-only; adding the Full Use Additive External Connector gives read-write.',
    source: 'S1',
    locator: 'External Connector (quoted verbatim in S1a and S1b)',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R10.S2',
    statement:
      'The External Connector cannot be used for employees, contractors or agents (for example call-centre staff), and never covers access through the CRM clients.',
    source: 'S2',
    locator: 'CRM 4.0 External connector license',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R10.S6',
    statement:
      'The alternative to an External Connector is a CAL for every external user; an External Connector covers “a single installation”.',
    source: 'S6',
    locator: 'Microsoft Dynamics CRM 4.0 Licencing',
    confidence: 'medium',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R11.S7',
    statement:
      'A public web form that only writes data into CRM (such as lead capture) without showing visitors any CRM data did not need an External Connector; a site where customers view and maintain their CRM data did.',
    source: 'S7',
    locator: 'Examples A and B',
    confidence: 'low',
    products: ['crm4', 'crm2011'],
    deploys: SELF_HOSTED,
  },

  {
    id: 'M1.S56',
    statement:
      'CRM Online for CRM 4.0 (first called CRM Live) was sold per user in Professional and Professional Plus editions on 12- or 24-month terms; its list prices and its terms for external users could not be verified.',
    source: 'S56',
    locator: 'CRM Online FAQ “Making Changes to Your Subscription”',
    confidence: 'medium',
    products: ['crm4'],
    deploys: ONLINE,
  },

  // D. CRM 2011
  {
    id: 'R12.S12',
    statement:
      'The CRM 2011 CALs stack up: Employee Self Service (ESS); ESS plus the Limited Use Additive CAL gives the Limited CAL; Limited plus the Full Use Additive CAL gives the full CAL. Each has user and device variants.',
    source: 'S12',
    locator: 'Client Access License overview (quoting the CRM 2011 Licensing & Pricing Guide)',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R13.S12',
    statement:
      'The ESS CAL gives internal users limited API access and limited read-write access through any application or interface other than the CRM client.',
    source: 'S12',
    locator: 'Client Access License overview, Employee Self Service CAL',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R13.S13',
    statement:
      'With an ESS CAL a user may read accounts, contacts, cases, leads, activities and custom entity records, create them, and append to or update records created by others, but may not assign, share or delete.',
    source: 'S13',
    locator: 'Employee Self Service user/device CAL product description',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R13.S15',
    statement:
      'ESS users may not use the web client or the Outlook client; the ESS CAL costs roughly 10% of a full CAL (a 10-person help desk serving 500 staff needs 10 full and 500 ESS CALs, not 510 full).',
    source: 'S15',
    locator: 'CRM 2011 – Employee Self-Service CAL (ESS)',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R14.S12',
    statement:
      'The Limited CAL gives full read access to all data and limited write access in the web, Outlook and mobile clients.',
    source: 'S12',
    locator: 'Client Access License overview, Limited CAL',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R14.S17',
    statement:
      'A Limited CAL user may create accounts, contacts, cases, leads and activities, update those records whoever created them, and assign, share or delete only records they created.',
    source: 'S17',
    locator: 'What is a Dynamics CRM Limited CAL',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R15.S19',
    statement:
      'The CRM 2011 External Connector lets any number of external users have limited read-write access through any interface except the CRM client; it is needed for each server that hosts the external-facing application, and excludes employees, onsite contractors and agents, and SPLA hosted-service users.',
    source: 'S19',
    locator: 'External Connector, as quoted from the CRM 2011 Licensing & Pricing Guide',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R15.S11',
    statement:
      'The February 2012 guide widened the External Connector to unlimited read-only plus limited write access.',
    source: 'S11',
    locator: 'Feb 2012 edition, “What has changed”',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R16.S20',
    statement:
      'The External Connector left the price list in January 2014; from the CRM 2013 licensing model on, access by external users is included with the server license, and CALs are needed only if they use the CRM client applications.',
    source: 'S20',
    locator: 'Update quoting the CRM quick reference guide',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R16.S27',
    statement: 'External users do not need a CAL unless they use the CRM client applications.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },
  {
    id: 'R17.S21',
    statement:
      'CRM Online 2011 sold one read-write user subscription (about $44 per user per month) that every internal user needs; external users who access the service without using any of its software need none.',
    source: 'S21',
    locator: 'Microsoft Dynamics CRM: Licensing Models',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: ONLINE,
  },
  {
    id: 'R17.S22',
    statement:
      'From Update Rollup 12, CRM Online added Administrative and Non-interactive access modes at the same price; no self-service subscription comparable to the ESS CAL was offered.',
    source: 'S22',
    locator: 'CRM Online New CAL Options (Update Rollup 12)',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: ONLINE,
  },

  // E. CRM 2013 – 2016
  {
    id: 'R18.S23',
    statement:
      'From CRM 2013 there are three licenses chosen by function, not by client: Essential (custom entities, activities, the SDK; usable through the web application for purpose-built apps), Basic (adds accounts, contacts, cases, leads, reports and dashboards; opportunities read-only) and Professional (everything).',
    source: 'S23',
    locator: 'License types in Microsoft Dynamics CRM 2013 and CRM Online',
    confidence: 'high',
    products: CRM13_16,
    deploys: ['onprem', 'online'],
  },
  {
    id: 'R18.S25',
    statement: 'The Essential license has no rights to accounts, contacts, leads or cases.',
    source: 'S25',
    locator: 'Comparison of the CRM Online 2013 Subscriptions',
    confidence: 'high',
    products: CRM13_16,
    deploys: ['onprem', 'online'],
  },
  {
    id: 'R19.S24',
    statement: 'CRM Online from Fall 2013 cost $65 (Professional), $30 (Basic) and $15 (Essential) per user per month.',
    source: 'S24',
    locator: 'Three Online User Licensing Choices (July 2013 list prices)',
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R19.S25',
    statement:
      'A new CRM Online subscription needs at least 5 Professional subscriptions, after which any number of Basic and Essential can be added.',
    source: 'S25',
    locator: 'Comparison of the CRM Online 2013 Subscriptions',
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R20.S27',
    statement:
      'On premises, CRM is licensed as a server license plus CALs; every internal user needs a CAL set with a license type in the application, and user and device CALs exist for every tier.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },

  // F. Dynamics 365 online
  {
    id: 'R21.S32',
    statement:
      'External users need no subscription: their access is included with the internal users’ subscriptions, but they may not use the Customer Engagement application screens; using those needs a license.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R21.S28',
    statement:
      'Access by external (third-party) users is included; they need no subscription unless they use the CRM client applications.',
    source: 'S28',
    locator: 'External users',
    confidence: 'high',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R22.S41',
    statement:
      'A guest user from another tenant who signs in to the Dynamics 365 apps needs a Dynamics 365 license assigned in the host tenant; a license in their own tenant does not count.',
    source: 'S41',
    locator: 'Issue #694, answer of the documentation owner',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.S35',
    statement:
      'Team Members is a light named-user license for the user’s own use: it reads everything and writes contacts, activities and notes, but not opportunities, cases, quotes or orders.',
    source: 'S35',
    locator: 'Team Members use rights (Mar 2021 guide, pp. 5 and 35, as quoted)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.S34',
    statement:
      'Team Members licenses bought from October 2018 open only the designated Team Member apps (no Sales Hub, no Customer Service Hub, no custom model-driven apps); accounts are read-only there.',
    source: 'S34',
    locator: 'License enforcement – users with new Team Member licenses',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.S36',
    statement:
      'Team Members gives no rights to custom portals; internal portal users need a Dynamics 365 or Power Apps license.',
    source: 'S36',
    locator: 'Licensing FAQ, section “Portals”',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R24.S51',
    statement:
      'Since October 2019 each user’s first Dynamics 365 app is a full-price base license and further qualifying apps are discounted attach licenses (2019: $95 base, $20 attach per month).',
    source: 'S51',
    locator: 'Base and attach pricing (October 2019)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R24.S52',
    statement: 'Sales Hub and the other full Dynamics 365 apps open only for users holding that app’s license.',
    source: 'S52',
    locator: 'Install Dynamics 365 Sales apps: which license opens which app',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R25.S38',
    statement:
      'Administrative users (settings only), non-interactive users (API only, up to 7 per environment) and application users (server-to-server) need no license; they do not license the people who benefit from the data they move.',
    source: 'S38',
    locator: 'Create users: administrative, non-interactive and application users',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R25.S33',
    statement: 'Administrators do not need any license to configure and administer the service.',
    source: 'S33',
    locator: 'Administrative access',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R25.S39',
    statement:
      'The user record’s license type (CalType) includes an Administrative value for users who only administer the system and consume no license; CRM Online allowed five free non-interactive users.',
    source: 'S39',
    locator: 'User and team entities: AccessMode and CalType values',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R26.S40',
    statement:
      'A Power Apps app that creates, updates or deletes rows in restricted tables (Case, Entitlement, SLA, Knowledge article, Goal, Work Order …) needs the matching Dynamics 365 license; read-only use needs only Power Apps. Exception for employee self-service: a Power Apps user may create cases and read, update and delete the cases they created, but may not act as an agent.',
    source: 'S40',
    locator: 'Restricted tables requiring Dynamics 365 licenses',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },

  // G. Dynamics 365 on-premises
  {
    id: 'R27.S42',
    statement:
      'Dynamics 365 (on-premises) is licensed with CALs that include the server rights (Team Members, Sales, Customer Service; per user or per device); internal users need a CAL for direct or indirect access.',
    source: 'S42',
    locator: 'Reading of the December 2016 Product Terms, pp. 17-19',
    confidence: 'high',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R27-external.S42',
    statement:
      'The same reading of the December 2016 Product Terms says external users of Dynamics 365 (on-premises) need CALs too, unlike the online service and CRM 2013 to 2016.',
    source: 'S42',
    locator: 'Reading of the December 2016 Product Terms, pp. 17-19',
    confidence: 'low',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R27.S43',
    statement:
      'The Dynamics 365 (on-premises) Licensing Guide has a section “Licensing Requirements for External Users”, whose text could not be read in the copies found.',
    source: 'S43',
    locator: 'Table of contents, “Licensing Requirements for External Users”',
    confidence: 'low',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },

  // H. Portals
  {
    id: 'R28.S37',
    statement:
      'Power Pages is licensed by capacity: authenticated users per site per month in packs of 100, and anonymous users per site per month in packs of 500. Authenticated capacity may cover employees as well as external users; users with Power Apps Premium or Dynamics 365 Enterprise licenses in the same tenant, signing in with Entra ID, are not counted.',
    source: 'S37',
    locator: 'Power Platform licensing FAQs, section “Power Pages”',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R28.S36',
    statement:
      'Before Power Pages, Power Apps portals counted external authenticated users in logins (a login is a 24-hour pass to one portal) and anonymous users in page views; internal users needed Dynamics 365 Enterprise or Power Apps licenses.',
    source: 'S36',
    locator: 'Licensing FAQ, section “Portals”',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },

  // I. Hosting for third parties
  {
    id: 'R29.S10',
    statement:
      'A provider that hosts CRM as a service for other organizations must license it under the Services Provider License Agreement (SPLA), with monthly Subscriber Access Licenses for every user authorized to access it directly or indirectly; licenses bought under retail or volume programs may not be used to serve third parties.',
    source: 'S10',
    locator: 'SPLA',
    confidence: 'medium',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R29.S48',
    statement:
      'Hosted Dynamics is licensed through SPLA Subscriber Access Licenses (for Dynamics 365 on-premises software: Sales, Customer Service and Team Members SALs); the end customers need no licenses of their own.',
    source: 'S48',
    locator: 'Understanding Microsoft Dynamics Licensing; Licensing in a Hosted Model',
    confidence: 'medium',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R30.S9',
    statement:
      'A licensing partner says that under the CRM 4.0 Service Provider terms no SAL is needed for external users who access CRM without the CRM client; the quote is cut off in the archived copy.',
    source: 'S9',
    locator: 'External Connector for SPLA/Hosted CRM (quoting Crayon)',
    confidence: 'low',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R31.S49',
    statement:
      'With Software Assurance, License Mobility (from the July 2011 Product Use Rights) lets a customer run its own server licenses on an authorized partner’s shared hardware, each instance dedicated to one customer.',
    source: 'S49',
    locator: 'License Mobility through Software Assurance',
    confidence: 'medium',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ['hosted'],
  },

  // J. Devices and the standing of the guides
  {
    id: 'R32.S5',
    statement:
      'A device CAL licenses one device for any number of people who use it in turn (shift workers, hot desks); a user CAL licenses one person on any device.',
    source: 'S5',
    locator: 'Reading of the January 2008 Product Use Rights',
    confidence: 'high',
    products: ['crm4', 'crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.S27',
    statement: 'User and device CALs exist for every license tier; a device CAL covers everyone who uses that device.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.S54',
    statement:
      'The Product Terms list device subscriptions for Dynamics 365 Customer Service Enterprise and Field Service; a device subscription is assigned to a shared account used on that device.',
    source: 'S54',
    locator: 'Microsoft Dynamics 365 Services, product availability',
    confidence: 'medium',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R33.S33',
    statement:
      'Licensing guides are not legally binding: the Product Terms and your agreement govern, and Microsoft may change the guides without notice.',
    source: 'S33',
    locator: 'Introduction (“not a legally binding licensing rights document”)',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
] as const satisfies readonly CitedFact[]

export type FactId = (typeof list)[number]['id']

export const FACTS: Readonly<Record<FactId, Fact>> = Object.fromEntries(list.map((f) => [f.id, f])) as Record<
  FactId,
  Fact
>

export const FACT_IDS: readonly FactId[] = list.map((f) => f.id)
