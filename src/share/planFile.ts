import { LICENSE_IDS, QUESTION_IDS } from '../domain/types'
import { LINK_VERSION } from './advice'
import { groupAnswers, type PlanToWrite } from './plan'

/**
 * A plan saved as a file, for plans too big for a link (review item 2). The file holds what the
 * link would, as readable JSON; opening it turns it back into the link's parameters, so it is read
 * by the same total reader (decodePlan) with the same flags for whatever cannot be used.
 */

export const PLAN_FILE_TYPE = 'crm-license-advisor-plan'
export const PLAN_FILE_NAME = 'license-plan.json'
/** Far above 500 groups with long names; a bigger file is not one the advisor wrote. */
export const PLAN_FILE_MAX = 5_000_000

export type PlanFileProblem = 'not-json' | 'not-a-plan' | 'too-big'

interface FileGroup {
  name: string
  count: string
  answers: Record<string, string>
}

/** The file's text: product, deployment, servers, kept prices, then each group with its answers. */
export function planFileText(plan: PlanToWrite): string {
  // Only the answers on each group's path, as the link would carry them.
  const groups: FileGroup[] = plan.groups.map((g) => ({
    name: g.name,
    count: String(g.count),
    answers: groupAnswers(plan, g) as Record<string, string>,
  }))
  const file = {
    type: PLAN_FILE_TYPE,
    v: LINK_VERSION,
    product: plan.product ?? '',
    deploy: plan.deploy ?? '',
    servers: String(plan.servers),
    ...(plan.prices && { prices: plan.prices }),
    groups,
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const escapeName = (name: string) => name.replace(/[%;:]/g, (c) => encodeURIComponent(c))

/** The plan link's search string for a file's text, or why it is not a plan file. Never throws. */
export function readPlanFile(content: string): { search: string } | { problem: PlanFileProblem } {
  if (content.length > PLAN_FILE_MAX) return { problem: 'too-big' }
  let file: unknown
  try {
    file = JSON.parse(content)
  } catch {
    return { problem: 'not-json' }
  }
  if (!isRecord(file) || file.type !== PLAN_FILE_TYPE || !Array.isArray(file.groups)) return { problem: 'not-a-plan' }
  const params = new URLSearchParams({ v: text(file.v) || LINK_VERSION, view: 'plan' })
  for (const key of ['product', 'deploy'] as const) if (text(file[key]) !== '') params.set(key, text(file[key]))
  if (file.servers !== undefined) params.set('servers', text(file.servers))
  if (isRecord(file.prices)) {
    for (const license of LICENSE_IDS) {
      const price = file.prices[license]
      if (price !== undefined) params.append('price', `${license}:${text(price)}`)
    }
  }
  for (const group of file.groups) {
    if (!isRecord(group)) {
      // Kept as a group the reader flags, so the file's groups keep their places.
      params.append('g', 'name:')
      continue
    }
    const answers = isRecord(group.answers) ? group.answers : {}
    // Raw as in the file: the reader checks every answer against the routing and flags the rest.
    let g = `name:${escapeName(text(group.name))};count:${escapeName(text(group.count))}`
    for (const q of QUESTION_IDS) {
      const value = answers[q]
      if (q !== 'product' && q !== 'deploy' && value !== undefined) g += `;${q}:${escapeName(text(value))}`
    }
    params.append('g', g)
  }
  return { search: `?${params.toString()}` }
}
