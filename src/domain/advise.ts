import { deviceOfApp } from './appQuestions'
import { refine } from './apps'
import { type Caveat, caveatsFor } from './caveats'
import { deviceVariantOf } from './devices'
import { citedOn, FACTS, type FactId } from './facts'
import { PRODUCTS } from './products'
import { decide, isComplete, keepOnPath } from './routing'
import { type Alternative, adviceKey } from './rules'
import { sourceOf } from './sources'
import type { Answers, Confidence, Fact, LicenseId, Source } from './types'
import { UNCERTAINTIES, type Uncertainty } from './uncertainties'

const IF_AUDIENCE = {
  internal: 'if-internal',
  external: 'if-external',
  public: 'if-public',
  service: 'if-service',
} as const

export { RULEBOOK } from './rulebook'

export interface Reason {
  fact: Fact
  source: Source
}

export interface Advice {
  /** The person's license; with several Dynamics 365 apps, the base. */
  license: LicenseId
  /** Attach licenses on the same person (contract section 9, `data-attach`); empty for most paths. */
  attach: LicenseId[]
  /** Bought besides the person's own: a tenant license, Contact Center, a second app's device license. */
  extra: LicenseId[]
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

/** The licenses version 3 refines (contract section 9). */
const FAMILY: readonly LicenseId[] = ['d365-app', 'd365-device']

// One advice per complete path: the planner asks again for every group on every edit. keepOnPath
// hands back the same object for the same path, so it is the key.
const adviceMemo = new WeakMap<Answers, Advice | undefined>()

/**
 * The advice for one person, or `undefined` while the answers are incomplete. Answers off the
 * path are ignored, exactly as the questionnaire would never have asked them. The same path always
 * gets the same object back, so treat it as read-only.
 */
export function advise(input: Answers): Advice | undefined {
  const answers = keepOnPath(input)
  if (!isComplete(answers)) return undefined
  if (!adviceMemo.has(answers)) adviceMemo.set(answers, adviceOnPath(answers))
  return adviceMemo.get(answers)
}

function adviceOnPath(answers: Answers): Advice | undefined {
  const decision = decide(answers)
  if (!decision || !answers.product) return undefined
  const { rule, reading, otherwise } = decision

  let license = rule.license
  const facts: FactId[] = [...rule.facts, ...reading.facts]
  const alternatives: Alternative[] = [...(rule.alternatives ?? [])]
  const uncertain: Uncertainty[] = []
  // A reading the sources leave open matters only where the other reading would change the advice.
  const readingMatters = otherwise ? adviceKey(otherwise) !== adviceKey(rule) : rule.license !== 'none'
  if (reading.uncertain && readingMatters) uncertain.push(UNCERTAINTIES[reading.uncertain])
  if (otherwise && reading.otherwise && readingMatters) {
    alternatives.unshift({ license: otherwise.license, when: IF_AUDIENCE[reading.otherwise] })
  } else if (otherwise) {
    // Settled because both readings need this license: cite why the other one does too.
    facts.push(...otherwise.facts)
  }
  if (rule.uncertain) uncertain.push(UNCERTAINTIES[rule.uncertain])
  if (reading.alternatives && rule.license !== 'none') alternatives.push(...reading.alternatives)

  const device = rule.userOnly ? undefined : deviceVariantOf(rule.license)
  if (device && answers.device === 'shared') {
    license = device
    facts.push(...PRODUCTS[answers.product].deviceFacts)
    alternatives.unshift({ license: rule.license, when: 'own-device-too' })
  } else if (device) {
    alternatives.push({
      license: device,
      when: 'shared-device',
    })
  }

  let attach: LicenseId[] = []
  let extra: LicenseId[] = []
  let offered = alternatives
  const refined = refine(answers)
  if (refined) {
    // Version 3 names the SKUs the family license stood for: the family's own alternatives give way to the app's.
    license = refined.license
    attach = refined.attach
    extra = refined.extra
    facts.push(...refined.facts)
    uncertain.push(...refined.uncertain.map((id) => UNCERTAINTIES[id]))
    offered = [...refined.alternatives, ...alternatives.filter((a) => !FAMILY.includes(a.license))]
    const device = answers.device === 'named' && answers.app ? deviceOfApp(answers.app) : undefined
    if (device) offered.push({ license: device, when: 'shared-device' })
  }

  const confidence: Confidence = uncertain.length > 0 ? 'review' : 'settled'
  return {
    license,
    attach,
    extra,
    confidence,
    ruleId: rule.id,
    reasons: reasonsFrom(citedOn(answers, facts)),
    alternatives: offered,
    caveats: caveatsFor(
      answers,
      license,
      offered.map((a) => a.license),
    ),
    uncertain,
  }
}
