import { EDITION_TEXT } from './editionText'
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

type Workload = EditionComparison['workload']
type RowText = { capability: string; cells: { professional?: string; enterprise?: string; premium?: string } }

const NO = '–'

/**
 * Each table's editions and its rows, in order; the words are in editionText.ts, by workload and row, as a translation
 * replaces them. An edition a row's text gives no cell lacks the capability: its cell is a dash.
 */
const TABLES = {
  sales: {
    editions: ['d365-sales-professional', 'd365-sales-enterprise', 'd365-sales-premium'],
    rows: [
      { id: 'app', fact: 'R39.K4' },
      { id: 'forecasting', fact: 'R39.K5' },
      { id: 'sequences', fact: 'R39.K6' },
      { id: 'relationship-intelligence', fact: 'R39.K5' },
    ],
  },
  'customer-service': {
    editions: [
      'd365-customer-service-professional',
      'd365-customer-service-enterprise',
      'd365-customer-service-premium',
    ],
    rows: [
      { id: 'audience', fact: 'R40.K10' },
      { id: 'unified-routing', fact: 'R40.K11' },
      { id: 'live-channels', fact: 'R40.K13' },
    ],
  },
} as const satisfies Record<
  Workload,
  { editions: readonly [LicenseId, LicenseId, LicenseId]; rows: readonly { id: string; fact: FactId }[] }
>

type RowId<W extends Workload> = (typeof TABLES)[W]['rows'][number]['id']
type StrayRow<W extends Workload> = Exclude<keyof (typeof EDITION_TEXT)[W]['rows'], RowId<W>>

// Keyed by exactly the tables' rows: a row without its text, or a text without a row, is a compile error. The check
// is here, where the ids are, as the text module may not import this one.
const TEXT: {
  readonly [W in Workload]: {
    readonly title: string
    readonly rows: Readonly<Record<RowId<W>, RowText> & Record<StrayRow<W>, never>>
  }
} = EDITION_TEXT

function comparison(workload: Workload): EditionComparison {
  const { editions, rows } = TABLES[workload]
  const { title, rows: texts } = TEXT[workload] as { title: string; rows: Readonly<Record<string, RowText>> }
  return {
    workload,
    title,
    editions,
    rows: rows.map(({ id, fact }) => {
      const { capability, cells } = texts[id]
      return { capability, cells: [cells.professional ?? NO, cells.enterprise ?? NO, cells.premium ?? NO], fact }
    }),
  }
}

export const EDITION_COMPARISONS: readonly EditionComparison[] = [comparison('sales'), comparison('customer-service')]

/** The comparisons a result shows: one for each app whose needs the answers leave not known. */
export function comparisonsFor(answers: Answers): EditionComparison[] {
  return EDITION_COMPARISONS.filter((c) =>
    c.workload === 'sales' ? answers['sales-needs'] === 'unknown' : answers['service-needs'] === 'unknown',
  )
}
