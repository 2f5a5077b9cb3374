import { withModelled } from './eras'
import { FACT_STATEMENTS } from './factText'
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

// Typing the source as SourceId makes a fact that cites a source missing from the register a compile error. The
// statement is the one part a translation replaces, so it lives in factText.ts.
type CitedFact = Omit<Fact, 'statement'> & { source: SourceId }

const ALL: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365']
const SELF_HOSTED: readonly Deploy[] = ['onprem']
const ONLINE: readonly Deploy[] = ['online']
const ANY_DEPLOY: readonly Deploy[] = ['onprem', 'online', 'hosted']
const CRM13_16: readonly Product[] = ['crm2013', 'crm2016']

const list = [
  // A. Who is internal, who is external
  {
    id: 'R1.S1',
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
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R1.S28',
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
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R7.S39',
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
    source: 'P23',
    locator: 'preact.co.uk (“From 31st January 2021 …”); ledgeviewpartners.com (“Online customers only”)',
    confidence: 'low',
    products: ['d365'],
    deploys: ['online', 'onprem'],
  },

  // C. CRM 4.0
  {
    id: 'R8.S3',
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
    source: 'S5',
    locator: 'Reading of the January 2008 Product Use Rights',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R9.S14',
    source: 'S14',
    locator: 'New CRM 2011 licensing options',
    confidence: 'high',
    products: ['crm4'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R10.S1',
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
    source: 'S7',
    locator: 'Examples A and B',
    confidence: 'low',
    products: ['crm4', 'crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R36.P17',
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
    source: 'S12',
    locator: 'Client Access License overview, Limited CAL',
    quote: 'The Limited CAL provides a user with full read-only access (e.g., for reports) and limited write access',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R16.S20',
    source: 'S20',
    locator: 'Update quoting the CRM quick reference guide',
    confidence: 'high',
    products: ['crm2011', 'crm2013', 'crm2016'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R16.S27',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },
  {
    id: 'R17.S21',
    source: 'S21',
    locator: 'Microsoft Dynamics CRM: Licensing Models',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: ONLINE,
  },
  {
    id: 'R17.S22',
    source: 'S22',
    locator: 'CRM Online New CAL Options (Update Rollup 12)',
    confidence: 'medium',
    products: ['crm2011'],
    deploys: ONLINE,
  },
  {
    id: 'R13.P14',
    source: 'P14',
    locator: 'Employee Self Service user/device CAL product page, use rights list',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R14.P15',
    source: 'P15',
    locator: 'Client Access License overview, Limited CAL',
    quote: 'The Limited CAL provides a user with full read-only access (e.g., for reports) and limited write access',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.P15',
    source: 'P15',
    locator: 'Client Access License overview, device CAL',
    quote: 'With a device CAL, the CAL is assigned to a device and may be shared by non-concurrent users over time',
    confidence: 'high',
    products: ['crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R15.P12',
    source: 'P12',
    locator: '“External Connectors”, p. 12 (Dec 2012 edition)',
    quote: 'each server that permits access to Dynamics CRM 2011 server software by external users',
    confidence: 'high',
    products: ['crm2011'],
    deploys: ['onprem', 'hosted'],
  },
  {
    id: 'R15.P13',
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
    source: 'P24',
    locator: 'Clause “External users” (unattributed reproduction)',
    confidence: 'low',
    products: ['crm2011'],
    deploys: ONLINE,
  },

  // E. CRM 2013 – 2016
  {
    id: 'R18.S23',
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
    source: 'S24',
    locator: 'Three Online User Licensing Choices (July 2013 list prices)',
    confidence: 'medium',
    products: CRM13_16,
    deploys: ONLINE,
  },
  {
    id: 'R19.S25',
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
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },
  {
    id: 'R18.P19',
    source: 'P19',
    locator: 'License types table, Essential row',
    quote: 'would be used by an external service or application to log into CRM',
    confidence: 'high',
    products: CRM13_16,
    deploys: ['onprem', 'online'],
  },
  {
    id: 'R33.P11',
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
    source: 'S32',
    locator: 'Licensing Requirements for External Users',
    quote: 'Customer Engagement Applications graphical user interfaces may not be accessed by external users…',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R21.S28',
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
    source: 'S41',
    locator: 'Issue #694, answer of the documentation owner (quote: the documentation owner’s reply of 2019-01-23)',
    quote: 'A Dynamics 365 for Customer Engagement license for the second tenant (Tenant B) is required.',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.S34',
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
    source: 'S51',
    locator: 'Base and attach pricing (October 2019)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R24.S52',
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
    source: 'S33',
    locator: 'Administrative access',
    quote: 'Admins do not need any license to configure and administer',
    confidence: 'high',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R25.S39',
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
    source: 'P4',
    locator: 'Introduction; “Use the Customer Service Team Member app” and its note (ms.date 09/18/2026)',
    quote: 'create, read, update, and close cases that you created',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.P5',
    source: 'P5',
    locator: 'Issue #1645, reply by neeranelli (2020-03-05)',
    quote: 'a team member can create and update cases only within the context of Employee Self Service',
    confidence: 'medium',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R23.P6',
    source: 'P6',
    locator: 'Introduction; designated apps',
    quote: "users who might consume data or reports … but don't require full user capabilities",
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R8.P7',
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
    source: 'S42',
    locator: 'Reading of the December 2016 Product Terms, pp. 17-19',
    confidence: 'low',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R27.S43',
    source: 'S43',
    locator: 'Table of contents, “Licensing Requirements for External Users”',
    confidence: 'low',
    products: ['d365'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R27.P22',
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
    source: 'S10',
    locator: 'SPLA',
    confidence: 'medium',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R29.S48',
    source: 'S48',
    locator: 'Understanding Microsoft Dynamics Licensing; Licensing in a Hosted Model',
    confidence: 'medium',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R30.S9',
    source: 'S9',
    locator: 'External Connector for SPLA/Hosted CRM (quoting Crayon)',
    confidence: 'low',
    products: ALL,
    deploys: ['hosted'],
  },
  {
    id: 'R31.S49',
    source: 'S49',
    locator: 'License Mobility through Software Assurance',
    confidence: 'medium',
    products: ['crm2011', 'crm2013', 'crm2016', 'd365'],
    deploys: ['hosted'],
  },
  {
    id: 'R30.P18',
    source: 'P18',
    locator: 'External Connector Licenses, last paragraph',
    confidence: 'medium',
    products: ['crm4', 'crm2011'],
    deploys: ['hosted'],
  },

  // J. Devices and the standing of the guides
  {
    id: 'R32.S5',
    source: 'S5',
    locator: 'Reading of the January 2008 Product Use Rights',
    confidence: 'high',
    products: ['crm4', 'crm2011'],
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.S27',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'high',
    products: CRM13_16,
    deploys: SELF_HOSTED,
  },
  {
    id: 'R32.S54',
    source: 'S54',
    locator: 'Microsoft Dynamics 365 Services, product availability',
    quote: 'Dynamics 365 Customer Service Enterprise (Device SL)',
    confidence: 'medium',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R33.S33',
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
    source: 'Q11',
    locator: 'p. 67 (paraphrase with page cite)',
    confidence: 'low',
    products: ['d365'],
    deploys: ANY_DEPLOY,
  },
  {
    id: 'R32.Q10',
    source: 'Q10',
    locator: 'Availability chart; “Device”',
    quote: 'Dynamics 365 Customer Service Enterprise (Device SL) … Dynamics 365 Field Service (Device SL)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R35.Q5',
    source: 'Q5',
    locator: '“User types”',
    quote: 'There’s a maximum limit of seven non-interactive users per instance.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R35.Q11',
    source: 'Q11',
    locator: 'Copilot and agents sections (paraphrase)',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R37.Q2',
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
    source: 'Q11',
    locator: 'pp. 17, 21, 25 (paraphrase with page cites)',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R24.K10',
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
    source: 'K3',
    locator: 'Buy Dynamics 365 Sales, list of licenses',
    quote: 'Microsoft Relationship Sales (Sales Enterprise + LinkedIn Sales Navigator Enterprise)',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R40.K11',
    source: 'K11',
    locator: 'FAQ about unified routing, “What SKUs must I have to get unified routing?”',
    quote: 'You must have the Customer Service Enterprise license.',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R40.K10',
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
    source: 'K19',
    locator: 'Purchase Dynamics 365 Customer Insights - Journeys',
    quote: 'with 10 or more users … reduced price "attach" license',
    confidence: 'high',
    products: ['d365'],
    deploys: ONLINE,
  },
  {
    id: 'R44.Q11',
    source: 'Q11',
    locator: 'Dynamics 365 Licensing — Complete Report, pp. 30 and 45',
    confidence: 'low',
    products: ['d365'],
    deploys: ONLINE,
  },
] as const satisfies readonly CitedFact[]

export type FactId = (typeof list)[number]['id']

// Keyed by exactly the fact ids: a fact without a statement, or a statement without a fact, is a compile error. The
// check is here, where the ids are, as the text module may not import this one.
const STATEMENTS: Readonly<Record<FactId, string> & Record<Exclude<keyof typeof FACT_STATEMENTS, FactId>, never>> =
  FACT_STATEMENTS

// A product modelled on another (products.ts) holds the other's facts. The statement goes second, where it stood.
export const FACTS: Readonly<Record<FactId, Fact>> = Object.fromEntries(
  list.map(({ id, ...f }): [FactId, Fact] => [
    id,
    { id, statement: STATEMENTS[id], ...f, products: withModelled(f.products) },
  ]),
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
