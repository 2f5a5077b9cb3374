/**
 * What the sources do not settle, named by id. The rules only point here, so routing carries no
 * prose; these texts load with the advice. Each says what is uncertain and what to ask to settle it.
 */
export interface Uncertainty {
  /** What the sources do not settle. */
  what: string
  /** What to ask Microsoft or the partner to settle it. */
  ask: string
}

const texts = {
  // Version 3: Dynamics 365 at the license a partner orders (d365-sku-2026-12.md sections 2, 3 and 8).
  'app-unknown': {
    what: 'Which Dynamics 365 app the person works in is not known yet: cases need Customer Service, work orders Field Service, leads and opportunities Sales, and each is a separate license at its own price.',
    ask: 'Find out which app the person works in (answer again with it), or ask your partner which app their work needs.',
  },
  'sales-edition': {
    what: 'Which Sales edition the person needs is not known: Professional covers the standard Sales app only, Enterprise adds forecasting, playbooks and Copilot, Premium adds AI selling at scale. Enterprise is shown as the common choice.',
    ask: 'Compare the editions below with the person’s work, or ask your partner; remember that Professional and Enterprise users may not share an environment.',
  },
  'service-edition': {
    what: 'Which Customer Service edition the person needs is not known: Professional covers cases and knowledge in the standard app, Enterprise adds automatic routing and Copilot, Premium adds live channels. Enterprise is shown as the common choice.',
    ask: 'Compare the editions below with the person’s work, or ask your partner; remember that Professional and Enterprise users may not share an environment.',
  },
  'service-channels': {
    what: 'Live channels can be licensed as Customer Service Premium (which a partner’s reading of the guide says includes Contact Center, digital and voice) or as Customer Service Enterprise with a Contact Center add-on for one or both channels; no Microsoft price for the add-ons was found to compare.',
    ask: 'Ask your partner for the price of Customer Service Premium against Customer Service Enterprise with the Contact Center add-on for the channels the person uses.',
  },
  'contact-center-variant': {
    what: 'Contact Center is sold standalone or as an add-on for Customer Service Enterprise, each as Digital, Voice or both; which variant fits depends on the channels and on whether customer records are kept in Customer Service.',
    ask: 'Ask your partner which Contact Center variant covers the channels the person answers.',
  },
  'more-apps': {
    what: 'The person works in two or more further apps; each needs its own attach license on top of the base (or a full license where no attach offer exists), and the base must be the highest-priced of them.',
    ask: 'List the person’s apps, then answer for the two main ones here or add their attach licenses in the plan by hand.',
  },
  'field-service-contractor': {
    what: 'Microsoft sells the Field Service Contractor license for third-party technicians, with a subset of the features; whether this person counts as a third party’s technician, and whether the organization holds the Field Service license a partner says it needs first, is for you to confirm.',
    ask: 'Confirm that the technician works for another company and needs only the Contractor features; otherwise buy Field Service.',
  },
  'no-attach': {
    what: 'No attach offer is listed for one of the person’s apps (Premium editions and Relationship Sales have none in Microsoft’s service-plan reference), so it is shown at its full price beside the base.',
    ask: 'Ask your partner whether the current price list offers that app as an attach license.',
  },
  'professional-attach': {
    what: 'A Professional base license takes only the other Professional app as its attach license in the 2022 guide’s matrix; the current matrix was not read.',
    ask: 'Ask your partner to confirm from the current Dynamics 365 Licensing Guide that this Professional attach is offered on this base.',
  },
  'spla-external': {
    what: 'Whether the provider needs a Subscriber Access License for people outside the hosted organizations who never use the CRM client: a licensing partner says not under CRM 4.0’s Service Provider terms (the quote is cut off), while SPLA asks for a SAL for every user authorized to access the service directly or indirectly.',
    ask: 'Ask the provider’s SPLA reseller to confirm, from the current Services Provider Use Rights, whether external users without CRM-client access need SALs.',
  },
  'crm4-online': {
    what: 'CRM 4.0 Online (first called CRM Live) is known only by its edition names, Professional and Professional Plus; its prices and use rights could not be verified.',
    ask: 'Ask Microsoft or your partner for the CRM Online terms that applied to your subscription.',
  },
  'ec-after-2014': {
    what: 'The External Connector left the price list in January 2014, so CRM 2011 licenses bought from then on are CRM 2013 or later licenses run as CRM 2011 under downgrade rights, and Microsoft’s enrollment clause applies the use rights of the version bought: those include access by external users who do not use the CRM client, with no connector. This holds only if every server license serving these users was bought from 2014; the CRM 2013 guide’s own words on the connector were read only in third-party copies.',
    ask: 'Confirm that the licenses are CRM 2013 or later licenses used under downgrade rights, and that no CRM 2011 server license bought before 2014 serves these users; if one does, the External Connector applies.',
  },
  'team-members-cal': {
    what: 'The use rights of the on-premises Team Members CAL (the guide’s appendix on CAL use rights) could not be read; this assumes they match the online Team Members rights.',
    ask: 'Ask your partner for the “CAL Use Rights” appendix of the Dynamics 365 (on-premises) Licensing Guide in force when the CALs were bought.',
  },
  'd365-onprem-external': {
    what: 'Whether external users of Dynamics 365 on-premises need CALs at all is not settled: only a third-party reading of the December 2016 Product Terms says they do, while the online guides and the CRM 2013–2016 rules include external access, and the on-premises guide’s section on external users could not be read. The advice names the CALs, the costly reading, until that section is checked; for many portal users, check before buying.',
    ask: 'Ask Microsoft or your partner for the “Licensing Requirements for External Users” section of the Dynamics 365 (on-premises) Licensing Guide, or the Product Terms of your purchase date.',
  },
  'hosted-admin': {
    what: 'The administrative access mode needs no license under volume licensing, but the SPLA terms, which ask for a SAL for every authorized user, were not read.',
    ask: 'Ask the provider’s SPLA reseller whether administrators who see no business data need a SAL.',
  },
  'crm4-web-form': {
    what: 'Whether a public form that only writes into CRM (lead capture, an enquiry) and shows visitors no CRM data needs an External Connector: only a third-party example says it does not.',
    ask: 'Ask Microsoft or your partner to confirm from the Product Use Rights in force when the licenses were bought.',
  },
  'crm4-online-external': {
    what: 'No source describes how CRM 4.0 Online licensed external users who reach it through a portal, a custom application or an integration.',
    ask: 'Ask Microsoft or your partner for the CRM Online use rights of the time.',
  },

  'crm2011-web-form': {
    what: 'Whether a public form that only writes into CRM and shows visitors no CRM data needs an External Connector: only a third-party example (written for CRM 4.0) says it does not.',
    ask: 'Ask Microsoft or your partner to confirm from the Product Use Rights in force when the licenses were bought.',
  },
  'crm2011-online-self-service': {
    what: 'CRM Online 2011 had one subscription for everyone; no self-service subscription like the on-premises ESS CAL was found, but the sources that say so are partner blogs.',
    ask: 'Ask Microsoft or your partner whether a cheaper subscription covered employees who use CRM Online only through a portal or custom application.',
  },
  'd365-integration': {
    what: 'Everyone who reads or acts on Dynamics 365 data through another system must be licensed, but the sources do not say which license covers data that reaches them only through an integration.',
    ask: 'Ask your partner or Microsoft which license these people need, naming the tables the integration reads and writes.',
  },
  'd365-external-custom-app': {
    what: 'External access through a website you built on the API is included, but people who sign in to a Power Apps app as guests need a license in your tenant; which applies depends on how the application signs people in.',
    ask: 'Check how the application authenticates: as one application user for a website (included), or each person as a guest in your tenant (licensed).',
  },
  'offsite-contractor': {
    what: 'Whether a contractor who works mainly for you but off site is internal: some license wording names only onsite contractors as internal, other wording names all contractors and agents, and Microsoft’s licensing guides count off-site people as external only when their time is shared between several customers and they are not in an employee-like relationship. The advice follows the safe reading, internal; where both readings need the same license (the product’s own screens always need one), the advice is settled.',
    ask: 'Ask Microsoft or your partner how your agreement’s definition of external users applies to this contractor; keep records of where they work and for how many hours a week.',
  },

  'd365-hosted': {
    what: 'Dynamics 365 online is Microsoft’s own service and may not be used to provide business-process outsourcing to others. A provider hosting the on-premises Dynamics 365 software for several customers licenses it under its SPLA, whose Dynamics 365 use rights were not read.',
    ask: 'Ask the provider whether it runs the on-premises software under SPLA (then each user needs a SAL) or whether each customer should have its own Dynamics 365 tenant.',
  },
  'offsite-vendor-crm4': {
    what: 'CRM 4.0’s texts disagree on off-site vendors: the definition quoted from the licensing guide names only onsite contractors and agents as internal, while the guide’s own change note and Microsoft’s support blog exclude from external users anyone providing services to or on behalf of the organization, such as a help-desk vendor. The advice follows the definition (external).',
    ask: 'Ask Microsoft or your partner which wording of the External Connector definition was in the Product Use Rights when the licenses were bought.',
  },
  'offsite-vendor-crm-online': {
    what: 'CRM Online 2011’s terms name the customer’s “contractors or agents” among the users who need subscriptions, with no onsite test; the rule that an off-site vendor serving several organizations is external was written only for later versions. The advice follows the later rule (external).',
    ask: 'Ask Microsoft or your partner whether the vendor’s staff count as your contractors under the CRM Online terms of your subscription.',
  },
  'tenant-staff': {
    what: 'The licensing texts of this version do not say how to license the staff of another company that runs its own business in your deployment; running CRM as a service for other companies is licensed through SPLA, and the External Connector may not be used to resell CRM as a hosted service. The advice licenses them as your own users, the safe reading.',
    ask: 'Ask Microsoft or your partner whether serving that company from your deployment needs SPLA, or whether it should have its own licenses.',
  },
  'tenant-staff-d365': {
    what: 'Dynamics 365’s guides say external access does not extend to people who use it to manage any portion of their own business, and that the customer “may not use Microsoft Dynamics 365 to provide business process outsourcing services to its clients”; the July 2026 guide (in a third party’s paraphrase) says neither internal nor external access extends to providing outsourced business services. Whether another company may run its business in your tenant or deployment at all, licensed as your users, is not written; hosting for third parties on your own servers is licensed through SPLA. The advice licenses them as your own users.',
    ask: 'Ask Microsoft or your partner whether serving that company from your tenant or servers is allowed under your agreement, or whether it should have its own tenant and licenses (on your own servers: whether you need SPLA).',
  },
  'service-account-onprem': {
    what: 'No source shows a service account that needs no license on premises: the account is a CRM user, and which CAL it needs is not written anywhere that was read. The advice names the CAL that covers anything it may do.',
    ask: 'Ask your partner which CAL your integration’s account needs, naming what it reads and writes.',
  },
  'service-account-hosted': {
    what: 'The Services Provider Use Rights, which ask for a SAL for every user authorized to access the hosted service, were not read for service accounts.',
    ask: 'Ask the provider’s SPLA reseller whether an integration’s account needs a SAL.',
  },
  'service-account-crm2011-online': {
    what: 'CRM Online 2011 added the non-interactive access mode in Update Rollup 12 “at the same price”; whether such a user still needed a subscription was not confirmed.',
    ask: 'Ask Microsoft or your partner whether non-interactive users needed a subscription under your CRM Online terms.',
  },
  'service-account-crm-online': {
    what: 'Microsoft’s 2013 post on license types says an Essential license “would be used by an external service or application to log into CRM”; later CRM Online terms are described as allowing five free non-interactive users, but that text was not read.',
    ask: 'Check whether the account can be set to the non-interactive access mode and how many such users your subscription allows.',
  },
  'service-account-d365-onprem': {
    what: 'The Dynamics 365 (on-premises) guide’s rules for service accounts could not be read. Online, application users and up to seven non-interactive users need no license; on premises the account is a user with a CAL, and the cheapest CAL is assumed, as an Essential CAL was for CRM 2013 to 2016.',
    ask: 'Ask your partner for the Dynamics 365 (on-premises) Licensing Guide’s rules on integration and service accounts.',
  },
  'contractor-business-process': {
    what: 'Under the definition in force from 1 October 2024, a contractor who typically works 30 hours a week or less for you and is not on site every working day is an external user; but the Dynamics 365 licensing guide does not extend external access to contractors who run business processes on your behalf. The advice follows the definition (external).',
    ask: 'Check whether this contractor does your organization’s work in Dynamics 365 or only exchanges data with it; if they do your work, license them as internal users.',
  },
  'vendor-business-process': {
    what: 'Microsoft’s guides count staff of an off-site vendor that serves several organizations, such as a help desk, as external users, but they also say that external access does not extend to vendors “providing business processes on the customer’s behalf”, and the July 2026 guide (read only in a third party’s paraphrase) calls such vendors internal. A vendor whose staff update or run your records is doing some of your work: the texts pull both ways. The advice follows the external reading.',
    ask: 'Check whether the vendor runs your organization’s processes in the system (then license its staff as internal users) or only exchanges its own work with you, and keep the contract that shows which.',
  },
  'contractor-hours': {
    what: 'Under agreements signed from 1 October 2024, a contractor is internal when they typically work more than 30 hours a week for you, or on site every working day, and external otherwise. Their hours are not known. The advice follows the safe reading, internal.',
    ask: 'Find out the contractor’s typical weekly hours for the organization and whether they are on site every working day.',
  },
  'vendor-hours': {
    what: 'Under agreements signed from 1 October 2024, a vendor’s staff member who typically works more than 30 hours a week for you, or on site every working day, is internal whatever their employer. Their hours are not known. The advice follows the usual case of a vendor serving several organizations, external.',
    ask: 'Find out how many hours a week this person typically works for the organization and whether they are on site every working day.',
  },
  'agreement-date': {
    what: 'The definition of external users changed for agreements signed from 1 October 2024 (the 30-hour and onsite test), and the date of the agreement is not known.',
    ask: 'Find out when the enrollment or agreement in force was signed; if from 1 October 2024, also the person’s typical weekly hours for the organization.',
  },
  'ess-reports': {
    what: 'The Employee Self Service CAL reads accounts, contacts, cases, leads, activities and custom records; reports and dashboards are in the Limited CAL’s “full read-only access (e.g., for reports)”. Which one fits depends on what this person reads.',
    ask: 'Check whether the person reads reports or dashboards; if so, a Limited CAL is the safe choice.',
  },
  'ec-purchase-date': {
    what: 'The CRM 2011 External Connector settles external access for licenses bought while it was on the price list, until January 2014; licenses bought later are newer versions used under downgrade rights, whose use rights include external access without a connector. When the licenses were bought is not known.',
    ask: 'Find out when the CRM 2011 server licenses were bought (the invoice or the Volume Licensing Service Center).',
  },
  'portal-agent-work': {
    what: 'Internal users of a Power Pages site may be licensed through Power Apps, a Dynamics 365 Enterprise license or the site’s authenticated capacity, but no text extends any of them but a Customer Service or Field Service license to updating cases or work orders created by others, which Microsoft’s list of restricted tables reserves to those licenses. Whether this person’s work on the site touches those records is not known.',
    ask: 'Check whether the person updates, resolves or closes cases (or work orders) created by others on the site; if they only keep accounts, contacts or custom tables, capacity or Power Apps is enough.',
  },
  'd365-integration-tables': {
    what: 'Which license covers a person whose data the other system writes into Dynamics 365 depends on the tables: Power Apps covers tables outside the Dynamics 365 apps, and one’s own cases; other restricted tables need a Dynamics 365 license. The tables are not known.',
    ask: 'List the tables the integration creates or updates on this person’s behalf, and check them against Microsoft’s list of restricted tables.',
  },
  'portal-sign-in': {
    what: 'Anonymous capacity covers visitors who never sign in, such as a submit-only form; a visitor who signs in, the same day or later, to follow up or keep records is counted as an authenticated user.',
    ask: 'Check whether these visitors sign in to the site; if they do, count them on authenticated capacity.',
  },
} as const satisfies Record<string, Uncertainty>

export type UncertaintyId = keyof typeof texts

export const UNCERTAINTIES: Readonly<Record<UncertaintyId, Uncertainty>> = texts
