import { type Answers, QUESTION_IDS, type QuestionId } from '../domain/types'
import { type DecodedPlan, decodePlan, emptyPlan, type PlanNotice } from './plan'
import { clip, paramsOf, queryValue, replay } from './replay'

/**
 * Links to one piece of advice (contract §3). A link made today must open the same answers later,
 * so the names read here are never renamed; a new vocabulary needs a new LINK_VERSION.
 */
export const LINK_VERSION = '1'

export type Notice =
  | { kind: 'unknown-version'; version: string }
  | { kind: 'dropped-answer'; question: QuestionId; value: string }

export interface DecodedAdvice {
  view: 'advice'
  answers: Answers
  notice?: Notice
}

export interface DecodedPlanView {
  view: 'plan'
  plan: DecodedPlan
  notices: PlanNotice[]
  versionNotice?: Notice
}

/** The search string for these answers, e.g. '?v=1&product=crm2011&deploy=onprem'. */
export function encodeAnswers(answers: Answers): string {
  // The same replay as reading, so only answers on the path are written (what keepOnPath keeps).
  const kept = replay({}, (q) => answers[q]).answers
  let search = `?v=${LINK_VERSION}`
  for (const q of QUESTION_IDS) {
    const value = kept[q]
    if (value !== undefined) search += `&${q}=${queryValue(value)}`
  }
  return search
}

/**
 * Reads a search string (with or without '?'), a whole URL or anything else. It never throws:
 * whatever cannot be used is dropped, and what is returned is always accepted by the routing.
 */
export function decodeLink(search: string): DecodedAdvice | DecodedPlanView {
  try {
    const params = paramsOf(search)
    const isPlan = params.get('view') === 'plan'
    const version = params.get('v')
    // No `v` means a hand-written or trimmed link: read it as the newest version, as the contract says.
    if (version !== null && version !== LINK_VERSION) {
      const versionNotice: Notice = { kind: 'unknown-version', version: clip(version) }
      return isPlan
        ? { view: 'plan', plan: emptyPlan(), notices: [], versionNotice }
        : { view: 'advice', answers: {}, notice: versionNotice }
    }
    if (isPlan) return { view: 'plan', ...decodePlan(params) }
    const { answers, stop } = replay({}, (q) => params.get(q) ?? undefined)
    if (stop.kind !== 'dropped') return { view: 'advice', answers }
    return {
      view: 'advice',
      answers,
      notice: { kind: 'dropped-answer', question: stop.question, value: clip(stop.value) },
    }
  } catch {
    return { view: 'advice', answers: {} }
  }
}
