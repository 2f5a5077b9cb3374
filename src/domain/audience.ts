import { forWork, isByAgreement, isByDeploy, PRODUCTS, type Reading } from './products'
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
      if (!isByAgreement(reading)) return reading
      if (answers.signed === undefined) return undefined
      if (answers.signed === 'before-2024-10') return reading.before
      if (answers.signed === 'unknown') return reading.unknown
      return answers.hours === undefined ? undefined : reading.from[answers.hours]
    }
    default:
      // A new answer to "who" must say how each product's terms read that person: the type checker stops here.
      return unread(who)
  }
}

const unread = (who: never): undefined => who
