/**
 * The team's public acceptance scenarios, typed. The data is a copy of the shared
 * licensing/scenarios.json (the project never reads the shared folder); e2e specs import the JSON.
 */
import { keepOnPath, nextQuestion } from '../routing'
import type { Answers, Confidence, LicenseId } from '../types'
import data from './scenarios.json'

export interface Scenario {
  id: string
  says: string
  answers: Answers
  expect: { license?: LicenseId; confidence?: Confidence }
  basis: string
}

export interface PlanScenario {
  says: string
  product: Answers['product']
  deploy: Answers['deploy']
  groups: readonly { name: string; count: number; answers: Answers }[]
  expect: readonly { license: LicenseId; quantity: number }[]
}

/** A case in version 3 of the vocabulary (contract section 9): the base license, and the attach licenses, if any. */
export interface ScenarioV3 {
  id: string
  a: Answers
  license: LicenseId
  confidence: Confidence
  attach?: readonly LicenseId[]
  basis: string
}

export interface PlanScenarioV3 {
  id: string
  product: Answers['product']
  deploy: Answers['deploy']
  groups: readonly { name: string; count: number; a: Answers }[]
  expect: readonly { license: LicenseId; quantity: number }[]
}

export const SCENARIOS_V3 = data.scenarios_v3 as readonly ScenarioV3[]
export const PLANS_V3 = data.plans_v3 as readonly PlanScenarioV3[]

/**
 * An older case on a path where version 3 asks which app (contract section 9): with the app not known, the advice
 * is the family license the older case names. Paths that never reach `app` are unchanged.
 */
export function asVersion3(answers: Answers): Answers {
  return nextQuestion(keepOnPath(answers)) === 'app' ? { ...answers, app: 'unknown' } : answers
}

export const SCENARIOS = data.scenarios as readonly Scenario[]
/** Cases in version 2 of the vocabulary (rulebook 1.1). */
export const SCENARIOS_V2 = data.scenarios_v2 as readonly Scenario[]

/**
 * A version 1 case as a version 2 link carries it: the new questions, where they are asked, take the
 * answers the shared scenarios name (scenarios.json `about_v2`). Answers off the path are ignored.
 */
export function asVersion2(answers: Answers): Answers {
  const v2: Answers = { bought: 'before-2014', ...answers }
  if (v2.product === 'd365' && v2.who === 'offsite-vendor' && !v2.signed) v2.signed = 'before-2024-10'
  if (v2.signed === 'from-2024-10' && !v2.hours) v2.hours = 'over-30'
  return v2
}

const plan = data.plan as PlanScenario

/** The seed thread's plan, its groups as version 2 links carry them (only the answers on each path). */
export const SEED_PLAN: PlanScenario = {
  ...plan,
  groups: plan.groups.map((g) => {
    const {
      product: _p,
      deploy: _d,
      ...own
    } = keepOnPath(asVersion2({ ...g.answers, product: plan.product, deploy: plan.deploy }))
    return { ...g, answers: own }
  }),
}
