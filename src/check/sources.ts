import type { Reason } from '../domain/advise'
import { FACTS } from '../domain/facts'
import { sourceOf } from '../domain/sources'
import { ANSWER_IDS, type Fact, type IsoDay, type Source } from '../domain/types'
import { CHECK_FACT_STATEMENTS } from './sourceText'

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
    source: 'N6',
    locator: 'System and application users: the user tables; “These users do not consume any service licenses.”',
    confidence: 'high',
  },
  {
    id: 'app-user.S38',
    source: 'S38',
    locator: 'Create users: “User types”',
    confidence: 'high',
  },
  {
    id: 'non-interactive.S38',
    source: 'S38',
    locator: 'Create users: “User types > Non-interactive users”',
    confidence: 'high',
  },
  {
    id: 'non-interactive.S39',
    source: 'S39',
    locator: 'User and team entities: AccessMode values',
    confidence: 'high',
  },
  {
    id: 'disabled.N7',
    source: 'N7',
    locator: 'SystemUser messages: SetState',
    confidence: 'high',
  },
  {
    id: 'disabled.S38',
    source: 'S38',
    locator: 'Create users: “Removing a user from the security group doesn’t remove the user’s license”',
    confidence: 'high',
  },
  {
    id: 'disabled.N16',
    source: 'N16',
    locator: '“The user record is created with a disabled status.”',
    confidence: 'high',
  },
  {
    id: 'codes-2011.N1',
    source: 'N1',
    locator: 'OptionSet metadata: accessmode, caltype',
    confidence: 'high',
  },
  {
    id: 'codes-2013.N2',
    source: 'N2',
    locator: '“CALType Options”, “AccessMode Options”',
    confidence: 'high',
  },
  {
    id: 'labels-2016.S27',
    source: 'S27',
    locator: 'On-Premises Licensing Model',
    confidence: 'medium',
  },
  {
    id: 'online-caltype.N3',
    source: 'N3',
    locator: 'CALType and IsLicensed descriptions',
    confidence: 'high',
  },
  {
    id: 'sku.N9',
    source: 'N9',
    locator: 'Product names and service plan identifiers: the Dynamics 365 rows',
    confidence: 'high',
  },
] as const satisfies readonly (Omit<Fact, 'statement' | 'products' | 'deploys'> & { source: CheckSourceId })[]

export type CheckFactId = (typeof list)[number]['id']

// The statements are what a translation replaces, so they live in sourceText.ts. Keyed by exactly the check's fact
// ids: a fact without a statement, or a statement without a fact, is a compile error; the check is here, where the
// ids are, as the text module may not import this one.
const STATEMENTS: Readonly<
  Record<CheckFactId, string> & Record<Exclude<keyof typeof CHECK_FACT_STATEMENTS, CheckFactId>, never>
> = CHECK_FACT_STATEMENTS

const CHECK_FACTS = Object.fromEntries(
  list.map(({ id, ...f }): [string, Fact] => [
    id,
    { id, statement: STATEMENTS[id], ...f, products: ALL, deploys: ANY_DEPLOY },
  ]),
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
