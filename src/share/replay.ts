import { isAllowed, nextQuestion } from '../domain/routing'
import type { Answers, QuestionId } from '../domain/types'

/** Where a replay stopped: at a question the link does not answer, or answers with a value it cannot use. */
export type ReplayStop =
  | { kind: 'complete' }
  | { kind: 'missing'; question: QuestionId }
  | { kind: 'dropped'; question: QuestionId; value: string }

export interface Replay {
  answers: Answers
  stop: ReplayStop
}

/**
 * Replays answers read from a link in question order, through the same routing the questionnaire
 * uses, so a link can never hold answers the machine would refuse. Only questions on the path are
 * looked up, which is what makes keys off the path harmless. `start` must itself be on a path.
 */
export function replay(start: Answers, read: (q: QuestionId) => string | undefined): Replay {
  const answers: Answers = { ...start }
  for (;;) {
    const question = nextQuestion(answers)
    if (question === undefined) return { answers, stop: { kind: 'complete' } }
    const value = read(question)
    if (value === undefined) return { answers, stop: { kind: 'missing', question } }
    if (!isAllowed(question, value, answers)) return { answers, stop: { kind: 'dropped', question, value } }
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
