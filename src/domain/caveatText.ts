// The caveats' titles and texts in English, by caveat id (caveats.ts); their German is caveatText.de.ts (Localized).
export const CAVEAT_TEXT = {
  'honor-system': {
    title: 'The product does not check the license type',
    text: 'CRM does not enforce what a license allows: it is an honor system, and audits compare what people do with what was bought. Record each user’s license basis (for example a custom “License basis” field on the user record, with a report on it) and give each user security roles that match their license.',
  },
  'honor-system-d365': {
    title: 'The product does not check the license type',
    text: 'Dynamics 365 on your own servers does not enforce what a CAL allows: Team Members limits are checked only online, and the Customer Service Team Member app is not available on premises. Audits compare what people do with what was bought. Record each user’s license basis (for example a custom “License basis” field on the user record, with a report on it) and give each user security roles that match their CAL.',
  },
  'enforcement-d365': {
    title: 'Only some limits are enforced',
    text: 'Dynamics 365 online restricts Team Members licenses to the Team Member apps: for new environments from April 2020, and for existing ones after a grace period that ran to 30 June 2020 (partners report it extended to 31 January 2021); licenses bought before October 2018 keep their old rights until renewal. Most other limits, such as what a portal or custom app may do with restricted tables, are still yours to keep. Record each user’s license basis and match security roles to it.',
  },
  multiplexing: {
    title: 'Portals, service accounts and integrations do not reduce licenses',
    text: 'Every person who sees or changes CRM data through another tier needs the license their own answers lead to, however the connection is pooled. The integration’s or portal’s own account never licenses the people behind it.',
  },
  'service-account-online': {
    title: 'The integration’s own account',
    text: 'Online, the account an integration or portal signs in with can be an application user (no license, no limit) or a non-interactive user (no license, at most seven per environment); keep it in that mode, never used by people.',
  },
  'service-account-onprem': {
    title: 'The integration’s own account',
    text: 'On your own servers no source shows an account that needs no license: the account an integration or portal signs in with is a CRM user with a CAL of its own (for CRM 2013 to 2016, Microsoft names the Essential CAL), besides the licenses of the people behind it.',
  },
  'connector-users': {
    title: 'Which user to create, and keeping their data apart',
    text: 'The External Connector is a license on paper: external users are “full CRM users”, so create a CRM user record for each external user (or one per partner application) for the security model to apply to them, and make sure they never use the CRM web, Outlook or mobile clients. Keep each customer’s data apart with business units and security roles, or a separate organization per customer.',
  },
  'connector-users-2011': {
    title: 'Which user to create, and keeping their data apart',
    text: 'How to set this up is practice, not a licensing rule: create a CRM user record for each external user (or one per partner application) so the security model applies to them, and make sure they never use the CRM web, Outlook or mobile clients. Keep each customer’s data apart with business units and security roles, or a separate organization per customer on the same server: the connector counts servers, not organizations.',
  },
  'connector-spla': {
    title: 'No External Connector under SPLA',
    text: 'A provider that hosts CRM for other organizations licenses every person authorized to reach it, directly or through a portal, with a monthly Subscriber Access License (SAL) under SPLA. Licenses bought through retail or volume programs, an External Connector among them, may not serve other organizations, so one connector per organization (or per server) is not an option here. Only an organization that runs its own licenses on the provider’s hardware (License Mobility, below) counts connectors as on its own servers.',
  },
  'connector-spla-crm4': {
    title: 'No External Connector under SPLA',
    text: 'A provider that hosts CRM for other organizations licenses every person authorized to reach it, directly or through a portal, with a monthly Subscriber Access License (SAL) under SPLA. Licenses bought through retail or volume programs, an External Connector among them, may not serve other organizations.',
  },
  'hosted-users': {
    title: 'Which user to create, and keeping their data apart',
    text: 'Count a SAL for each person authorized to reach the hosted CRM, whether or not they get a CRM user record of their own: a portal’s or integration’s shared account never licenses the people behind it. How to set it up is practice, not a licensing rule: give each hosted organization a CRM organization of its own; inside it, keep each client’s people apart with business units and security roles where they have their own user record, and with the portal’s permissions by account where they only sign in to the portal.',
  },
  'ess-ratio': {
    title: 'No ratio of full to Employee Self Service CALs',
    text: 'No CRM 2011 licensing text we have read sets a ratio of full CALs to Employee Self Service CALs, or a minimum of full CALs: this is the absence of a rule, not a quoted one. Each person needs the CAL for what they do, whatever the others hold.',
  },
  'ess-within': {
    title: 'Keeping an Employee Self Service user within it',
    text: 'An ESS user works through an application other than the Dynamics CRM client, so not the CRM web client or CRM for Outlook, reads accounts, contacts, cases, leads, activities and custom records, creates them and updates records others created, and never assigns, shares or deletes. CRM has no ESS license type and does not enforce these limits: give them security roles without assign, share or delete privileges, no access to the CRM clients, and record their license basis (see “The product does not check the license type”).',
  },
  'portal-contacts': {
    title: 'Which record they are, and keeping their data apart',
    text: 'People who sign in to a portal are contacts, not CRM users: give them a contact record and web roles, and keep each customer’s data apart with table permissions scoped to the contact or its account.',
  },
  'tenant-business': {
    title: 'Another company’s business in your system',
    text: 'External access does not extend to people who use the system to manage part of their own business, and Dynamics 365 may not be used to provide business-process outsourcing to your clients. License that company’s staff as users (or give it its own tenant or deployment).',
  },
  'marketing-social': {
    title: 'Dynamics Marketing and Social Engagement are different',
    text: 'External access is included with CRM Online, except for Microsoft Dynamics Marketing and Microsoft Social Engagement, where external users must be licensed too.',
  },
  'admin-mode': {
    title: 'Keep administrators in the administrative access mode',
    text: 'An administrator needs no license only while their user is set to the administrative access mode, which sees settings but no business records. The moment they open accounts, cases or reports they need the license of what they do. Integration accounts likewise belong in the non-interactive or application-user modes, never used as a proxy for unlicensed people.',
  },
  device: {
    title: 'User or device',
    text: 'A device license covers one device for any number of people who take turns on it, not at the same time. A person licensed only through a device who also works from another device needs a license of their own.',
  },
  'business-process': {
    title: 'Work done on your behalf is not external use',
    text: 'External access does not cover contractors, vendors or agents who run business processes for you, nor people who use the service to manage part of their own business. If this person does your work, license them as an internal user.',
  },
  'business-process-crm-online': {
    title: 'Work done on your behalf is not external use',
    text: 'External access does not cover onsite contractors, vendors and users performing business processes on your behalf.',
  },
  'connector-count': {
    title: 'How many connectors',
    text: 'A CRM 4.0 External Connector is counted per server that hosts the application giving external users access (the guide: “each server that hosts an application that provides external access to Microsoft Dynamics CRM 4.0 data”): two load-balanced portal web servers need two, whatever the number of CRM servers or organizations.',
  },
  'connector-count-2011': {
    title: 'How many connectors',
    text: 'A CRM 2011 External Connector is counted per CRM server that external users’ applications access (the guide, December 2012: “each server that permits access to Dynamics CRM 2011 server software by external users”), not per organization or per portal web server: one CRM server with several organizations needs one, two CRM servers need two.',
  },
  'online-minimum': {
    title: 'Minimum of five Professional subscriptions',
    text: 'A CRM Online subscription needed at least five Professional subscriptions before Basic and Essential ones could be added.',
  },
  'd365-app-family': {
    title: 'Which app, and which edition',
    text: 'Case work needs Customer Service (Professional or Enterprise) and work orders need Field Service; leads and opportunities need Sales. A Sales license does not cover a field technician’s work orders, nor Customer Service a seller’s opportunities. Enterprise and Professional users may not be mixed in one environment (“As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance”).',
  },
  'd365-copilot-marketing': {
    title: 'Copilot, contact centers and marketing are licensed apart',
    text: 'Copilot chat and form fill in the apps need Sales Enterprise or Premium, Customer Insights, Field Service or Project Operations (Microsoft’s Power Platform FAQ). A partner’s reading of the July 2026 guide adds: Customer Service Premium includes Contact Center (digital and voice), which is also sold on its own per user, and Customer Insights for marketing is licensed per tenant by the people it reaches, not per marketer: for marketing work, check that offer rather than an app license per person.',
  },
  'base-attach': {
    title: 'Second apps cost less',
    text: 'A person’s first Dynamics 365 app is a full-price base license; further qualifying apps on the same person are cheaper attach licenses.',
  },
  'portal-eras': {
    title: 'Older portals were counted differently',
    text: 'Power Apps portals (2019 to 2023 renewals) counted logins and page views instead of users per month, and internal users needed Dynamics 365 Enterprise or Power Apps licenses. Check which offer your tenant is on.',
  },
  guests: {
    title: 'Guests are licensed in your tenant',
    text: 'A person from another company who signs in to your Dynamics 365 apps as a guest needs a license assigned in your tenant; a license in their own company’s tenant does not count.',
  },
  'license-mobility': {
    title: 'Or the hosted organization brings its own licenses',
    text: 'With Software Assurance, an organization can run its own server licenses on a provider’s shared hardware through License Mobility, each instance dedicated to it, instead of the provider licensing through SPLA.',
  },
  'agent-users': {
    title: 'AI agents',
    text: 'Copilot Studio agents can be added to an environment as agent users (in preview), with identities in Microsoft Entra Agent ID; like application users they hold no user license. A partner’s reading of the July 2026 guide says agents are metered in Copilot Credits; no Microsoft text on that was read. The people who use an agent are licensed on their own answers.',
  },
  'public-signs-in': {
    title: 'The product’s own apps need a sign-in',
    text: 'Nobody uses the product’s own apps without signing in: a person who does is a named user, not an anonymous visitor. The license shown is a named user’s; answer again with who the person is (an individual customer, for example) to check it.',
  },
  guides: {
    title: 'Guides are not contracts',
    text: 'This advice is built from licensing guides and commentary. The Product Terms, the Product Use Rights and your agreement in force when the licenses were bought govern.',
  },
}
