import type { FactId } from './facts'
import type { Answers, LicenseId } from './types'

/**
 * The editions of Sales and Customer Service side by side (d365-sku-2026-12.md sections 3.1 and 3.2), for a result
 * whose edition the person's answers could not decide (contract section 9: the answer is `review` and the result
 * shows the comparison, with sources). Each row rests on one rulebook fact; a dash means the edition lacks it.
 */
export interface EditionRow {
  capability: string
  /** One cell per edition, in the order of `editions`. */
  cells: readonly [string, string, string]
  fact: FactId
}

export interface EditionComparison {
  workload: 'sales' | 'customer-service'
  title: string
  editions: readonly [LicenseId, LicenseId, LicenseId]
  rows: readonly EditionRow[]
}

const NO = '–'

export const EDITION_COMPARISONS: readonly EditionComparison[] = [
  {
    workload: 'sales',
    title: 'Sales editions compared',
    editions: ['d365-sales-professional', 'd365-sales-enterprise', 'd365-sales-premium'],
    rows: [
      { capability: 'App', cells: ['Sales Professional app only', 'Sales Hub', 'Sales Hub'], fact: 'R39.K4' },
      { capability: 'Forecasting, playbooks, marketing campaigns', cells: [NO, 'Yes', 'Yes'], fact: 'R39.K5' },
      {
        capability: 'Sequences and predictive scoring',
        cells: [NO, 'Up to 1,500 records a month', 'Beyond 1,500 records a month'],
        fact: 'R39.K6',
      },
      {
        capability: 'Relationship intelligence, predictive forecasting',
        cells: [NO, NO, 'Yes'],
        fact: 'R39.K5',
      },
    ],
  },
  {
    workload: 'customer-service',
    title: 'Customer Service editions compared',
    editions: [
      'd365-customer-service-professional',
      'd365-customer-service-enterprise',
      'd365-customer-service-premium',
    ],
    rows: [
      {
        capability: 'Who it is for',
        cells: [
          'Businesses with fewer needs',
          'The full Customer Service capabilities',
          'Enterprise with live channels',
        ],
        fact: 'R40.K10',
      },
      { capability: 'Unified routing (automatic assignment)', cells: [NO, 'Yes', 'Yes'], fact: 'R40.K11' },
      {
        capability: 'Live chat, messaging and voice',
        cells: [NO, 'Contact Center add-on', 'Included (a partner’s reading)'],
        fact: 'R40.K13',
      },
    ],
  },
]

/** The comparisons a result shows: one for each app whose needs the answers leave not known. */
export function comparisonsFor(answers: Answers): EditionComparison[] {
  return EDITION_COMPARISONS.filter((c) =>
    c.workload === 'sales' ? answers['sales-needs'] === 'unknown' : answers['service-needs'] === 'unknown',
  )
}
