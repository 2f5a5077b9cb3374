import { isAllowed, nextQuestion } from '../domain/routing'
import {
  ANSWER_IDS,
  type Answers,
  NEWEST_VOCABULARY,
  type QuestionId,
  VOCABULARY_HISTORY,
  type Vocabulary,
  type VocabularyVersion,
} from '../domain/types'

export type { Vocabulary }

/** Where a replay stopped: at a question the link does not answer, or answers with a value it cannot use. */
export type ReplayStop =
  | { kind: 'complete' }
  /** `updated`: an older link could not carry this answer, because the question is new on its path. */
  | { kind: 'missing'; question: QuestionId; updated?: true }
  | { kind: 'dropped'; question: QuestionId; value: string }

export interface Replay {
  answers: Answers
  stop: ReplayStop
}

const laterThan = (vocabulary: Vocabulary): readonly VocabularyVersion[] =>
  VOCABULARY_HISTORY.filter((h) => h.version > vocabulary)

const addedIn = (h: VocabularyVersion, q: QuestionId): readonly string[] => h.added[q] ?? []

/** Whether a link of this version can hold the question at all (a question added whole later it never holds). */
function holds(vocabulary: Vocabulary, q: QuestionId): boolean {
  return !laterThan(vocabulary).some((h) => addedIn(h, q).length === ANSWER_IDS[q].length)
}

/** Whether this version had the answer. */
function had(vocabulary: Vocabulary, q: QuestionId, value: string): boolean {
  return !laterThan(vocabulary).some((h) => addedIn(h, q).includes(value))
}

/** Whether a later version asks this question on paths where the link's own did not. */
const askedOnMorePathsSince = (vocabulary: Vocabulary, q: QuestionId): boolean =>
  laterThan(vocabulary).some((h) => (h.askedOnMorePaths as readonly QuestionId[]).includes(q))

/**
 * Replays answers read from a link in question order, through the same routing the questionnaire
 * uses, so a link can never hold answers the machine would refuse. Only questions on the path are
 * looked up, which is what makes keys off the path harmless. `start` must itself be on a path.
 * A link is read with its own version's meaning: what later versions added is not part of it.
 */
export function replay(
  start: Answers,
  read: (q: QuestionId) => string | undefined,
  vocabulary: Vocabulary = NEWEST_VOCABULARY,
): Replay {
  const answers: Answers = { ...start }
  for (;;) {
    const question = nextQuestion(answers)
    if (question === undefined) return { answers, stop: { kind: 'complete' } }
    const value = holds(vocabulary, question) ? read(question) : undefined
    if (value === undefined) {
      // Where a later version asks on more paths, an older link may simply not have had this question to
      // answer: say so politely (the notice is true of a link that stopped here anyway).
      const updated = askedOnMorePathsSince(vocabulary, question)
      return { answers, stop: updated ? { kind: 'missing', question, updated } : { kind: 'missing', question } }
    }
    if (!had(vocabulary, question, value) || !isAllowed(question, value, answers)) {
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
