import { isAllowed, nextQuestion } from '../domain/routing'
import {
  ANSWER_IDS,
  type Answers,
  ASKED_ON_MORE_PATHS_SINCE_V2,
  QUESTION_IDS,
  type QuestionId,
  SINCE_V2,
} from '../domain/types'

/** The vocabularies links are written in (contract sections 1 and 5); a link's `v` names one. */
export type Vocabulary = 1 | 2

/** Where a replay stopped: at a question the link does not answer, or answers with a value it cannot use. */
export type ReplayStop =
  | { kind: 'complete' }
  /** `updated`: a version 1 link could not carry this answer, because the question is new on its path. */
  | { kind: 'missing'; question: QuestionId; updated?: true }
  | { kind: 'dropped'; question: QuestionId; value: string }

export interface Replay {
  answers: Answers
  stop: ReplayStop
}

/** Questions version 2 added whole: a version 1 link never holds them. */
const NEW_QUESTIONS = QUESTION_IDS.filter((q) => SINCE_V2[q]?.length === ANSWER_IDS[q].length)

/** Whether version 1 of the vocabulary had this answer. */
function inVersion1(q: QuestionId, value: string): boolean {
  return !(SINCE_V2[q] as readonly string[] | undefined)?.includes(value)
}

/**
 * Replays answers read from a link in question order, through the same routing the questionnaire
 * uses, so a link can never hold answers the machine would refuse. Only questions on the path are
 * looked up, which is what makes keys off the path harmless. `start` must itself be on a path.
 * A version 1 link is read with version 1's meaning: what version 2 added is not part of it.
 */
export function replay(
  start: Answers,
  read: (q: QuestionId) => string | undefined,
  vocabulary: Vocabulary = 2,
): Replay {
  const answers: Answers = { ...start }
  const carried = (q: QuestionId) => (vocabulary === 1 && NEW_QUESTIONS.includes(q) ? undefined : read(q))
  for (;;) {
    const question = nextQuestion(answers)
    if (question === undefined) return { answers, stop: { kind: 'complete' } }
    const value = carried(question)
    if (value === undefined) {
      // Where version 2 asks on more paths, a version 1 link may simply not have had this question to
      // answer: say so politely (the notice is true of a link that stopped here anyway).
      const updated = vocabulary === 1 && ASKED_ON_MORE_PATHS_SINCE_V2.includes(question)
      return { answers, stop: updated ? { kind: 'missing', question, updated } : { kind: 'missing', question } }
    }
    if ((vocabulary === 1 && !inVersion1(question, value)) || !isAllowed(question, value, answers)) {
      return { answers, stop: { kind: 'dropped', question, value } }
    }
    Object.assign(answers, { [question]: value })
  }
}

const NOTICE_MAX = 200

/**
 * Shortens text taken from a link before it is shown, so a hostile link cannot flood the page.
 * Cuts by UTF-16 units but never between the halves of a surrogate pair.
 */
export function clip(text: string): string {
  if (text.length <= NOTICE_MAX) return text
  let end = NOTICE_MAX
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** decodeURIComponent that keeps the raw text when the escapes are broken, as the contract requires. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** URLSearchParams from a search string, a bare query, a whole URL or garbage; never throws. */
export function paramsOf(input: string): URLSearchParams {
  try {
    let text = String(input)
    const mark = text.indexOf('?')
    // A '?' after the first '=' or '&' belongs to a value, not to a URL in front of the query.
    const firstPair = text.search(/[=&]/)
    if (mark >= 0 && (firstPair < 0 || mark < firstPair)) text = text.slice(mark + 1)
    // Cut the fragment only after finding the query, so a '#/?v=1…' address still reads.
    const hash = text.indexOf('#')
    if (hash >= 0) text = text.slice(0, hash)
    return new URLSearchParams(text)
  } catch {
    return new URLSearchParams()
  }
}

/**
 * encodeURIComponent, plus the apostrophe, which browsers escape in the query of an http(s)
 * address: without it, the address bar would differ from the link written.
 */
export function queryValue(text: string): string {
  return encodeURIComponent(text).replace(/'/g, '%27')
}
