import { type ByAgreement, forWork, isByAgreement, isByDeploy, PRODUCTS, type Reading } from './products'
import { agreementAnswers, TERMS_CHANGES } from './termsChanges'
import type { Answers } from './types'

export type { Reading as Classification } from './products'

/**
 * Sorts the person into an audience under the product's terms (products.ts): internal users always
 * need a license; external users and anonymous visitors are covered differently in each version;
 * service accounts are not people. Undefined until the answers say enough.
 */
export function classify(answers: Answers): Reading | undefined {
  const reading = contestedReading(answers)
  return reading && forWork(reading, answers.does)
}

/**
 * The reading before the work is known: where the other reading is open only for some work, it is kept here, so
 * routing can follow the rules the other reading could lead to from the start.
 */
export function contestedReading(answers: Answers): Reading | undefined {
  const { product, deploy, who } = answers
  if (!product || !deploy || !who) return undefined
  const terms = PRODUCTS[product]
  switch (who) {
    case 'employee':
    case 'onsite-contractor':
      return { audience: 'internal', facts: terms.internal }
    case 'customer':
    case 'customer-employee':
    case 'tenant-client':
      return { audience: 'external', facts: terms.external }
    case 'public':
      return { audience: 'public', facts: terms.external }
    case 'tenant-staff':
      return isByDeploy(terms.tenantStaff) ? terms.tenantStaff[deploy] : terms.tenantStaff
    case 'service-account':
      return terms.serviceAccount[deploy]
    case 'offsite-contractor':
    case 'offsite-vendor': {
      const reading = who === 'offsite-vendor' ? terms.offsiteVendor : terms.offsiteContractor
      if (isByDeploy(reading)) return reading[deploy]
      return isByAgreement(reading) ? underAgreement(reading, answers) : reading
    }
    default:
      // A new answer to "who" must say how each product's terms read that person: the type checker stops here.
      return unread(who)
  }
}

/** The reading by the answers about the agreement: undefined until they are given. */
function underAgreement(reading: ByAgreement, answers: Answers): Reading | undefined {
  const change = TERMS_CHANGES[reading.change]
  const [before, from] = agreementAnswers(change.effective)
  const signed = answers[change.agreement]
  if (signed === before) return reading.before
  if (signed === 'unknown') return reading.unknown
  if (signed !== from) return undefined
  const decided = answers[change.decidedBy]
  return decided === undefined ? undefined : reading.from[decided]
}

const unread = (who: never): undefined => who
