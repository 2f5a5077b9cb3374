import type { Advice } from './advise'
import { citedOn, FACTS, type FactId } from './facts'
import { LICENSES } from './licenses'
import { PRODUCTS } from './products'
import type { Answers, Fact } from './types'

/** The sentences of the next steps, by id; the words are the UI's (src/ui/content.ts). */
export type StepTextId =
  | 'buyHosted'
  | 'buyNothing'
  | 'buyChannel'
  | 'buyMinimum'
  | 'buyAttach'
  | 'buyConnector'
  | 'buyConnectorCrm4'
  | 'assignNothing'
  | 'assignUndetermined'
  | 'assignServer'
  | 'assignServerCrm4'
  | 'assignCapacity'
  | 'assignCapacityAnon'
  | 'assignTenantLicense'
  | 'assignDeviceD365'
  | 'assignDevice'
  | 'assignTenant'
  | 'assignCalType'
  | 'assignUser'
  | 'recordGeneric'
  | 'recordBasis'
  | 'planText'
  | 'askReview'
  | 'askSettled'

/** One paragraph of a step, with the rulebook facts it rests on (none for plain process advice). */
export interface StepPart {
  text: StepTextId
  facts: readonly Fact[]
  /** For askReview: what to ask, from the advice's first uncertainty. */
  ask?: string
}

export interface NextStep {
  id: 'buy' | 'assign' | 'record' | 'plan' | 'ask'
  parts: StepPart[]
}

/** Cites a fact only where the rulebook says it holds for this product and deployment. */
function cited(answers: Answers, text: StepTextId, ids: readonly FactId[]): StepPart {
  return { text, facts: citedOn(answers, ids).map((id) => FACTS[id]) }
}

const plain = (text: StepTextId): StepPart => ({ text, facts: [] })

const connectorOf = (answers: Answers) =>
  answers.product === undefined ? undefined : PRODUCTS[answers.product].connector

function buy(advice: Advice, answers: Answers): StepPart[] {
  const license = advice.license
  const parts: StepPart[] = []
  if (answers.deploy === 'hosted') parts.push(cited(answers, 'buyHosted', ['R29.S10']))
  else if (license === 'none') parts.push(plain('buyNothing'))
  else parts.push(plain('buyChannel'))
  if (license === 'essential-usl' || license === 'basic-usl' || license === 'professional-usl')
    parts.push(cited(answers, 'buyMinimum', ['R19.S25']))
  if (license === 'd365-app') parts.push(cited(answers, 'buyAttach', ['R24.S51']))
  if (license === 'external-connector' || license === 'limited-external-connector') {
    // Each version counts its connector its own way (audit G01).
    if (connectorOf(answers) === 'application-server') parts.push(cited(answers, 'buyConnectorCrm4', ['R10.Q9']))
    else parts.push(cited(answers, 'buyConnector', ['R15.P12']))
  }
  // A fact that does not hold here leaves a sentence that would claim it: drop it rather than say it uncited.
  return parts.filter((p, i) => i === 0 || p.facts.length > 0)
}

/** How the license reaches the person depends on what it is sold for: a person, a device, a server or capacity. */
function assign(advice: Advice, answers: Answers): StepPart {
  const license = LICENSES[advice.license]
  const terms = answers.product === undefined ? undefined : PRODUCTS[answers.product]
  switch (license.unit) {
    case 'none':
      return plain(advice.license === 'undetermined' ? 'assignUndetermined' : 'assignNothing')
    case 'server': {
      // The connector licenses a server for every external user, so there is no account to give it to (audit G01).
      const part =
        connectorOf(answers) === 'application-server'
          ? cited(answers, 'assignServerCrm4', ['R10.Q9'])
          : cited(answers, 'assignServer', ['R15.P12'])
      return part.facts.length > 0 ? part : plain('assignNothing')
    }
    case 'auth-pack':
      // Portal contacts are not user accounts (R36.S60): capacity goes to the site's environment.
      return cited(answers, 'assignCapacity', ['R28-env.Q2', 'R36.S60'])
    case 'anon-pack':
      return cited(answers, 'assignCapacityAnon', ['R28-env.Q2'])
    case 'tenant':
      return cited(answers, 'assignTenantLicense', ['R43.K19'])
    case 'device':
      if (advice.license === 'd365-device') return cited(answers, 'assignDeviceD365', ['R32.S54'])
      {
        const part = cited(answers, 'assignDevice', ['R32.P15'])
        return part.facts.length > 0 ? part : plain('assignDevice')
      }
    case 'person':
      if (terms?.tenant.includes(answers.deploy ?? 'onprem')) return cited(answers, 'assignTenant', ['R22.S41'])
      if (answers.deploy === 'onprem' && terms?.calType) {
        const part = cited(answers, 'assignCalType', ['R7.S39'])
        if (part.facts.length > 0) return part
      }
      return plain('assignUser')
  }
}

/** Rests on the facts of the honor-system caveat that applies, which says the rest under "What to watch for". */
function record(advice: Advice, answers: Answers): StepPart {
  const caveat = advice.caveats.find((c) => c.id.startsWith('honor-system') || c.id === 'enforcement-d365')
  if (!caveat || LICENSES[advice.license].unit === 'none') return plain('recordGeneric')
  return cited(answers, 'recordBasis', caveat.facts)
}

/**
 * What to do with the advice: where to buy and what minimums apply, how to assign it, how to record
 * the license basis, the rest of the organization, and whom to ask. Licensing statements come from the
 * rulebook's facts, cited only where they hold for the answers; the rest is process advice.
 */
export function nextSteps(advice: Advice, answers: Answers): NextStep[] {
  const first = advice.uncertain[0]
  return [
    { id: 'buy', parts: buy(advice, answers) },
    { id: 'assign', parts: [assign(advice, answers)] },
    { id: 'record', parts: [record(advice, answers)] },
    { id: 'plan', parts: [plain('planText')] },
    {
      id: 'ask',
      parts: [
        advice.confidence === 'review' && first ? { ...plain('askReview'), ask: first.ask } : plain('askSettled'),
      ],
    },
  ]
}
