import type { Reason } from '../domain/advise'
import { FACTS } from '../domain/facts'
import { sourceOf } from '../domain/sources'
import { ANSWER_IDS, type Fact, type IsoDay, type Source } from '../domain/types'

/**
 * What the compliance check reads from a user list, each statement tied to a document, so every
 * per-user reason cites its source the way advise() does ({ fact, source }). N-ids are the research
 * note's own (design/compliance-check.md §8, sources N1 … N54), S-ids the rulebook's register.
 */

/** The day the compliance-check research note was written (its file is dated 2026-12-02). */
const NOTE_CHECKED: IsoDay = '2026-12-02'

export const CHECK_SOURCES = {
  N1: {
    id: 'N1',
    title: 'SystemUser (User) Entity OptionSet Attribute Metadata [Applies to: Microsoft Dynamics CRM 2011]',
    publisher: 'Microsoft (TechNet)',
    edition: '© 2013',
    published: '2013',
    checked: NOTE_CHECKED,
    url: 'https://technet.microsoft.com/en-us/library/gg594411.aspx',
    kind: 'microsoft',
  },
  N2: {
    id: 'N2',
    title: 'SystemUser Entity Reference (Developer Guide for Dynamics 365 for Customer Engagement)',
    publisher: 'Microsoft Docs',
    edition: 'ms.date 12/05/2017',
    published: '2017-12-05',
    checked: NOTE_CHECKED,
    url: 'https://github.com/MicrosoftDocs/dynamics-365-customer-engagement/blob/0decdcea846eba536f556db82c5ad763b9e0a0a0/ce/developer/entities/systemuser.md',
    kind: 'microsoft',
  },
  N3: {
    id: 'N3',
    title: 'User (SystemUser) table/entity reference (Microsoft Dataverse)',
    publisher: 'Microsoft Learn',
    edition: 'generated reference, current version',
    checked: NOTE_CHECKED,
    url: 'https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser',
    kind: 'microsoft',
  },
  N6: {
    id: 'N6',
    title: 'System and application users',
    publisher: 'Microsoft Learn',
    edition: 'ms.date 05/09/2023',
    published: '2023-05-09',
    checked: NOTE_CHECKED,
    url: 'https://learn.microsoft.com/power-platform/admin/system-application-users',
    kind: 'microsoft',
  },
  N7: {
    id: 'N7',
    title: 'SystemUser (user) entity messages and methods',
    publisher: 'Microsoft (MSDN/TechNet)',
    edition: '2016 (Dynamics 365 / CRM 2016)',
    published: '2016',
    checked: NOTE_CHECKED,
    url: 'https://technet.microsoft.com/en-us/library/gg309593.aspx',
    kind: 'microsoft',
  },
  N9: {
    id: 'N9',
    title: 'Product names and service plan identifiers for licensing',
    publisher: 'Microsoft Learn (Entra)',
    edition: 'ms.date 10/29/2025',
    published: '2025-10-29',
    checked: NOTE_CHECKED,
    url: 'https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference',
    kind: 'microsoft',
  },
  N16: {
    id: 'N16',
    title: 'Add users without licenses to activity recipient fields (preview)',
    publisher: 'Microsoft Learn',
    edition: 'ms.date 09/18/2026',
    published: '2026-09-18',
    checked: NOTE_CHECKED,
    url: 'https://learn.microsoft.com/power-platform/admin/add-unlicensed-users-activities',
    kind: 'microsoft',
  },
} as const satisfies Record<string, Source>

type CheckSourceId = keyof typeof CHECK_SOURCES | 'S27' | 'S38' | 'S39'

const ALL = ANSWER_IDS.product
const ANY_DEPLOY = ['onprem', 'online', 'hosted'] as const

const list = [
  {
    id: 'app-user.N6',
    statement:
      'Microsoft’s system and application users (many shown with a leading “# ” in Full Name) do not consume any service licenses.',
    source: 'N6',
    locator: 'System and application users: the user tables; “These users do not consume any service licenses.”',
    confidence: 'high',
  },
  {
    id: 'app-user.S38',
    statement:
      'An application user is identified by the presence of the ApplicationId attribute and needs no license; support users have access mode 3 and delegated admins access mode 5.',
    source: 'S38',
    locator: 'Create users: “User types”',
    confidence: 'high',
  },
  {
    id: 'non-interactive.S38',
    statement: 'Non-interactive users need no license, with a maximum limit of 7 non-interactive users per instance.',
    source: 'S38',
    locator: 'Create users: “User types > Non-interactive users”',
    confidence: 'high',
  },
  {
    id: 'non-interactive.S39',
    statement: 'Non-interactive users do not use up a license; CRM Online allowed five free non-interactive users.',
    source: 'S39',
    locator: 'User and team entities: AccessMode values',
    confidence: 'high',
  },
  {
    id: 'disabled.N7',
    statement:
      'Disabling a system user adds to the available license count, as disabled system users do not count against paid licenses.',
    source: 'N7',
    locator: 'SystemUser messages: SetState',
    confidence: 'high',
  },
  {
    id: 'disabled.S38',
    statement:
      'Removing a user from the environment’s security group does not remove the user’s license: a user disabled that way still holds it in Microsoft 365.',
    source: 'S38',
    locator: 'Create users: “Removing a user from the security group doesn’t remove the user’s license”',
    confidence: 'high',
  },
  {
    id: 'disabled.N16',
    statement:
      'With “Activities for users without licenses” on, Dataverse creates disabled user records for people added as e-mail or appointment recipients: a disabled row is not necessarily a leaver.',
    source: 'N16',
    locator: '“The user record is created with a disabled status.”',
    confidence: 'high',
  },
  {
    id: 'codes-2011.N1',
    statement:
      'CRM 2011 records Access Mode 0 Read-Write, 1 Administrative, 2 Read, 3 Support User, 4 Non-interactive, and License Type 0 Full, 1 Administrative, 2 Limited, 3 Device Full, 4 Device Limited.',
    source: 'N1',
    locator: 'OptionSet metadata: accessmode, caltype',
    confidence: 'high',
  },
  {
    id: 'codes-2013.N2',
    statement:
      'From CRM 2013 on, License Type is recorded as 0 Professional, 1 Administrative, 2 Basic, 3 Device Professional, 4 Device Basic, 5 Essential, 6 Device Essential, 7 Enterprise, 8 Device Enterprise, 9 Sales, 10 Service, 11 Field Service, 12 Project Service; Access Mode adds 5 Delegated Admin.',
    source: 'N2',
    locator: '“CALType Options”, “AccessMode Options”',
    confidence: 'high',
  },
  {
    id: 'labels-2016.S27',
    statement: 'CRM 2016 shows the Essential, Basic and Professional license types as “None”, “Limited” and “Full”.',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'medium',
  },
  {
    id: 'online-caltype.N3',
    statement:
      'License Type is used only in the on-premises version of the product; online licenses are managed through the Microsoft 365 admin portal, and User Licensed is set by the system.',
    source: 'N3',
    locator: 'CALType and IsLicensed descriptions',
    confidence: 'high',
  },
  {
    id: 'sku.N9',
    statement:
      'Microsoft 365 license exports name each product by its product name or String ID (e.g. DYN365_ENTERPRISE_SALES for Dynamics 365 for Sales Enterprise Edition, DYN365_TEAM_MEMBERS for Team Members).',
    source: 'N9',
    locator: 'Product names and service plan identifiers: the Dynamics 365 rows',
    confidence: 'high',
  },
] as const satisfies readonly (Omit<Fact, 'products' | 'deploys'> & { source: CheckSourceId })[]

export type CheckFactId = (typeof list)[number]['id']

const CHECK_FACTS = Object.fromEntries(
  list.map((f): [string, Fact] => [f.id, { ...f, products: ALL, deploys: ANY_DEPLOY }]),
) as Record<CheckFactId, Fact>

function sourceFor(id: string): Source {
  const source = Object.hasOwn(CHECK_SOURCES, id) ? CHECK_SOURCES[id as keyof typeof CHECK_SOURCES] : sourceOf(id)
  if (!source) throw new Error(`Check fact cites unknown source ${id}`)
  return source
}

const REASONS = Object.fromEntries(
  Object.values(CHECK_FACTS).map((fact) => [fact.id, { fact, source: sourceFor(fact.source) }]),
) as Record<CheckFactId, Reason>

/** A check reason as advise() gives its own: the statement and the document it comes from. */
export function reason(id: CheckFactId): Reason {
  return REASONS[id]
}

/** The rulebook's own fact on administrative, non-interactive and application users (rule R25). */
export const ADMIN_REASON: Reason = { fact: FACTS['R25.S39'], source: sourceFor('S39') }
