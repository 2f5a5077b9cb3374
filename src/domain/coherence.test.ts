import { describe, expect, it } from 'vitest'
import { WHOLE_TREE } from '../test-runs'
import { advise } from './advise'
import { refine } from './apps'
import { citedOn, type FactId } from './facts'
import { nextSteps, type StepTextId } from './nextSteps'
import { PRODUCTS } from './products'
import { decide, enumeratePaths } from './routing'
import type { Answers } from './types'

/**
 * Whole-path coherence (issue 18 item 5). Everything the advice cites goes through `citedOn`, which keeps the facts
 * that hold for the path's product and deployment. So on every path the questionnaire can take:
 * - nothing shown cites a fact whose products or deployments exclude the path;
 * - no list the advice rests on is left with nothing: the rule, the reading of who the person is, the other reading
 *   where both lead to the same license, the device wording, the app's refinement, each caveat, each next step that
 *   states a licensing rule. A new era modelled on another, or a list naming another era's facts only, fails here
 *   on the first path that would show a claim with no source of its own.
 */

/** The next steps that state a licensing rule: shown only with a source (the others are process advice). */
const RULE_STEPS: readonly StepTextId[] = [
  'buyHosted',
  'buyMinimum',
  'buyAttach',
  'buyConnector',
  'buyConnectorCrm4',
  'assignServer',
  'assignServerCrm4',
  'assignCapacity',
  'assignCapacityAnon',
  'assignTenantLicense',
  'assignDeviceD365',
  'assignTenant',
  'assignCalType',
  'recordBasis',
]

function incoherence(path: Answers): string[] {
  const out: string[] = []
  const advice = advise(path)
  const decision = decide(path)
  if (!advice || !decision || !path.product) return ['no advice']
  const holds = (id: FactId) => citedOn(path, [id]).length === 1
  const keeps = (what: string, ids: readonly FactId[]) => {
    if (ids.length > 0 && citedOn(path, ids).length === 0) out.push(`${what} keeps none of ${ids.join(', ')}`)
  }

  for (const reason of advice.reasons) if (!holds(reason.fact.id as FactId)) out.push(`reason ${reason.fact.id}`)
  if (advice.reasons.length === 0) out.push('no reason')
  keeps(`rule ${decision.rule.id}`, decision.rule.facts)
  keeps(`reading ${decision.reading.audience}`, decision.reading.facts)
  if (decision.otherwise) keeps(`other reading's rule ${decision.otherwise.id}`, decision.otherwise.facts)
  if (path.device === 'shared') keeps('device wording', PRODUCTS[path.product].deviceFacts)
  const refined = refine(path)
  if (refined) keeps('app refinement', refined.facts)

  for (const caveat of advice.caveats) {
    for (const fact of caveat.facts) if (!holds(fact as FactId)) out.push(`caveat ${caveat.id} cites ${fact}`)
    if (caveat.facts.length === 0) out.push(`caveat ${caveat.id} keeps no fact`)
  }
  for (const step of nextSteps(advice, path)) {
    for (const part of step.parts) {
      for (const fact of part.facts) if (!holds(fact.id as FactId)) out.push(`step ${part.text} cites ${fact.id}`)
      if (RULE_STEPS.includes(part.text) && part.facts.length === 0) out.push(`step ${part.text} keeps no fact`)
    }
  }
  return out
}

describe('whole-path coherence: every path cites only what holds for it, and every claim keeps a source', () => {
  const paths = enumeratePaths()

  it(`on all ${paths.length} paths`, WHOLE_TREE, () => {
    const failures = paths.flatMap((path) =>
      incoherence(path).map((problem) => `${path.product}/${path.deploy}: ${problem} (${JSON.stringify(path)})`),
    )
    expect(failures.slice(0, 20), `${failures.length} incoherent citations`).toEqual([])
  })
})
