import type { FactId } from './facts'
import { INDIRECT } from './rules'
import type { Answers, LicenseId } from './types'

export interface Caveat {
  id: string
  title: string
  text: string
  facts: readonly FactId[]
}

interface CaveatRule extends Caveat {
  applies: (answers: Answers, license: LicenseId) => boolean
}

const PAID = (l: LicenseId) => l !== 'none' && l !== 'undetermined'
const isIndirect = (a: Answers) => a.via !== undefined && (INDIRECT as readonly string[]).includes(a.via)

const CAVEATS: readonly CaveatRule[] = [
  {
    id: 'honor-system',
    title: 'The product does not check the license type',
    text: 'CRM does not enforce what a license allows: it is an honor system, and audits compare what people do with what was bought. Record each user’s license basis (for example a custom “License basis” field on the user record, with a report on it) and give each user security roles that match their license.',
    facts: ['R7.S27', 'R7.S39'],
    applies: (a, l) => PAID(l) && (a.product === 'crm2011' || a.product === 'crm2013' || a.product === 'crm2016'),
  },
  {
    id: 'enforcement-d365',
    title: 'Only some limits are enforced',
    text: 'Dynamics 365 enforces Team Members licenses by app since April 2020; most other limits, such as what a portal or custom app may do with restricted tables, are still yours to keep. Record each user’s license basis and match security roles to it.',
    facts: ['R7.S34', 'R26.S40'],
    applies: (a, l) => PAID(l) && a.product === 'd365' && a.deploy === 'online',
  },
  {
    id: 'multiplexing',
    title: 'Portals, service accounts and integrations do not reduce licenses',
    text: 'Every person who sees or changes CRM data through another tier needs the license this advice names, however the connection is pooled. The integration’s or portal’s own account may be a non-interactive or application user needing no license, but it never licenses the people behind it.',
    facts: ['R5.S8', 'R5.S44'],
    applies: isIndirect,
  },
  {
    id: 'admin-mode',
    title: 'Keep administrators in the administrative access mode',
    text: 'An administrator needs no license only while their user is set to the administrative access mode, which sees settings but no business records. The moment they open accounts, cases or reports they need the license of what they do. Integration accounts likewise belong in the non-interactive or application-user modes, never used as a proxy for unlicensed people.',
    facts: ['R8.S3', 'R25.S38'],
    applies: (a) => a.does === 'admin',
  },
  {
    id: 'device',
    title: 'User or device',
    text: 'A device license covers one device for any number of people who take turns on it, not at the same time. A person licensed only through a device who also works from another device needs a license of their own.',
    facts: ['R32.S5', 'R32.S27'],
    applies: (a) => a.device !== undefined,
  },
  {
    id: 'business-process',
    title: 'Work done on your behalf is not external use',
    text: 'External access does not cover contractors, vendors or agents who run business processes for you, nor people who use the service to manage part of their own business. If this person does your work, license them as an internal user.',
    facts: ['R4.S32'],
    applies: (a) =>
      a.product === 'd365' &&
      (a.who === 'offsite-vendor' || a.who === 'customer-employee' || a.who === 'offsite-contractor'),
  },
  {
    id: 'business-process-crm-online',
    title: 'Work done on your behalf is not external use',
    text: 'External access does not cover onsite contractors, vendors and users performing business processes on your behalf.',
    facts: ['R4.S28'],
    applies: (a) =>
      (a.product === 'crm2013' || a.product === 'crm2016') && a.deploy === 'online' && a.who === 'offsite-vendor',
  },
  {
    id: 'connector-count',
    title: 'How many connectors',
    text: 'An External Connector is counted per server that hosts the external-facing application (one source says per installation). Count the CRM servers the portal or application talks to.',
    facts: ['R10.S1', 'R10.S6'],
    applies: (_a, l) => l === 'external-connector' || l === 'limited-external-connector',
  },
  {
    id: 'online-minimum',
    title: 'Minimum of five Professional subscriptions',
    text: 'A CRM Online subscription needed at least five Professional subscriptions before Basic and Essential ones could be added.',
    facts: ['R19.S25'],
    applies: (_a, l) => l === 'essential-usl' || l === 'basic-usl' || l === 'professional-usl',
  },
  {
    id: 'base-attach',
    title: 'Second apps cost less',
    text: 'A person’s first Dynamics 365 app is a full-price base license; further qualifying apps on the same person are cheaper attach licenses.',
    facts: ['R24.S51'],
    applies: (_a, l) => l === 'd365-app',
  },
  {
    id: 'portal-eras',
    title: 'Older portals were counted differently',
    text: 'Power Apps portals (2019 to 2023 renewals) counted logins and page views instead of users per month, and internal users needed Dynamics 365 Enterprise or Power Apps licenses. Check which offer your tenant is on.',
    facts: ['R28.S36'],
    applies: (a) => a.product === 'd365' && a.deploy === 'online' && a.via === 'portal',
  },
  {
    id: 'guests',
    title: 'Guests are licensed in your tenant',
    text: 'A person from another company who signs in to your Dynamics 365 apps as a guest needs a license assigned in your tenant; a license in their own company’s tenant does not count.',
    facts: ['R22.S41'],
    applies: (a, l) =>
      a.product === 'd365' && a.deploy === 'online' && a.via === 'crm-client' && PAID(l) && a.who !== 'employee',
  },
  {
    id: 'license-mobility',
    title: 'Or the hosted organization brings its own licenses',
    text: 'With Software Assurance, an organization can run its own server licenses on a provider’s shared hardware through License Mobility, each instance dedicated to it, instead of the provider licensing through SPLA.',
    facts: ['R31.S49'],
    applies: (a) => a.deploy === 'hosted' && a.product !== 'crm4',
  },
  {
    id: 'guides',
    title: 'Guides are not contracts',
    text: 'This advice is built from licensing guides and commentary. The Product Terms, the Product Use Rights and your agreement in force when the licenses were bought govern.',
    facts: ['R33.S33'],
    applies: () => true,
  },
]

export function caveatsFor(answers: Answers, license: LicenseId): Caveat[] {
  return CAVEATS.filter((c) => c.applies(answers, license)).map(({ applies: _, ...c }) => c)
}
