import { paramsOf, queryValue } from './replay'

/**
 * The plan being built, carried in a questionnaire address (contract §3, "carried plan"): `plan=` holds
 * a whole plan link's query, escaped once (`plan=v%3D2%26view%3Dplan%26product%3D…%26g%3D…`), so the
 * plan keeps its own version and is read by the plan codec as it stands. `from=plan` says the advice
 * was opened from that plan. Both follow the answers; a reader that does not know them ignores them,
 * so every version 1 and 2 link reads as before. Kept apart from the plan codec, which the
 * questionnaire's first screen does not load.
 */
export interface Carried {
  /** The plan's own search string, '?v=2&view=plan&…', or undefined when none is carried. */
  plan?: string
  /** The advice was opened from the plan: its way back is the plan, not a question. */
  fromPlan: boolean
}

export const NOTHING_CARRIED: Carried = { fromPlan: false }

/** What an address carries besides its answers. Never throws; a `plan` that is not a plan link is ignored. */
export function readCarried(search: string): Carried {
  try {
    const params = paramsOf(search)
    const text = params.get('plan')
    if (text === null || text === '') return NOTHING_CARRIED
    const plan = `?${text.replace(/^\?/, '')}`
    if (paramsOf(plan).get('view') !== 'plan') return NOTHING_CARRIED
    return { plan, fromPlan: params.get('from') === 'plan' }
  } catch {
    return NOTHING_CARRIED
  }
}

/** Appends what is carried to an advice search string ('?v=2&…'). */
export function withCarried(search: string, carried: Carried): string {
  if (carried.plan === undefined) return search
  const base = search === '' ? '?' : `${search}&`
  return `${base}plan=${queryValue(carried.plan.replace(/^\?/, ''))}${carried.fromPlan ? '&from=plan' : ''}`
}
