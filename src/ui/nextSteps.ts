import type { Advice } from '../domain/advise'
import { type StepPart as Part, type NextStep as Step, nextSteps as stepsFor } from '../domain/nextSteps'
import type { Answers, Fact } from '../domain/types'
import { RESULT_TEXT } from './resultContent'

/** One paragraph of a step, worded, with the rulebook facts it rests on. */
export interface StepPart {
  text: string
  facts: readonly Fact[]
}

export interface NextStep {
  id: Step['id']
  title: string
  parts: StepPart[]
}

const T = RESULT_TEXT.nextSteps

const words = (part: Part): string => (part.text === 'askReview' ? T.askReview(part.ask ?? '') : T[part.text])

/** The rulebook's next steps for this advice (src/domain/nextSteps.ts), in the UI's words. */
export function nextSteps(advice: Advice, answers: Answers): NextStep[] {
  return stepsFor(advice, answers).map((step) => ({
    id: step.id,
    title: T[step.id],
    parts: step.parts.map((part) => ({ text: words(part), facts: part.facts })),
  }))
}
