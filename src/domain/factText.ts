// The facts' statements in English, by fact id (facts.ts); their German is factText.de.ts (Localized).
export const FACT_STATEMENTS = {
  'R1.S1':
    'External users are not your or your affiliates’ employees, nor your or your affiliates’ onsite contractors or agents: those internal users must be licensed whatever client or intermediary they use.',
  'R1.S2':
    'External users do not include employees, independent contractors, agents, service providers or other persons providing services to or on behalf of the organization (no “onsite” qualifier).',
  'R1.S27':
    'Internal users are employees, on-site agents, on-site contractors and other on-site vendors; each needs a CAL.',
  'R1.S28':
    'Third-party users exclude the customer’s contractors or agents; the definition does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
  'R1.S32':
    'Employees and on-site agents, vendors or contractors who directly or indirectly access the service must be licensed.',
  'R2.S32':
    'External users are end customers and third parties; off-site vendors that are not in an employee-like relationship (for example an IT help-desk vendor serving several organizations) are external too.',
  'R2.S1': 'External users are your customers, partners, suppliers and other end users who are not your employees.',
  'R4.S32':
    'External-user access does not extend to contractors, vendors or agents who run business processes on your behalf, nor to people using Dynamics 365 to manage any portion of their own business; the service may not be used to provide business-process outsourcing.',
  'R4.S28':
    'External access does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
  'R1.P1':
    'Before 1 October 2024 (“Currently”), “External Users” are users that are not employees, onsite contractors or onsite agents of the customer or its affiliates: only onsite contractors and agents are excluded, so an off-site contractor falls outside the exclusion.',
  'R3.P1':
    'Effective 1 October 2024, “External Users” are users that are not (a) employees of the customer or its affiliates, (b) contractors or agents that typically work for the customer or its affiliates for more than 30 hours on average per week, or (c) contractors or agents that typically work onsite for the customer or its affiliates on each working day. The change only applies to customers who sign an enrollment or agreement on or after 1 October 2024; the products it names include Dynamics 365.',
  'R1.P12':
    'For CRM 2011, “External Users” are users who are not either (i) your or your affiliates’ employees, or (ii) your or your affiliates’ onsite contractors or agents; they also do not include hosted-software service users, such as those licensed through SPLA.',
  'R1.P21':
    'Off-site vendors are considered external users only when their time is shared between multiple customer organizations and they are not in an employee-like relationship.',
  'R1.P11':
    'Access by external (third-party) users is included with the subscription; they need no user subscriptions unless they use the CRM client applications and graphical user interface. Third-party users are users that are not the customer’s employees or its contractors or agents, and the definition does not extend to onsite contractors, vendors and users performing business processes on the customer’s behalf.',
  'R10.P16':
    'A change note of the CRM 4.0 guide replaced the External Connector description: external users do not include employees, independent contractors, agents, service providers or other persons providing services to or on behalf of the organization. This has no “onsite” qualifier and so conflicts with the guide wording quoted for S1, which excludes only onsite contractors or agents.',
  'R4.P10':
    'The November 2021 guide makes external user access “available in limited situations to customers and third parties”. The limits themselves (external users may not use the Customer Engagement application screens, and external access does not extend to contractors, vendors or agents providing business processes on the customer’s behalf or using Dynamics 365 to manage any portions of their business) were read in the July 2017 edition of the guide, not in the Nov 2021 copy.',
  'R5.S8':
    'Pooling connections, a service account, a portal, middleware or an integration does not reduce the licenses needed: every user or device that inputs, queries or views CRM data, however many tiers sit in between, must be licensed.',
  'R5.S44':
    'Multiplexing does not reduce the number of CALs required: users or devices that access the server indirectly through other hardware or software still need the appropriate CALs.',
  'R6.S44':
    'If data reaches a person only through a manual activity (for example a colleague exports a report and e-mails it), that person needs no CAL.',
  'R7.S27':
    'The restrictions of the license types are not enforced by the product: customers should create security roles that match the license each user holds.',
  'R7.S39':
    'The license types the product records on a user are Administrative, Device Full, Device Limited, Full and Limited: there is no value for Employee Self Service or Essential, so those are kept by honor.',
  'R5.P8':
    '“Multiplexing” is when individuals use hardware or software to pool connections, reroute or indirectly access information, and/or reduce the number of devices or users that directly access or use a product.',
  'R7.P4': 'The Customer Service Team Member app isn’t supported with Dynamics 365 Customer Engagement (on-premises).',
  'R7.P6':
    'Team Members licenses are enforced technically by app for new instances from April 2020; existing instances had a grace period until 30 June 2020.',
  'R7.P23':
    'Partners report that from 31 January 2021 the technical enforcement was extended to all customers with users on the new Team Member licence, and that it affects Dynamics 365 online customers only, with no effect on on-premises.',
  'R8.S3':
    'A user in Administrative access mode works only in the Settings area, sees no sales, marketing or service data, and does not consume a CAL.',
  'R8.S4': 'Any number of users may be set to the Administrative access mode, which consumes no CAL.',
  'R9.S5':
    'CRM 4.0 has two CALs: the Limited CAL (read-only) and the Full Use Additive CAL that adds write access; together they make the full CAL. Both exist per user and, new in 4.0, per device.',
  'R9.S14':
    'The Employee Self Service CAL is entirely new in CRM 2011: CRM 4.0 has no self-service CAL, so writing through a portal needs a full CAL.',
  'R10.S1':
    'The External Connector lets any number of external users use CRM data through any application or interface other than the CRM clients; one is needed for each server that hosts an application providing external access. The Limited External Connector is read-only; adding the Full Use Additive External Connector gives read-write.',
  'R10.S2':
    'The External Connector cannot be used for employees, contractors or agents (for example call-centre staff), and never covers access through the CRM clients.',
  'R11.S7':
    'A public web form that only writes data into CRM (such as lead capture) without showing visitors any CRM data did not need an External Connector; a site where customers view and maintain their CRM data did.',
  'R36.P17':
    'External user accounts need to be created in the internal organization to grant access and enforce the security model: “They are full CRM users”.',
  'M1.S56':
    'CRM Online for CRM 4.0 (first called CRM Live) was sold per user in Professional and Professional Plus editions on 12- or 24-month terms; its list prices and its terms for external users could not be verified.',
  'R12.S12':
    'The CRM 2011 CALs stack up: Employee Self Service (ESS); ESS plus the Limited Use Additive CAL gives the Limited CAL; Limited plus the Full Use Additive CAL gives the full CAL. Each has user and device variants.',
  'R13.S12':
    'The ESS CAL gives internal users limited API access and limited read-write access through any application or interface other than the CRM client.',
  'R14.S12':
    'The Limited CAL gives full read access to all data and limited write access in the web, Outlook and mobile clients.',
  'R16.S20':
    'The External Connector left the price list in January 2014; from the CRM 2013 licensing model on, access by external users is included with the server license, and CALs are needed only if they use the CRM client applications.',
  'R16.S27': 'External users do not need a CAL unless they use the CRM client applications.',
  'R17.S21':
    'CRM Online 2011 sold one read-write user subscription (about $44 per user per month) that every internal user needs; external users who access the service without using any of its software need none.',
  'R17.S22':
    'From Update Rollup 12, CRM Online added Administrative and Non-interactive access modes at the same price; no self-service subscription comparable to the ESS CAL was offered.',
  'R13.P14':
    'The ESS CAL gives read-only access to accounts, contacts, cases, leads, activities and custom entity records; data privileges to create those records and to append, append to and update records created by other CRM users; use of any application or graphical user interface other than the Dynamics CRM client; and no data privileges to assign, share or delete records.',
  'R14.P15':
    'The Limited CAL provides a user with full read-only access (for example for reports) and limited write access.',
  'R32.P15': 'With a device CAL, the CAL is assigned to a device and may be shared by non-concurrent users over time.',
  'R15.P12':
    'CRM 2011 external users are not your or your affiliates’ employees, nor your or your affiliates’ onsite contractors or agents, nor hosted-software service users already licensed through SPLA. An External Connector must be purchased for each server that permits access to Dynamics CRM 2011 server software by external users; the alternative is for every external user to acquire a CAL.',
  'R15.P13':
    'The February 2012 guide updated the use rights of the External Connector to include unlimited read-only access and limited write access.',
  'R17.P24':
    'A reproduced CRM Online use-rights clause says the customer does not need to purchase additional user accounts for external users who access the service without using any of the software; “external users” are users that are not the customer, or its employees, affiliates, contractors or agents.',
  'R18.S23':
    'From CRM 2013 there are three licenses chosen by function, not by client: Essential (custom entities, activities, the SDK; usable through the web application for purpose-built apps), Basic (adds accounts, contacts, cases, leads, reports and dashboards; opportunities read-only) and Professional (everything).',
  'R18.S25': 'The Essential license has no rights to accounts, contacts, leads or cases.',
  'R19.S24': 'CRM Online from Fall 2013 cost $65 (Professional), $30 (Basic) and $15 (Essential) per user per month.',
  'R19.S25':
    'A new CRM Online subscription needs at least 5 Professional subscriptions, after which any number of Basic and Essential can be added.',
  'R20.S27':
    'On premises, CRM is licensed as a server license plus CALs; every internal user needs a CAL set with a license type in the application, and user and device CALs exist for every tier.',
  'R18.P19':
    'An Essential license would be used by an external service or application to log into CRM, or by a person logging in through the CRM web application to access a purpose-built custom application.',
  'R33.P11':
    'For Microsoft Dynamics Marketing and Microsoft Social Engagement, external users must be licensed as well as internal users.',
  'R21.S32':
    'External users need no subscription: their access is included with the internal users’ subscriptions, but they may not use the Customer Engagement application screens; using those needs a license.',
  'R21.S28':
    'Access by external (third-party) users is included; they need no subscription unless they use the CRM client applications.',
  'R22.S41':
    'A guest user from another tenant who signs in to the Dynamics 365 apps needs a Dynamics 365 license assigned in the host tenant; a license in their own tenant does not count.',
  'R23.S34':
    'Team Members licenses bought from October 2018 open only the designated Team Member apps (no Sales Hub, no Customer Service Hub, no custom model-driven apps); accounts are read-only there.',
  'R24.S51':
    'Since October 2019 each user’s first Dynamics 365 app is a full-price base license and further qualifying apps are discounted attach licenses (2019: $95 base, $20 attach per month).',
  'R24.S52': 'Sales Hub and the other full Dynamics 365 apps open only for users holding that app’s license.',
  'R25.S38':
    'Administrative users (settings only), non-interactive users (API only, up to 7 per environment) and application users (server-to-server) need no license; they do not license the people who benefit from the data they move.',
  'R25.S33': 'Administrators do not need any license to configure and administer the service.',
  'R25.S39':
    'The user record’s license type (CalType) includes an Administrative value for users who only administer the system and consume no license; CRM Online allowed five free non-interactive users.',
  'R26.S40':
    'A Power Apps app that creates, updates or deletes rows in restricted tables (Case, Entitlement, SLA, Knowledge article, Goal, Work Order …) needs the matching Dynamics 365 license; read-only use needs only Power Apps. Exception for employee self-service: a Power Apps user may create cases and read, update and delete the cases they created, but may not act as an agent.',
  'R21.P10':
    'External user access is available in limited situations to customers and third parties. Off-site vendors who are not in employee-like relationships (such as IT help-desk vendors who serve multiple organizations) also qualify as external users, and these external users do not require user licenses to access the service (the copy breaks off in that sentence).',
  'R23.P4':
    'With the entry-level Team Members license, employees can use the Customer Service Team Member app for self-service support: they create cases for their own problems, such as laptop issues, HR queries and administrative needs, and can “create, read, update, and close cases that you created”, but not view or update cases created by other users.',
  'R23.P5':
    'The page’s owner clarifies that a team member can create and update cases only within the context of Employee Self Service: they cannot create cases for other customer service scenarios, on behalf of others and so on.',
  'R23.P6':
    'Team Members is for users who might consume data or reports but don’t require full user capabilities. Team Members licenses purchased during or after October 2018 are restricted to the designated apps: these users can no longer access Customer Service Hub, Sales Hub or custom apps.',
  'R8.P7':
    'A Global admin, Power Platform admin or Dynamics 365 admin does not need a license to be enabled in an environment; since they are unlicensed, they are set in the Administrative access mode.',
  'R25.P7':
    'Non-interactive users can access Dataverse only through SDK/API calls, not its web interface or admin portals, and need no license; there is a maximum limit of 7 non-interactive users per instance.',
  'R35.P7':
    'Application users (server-to-server authentication) are created with a non-interactive user account but do not count toward the limit of seven non-interactive users, and there is no limit on how many can be created in an environment; everything the application does through them is performed as the application user, not as the user who is accessing the application.',
  'R35.P25':
    'You can create an unlicensed application user in an environment; it is given access to the environment’s data on behalf of the user who is using your application.',
  'R26.P3':
    'Power Apps, Power Automate or Power Virtual Agents licensed users can create cases, and read, update and delete the cases they created, to enable scenarios including employee self-service; they can’t act as a customer service agent.',
  'R26.P9':
    'Power Apps users who have a Power Apps license may use custom applications to create, read, update or delete any Dynamics 365 non-restricted table in Dataverse; Power Apps users and devices that need to create, update or delete data in Dynamics 365 restricted tables must be licensed for Dynamics 365.',
  'R27-external.S42':
    'The same reading of the December 2016 Product Terms says external users of Dynamics 365 (on-premises) need CALs too, unlike the online service and CRM 2013 to 2016.',
  'R27.S43':
    'The Dynamics 365 (on-premises) Licensing Guide has a section “Licensing Requirements for External Users”, whose text could not be read in the copies found.',
  'R27.P22':
    'With Dynamics 365 (on-premises) the Dynamics 365 Server licenses are included with the purchase of the Client Access Licenses.',
  'R28.S37':
    'Power Pages is licensed by capacity: authenticated users per site per month in packs of 100, and anonymous users per site per month in packs of 500. Authenticated capacity may cover employees as well as external users; users with Power Apps Premium or Dynamics 365 Enterprise licenses in the same tenant, signing in with Entra ID, are not counted.',
  'R28.S36':
    'Before Power Pages, Power Apps portals counted external authenticated users in logins (a login is a 24-hour pass to one portal) and anonymous users in page views; internal users needed Dynamics 365 Enterprise or Power Apps licenses.',
  'R28.P2':
    'Internal authenticated users of a Power Pages website can use Power Apps per app (one website, in the environment the per app capacity is assigned to), Power Apps per user (unlimited websites), Dynamics 365 enterprise licenses (unlimited websites that map to the licensed Dynamics 365 application context and its environment) or the Power Pages authenticated user/website subscription. For Power Apps per user and Dynamics 365 enterprise licenses to be recognized, users sign in with their Entra ID through the built-in provider and need the license assigned in the same tenant as the site.',
  'R28-anon.P2':
    'Anonymous users are users who browse a website and don’t log in. A user who accesses a site both anonymously and authenticated, in the same session or even within the same day (24 hours, UTC), is counted as an authenticated user.',
  'R36.S60': 'Authenticated users in Power Pages are represented in Dataverse by contacts, not by system users.',
  'R29.S10':
    'A provider that hosts CRM as a service for other organizations must license it under the Services Provider License Agreement (SPLA), with monthly Subscriber Access Licenses for every user authorized to access it directly or indirectly; licenses bought under retail or volume programs may not be used to serve third parties.',
  'R29.S48':
    'Hosted Dynamics is licensed through SPLA Subscriber Access Licenses (for Dynamics 365 on-premises software: Sales, Customer Service and Team Members SALs); the end customers need no licenses of their own.',
  'R30.S9':
    'A licensing partner says that under the CRM 4.0 Service Provider terms no SAL is needed for external users who access CRM without the CRM client; the quote is cut off in the archived copy.',
  'R31.S49':
    'With Software Assurance, License Mobility (from the July 2011 Product Use Rights) lets a customer run its own server licenses on an authorized partner’s shared hardware, each instance dedicated to one customer.',
  'R30.P18':
    'External Connector licenses may not be used as a means of reselling or repackaging Dynamics CRM as a hosted service.',
  'R32.S5':
    'A device CAL licenses one device for any number of people who use it in turn (shift workers, hot desks); a user CAL licenses one person on any device.',
  'R32.S27': 'User and device CALs exist for every license tier; a device CAL covers everyone who uses that device.',
  'R32.S54':
    'The Product Terms list device subscriptions for Dynamics 365 Customer Service Enterprise and Field Service; a device subscription is assigned to a shared account used on that device.',
  'R33.S33':
    'Licensing guides are not legally binding: the Product Terms and your agreement govern, and Microsoft may change the guides without notice.',
  'R10.Q9':
    'CRM 4.0: “An External Connector must be purchased for each server that hosts an application that provides external access to Microsoft Dynamics CRM 4.0 data”: counted by the servers of the external-facing application (two load-balanced portal web servers need two), not by the CRM servers.',
  'R16.Q8':
    'Downgrade rights: “Organization may use an earlier version of a Product than the version that is current on the effective date of the Enrollment. For Licenses acquired in the current Enrollment term, the Use Rights for the current version apply to the use of the earlier version.”',
  'R26.Q1':
    'Power Apps users “can only perform ‘read’ operation on cases created by other users. They cannot ‘update’, ‘resolve’, ‘route’, ‘close’ … on cases created by others. Users can’t act as a customer service agent.” Case needs Dynamics 365 Customer Service Professional or Enterprise; Work Order needs Dynamics 365 Field Service.',
  'R28.Q2':
    'Power Apps per app lets one person “run (one custom app or access one Power Pages website)” for $5 per user per app per month; internal users of a site may also be licensed through Dynamics 365 enterprise licenses or Power Pages authenticated capacity.',
  'R28-env.Q2':
    'Power Pages subscription capacity is assigned to environments: at least 25 authenticated users, and at least 200 anonymous users (then any number from 1), to each environment; one pack of 100 authenticated users can serve three sites in three environments as 25, 35 and 40.',
  'R23.Q3':
    'Team Members: “Only employee self-serve: create, update, and delete on own case; read knowledgebase articles (Customer Service for Team Members, Portal or API access only)”.',
  'R4.Q7':
    '“External user access does not extend to the customer or the customer’s affiliate’s contractors, vendors, or agents providing business processes on the customer’s behalf or using Microsoft Dynamics 365 to manage any portions of their business. In this sense, the customer may not use Microsoft Dynamics 365 to provide business process outsourcing services to its clients.”',
  'R4.Q11':
    'The July 2026 guide, as paraphrased by a third party: vendors or agents who perform business processes on the customer’s behalf are internal users and need licenses, and neither internal nor external access extends to using the environment to provide outsourced business services.',
  'R32.Q10':
    'The Product Terms list “Dynamics 365 Customer Service Enterprise (Device SL)” and “Dynamics 365 Field Service (Device SL)”, and the guide’s device text (as a reseller reproduces it) adds the Sales Device: “With device license any number of users can access a licensed device”.',
  'R35.Q5':
    '“There’s a maximum limit of seven non-interactive users per instance.” “Agent users (preview) … have agent identities in Microsoft Entra Agent ID and are added into the Dataverse environment to get data access.”',
  'R35.Q11':
    'AI agents are metered in Copilot Credits, not by user licenses (a third party’s paraphrase of the July 2026 guide).',
  'R37.Q2':
    'Copilot chat and form fill in model-driven apps need one of: “Dynamics 365 Sales Enterprise or Sales Premium, Dynamics 365 Customer Insights, Dynamics 365 Field Service, Dynamics 365 Project Operations”.',
  'R37.Q11':
    'Customer Service Premium includes Customer Service Enterprise and Contact Center (Digital + Voice); Contact Center is also sold on its own per user; Customer Insights (marketing) is licensed per tenant by unified or interacted people, not per marketer (a third party’s paraphrase of the July 2026 guide).',
  'R24.K10': '“As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance.”',
  'R38.K1':
    'Microsoft’s service-plan reference names each Dynamics 365 product a tenant can hold by a String ID and a GUID, e.g. Sales Professional D365_SALES_PRO, Sales Enterprise DYN365_ENTERPRISE_SALES, Customer Service Enterprise DYN365_ENTERPRISE_CUSTOMER_SERVICE, Field Service DYN365_ENTERPRISE_FIELD_SERVICE, and each attach offer its own “… Attach to Qualifying Dynamics 365 Base Offer” ID.',
  'R39.K4':
    '“You can use Sales Enterprise, Sales Premium, and Microsoft Relationship Sales licenses to access the Sales Hub app. Sales Professional users are entitled to use the Sales Professional app only.”',
  'R39.K5':
    'Sales Enterprise adds to Sales Professional’s subset of records forecasting (“Forecast sales”), playbooks (“Enforce best practices with playbooks”) and marketing campaigns (“Run and track marketing campaigns”); Sales Premium adds relationship intelligence, predictive models and predictive forecasting.',
  'R39.K6':
    '“When you setup sales accelerator with the Dynamics 365 Sales Enterprise license, you get only 1500 sequence-connected records per month. If you require more capacity, you must purchase a license for Dynamics 365 Sales Premium.”',
  'R39.K3':
    'Microsoft Relationship Sales is Sales Enterprise together with LinkedIn Sales Navigator Enterprise (“Microsoft Relationship Sales (Sales Enterprise + LinkedIn Sales Navigator Enterprise)”).',
  'R40.K11':
    'Unified routing, which assigns cases and other records to agents automatically, needs Customer Service Enterprise: “You must have the Customer Service Enterprise license.”',
  'R40.K10':
    'Customer Service Professional is “targeted at businesses that have fewer needs and don’t require the full capabilities that are offered by Customer Service Enterprise”.',
  'R40.K13':
    'Dynamics 365 Contact Center (live chat, messaging and voice) is licensed either standalone or as an add-on for Customer Service Enterprise, each as Digital, Voice or both.',
  'R41.K17':
    '“There are two types of licenses for Field Service: The standard Dynamics 365 Field Service license that includes all core features and capabilities. The Dynamics 365 Field Service Contractor license that includes a subset of the core features and capabilities for third-party technicians.”',
  'R41.K18':
    '“Every individual that needs access to the Dynamics 365 Field Service application needs a user account, a Field Service license, and the right level of permissions.”',
  'R42.K21':
    'Base and attach: “Buy the first base user license at standard pricing … Buy attach licenses for the same user at an attach license price”; “The Base user license must always be the higher priced license”; “Only assigned user licenses (not device licenses or unassigned licenses) may be bought as an attach license.”',
  'R42-mix.K21':
    '“Enterprise and Professional licenses may not be mixed” (March 2024 guide); “as an Enterprise license includes the Professional capabilities for the same workload, an Enterprise user may access the Professional application instance” (April 2020 guide, as quoted).',
  'R43.K19':
    'Customer Insights – Journeys is not priced per user: the tenant buys the offer, its users get free user licenses, and “If you have Dynamics 365 Sales, Dynamics 365 Customer Service, Dynamics 365 Field Service … with 10 or more users, you can purchase the reduced price “attach” license.”',
  'R44.Q11':
    'A partner’s reading of the July 2026 guide: Project Operations has a minimum of 20 licenses, and a Field Service Contractor license needs at least one Field Service license in the organization.',
}
