import { enumeratePaths } from '../../domain/routing'
import type { Answers } from '../../domain/types'

/** Complete paths by plan ("<product> <deploy>"), each without the plan's two answers. */
export const PATHS_BY_PLAN = new Map<string, Answers[]>()
for (const { product, deploy, ...own } of enumeratePaths()) {
  const key = `${product} ${deploy}`
  PATHS_BY_PLAN.set(key, [...(PATHS_BY_PLAN.get(key) ?? []), own])
}
