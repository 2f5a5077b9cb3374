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
  'spla-external': {
    what: 'Whether the provider needs a Subscriber Access License for people outside the hosted organizations who never use the CRM client: a licensing partner says not under CRM 4.0’s Service Provider terms (the quote is cut off), while SPLA asks for a SAL for every user authorized to access the service directly or indirectly.',
    ask: 'Ask the provider’s SPLA reseller to confirm, from the current Services Provider Use Rights, whether external users without CRM-client access need SALs.',
  },
  'crm4-online': {
    what: 'CRM 4.0 Online (first called CRM Live) is known only by its edition names, Professional and Professional Plus; its prices and use rights could not be verified.',
    ask: 'Ask Microsoft or your partner for the CRM Online terms that applied to your subscription.',
  },
  'ec-after-2014': {
    what: 'The External Connector left the price list in January 2014. For CRM 2011 licenses bought after that, it is not known whether external access is included (as from CRM 2013 on) or still needs a connector.',
    ask: 'Check when the CRM 2011 server licenses were bought; if after January 2014, ask Microsoft or your partner how the included external access of CRM 2013 applies through downgrade rights or Software Assurance.',
  },
  'team-members-cal': {
    what: 'The use rights of the on-premises Team Members CAL (the guide’s appendix on CAL use rights) could not be read; this assumes they match the online Team Members rights.',
    ask: 'Ask your partner for the “CAL Use Rights” appendix of the Dynamics 365 (on-premises) Licensing Guide in force when the CALs were bought.',
  },
  'd365-onprem-external': {
    what: 'Sources disagree on external users of Dynamics 365 on-premises: a reading of the December 2016 Product Terms says they need CALs, while the online guides and the CRM 2013–2016 rules include external access. The on-premises guide’s section on external users could not be read.',
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
  'crm2011-integration': {
    what: 'Everyone who uses CRM data through another system needs a CAL, but no source says which CAL covers data that reaches them through an automated integration: the ESS CAL’s “any application other than the CRM client” suggests it does.',
    ask: 'Ask your partner to confirm the CAL type for people who only see CRM data inside the other system.',
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
    what: 'Whether a contractor who works mainly for you but off site is internal: some license wording names only onsite contractors as internal, other wording names all contractors, and Microsoft has said off-site people are external only when their time is shared between several customers, a test not written in the Product Terms. The advice treats them as internal, the safe reading.',
    ask: 'Ask Microsoft or your partner how your agreement’s definition of external users applies to this contractor; keep records of where they work and for how many hours a week.',
  },
  'd365-device': {
    what: 'Device subscriptions are listed for Customer Service Enterprise and Field Service; whether other apps offer one, and whether the terms bar concurrent use, was not confirmed.',
    ask: 'Ask your partner which Dynamics 365 apps your agreement offers as device subscriptions.',
  },
  'offsite-contractor-2024': {
    what: 'For agreements signed from 1 October 2024 a contractor is internal if they typically work more than 30 hours a week for the organization, or on site each working day. That definition rests on one secondary source, and “working mainly for the organization” does not say which side of the 30-hour line this person is on. The advice treats them as internal, the safe reading.',
    ask: 'Check the contractor’s typical weekly hours and where they work against the definition of external users in the current Product Terms glossary.',
  },
  'd365-hosted': {
    what: 'Dynamics 365 online is Microsoft’s own service and may not be used to provide business-process outsourcing to others. A provider hosting the on-premises Dynamics 365 software for several customers licenses it under its SPLA, whose Dynamics 365 use rights were not read.',
    ask: 'Ask the provider whether it runs the on-premises software under SPLA (then each user needs a SAL) or whether each customer should have its own Dynamics 365 tenant.',
  },
} as const satisfies Record<string, Uncertainty>

export type UncertaintyId = keyof typeof texts

export const UNCERTAINTIES: Readonly<Record<UncertaintyId, Uncertainty>> = texts
