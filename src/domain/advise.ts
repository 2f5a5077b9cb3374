import { classify } from './audience'
import { type Caveat, caveatsFor } from './caveats'
import { deviceVariantOf } from './devices'
import { FACTS, type FactId } from './facts'
import { isComplete, keepOnPath, pathKey, ruleFor } from './routing'
import type { Alternative } from './rules'
import { sourceOf } from './sources'
import type { Answers, Confidence, Fact, LicenseId, Source } from './types'
import { UNCERTAINTIES, type Uncertainty } from './uncertainties'

/** Bumped whenever a rule, fact or source changes what any path recommends. */
export const RULEBOOK = { version: '1.0.0', date: '2026-11-28' } as const

export interface Reason {
  fact: Fact
  source: Source
}

export interface Advice {
  license: LicenseId
  confidence: Confidence
  ruleId: string
  reasons: Reason[]
  alternatives: Alternative[]
  caveats: Caveat[]
  /** Empty when settled; what is uncertain and what to ask when `review`. */
  uncertain: Uncertainty[]
}

function reasonsFrom(ids: readonly FactId[]): Reason[] {
  const unique = [...new Set(ids)]
  return unique.map((id) => {
    const fact = FACTS[id]
    const source = sourceOf(fact.source)
    if (!source) throw new Error(`Fact ${id} cites unknown source ${fact.source}`)
    return { fact, source }
  })
}

// One advice per complete path (a few thousand): the planner asks again for every group on every edit.
const adviceMemo = new Map<string, Advice | undefined>()

/**
 * The advice for one person, or `undefined` while the answers are incomplete. Answers off the
 * path are ignored, exactly as the questionnaire would never have asked them. The same path always
 * gets the same object back, so treat it as read-only.
 */
export function advise(input: Answers): Advice | undefined {
  const answers = keepOnPath(input)
  if (!isComplete(answers)) return undefined
  const key = pathKey(answers)
  if (!adviceMemo.has(key)) adviceMemo.set(key, adviceOnPath(answers))
  return adviceMemo.get(key)
}

function adviceOnPath(answers: Answers): Advice | undefined {
  const rule = ruleFor(answers)
  const who = classify(answers)
  if (!rule || !who) return undefined

  let license = rule.license
  const facts: FactId[] = [...rule.facts, ...who.facts]
  const alternatives: Alternative[] = [...(rule.alternatives ?? [])]
  const uncertain: Uncertainty[] = []
  if (who.uncertain && rule.license !== 'none') uncertain.push(UNCERTAINTIES[who.uncertain])
  if (rule.uncertain) uncertain.push(UNCERTAINTIES[rule.uncertain])

  const device = rule.userOnly ? undefined : deviceVariantOf(rule.license)
  if (device && answers.device === 'shared') {
    license = device
    facts.push(
      answers.product === 'd365'
        ? 'R32.S54'
        : answers.product === 'crm2013' || answers.product === 'crm2016'
          ? 'R32.S27'
          : 'R32.S5',
    )
    alternatives.unshift({ license: rule.license, when: 'for anyone who also works from a device of their own' })
    if (device === 'd365-device') uncertain.push(UNCERTAINTIES['d365-device'])
  } else if (device) {
    alternatives.push({
      license: device,
      when: 'if several people take turns on one device, one license for the device',
    })
  }

  const confidence: Confidence = uncertain.length > 0 ? 'review' : 'settled'
  return {
    license,
    confidence,
    ruleId: rule.id,
    reasons: reasonsFrom(facts),
    alternatives,
    caveats: caveatsFor(answers, license),
    uncertain,
  }
}
