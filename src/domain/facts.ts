import { withModelled } from './eras'
import type { SourceId } from './sources'
import type { Deploy, Fact, Product } from './types'

/**
 * The licensing facts the rules rest on, each tied to one source and a place in it. Ids are
 * `<rule>.<source>` after the research notes (facts.md rules R1 … R34 and sources S1 … S62), so
 * every statement here can be traced back to the research and from there to the document.
 * Facts citing P-sources come from the December 2026 audit (audit-2026-12.md, sources P1 … P24, and P25 on);
 * they stand beside the weaker facts they replace, which docs/fact-replacements.md lists (R35, R36: rules the
 * audit's findings add). A tag for a second fact from one rule and source goes on the rule: `R28-anon.P2`.
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
    locator:
      '“Licensing Structure: On-Premise > External Connectors”, pp. 11-13 per the table of contents (text as quoted verbatim in S1a and S1b) (quote as reproduced in jianwang.blogspot.com, 2009-01-11, introduced “According to the Microsoft Dynamics CRM 4.0 Licensing & Pricing Guide”)',
    quote:
      '“External Users” are users who are not either (i) your or your affiliates’ employees, or (ii) your or your affiliates’ onsite contractors or agents…',
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
    quote:
      'External users do not include employees, independent contractors, agents, service providers, or other persons providing services to or on behalf of the organization holding the license.',
    confidence: 'medium',
    products: ['crm4'],
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
    quote:
      "…Third party users are users that are not either (i) the customer's … employees, or (ii) the customer's … contractors or agents. In this sense, the definition of third party users does not extend to onsite contractors, vendors, and users performing business processes on the customer's behalf.…",
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R1.S32',
    statement:
      'Employees and on-site agents, vendors or contractors who directly or indirectly access the service must be licensed.',
    source: 'S32',
    locator:
      'Licensing Requirements for Internal Users (quote from the July 2017 edition, as read in the-chronic.eu’s copy)',
    quote:
      'Customers must purchase Subscription Licenses (SLs) for their organization or their affiliates’ employees and on-site agents, vendors or contractors who directly or indirectly access the Microsoft Dynamics 365 services.',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R2.S32',
    statement:
      'External users are end customers and third parties; off-site vendors that are not in an employee-like relationship (for example an IT help-desk vendor serving several organizations) are external too.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    quote:
      'External user access is available in limited situations to customers and third parties … Off-site vendors who are not in employee-like relationships (such as IT help desk vendors who serve multiple organizations) also qualify as external users.',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R2.S1',
    statement: 'External users are your customers, partners, suppliers and other end users who are not your employees.',
    source: 'S1',
    locator:
      '“Licensing Structure: On-Premise > External Connectors”, pp. 11-13 per the table of contents (text as quoted verbatim in S1a and S1b) (quote as reproduced in jianwang.blogspot.com, 2009-01-11, introduced “According to the Microsoft Dynamics CRM 4.0 Licensing & Pricing Guide”)',
    quote:
      'The Microsoft Dynamics CRM 4.0 External Connector enables customers to extend Microsoft Dynamics CRM to their external users such as customers, partners, suppliers, and end users who access a copy of the server software (for which a license was acquired)…',
    confidence: 'high',
    products: ['crm4', 'crm2011'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R4.S32',
    statement:
      'External-user access does not extend to contractors, vendors or agents who run business processes on your behalf, nor to people using Dynamics 365 to manage any portion of their own business; the service may not be used to provide business-process outsourcing.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    quote:
      "However, external user access does not extend to the customer or the customer's affiliate's contractors, vendors, or agents providing business processes on the customer's behalf or using Microsoft Dynamics 365 to manage any portions of their business.",
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
    quote:
      "…In this sense, the definition of third party users does not extend to onsite contractors, vendors, and users performing business processes on the customer's behalf.…",
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R1.P1',
    statement:
      'Before 1 October 2024 (“Currently”), “External Users” are users that are not employees, onsite contractors or onsite agents of the customer or its affiliates: only onsite contractors and agents are excluded, so an off-site contractor falls outside the exclusion.',
    source: 'P1',
    locator: 'Body, first paragraph (“Currently, the term “External Users” refers to …”)',
    quote:
      'Currently, the term "External Users" refers to users that are not employees, onsite contractors or onsite agents of Customer or its Affiliates.…',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R3.P1',
    statement:
      'Effective 1 October 2024, “External Users” are users that are not (a) employees of the customer or its affiliates, (b) contractors or agents that typically work for the customer or its affiliates for more than 30 hours on average per week, or (c) contractors or agents that typically work onsite for the customer or its affiliates on each working day. The change only applies to customers who sign an enrollment or agreement on or after 1 October 2024; the products it names include Dynamics 365.',
    source: 'P1',
    locator: 'Body (“Effective October 1, 2024 …”), product list and FAQ',
    quote:
      '(b) contractors or agents that typically work for Customer or its Affiliates for more than 30 hours on average per week, or (c) contractors or agents that typically work onsite … on each working day',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.P12',
    statement:
      'For CRM 2011, “External Users” are users who are not either (i) your or your affiliates’ employees, or (ii) your or your affiliates’ onsite contractors or agents; they also do not include hosted-software service users, such as those licensed through SPLA.',
    source: 'P12',
    locator: '“External Connectors”, p. 12 (Dec 2012 edition)',
    quote:
      "“External Users” are users who are not either (i) your or your affiliates' employees, or (ii) your or your affiliates' onsite contractors or agents, External users also does not include hosted-software service users … SPLA.…",
    confidence: 'high',
    products: ['crm2011'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.P21',
    statement:
      'Off-site vendors are considered external users only when their time is shared between multiple customer organizations and they are not in an employee-like relationship.',
    source: 'P21',
    locator: '“Internal and External Users”, note',
    quote:
      'Note: Offsite vendors are considered external users only when their time is shared in between multiple customer organizations … and they are not in an employee-like relationship.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R1.P11',
    statement:
      'Access by external (third-party) users is included with the subscription; they need no user subscriptions unless they use the CRM client applications and graphical user interface. Third-party users are users that are not the customer’s employees or its contractors or agents, and the definition does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
    source: 'P11',
    locator: '“User-based Subscription Licensing Requirements > Internal and External Users”',
    quote:
      'Access by external (third party) users is included with the subscription; … unless using … client applications and GUI',
    confidence: 'high',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R10.P16',
    statement:
      'A change note of the CRM 4.0 guide replaced the External Connector description: external users do not include employees, independent contractors, agents, service providers or other persons providing services to or on behalf of the organization. This has no “onsite” qualifier and so conflicts with the guide wording quoted for S1, which excludes only onsite contractors or agents.',
    source: 'P16',
    locator: '“What has changed?”: “Licensing Section – External Connectors Description replaced existing Paragraph 1”',
    quote:
      'External users do not include employees, independent contractors, agents, service providers, or other persons providing services to or on behalf of the organization …',
    confidence: 'medium',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  // P10's own readable text stops at the external-user allowance; the limits named here were read in the July 2017
  // edition (R4.S32, R21.S32), not in the Nov 2021 copy, and the statement says so rather than credit P10 with them.
  {
    id: 'R4.P10',
    statement:
      'The November 2021 guide makes external user access “available in limited situations to customers and third parties”. The limits themselves (external users may not use the Customer Engagement application screens, and external access does not extend to contractors, vendors or agents providing business processes on the customer’s behalf or using Dynamics 365 to manage any portions of their business) were read in the July 2017 edition of the guide, not in the Nov 2021 copy.',
    source: 'P10',
    locator:
      '“Licensing requirements for external users” (Nov 2021); the limits: July 2017 edition (S32), same section',
    quote: 'available in limited situations to customers and third parties',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },

  // B. Multiplexing
  {
    id: 'R5.S8',
    statement:
      'Pooling connections, a service account, a portal, middleware or an integration does not reduce the licenses needed: every user or device that inputs, queries or views CRM data, however many tiers sit in between, must be licensed.',
    source: 'S8',
    locator: 'CAL and pooling synopsis',
    quote:
      '…CRM User CALs are required for users who input data into, query, or view data from a Microsoft Dynamics CRM Server database through a pooling device. This includes users who view data through Web-based applications or enter information into a database through an intermediary product.',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R5.S44',
    statement:
      'Multiplexing does not reduce the number of CALs required: users or devices that access the server indirectly through other hardware or software still need the appropriate CALs.',
    source: 'S44',
    locator:
      'Multiplexing brief, “CAL requirements” (quote as read in the-chronic.eu’s verbatim copy of “Multiplexing—Overview”, March 2021)',
    quote:
      'Multiplexing does not reduce the number of Microsoft licenses required. Users and devices are always required to have the appropriate licenses, regardless of their direct or indirect connection to a product.',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R6.S44',
    statement:
      'If data reaches a person only through a manual activity (for example a colleague exports a report and e-mails it), that person needs no CAL.',
    source: 'S44',
    locator:
      'Multiplexing brief, manual transfer of data (quote as read in the-chronic.eu’s verbatim copy of “Multiplexing—Overview”, March 2021; its example is uploading or e-mailing a file)',
    quote:
      'Generally, if files, data, or content are available because of a manual activity (a person uploading a file onto a server or emailing the file), a CAL is not required for users or devices accessing those manually transmitted files.',
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
    locator: 'User and team entities: CalType values (quote from the CalType row, ms.date 10/31/2017)',
    quote:
      'Specifies the user’s license type. Administrative – The user has administrative user rights. Device Full – … Device Limited – … Full – The user has both read and write access. Limited – The user has only read access.',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R5.P8',
    statement:
      '“Multiplexing” is when individuals use hardware or software to pool connections, reroute or indirectly access information, and/or reduce the number of devices or users that directly access or use a product.',
    source: 'P8',
    locator: '“Summary” (details for Dynamics 365, Power Platform and Dataverse on p. 6)',
    quote:
      '“Multiplexing” is when individuals use hardware or software to pool connections, reroute or indirectly access information, and/or reduce the number of devices or users that directly access or use a product.',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R7.P4',
    statement:
      'The Customer Service Team Member app isn’t supported with Dynamics 365 Customer Engagement (on-premises).',
    source: 'P4',
    locator: 'Note under the introduction',
    quote: "The Customer Service Team Member app isn't supported with Dynamics 365 Customer Engagement (on-premises).",
    confidence: 'high',
    products: ['d365'],
    // The on-premises software, whether the organization or a provider runs it.
    deploys: ['onprem', 'hosted'],
  },
  {
    id: 'R7.P6',
    statement:
      'Team Members licenses are enforced technically by app for new instances from April 2020; existing instances had a grace period until 30 June 2020.',
    source: 'P6',
    locator: 'License enforcement (“grace period until June 30, 2020”) (quote as read in a 2020 copy of the page)',
    quote:
      'To facilitate a smooth transition, all existing customer organization instances impacted by this change will automatically be granted an additional grace period until June 30, 2020.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R7.P23',
    statement:
      'Partners report that from 31 January 2021 the technical enforcement was extended to all customers with users on the new Team Member licence, and that it affects Dynamics 365 online customers only, with no effect on on-premises.',
    source: 'P23',
    locator: 'preact.co.uk (“From 31st January 2021 …”); ledgeviewpartners.com (“Online customers only”)',
    confidence: 'low',
    products: ['d365'],
    deploys: ['online', 'onprem'],
  },

  // C. CRM 4.0
  {
    id: 'R8.S3',
    statement:
      'A user in Administrative access mode works only in the Settings area, sees no sales, marketing or service data, and does not consume a CAL.',
    source: 'S3',
    locator:
      'Client Access License Types, pp. 1-2 (quote as read in manualsdump.com’s copy of the guide; the guide calls Administrative a license type)',
    quote:
      'Administrative. Clients with this license type can modify records in data that is located in the Settings area. However, these clients cannot view or modify records and data in the Sales, Marketing, or Service areas. A user configured with this license type does not consume a CAL.',
    confidence: 'high',
    products: ['crm4'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R8.S4',
    statement: 'Any number of users may be set to the Administrative access mode, which consumes no CAL.',
    source: 'S4',
    locator:
      'SDK topic “Licenses” (its table gives every license “Unlimited administrative users”; that they consume no CAL is in the Installing Guide, R8.S3)',
    quote:
      'A client access license (CAL) will determine how many users can access the Microsoft Dynamics CRM server after it is installed. The type of license also determines the number of users allowed for each access mode.',
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
    locator:
      '“Licensing Structure: On-Premise > External Connectors”, pp. 11-13 per the table of contents (text as quoted verbatim in S1a and S1b)',
    quote:
      'An External Connector must be purchased for each server that hosts an application that provides external access to Microsoft Dynamics CRM 4.0 data',
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
    quote:
      '…through any application/graphical user interface (GUI), other than Microsoft Dynamics CRM clients. External users do not include employees, independent contractors, agents, service providers, or other persons providing services to or on behalf of the organization holding the license.',
    confidence: 'high',
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
    id: 'R36.P17',
    statement:
      'External user accounts need to be created in the internal organization to grant access and enforce the security model: “They are full CRM users”.',
    source: 'P17',
    locator: 'CRM 4.0 External connector license, body',
    quote:
      'External user accounts need to be created in the internal organization to grant access and enforce the security model. They are full CRM users',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },

  {
    id: 'M1.S56',
    statement:
      'CRM Online for CRM 4.0 (first called CRM Live) was sold per user in Professional and Professional Plus editions on 12- or 24-month terms; its list prices and its terms for external users could not be verified.',
    source: 'S56',
    locator:
      'CRM Online FAQ “Making Changes to Your Subscription” (quote from “How do I upgrade from Professional Edition to Professional Plus Edition?”)',
    quote:
      'You may use the Upgrade Wizard to upgrade from a Professional 12 or 24 month edition to a Professional Plus 12 or 24 month offer.',
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
    quote:
      'The CAL provides a user with full read-write access to all capabilities within Microsoft Dynamics CRM 2011 and consists of Employee Self Service CAL, the Limited Use Additive CAL, and the Full Use additive CAL, combined to provide full “Microsoft Dynamics CRM functionality”.',
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
    quote:
      'The Employee Self Service (ESS) CAL provides a user with limited API access and limited read-write access to “Microsoft Dynamics CRM functionality” through any application/graphical user interface (GUI), other than the Microsoft Dynamics CRM client.',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R14.S12',
    statement:
      'The Limited CAL gives full read access to all data and limited write access in the web, Outlook and mobile clients.',
    source: 'S12',
    locator: 'Client Access License overview, Limited CAL',
    quote: 'The Limited CAL provides a user with full read-only access (e.g., for reports) and limited write access',
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
  {
    id: 'R13.P14',
    statement:
      'The ESS CAL gives read-only access to accounts, contacts, cases, leads, activities and custom entity records; data privileges to create those records and to append, append to and update records created by other CRM users; use of any application or graphical user interface other than the Dynamics CRM client; and no data privileges to assign, share or delete records.',
    source: 'P14',
    locator: 'Employee Self Service user/device CAL product page, use rights list',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R14.P15',
    statement:
      'The Limited CAL provides a user with full read-only access (for example for reports) and limited write access.',
    source: 'P15',
    locator: 'Client Access License overview, Limited CAL',
    quote: 'The Limited CAL provides a user with full read-only access (e.g., for reports) and limited write access',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.P15',
    statement:
      'With a device CAL, the CAL is assigned to a device and may be shared by non-concurrent users over time.',
    source: 'P15',
    locator: 'Client Access License overview, device CAL',
    quote: 'With a device CAL, the CAL is assigned to a device and may be shared by non-concurrent users over time',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R15.P12',
    statement:
      'CRM 2011 external users are not your or your affiliates’ employees, nor your or your affiliates’ onsite contractors or agents, nor hosted-software service users already licensed through SPLA. An External Connector must be purchased for each server that permits access to Dynamics CRM 2011 server software by external users; the alternative is for every external user to acquire a CAL.',
    source: 'P12',
    locator: '“External Connectors”, p. 12 (Dec 2012 edition)',
    quote: 'each server that permits access to Dynamics CRM 2011 server software by external users',
    confidence: 'high',
    products: ['crm2011'],
    deploys: ['onprem', 'hosted'],
  },
  {
    id: 'R15.P13',
    statement:
      'The February 2012 guide updated the use rights of the External Connector to include unlimited read-only access and limited write access.',
    source: 'P13',
    locator: '“What has changed?”, p. 4',
    quote:
      'Updated the use rights of external connector to include support for unlimited read-only access and limited write access',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R17.P24',
    statement:
      'A reproduced CRM Online use-rights clause says the customer does not need to purchase additional user accounts for external users who access the service without using any of the software; “external users” are users that are not the customer, or its employees, affiliates, contractors or agents.',
    source: 'P24',
    locator: 'Clause “External users” (unattributed reproduction)',
    confidence: 'low',
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
    quote:
      'An Essentials license would be used by an external service or application to log into CRM or by a person logging via the CRM Web application to access a purpose-built custom application.',
    confidence: 'high',
    products: CRM13_16,
    deploys: ['onprem', 'online'],
  },
  {
    id: 'R18.S25',
    statement: 'The Essential license has no rights to accounts, contacts, leads or cases.',
    source: 'S25',
    locator:
      'Comparison of the CRM Online 2013 Subscriptions (quote as read in the author’s own copy of the 2013-12-11 post, lystavlenhistoric.home.blog; names contacts and accounts)',
    quote: 'And the answer is no; Essential does not have rights to read, write or append to eg. Contacts or Accounts.',
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
    locator:
      'Comparison of the CRM Online 2013 Subscriptions (quote as read in the author’s own copy of the 2013-12-11 post, lystavlenhistoric.home.blog)',
    quote:
      'New customers enrolling in Microsoft Dynamics CRM Online subscription should purchase a minimum of 5 Professional user licenses to activate the paid subscription • Upon meeting this requirement customers can add any number of Basic and Essential user licenses to the online service subscription',
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
  {
    id: 'R18.P19',
    statement:
      'An Essential license would be used by an external service or application to log into CRM, or by a person logging in through the CRM web application to access a purpose-built custom application.',
    source: 'P19',
    locator: 'License types table, Essential row',
    quote: 'would be used by an external service or application to log into CRM',
    confidence: 'high',
    products: CRM13_16,
    deploys: ['onprem', 'online'],
  },
  {
    id: 'R33.P11',
    statement:
      'For Microsoft Dynamics Marketing and Microsoft Social Engagement, external users must be licensed as well as internal users.',
    source: 'P11',
    locator: '“User-based Subscription Licensing Requirements > Internal and External Users”',
    quote:
      'Microsoft Dynamics Marketing and Microsoft Social Engagement … You must license external users as well as internal users',
    confidence: 'high',
    products: CRM13_16,
    deploys: ONLINE,
  },

  // F. Dynamics 365 online
  {
    id: 'R21.S32',
    statement:
      'External users need no subscription: their access is included with the internal users’ subscriptions, but they may not use the Customer Engagement application screens; using those needs a license.',
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    quote: 'Customer Engagement Applications graphical user interfaces may not be accessed by external users…',
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
    quote:
      'Access by external (third party) users is included with the subscription; these users do not require USLs unless using Microsoft Dynamics CRM client applications and graphical user interface (GUI).…',
    confidence: 'high',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R22.S41',
    statement:
      'A guest user from another tenant who signs in to the Dynamics 365 apps needs a Dynamics 365 license assigned in the host tenant; a license in their own tenant does not count.',
    source: 'S41',
    locator: 'Issue #694, answer of the documentation owner (quote: the documentation owner’s reply of 2019-01-23)',
    quote: 'A Dynamics 365 for Customer Engagement license for the second tenant (Tenant B) is required.',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.S34',
    statement:
      'Team Members licenses bought from October 2018 open only the designated Team Member apps (no Sales Hub, no Customer Service Hub, no custom model-driven apps); accounts are read-only there.',
    source: 'S34',
    locator:
      'License enforcement – users with new Team Member licenses (quote from “Feature details”, ms.date 02/04/2020)',
    quote:
      'For Team Member licenses purchased during or after October 2018, license-based access will restrict users to a set of designated app modules. These users will no longer be able to access Customer Service Hub, Sales Hub, or custom app modules.',
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
    locator:
      'Install Dynamics 365 Sales apps: which license opens which app (quote from ms.date 06/28/2024; the table after it names the license each app needs)',
    quote:
      'Your Dynamics 365 Sales subscription comes with free apps that are either pre-installed or can be installed separately. The following table lists the apps and the license required to use them.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R25.S38',
    statement:
      'Administrative users (settings only), non-interactive users (API only, up to 7 per environment) and application users (server-to-server) need no license; they do not license the people who benefit from the data they move.',
    source: 'S38',
    locator:
      'Create users: “User types > Non-interactive users”, “Create an Administrative user account”, “Create a non-interactive user account”, “Create an application user”',
    quote: 'maximum limit of 7 non-interactive users per instance',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R25.S33',
    statement: 'Administrators do not need any license to configure and administer the service.',
    source: 'S33',
    locator: 'Administrative access',
    quote: 'Admins do not need any license to configure and administer',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R25.S39',
    statement:
      'The user record’s license type (CalType) includes an Administrative value for users who only administer the system and consume no license; CRM Online allowed five free non-interactive users.',
    source: 'S39',
    locator:
      'User and team entities: AccessMode and CalType values (quote from “Users”, ms.date 10/31/2017; “…” stands for the product name)',
    quote:
      'Non-interactive users are often used when writing service-to-service code because they do not use up a license. … allows for five free non-interactive users.',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R26.S40',
    statement:
      'A Power Apps app that creates, updates or deletes rows in restricted tables (Case, Entitlement, SLA, Knowledge article, Goal, Work Order …) needs the matching Dynamics 365 license; read-only use needs only Power Apps. Exception for employee self-service: a Power Apps user may create cases and read, update and delete the cases they created, but may not act as an agent.',
    source: 'S40',
    locator:
      'Restricted tables requiring Dynamics 365 licenses (quote from the introduction, ms.date 06/08/2021; the parenthesis names Sales, Customer Service, Field Service, Marketing and Project Service Automation)',
    quote:
      'However, a smaller set of tables tied to Dynamics 365 apps (…) require canvas and model-driven app users to have a license for the corresponding Dynamics 365 app if they need to create, update, or delete rows within the tables. These are referred to as restricted tables.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R21.P10',
    statement:
      'External user access is available in limited situations to customers and third parties. Off-site vendors who are not in employee-like relationships (such as IT help-desk vendors who serve multiple organizations) also qualify as external users, and these external users do not require user licenses to access the service (the copy breaks off in that sentence).',
    source: 'P10',
    locator: '“Licensing requirements for external users” (Nov 2021)',
    quote:
      'External user access is available in limited situations to customers and third parties … Off-site vendors who are not in employee-like relationships (such as IT help desk vendors who serve multiple organizations) also qualify as external users.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.P4',
    statement:
      'With the entry-level Team Members license, employees can use the Customer Service Team Member app for self-service support: they create cases for their own problems, such as laptop issues, HR queries and administrative needs, and can “create, read, update, and close cases that you created”, but not view or update cases created by other users.',
    source: 'P4',
    locator: 'Introduction; “Use the Customer Service Team Member app” and its note (ms.date 09/18/2026)',
    quote: 'create, read, update, and close cases that you created',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.P5',
    statement:
      'The page’s owner clarifies that a team member can create and update cases only within the context of Employee Self Service: they cannot create cases for other customer service scenarios, on behalf of others and so on.',
    source: 'P5',
    locator: 'Issue #1645, reply by neeranelli (2020-03-05)',
    quote: 'a team member can create and update cases only within the context of Employee Self Service',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.P6',
    statement:
      'Team Members is for users who might consume data or reports but don’t require full user capabilities. Team Members licenses purchased during or after October 2018 are restricted to the designated apps: these users can no longer access Customer Service Hub, Sales Hub or custom apps.',
    source: 'P6',
    locator: 'Introduction; designated apps',
    quote: "users who might consume data or reports … but don't require full user capabilities",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R8.P7',
    statement:
      'A Global admin, Power Platform admin or Dynamics 365 admin does not need a license to be enabled in an environment; since they are unlicensed, they are set in the Administrative access mode.',
    source: 'P7',
    locator: 'Note under “Enable or disable user accounts” (ms.date 11/07/2023)',
    quote:
      'A Global admin, Power Platform admin, or a Dynamics 365 admin does not need a license to be enabled … they will be set in the Administrative access mode.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R25.P7',
    statement:
      'Non-interactive users can access Dataverse only through SDK/API calls, not its web interface or admin portals, and need no license; there is a maximum limit of 7 non-interactive users per instance.',
    source: 'P7',
    locator: '“User types > Non-interactive users”; “Create a non-interactive user account” (ms.date 11/07/2023)',
    quote: 'There is a maximum limit of 7 non-interactive users per instance.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  // Neither P7 nor P25 says that the people behind an application user need licenses of their own: that is the
  // multiplexing rule (R5.S44, R5.P8), which the rules cite beside these facts.
  {
    id: 'R35.P7',
    statement:
      'Application users (server-to-server authentication) are created with a non-interactive user account but do not count toward the limit of seven non-interactive users, and there is no limit on how many can be created in an environment; everything the application does through them is performed as the application user, not as the user who is accessing the application.',
    source: 'P7',
    locator: '“Create an application user” (ms.date 11/07/2023)',
    quote:
      "All application users are created with a non-interactive user account, however they aren't counted toward the limit of seven non-interactive user accounts. In addition, there's no limit on how many application users you can create in an environment.",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R35.P25',
    statement:
      'You can create an unlicensed application user in an environment; it is given access to the environment’s data on behalf of the user who is using your application.',
    source: 'P25',
    locator: '“Create an application user” (ms.date 06/05/2025)',
    quote:
      "You can create an unlicensed application user in your environment. This application user is given access to your environment's data on behalf of the user who's using your application.",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R26.P3',
    statement:
      'Power Apps, Power Automate or Power Virtual Agents licensed users can create cases, and read, update and delete the cases they created, to enable scenarios including employee self-service; they can’t act as a customer service agent.',
    source: 'P3',
    locator: 'Footnote [1] to the Case table',
    quote:
      "Power Apps, Power Automate, or Power Virtual Agents licensed users can 'create' cases; can 'read', 'update' and 'delete' self-created cases to enable scenarios including employee self-service … Users can't act as a customer service agent",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R26.P9',
    statement:
      'Power Apps users who have a Power Apps license may use custom applications to create, read, update or delete any Dynamics 365 non-restricted table in Dataverse; Power Apps users and devices that need to create, update or delete data in Dynamics 365 restricted tables must be licensed for Dynamics 365.',
    source: 'P9',
    locator: 'Dynamics 365 Licensing Guide 2023, “Multiplexing”, p. 41 (as quoted in the thread)',
    quote: 'may … create, read, update or delete any Dynamics 365 non-restricted table',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },

  // G. Dynamics 365 on-premises
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
  {
    id: 'R27.P22',
    statement:
      'With Dynamics 365 (on-premises) the Dynamics 365 Server licenses are included with the purchase of the Client Access Licenses.',
    source: 'P22',
    locator: '“Basic Licensing Requirements” (Apr 2018 edition)',
    quote:
      'With Dynamics 365 (On-premises) the Dynamics 365 Server License(s) are included with purchase of the Client Access License(s).',
    confidence: 'high',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },

  // H. Portals
  {
    id: 'R28.S37',
    statement:
      'Power Pages is licensed by capacity: authenticated users per site per month in packs of 100, and anonymous users per site per month in packs of 500. Authenticated capacity may cover employees as well as external users; users with Power Apps Premium or Dynamics 365 Enterprise licenses in the same tenant, signing in with Entra ID, are not counted.',
    source: 'S37',
    locator: 'Power Platform licensing FAQs, section “Power Pages” (quote from ms.date 03/31/2025)',
    quote:
      'Power Pages (formerly Power Apps portals) licensing is capacity based and offers two types of capacities based on user type: Authenticated users per website/month and Anonymous users per website/month.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R28.S36',
    statement:
      'Before Power Pages, Power Apps portals counted external authenticated users in logins (a login is a 24-hour pass to one portal) and anonymous users in page views; internal users needed Dynamics 365 Enterprise or Power Apps licenses.',
    source: 'S36',
    locator: 'Licensing FAQ, section “Portals” (quote from ms.date 10/11/2020)',
    quote:
      'Think of a login as a “day pass” to a portal. Once logged in to a portal, subsequent logins (potentially from different devices) during the 24-hour period will not be billable.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R28.P2',
    statement:
      'Internal authenticated users of a Power Pages website can use Power Apps per app (one website, in the environment the per app capacity is assigned to), Power Apps per user (unlimited websites), Dynamics 365 enterprise licenses (unlimited websites that map to the licensed Dynamics 365 application context and its environment) or the Power Pages authenticated user/website subscription. For Power Apps per user and Dynamics 365 enterprise licenses to be recognized, users sign in with their Entra ID through the built-in provider and need the license assigned in the same tenant as the site.',
    source: 'P2',
    locator: 'Power Pages: “If I’m building a Power Pages website for my employees …” (ms.date 03/31/2025)',
    quote:
      'Internal authenticated users of a Power Pages website can use … Power Apps per app … Power Apps per user … Dynamics 365 enterprise … Power Pages authenticated user/website subscription',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  // The brief's id 'R28.P2-anon' would break the register's rule that a fact id ends with ".<source>" (src/domain/
  // advise.test.ts), so the tag goes on the rule part, as in 'R27-external.S42'.
  {
    id: 'R28-anon.P2',
    statement:
      'Anonymous users are users who browse a website and don’t log in. A user who accesses a site both anonymously and authenticated, in the same session or even within the same day (24 hours, UTC), is counted as an authenticated user.',
    source: 'P2',
    locator:
      'Power Pages: “What is an anonymous user …” and “If a user accesses a site anonymously and then logs in …” (ms.date 03/31/2025)',
    quote: 'in the same session or even within the same day … the user will be counted as an authenticated user',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R36.S60',
    statement: 'Authenticated users in Power Pages are represented in Dataverse by contacts, not by system users.',
    source: 'S60',
    locator: 'Power Pages security training module',
    quote: 'Authenticated users in Power Pages are represented in Dataverse by contacts',
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
  {
    id: 'R30.P18',
    statement:
      'External Connector licenses may not be used as a means of reselling or repackaging Dynamics CRM as a hosted service.',
    source: 'P18',
    locator: 'External Connector Licenses, last paragraph',
    confidence: 'medium',
    products: ['crm4', 'crm2011'],
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
    quote: 'Dynamics 365 Customer Service Enterprise (Device SL)',
    confidence: 'medium',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R33.S33',
    statement:
      'Licensing guides are not legally binding: the Product Terms and your agreement govern, and Microsoft may change the guides without notice.',
    source: 'S33',
    locator:
      'Introduction (“not a legally binding licensing rights document”) (quote from “Using This Guide”, September 2021 edition, as read in docslib.org’s copy)',
    quote:
      'This document is about Dynamics 365 licenses, but it is not a legally binding licensing rights document. It also does not supersede or replace any legal documentation covering use rights.',
    confidence: 'high',
    products: ALL,
    deploys: ANY_DEPLOY,
  },
  // K. The second audit (audit2-2026-12.md, sources Q1 … Q12) and the SKU research note (K-sources)
  {
    id: 'R10.Q9',
    statement:
      'CRM 4.0: “An External Connector must be purchased for each server that hosts an application that provides external access to Microsoft Dynamics CRM 4.0 data”: counted by the servers of the external-facing application (two load-balanced portal web servers need two), not by the CRM servers.',
    source: 'Q9',
    locator:
      '“External Connectors” (guide text as quoted verbatim by partner blogs; the EMEA support blog says the same)',
    quote:
      'An External Connector must be purchased for each server that hosts an application that provides external access to Microsoft Dynamics CRM 4.0 data',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R16.Q8',
    statement:
      'Downgrade rights: “Organization may use an earlier version of a Product than the version that is current on the effective date of the Enrollment. For Licenses acquired in the current Enrollment term, the Use Rights for the current version apply to the use of the earlier version.”',
    source: 'Q8',
    locator: 'Clause “For Versioned Software … Downgrade Rights”',
    quote:
      'Organization may use an earlier version of a Product than the version that is current on the effective date of the Enrollment. For Licenses acquired in the current Enrollment term, the Use Rights for the current version apply to the use of the earlier version.',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R26.Q1',
    statement:
      'Power Apps users “can only perform ‘read’ operation on cases created by other users. They cannot ‘update’, ‘resolve’, ‘route’, ‘close’ … on cases created by others. Users can’t act as a customer service agent.” Case needs Dynamics 365 Customer Service Professional or Enterprise; Work Order needs Dynamics 365 Field Service.',
    source: 'Q1',
    locator: 'Footnote [1] to Case; table rows Case and Work Order',
    quote:
      "Power Apps … licensed users can only perform ‘read’ operation on cases created by other users. They cannot ‘update’, ‘resolve’, ‘route’, ‘close’ … on cases created by others. Users can't act as a customer service agent",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R28.Q2',
    statement:
      'Power Apps per app lets one person “run (one custom app or access one Power Pages website)” for $5 per user per app per month; internal users of a site may also be licensed through Dynamics 365 enterprise licenses or Power Pages authenticated capacity.',
    source: 'Q2',
    locator: '“How is Microsoft Power Apps licensed?”; Power Pages sections',
    quote:
      'Power Apps per app enables individual users to run (one custom app or access one Power Pages website) … for $5/user/app/month',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R28-env.Q2',
    statement:
      'Power Pages subscription capacity is assigned to environments: at least 25 authenticated users, and at least 200 anonymous users (then any number from 1), to each environment; one pack of 100 authenticated users can serve three sites in three environments as 25, 35 and 40.',
    source: 'Q2',
    locator:
      '“For subscription-based licenses, what is the minimum number of authenticated and anonymous user capacity I need to assign to an environment?”',
    quote: 'Authenticated users: Minimum quantity that needs to be assigned to an environment is 25',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.Q3',
    statement:
      'Team Members: “Only employee self-serve: create, update, and delete on own case; read knowledgebase articles (Customer Service for Team Members, Portal or API access only)”.',
    source: 'Q3',
    locator: 'Appendix C “Team Members Use Rights Overview”, p. 51',
    quote:
      'Only employee self-serve: create, update, and delete on own case; read knowledgebase articles (Customer Service for Team Members, Portal or API access only)',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R4.Q7',
    statement:
      '“External user access does not extend to the customer or the customer’s affiliate’s contractors, vendors, or agents providing business processes on the customer’s behalf or using Microsoft Dynamics 365 to manage any portions of their business. In this sense, the customer may not use Microsoft Dynamics 365 to provide business process outsourcing services to its clients.”',
    source: 'Q7',
    locator: '“Licensing Requirements for External Users”',
    quote:
      "…However, external user access does not extend to the customer or the customer's affiliate's contractors, vendors, or agents providing business processes on the customer's behalf or using Microsoft Dynamics 365 to manage any portions of their business.…",
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R4.Q11',
    statement:
      'The July 2026 guide, as paraphrased by a third party: vendors or agents who perform business processes on the customer’s behalf are internal users and need licenses, and neither internal nor external access extends to using the environment to provide outsourced business services.',
    source: 'Q11',
    locator: 'p. 67 (paraphrase with page cite)',
    confidence: 'low',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R32.Q10',
    statement:
      'The Product Terms list “Dynamics 365 Customer Service Enterprise (Device SL)” and “Dynamics 365 Field Service (Device SL)”, and the guide’s device text (as a reseller reproduces it) adds the Sales Device: “With device license any number of users can access a licensed device”.',
    source: 'Q10',
    locator: 'Availability chart; “Device”',
    quote: 'Dynamics 365 Customer Service Enterprise (Device SL) … Dynamics 365 Field Service (Device SL)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R35.Q5',
    statement:
      '“There’s a maximum limit of seven non-interactive users per instance.” “Agent users (preview) … have agent identities in Microsoft Entra Agent ID and are added into the Dataverse environment to get data access.”',
    source: 'Q5',
    locator: '“User types”',
    quote: 'There’s a maximum limit of seven non-interactive users per instance.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R35.Q11',
    statement:
      'AI agents are metered in Copilot Credits, not by user licenses (a third party’s paraphrase of the July 2026 guide).',
    source: 'Q11',
    locator: 'Copilot and agents sections (paraphrase)',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R37.Q2',
    statement:
      'Copilot chat and form fill in model-driven apps need one of: “Dynamics 365 Sales Enterprise or Sales Premium, Dynamics 365 Customer Insights, Dynamics 365 Field Service, Dynamics 365 Project Operations”.',
    source: 'Q2',
    locator: '“Licensing for Copilot chat …”',
    quote:
      'Dynamics 365 Sales Enterprise or Sales Premium, Dynamics 365 Customer Insights, Dynamics 365 Field Service, Dynamics 365 Project Operations',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R37.Q11',
    statement:
      'Customer Service Premium includes Customer Service Enterprise and Contact Center (Digital + Voice); Contact Center is also sold on its own per user; Customer Insights (marketing) is licensed per tenant by unified or interacted people, not per marketer (a third party’s paraphrase of the July 2026 guide).',
    source: 'Q11',
    locator: 'pp. 17, 21, 25 (paraphrase with page cites)',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R24.K10',
    statement: '“As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance.”',
    source: 'K10',
    locator: 'Move from Customer Service Enterprise to Customer Service Professional',
    quote: 'As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },

  // M. Dynamics 365 at the license a partner orders (d365-sku-2026-12.md, K-sources; vocabulary version 3)
  {
    id: 'R38.K1',
    statement:
      'Microsoft’s service-plan reference names each Dynamics 365 product a tenant can hold by a String ID and a GUID, e.g. Sales Professional D365_SALES_PRO, Sales Enterprise DYN365_ENTERPRISE_SALES, Customer Service Enterprise DYN365_ENTERPRISE_CUSTOMER_SERVICE, Field Service DYN365_ENTERPRISE_FIELD_SERVICE, and each attach offer its own “… Attach to Qualifying Dynamics 365 Base Offer” ID.',
    source: 'K1',
    locator: 'Product names and service plan identifiers (table, last updated October 29, 2025)',
    quote:
      'The following table lists the most commonly used Microsoft online service products and provides their various ID values.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R39.K4',
    statement:
      '“You can use Sales Enterprise, Sales Premium, and Microsoft Relationship Sales licenses to access the Sales Hub app. Sales Professional users are entitled to use the Sales Professional app only.”',
    source: 'K4',
    locator: 'Licenses and storage FAQs, Sales Hub entitlement',
    quote:
      'You can use Sales Enterprise, Sales Premium, and Microsoft Relationship Sales licenses to access the Sales Hub app. Sales Professional users are entitled to use the Sales Professional app only.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R39.K5',
    statement:
      'Sales Enterprise adds to Sales Professional’s subset of records forecasting (“Forecast sales”), playbooks (“Enforce best practices with playbooks”) and marketing campaigns (“Run and track marketing campaigns”); Sales Premium adds relationship intelligence, predictive models and predictive forecasting.',
    source: 'K5',
    locator:
      'Welcome to Dynamics 365 Sales, “Choose the offering that fits your needs” (quote from ms.date 11/09/2022)',
    quote:
      'With Sales Enterprise, your sales organization can automate the sales process from lead to cash, run marketing campaigns, enforce best practices, collaborate with customers, and much more.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R39.K6',
    statement:
      '“When you setup sales accelerator with the Dynamics 365 Sales Enterprise license, you get only 1500 sequence-connected records per month. If you require more capacity, you must purchase a license for Dynamics 365 Sales Premium.”',
    source: 'K6',
    locator: 'Digital selling capabilities in Sales Enterprise',
    quote:
      'When you setup sales accelerator with the Dynamics 365 Sales Enterprise license, you get only 1500 sequence-connected records per month. If you require more capacity, you must purchase a license for Dynamics 365 Sales Premium.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R39.K3',
    statement:
      'Microsoft Relationship Sales is Sales Enterprise together with LinkedIn Sales Navigator Enterprise (“Microsoft Relationship Sales (Sales Enterprise + LinkedIn Sales Navigator Enterprise)”).',
    source: 'K3',
    locator: 'Buy Dynamics 365 Sales, list of licenses',
    quote: 'Microsoft Relationship Sales (Sales Enterprise + LinkedIn Sales Navigator Enterprise)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R40.K11',
    statement:
      'Unified routing, which assigns cases and other records to agents automatically, needs Customer Service Enterprise: “You must have the Customer Service Enterprise license.”',
    source: 'K11',
    locator: 'FAQ about unified routing, “What SKUs must I have to get unified routing?”',
    quote: 'You must have the Customer Service Enterprise license.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R40.K10',
    statement:
      'Customer Service Professional is “targeted at businesses that have fewer needs and don’t require the full capabilities that are offered by Customer Service Enterprise”.',
    source: 'K10',
    locator: 'Move from Customer Service Enterprise to Customer Service Professional, introduction',
    quote:
      'targeted at businesses that have fewer needs and don’t require the full capabilities that are offered by Customer Service Enterprise',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R40.K13',
    statement:
      'Dynamics 365 Contact Center (live chat, messaging and voice) is licensed either standalone or as an add-on for Customer Service Enterprise, each as Digital, Voice or both.',
    source: 'K13',
    locator:
      'System requirements for Dynamics 365 Contact Center, “Licenses” (quote from ms.date 02/05/2025, the last version with the license tables)',
    quote:
      'Before you can use Dynamics 365 Contact Center with Dynamics 365 Customer Service Enterprise, each channel user must have one or more active subscriptions for the following add-on licenses.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R41.K17',
    statement:
      '“There are two types of licenses for Field Service: The standard Dynamics 365 Field Service license that includes all core features and capabilities. The Dynamics 365 Field Service Contractor license that includes a subset of the core features and capabilities for third-party technicians.”',
    source: 'K17',
    locator: 'Buy a Dynamics 365 Field Service license',
    quote:
      'There are two types of licenses for Field Service: The standard Dynamics 365 Field Service license that includes all core features and capabilities. The Dynamics 365 Field Service Contractor license that includes a subset of the core features and capabilities for third-party technicians.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R41.K18',
    statement:
      '“Every individual that needs access to the Dynamics 365 Field Service application needs a user account, a Field Service license, and the right level of permissions.”',
    source: 'K18',
    locator: 'Set up users, licenses, and security roles',
    quote:
      'Every individual that needs access to the Dynamics 365 Field Service application needs a user account, a Field Service license, and the right level of permissions.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R42.K21',
    statement:
      'Base and attach: “Buy the first base user license at standard pricing … Buy attach licenses for the same user at an attach license price”; “The Base user license must always be the higher priced license”; “Only assigned user licenses (not device licenses or unassigned licenses) may be bought as an attach license.”',
    source: 'K21',
    locator: 'Licensing guides: Nov 2021 p. 6, Apr 2021 and Jun 2022 “Base and Attach licensing”',
    quote:
      'Buy the first base user license at standard pricing … Buy attach licenses for the same user at an attach license price',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R42-mix.K21',
    statement:
      '“Enterprise and Professional licenses may not be mixed” (March 2024 guide); “as an Enterprise license includes the Professional capabilities for the same workload, an Enterprise user may access the Professional application instance” (April 2020 guide, as quoted).',
    source: 'K21',
    locator:
      'Licensing guides: Mar 2024 “Full user access licenses”; Apr 2020 as quoted in community.dynamics.com thread 560a5a45',
    quote:
      'as an Enterprise license includes the Professional capabilities for the same workload, an Enterprise user may access the Professional application instance',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R43.K19',
    statement:
      'Customer Insights – Journeys is not priced per user: the tenant buys the offer, its users get free user licenses, and “If you have Dynamics 365 Sales, Dynamics 365 Customer Service, Dynamics 365 Field Service … with 10 or more users, you can purchase the reduced price “attach” license.”',
    source: 'K19',
    locator: 'Purchase Dynamics 365 Customer Insights - Journeys',
    quote: 'with 10 or more users … reduced price "attach" license',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R44.Q11',
    statement:
      'A partner’s reading of the July 2026 guide: Project Operations has a minimum of 20 licenses, and a Field Service Contractor license needs at least one Field Service license in the organization.',
    source: 'Q11',
    locator: 'Dynamics 365 Licensing — Complete Report, pp. 30 and 45',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
] as const satisfies readonly CitedFact[]

export type FactId = (typeof list)[number]['id']

// A product modelled on another (products.ts) holds the other's facts.
export const FACTS: Readonly<Record<FactId, Fact>> = Object.fromEntries(
  list.map((f): [FactId, Fact] => [f.id, { ...f, products: withModelled(f.products) }]),
) as Record<FactId, Fact>

export const FACT_IDS: readonly FactId[] = list.map((f) => f.id)

/**
 * The facts of `ids` that hold for the answers' product and deployment, in order. Everything the advice cites goes
 * through here: a caveat or rule written for several versions names each version's fact, and each path shows only
 * its own. `coherence.test.ts` fails where a list keeps none.
 */
export function citedOn(answers: { product?: Product; deploy?: Deploy }, ids: readonly FactId[]): FactId[] {
  const { product, deploy } = answers
  if (product === undefined || deploy === undefined) return []
  return ids.filter((id) => FACTS[id].products.includes(product) && FACTS[id].deploys.includes(deploy))
}
