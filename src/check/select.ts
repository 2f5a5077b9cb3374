import type { Answers, Deploy, Product } from '../domain/types'
import { type CheckResult, checkUsers, type Verdict } from './classify'
import { aloneIndex, type GroupState, groupState, type UserGroup } from './groups'
import { type CheckContext, GROUP_PAGE } from './machine'
import { STATUSES, type Status } from './vocabulary'

/**
 * What the page shows, computed from the machine's context: plain functions, each asked again only
 * when what it reads has changed (the page memoizes them), so a 50,000-row list is classified once
 * per file, product or map, not once per event.
 */

export function resultOf({
  list,
  product,
  deploy,
  assignments,
  values,
}: Pick<CheckContext, 'list' | 'product' | 'deploy' | 'assignments' | 'values'>): CheckResult | undefined {
  if (!list || !product || !deploy) return undefined
  const { users, columns } = list.value
  return checkUsers({ product, deploy, users, columns, assignments: assignments?.value, values })
}

/** A group's own answers: those of its key under the grouping shown, or a user's answered alone. */
export function ownAnswersOf(
  { answers, by, alone }: Pick<CheckContext, 'answers' | 'by' | 'alone'>,
  key: string,
): Answers | undefined {
  const row = aloneIndex(key)
  return row === undefined ? answers[by].get(key) : alone.get(row)
}

export function statesOf(
  groups: readonly UserGroup[],
  product: Product | undefined,
  deploy: Deploy | undefined,
  own: (key: string) => Answers | undefined,
): ReadonlyMap<string, GroupState> {
  const map = new Map<string, GroupState>()
  if (product && deploy) for (const g of groups) map.set(g.key, groupState(product, deploy, own(g.key)))
  return map
}

export function countsOf(verdicts: readonly Verdict[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const v of verdicts) counts[v.status]++
  return counts
}

/** The rows the status filter and the search let through, in file order. */
export function matchingOf(
  result: CheckResult | undefined,
  verdicts: readonly Verdict[],
  filter: Status | '',
  search: string,
): number[] {
  if (!result) return []
  const needle = search.trim().toLowerCase()
  const out: number[] = []
  result.checked.forEach((c, i) => {
    if (filter && verdicts[i].status !== filter) return
    if (needle) {
      const hay = `${c.user.fullName ?? ''} ${c.user.userName ?? ''} ${c.user.email ?? ''}`.toLowerCase()
      if (!hay.includes(needle)) return
    }
    out.push(i)
  })
  return out
}

/** The first group of the page shown, kept in range when a new file or grouping has fewer groups. */
export const firstGroupOf = (page: number, groups: number) =>
  Math.min(page, Math.max(0, Math.ceil(groups / GROUP_PAGE) - 1)) * GROUP_PAGE
