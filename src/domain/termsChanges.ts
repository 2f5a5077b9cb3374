/**
 * Microsoft's dated changes of terms (docs/adr/0001-changes-of-terms.md). Each one is asked about twice: whether the
 * customer's agreement was signed before it took effect (`agreement`, an organization's question), and, under the new
 * terms, what decides the person's reading (`decidedBy`). A product's terms point at the change from the readings
 * it alters (`ByAgreement` in products.ts), so the products under a change and the paths that ask its questions derive
 * from the terms, and a product modelled on another inherits its changes.
 */
export interface TermsChange {
  /** The date the new terms apply to agreements signed from, as an ISO date. */
  effective: `${number}-${number}-${number}`
  /** Question ids (types.ts spells its answers from this table, so it is not imported here). */
  agreement: string
  decidedBy: string
  /**
   * The facts that state the new terms, each cited on the readings under them (fact ids: typed as text because the
   * facts' own types derive from the answers this table spells; termsChanges.test holds them to the facts).
   */
  facts: readonly string[]
}

export const TERMS_CHANGES = {
  // The Dynamics 365 definition of internal users took in contractors and vendors' staff who typically work more than
  // 30 hours a week for the customer, or on site every working day.
  'internal-users-2024-10': {
    effective: '2024-10-01',
    agreement: 'signed',
    decidedBy: 'hours',
    facts: ['R3.P1'],
  },
} as const satisfies Record<string, TermsChange>

export type TermsChangeId = keyof typeof TERMS_CHANGES

type MonthOf<D extends string> = D extends `${infer Y}-${infer M}-${string}` ? `${Y}-${M}` : never

/**
 * The agreement question's answers for a change, by the month it took effect (contract section 1 spells them so:
 * `before-2024-10`, `from-2024-10`, `unknown`).
 */
export function agreementAnswers<D extends string>(effective: D) {
  const month = effective.slice(0, 7) as MonthOf<D>
  return [`before-${month}`, `from-${month}`, 'unknown'] as const
}

/** The questions a change of terms asks: asked while the person's reading waits for them (routing.ts). */
export const AGREEMENT_QUESTIONS: ReadonlySet<string> = new Set(
  Object.values(TERMS_CHANGES).flatMap((c) => [c.agreement, c.decidedBy]),
)
