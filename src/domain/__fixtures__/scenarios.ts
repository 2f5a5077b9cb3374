/**
 * The team's public acceptance scenarios, typed. The data is a copy of the shared
 * licensing/scenarios.json (the project never reads the shared folder); e2e specs import the JSON.
 */
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

export const SCENARIOS = data.scenarios as readonly Scenario[]
export const SEED_PLAN = data.plan as PlanScenario
