import { keepOnPath } from '../domain/routing'
import { ANSWER_IDS, type Answers, LICENSE_IDS, type LicenseId, type Product } from '../domain/types'
import { evaluateGroup, type GroupResult, type PlanInput, type PlanTotals, planTotals, totalsOf } from '../share/totals'

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

const own = (answers: Answers): Answers => {
  const { product: _p, deploy: _d, ...rest } = answers
  return rest
}

/*
 * A plan of hundreds of groups is compared again on every keystroke, five products each. A group's
 * results elsewhere depend only on its own result here, which the totals hand back as the same
 * object while the group is unchanged.
 */
const elsewhere = new WeakMap<GroupResult, GroupResult[]>()

function underEveryProduct(g: GroupResult): GroupResult[] {
  const known = elsewhere.get(g)
  if (known) return known
  const deploy = g.answers.deploy
  const results = ANSWER_IDS.product.map((product) =>
    // The answers as kept under the plan's own product: remembered answers off its path are not carried over.
    evaluateGroup(
      { product, deploy },
      { name: g.label, countText: g.countText, answers: own(keepOnPath({ ...g.answers, product })) },
      0,
    ),
  )
  elsewhere.set(g, results)
  return results
}

/** Undefined until the plan has a product and a deployment: there is nothing to carry over before. */
export function comparePlan(plan: PlanInput, current: PlanTotals = planTotals(plan)): Comparison | undefined {
  if (plan.product === undefined || plan.deploy === undefined) return undefined
  const kept = current.groups.filter((g) => g.count !== undefined)
  const leftOut = current.groups.filter((g) => g.count === undefined).map((g) => g.label)
  const carried = kept.map(underEveryProduct)

  const columns = ANSWER_IDS.product.map((product, p): CompareColumn => {
    const totals = totalsOf(
      carried.map((results) => results[p]),
      plan.servers,
    )
    const column: CompareColumn = { product, quantities: {}, needsMore: [], none: [], undetermined: [] }
    for (const line of totals.lines) column.quantities[line.license] = line.quantity
    for (const g of totals.groups) {
      if (g.status === 'invalid') column.needsMore.push(g.name)
      else if (g.status === 'none') column.none.push(g.name)
      else if (g.status === 'undetermined') column.undetermined.push(g.name)
    }
    return column
  })
  const licenses = LICENSE_IDS.filter((id) => columns.some((c) => c.quantities[id] !== undefined))
  return { columns, licenses, leftOut }
}
