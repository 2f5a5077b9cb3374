import { entryView } from '../boot/view'
import { nextQuestion } from '../domain/routing'
import type { Answers, Product, QuestionId } from '../domain/types'
import { NEWEST_VOCABULARY, QUESTION_IDS, VOCABULARY_HISTORY } from '../domain/types'
import { rememberedBy } from '../memo'
import { clip, paramsOf, queryValue, replay, type Vocabulary } from './replay'

/**
 * Links to one piece of advice (contract §3). A link made today must open the same answers later,
 * so the names read here are never renamed; a new vocabulary needs a new LINK_VERSION. Kept apart
 * from the plan codec so the questionnaire's first screen does not carry the planner's code.
 */
export const LINK_VERSION = String(NEWEST_VOCABULARY)

/** The link versions this reader knows, each read with its own vocabulary; any other `v` is refused. */
const VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
  VOCABULARY_HISTORY.map((h) => [String(h.version), h.version]),
)

export type Notice =
  | { kind: 'unknown-version'; version: string }
  | { kind: 'dropped-answer'; question: QuestionId; value: string }
  /** An older link whose path now asks one more question (contract sections 5 and 9): said politely. */
  | { kind: 'rules-updated'; question: QuestionId }

export interface DecodedAdvice {
  view: 'advice'
  answers: Answers
  notice?: Notice
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

/** The start of a plan link: its version, view, and the plan-wide product and deployment. */
export function planLinkStart(product?: Product | string, deploy?: string): string {
  let search = `?v=${LINK_VERSION}&view=plan`
  if (product !== undefined) search += `&product=${queryValue(product)}`
  if (deploy !== undefined) search += `&deploy=${queryValue(deploy)}`
  return search
}

/** Whether a link to answers opens on advice (its path is complete) rather than on a question. Never throws. */
export function opensOnAdvice(search: string): boolean {
  return nextQuestion(decodeAdvice(search).answers) === undefined
}

/** Which view a link opens. Never throws. */
export function linkView(search: string): 'advice' | 'plan' | 'check' | 'proposal' {
  // The boot script's reading (src/boot/view.ts), after paramsOf has found the query in any input.
  const view = entryView(paramsOf(search).toString())
  return view === 'start' ? 'advice' : view
}

/** The compliance check's address, with the product and deployment already answered, if any. */
export function checkLinkStart(product?: Product | string, deploy?: string): string {
  let search = `?v=${LINK_VERSION}&view=check`
  if (product !== undefined) search += `&product=${queryValue(product)}`
  if (deploy !== undefined) search += `&deploy=${queryValue(deploy)}`
  return search
}

/**
 * The vocabulary a link is written in, or the notice for a `v` this reader does not know. `known` is
 * this reader's own list; an older copy of the app knew only version 1, and refused `v=2` alike.
 */
export function linkVocabulary(
  params: URLSearchParams,
  known: Readonly<Record<string, Vocabulary>> = VOCABULARIES,
): { vocabulary: Vocabulary } | { notice: Notice } {
  const version = params.get('v')
  // No `v` means a hand-written or trimmed link: read it as the newest version, as the contract says.
  if (version === null) return { vocabulary: NEWEST_VOCABULARY }
  const vocabulary = Object.hasOwn(known, version) ? known[version] : undefined
  return vocabulary === undefined ? { notice: { kind: 'unknown-version', version: clip(version) } } : { vocabulary }
}

// The boot, the questionnaire and the result each ask what the address says: it is read and its path walked once.
const decodedBy = rememberedBy<DecodedAdvice>(16)

/**
 * Reads the answers of a single-advice link, replayed in question order. The same address gives the same (shared,
 * never to be mutated) reading. Never throws.
 */
export function decodeAdvice(search: string | URLSearchParams): DecodedAdvice {
  const key = typeof search === 'string' ? search : `?${search.toString()}`
  return decodedBy(key, () => {
    const decoded = decode(typeof search === 'string' ? paramsOf(search) : search)
    // Shared by every reader: frozen, so a reader that changed it would fail loudly rather than change the others'.
    Object.freeze(decoded.answers)
    return Object.freeze(decoded)
  })
}

function decode(params: URLSearchParams): DecodedAdvice {
  try {
    const version = linkVocabulary(params)
    if ('notice' in version) return { view: 'advice', answers: {}, notice: version.notice }
    const { answers, stop } = replay({}, (q) => params.get(q) ?? undefined, version.vocabulary)
    if (stop.kind === 'missing' && stop.updated) {
      return { view: 'advice', answers, notice: { kind: 'rules-updated', question: stop.question } }
    }
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
