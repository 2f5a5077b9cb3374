import { keepOnPath } from '../domain/routing'
import { ANSWER_IDS, type Answers, LICENSE_IDS, type LicenseId, type Product } from '../domain/types'
import { type GroupInput, type PlanInput, planTotals } from './totals'

/**
 * The whole plan under every product version, for an upgrade (or a look back). Each group keeps
 * the answers that are still on its path under the other version; a group that version would
 * ask more of is counted as needing more answers rather than guessed at.
 */

export interface CompareColumn {
  product: Product
  quantities: Partial<Record<LicenseId, number>>
  /** Names of the groups that version would ask more questions about. */
  needsMore: string[]
  /** Names of the groups that need no license under that version. */
  none: string[]
  /** Names of the groups whose license that version leaves undetermined. */
  undetermined: string[]
}

export interface Comparison {
  columns: CompareColumn[]
  /** Licenses with a quantity in at least one column, in the catalogue's order. */
  licenses: LicenseId[]
  /** Groups left out of every column because their count is not usable. */
  leftOut: string[]
}

const OWN = (answers: Answers): Answers => {
  const { product: _p, deploy: _d, ...own } = answers
  return own
}

/** Undefined until the plan has a product and a deployment: there is nothing to carry over before. */
export function comparePlan(plan: PlanInput): Comparison | undefined {
  if (plan.product === undefined || plan.deploy === undefined) return undefined
  const current = planTotals(plan)
  const kept: { index: number; group: GroupInput }[] = []
  const leftOut: string[] = []
  current.groups.forEach((g, index) => {
    if (g.count === undefined) leftOut.push(g.label)
    // The answers as kept under this plan's product: remembered answers off its path are not carried over.
    else kept.push({ index, group: { name: g.label, countText: String(g.count), answers: OWN(g.answers) } })
  })

  const columns = ANSWER_IDS.product.map((product): CompareColumn => {
    const groups = kept.map(({ group }) => ({
      ...group,
      answers: OWN(keepOnPath({ ...group.answers, product, deploy: plan.deploy })),
    }))
    const totals = planTotals({ product, deploy: plan.deploy, servers: plan.servers, groups })
    const column: CompareColumn = { product, quantities: {}, needsMore: [], none: [], undetermined: [] }
    for (const line of totals.lines) column.quantities[line.license] = line.quantity
    totals.groups.forEach((g) => {
      if (g.status === 'invalid') column.needsMore.push(g.name)
      else if (g.status === 'none') column.none.push(g.name)
      else if (g.status === 'undetermined') column.undetermined.push(g.name)
    })
    return column
  })
  const licenses = LICENSE_IDS.filter((id) => columns.some((c) => c.quantities[id] !== undefined))
  return { columns, licenses, leftOut }
}
