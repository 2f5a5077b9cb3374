import type { FactId } from './facts'
import type { Audience } from './rules'
import type { Answers, Product } from './types'
import type { UncertaintyId } from './uncertainties'

export interface Classification {
  audience: Audience
  facts: readonly FactId[]
  uncertain?: UncertaintyId
}

/** Where each version defines who is internal; the first fact is the version's own wording. */
const INTERNAL_BASIS: Record<Product, readonly FactId[]> = {
  crm4: ['R1.S1'],
  crm2011: ['R1.S19'],
  crm2013: ['R1.S27'],
  crm2016: ['R1.S27'],
  d365: ['R1.S32'],
}

const EXTERNAL_BASIS: Record<Product, readonly FactId[]> = {
  crm4: ['R2.S1'],
  crm2011: ['R2.S1'],
  crm2013: ['R1.S27'],
  crm2016: ['R1.S27'],
  d365: ['R2.S32'],
}

/** Each version's wording on contractors who work off site, and how it disagrees with the others. */
const OFFSITE_BASIS: Record<Product, readonly FactId[]> = {
  crm4: ['R1.S1', 'R1.S2'],
  crm2011: ['R1.S19', 'R1.S45'],
  crm2013: ['R1.S27', 'R1.S28', 'R1.S45'],
  crm2016: ['R1.S27', 'R1.S28', 'R1.S45'],
  d365: ['R1.S32', 'R1.S45', 'R3.S46'],
}

/**
 * Internal users always need a license; the rest are covered by each version's external
 * allowance. Off-site contractors are the contested middle (facts.md R1 a–d, R3).
 */
export function classify(answers: Answers): Classification | undefined {
  const { product, who } = answers
  if (!product || !who) return undefined
  switch (who) {
    case 'employee':
    case 'onsite-contractor':
      return { audience: 'internal', facts: INTERNAL_BASIS[product] }
    case 'offsite-contractor':
      if (product === 'd365' && answers.signed === 'from-2024-10') {
        return { audience: 'internal', facts: ['R3.S46'], uncertain: 'offsite-contractor-2024' }
      }
      return {
        audience: 'internal',
        facts: OFFSITE_BASIS[product],
        uncertain: 'offsite-contractor',
      }
    case 'offsite-vendor':
    case 'customer':
    case 'customer-employee':
    case 'tenant-client':
      return { audience: 'external', facts: EXTERNAL_BASIS[product] }
    case 'public':
      return { audience: 'public', facts: EXTERNAL_BASIS[product] }
  }
}
