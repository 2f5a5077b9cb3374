import { type DecodedAdvice, decodeAdvice, linkVocabulary, type Notice } from './advice'
import { type DecodedPlan, decodePlan, emptyPlan, type PlanNotice } from './plan'
import { paramsOf } from './replay'

export { type DecodedAdvice, encodeAnswers, LINK_VERSION, type Notice } from './advice'

export interface DecodedPlanView {
  view: 'plan'
  plan: DecodedPlan
  notices: PlanNotice[]
  versionNotice?: Notice
}

/**
 * Reads a search string (with or without '?'), a whole URL or anything else. It never throws:
 * whatever cannot be used is dropped, and what is returned is always accepted by the routing.
 */
export function decodeLink(search: string): DecodedAdvice | DecodedPlanView {
  try {
    const params = paramsOf(search)
    return params.get('view') !== 'plan' ? decodeAdvice(params) : readPlan(params)
  } catch {
    return { view: 'advice', answers: {} }
  }
}

/** A plan link's parameters, read with the link's own vocabulary: the one plan reader, for the page and for carrying. */
export function readPlan(params: URLSearchParams): DecodedPlanView {
  const version = linkVocabulary(params)
  if ('notice' in version) return { view: 'plan', plan: emptyPlan(), notices: [], versionNotice: version.notice }
  return { view: 'plan', ...decodePlan(params, version.vocabulary) }
}
