import { classify } from './audience'
import { deviceVariantOf } from './devices'
import { facetsOf, matches, RULES, type Rule } from './rules'
import { ANSWER_IDS, type AnswerOf, type Answers, QUESTION_IDS, type QuestionId } from './types'

/**
 * Which question comes next and which answers it allows. The questionnaire machine, the link
 * reader and the planner all route through these functions, so a path means the same everywhere.
 */

/** The rules that could still apply, judging by every answer except the two asked last. */
function candidateRules(answers: Answers): Rule[] {
  const audience = classify(answers)?.audience
  const facets = facetsOf(answers, audience)
  return RULES.filter((r) => matches(r, facets, ['records']))
}

/** The one rule for a complete set of answers, if exactly one matches. */
export function ruleFor(answers: Answers): Rule | undefined {
  const audience = classify(answers)?.audience
  const facets = facetsOf(answers, audience)
  const found = RULES.filter((r) => matches(r, facets))
  return found.length === 1 ? found[0] : undefined
}

/**
 * Routing is asked the same few thousand prefixes over and over (every render, every link, every plan
 * group), and each answer re-checks the decision table. So each question's "is it asked here?" is
 * remembered by the answers before it. Only prefixes of real paths are ever looked up (every walk
 * below stops at the first answer it cannot use), so the memo is bounded by the tree's size.
 */
const askedMemo = new Map<string, boolean>()

/** One string per set of answers, in question order: the memo key. */
export const pathKey = (a: Answers): string => QUESTION_IDS.map((q) => a[q] ?? '').join('|')

function isAsked(q: QuestionId, a: Answers): boolean {
  const memoKey = `${q}@${pathKey(a)}`
  let asked = askedMemo.get(memoKey)
  if (asked === undefined) {
    asked = decideAsked(q, a)
    askedMemo.set(memoKey, asked)
  }
  return asked
}

function decideAsked(q: QuestionId, a: Answers): boolean {
  switch (q) {
    case 'product':
    case 'deploy':
    case 'who':
    case 'via':
      return true
    case 'signed':
      return a.who === 'offsite-contractor' && a.product === 'd365'
    case 'does':
      return a.via !== undefined && a.via !== 'manual'
    case 'records':
      // Asked only when the rules that still apply tell custom record types from standard ones.
      return candidateRules(a).some((r) => r.when.records !== undefined)
    case 'device': {
      const rule = ruleFor(a)
      return rule !== undefined && !rule.userOnly && deviceVariantOf(rule.license) !== undefined
    }
  }
}

/** Answers allowed for a question, given the answers before it. */
export function allowedAnswers<Q extends QuestionId>(q: Q, answers: Answers): readonly AnswerOf<Q>[] {
  const all = ANSWER_IDS[q] as readonly AnswerOf<Q>[]
  if (q === 'who' && answers.deploy !== 'hosted') return all.filter((a) => a !== 'tenant-client')
  return all
}

export function isAllowed(q: QuestionId, value: string, answers: Answers): boolean {
  return (allowedAnswers(q, answers) as readonly string[]).includes(value)
}

interface Walk {
  /** The longest valid prefix of the answers, in question order. */
  kept: Answers
  /** The first question on the path it does not answer (or answers with a value it cannot use). */
  next: QuestionId | undefined
}

/** Reads answers in question order through the routing; keys off the path are never consulted. */
function walk(answers: Answers): Walk {
  const kept: Answers = {}
  for (const q of QUESTION_IDS) {
    if (!isAsked(q, kept)) continue
    const value = answers[q]
    if (value === undefined || !isAllowed(q, value, kept)) return { kept, next: q }
    Object.assign(kept, { [q]: value })
  }
  return { kept, next: undefined }
}

/** The next unanswered question on the path, or `undefined` when the answers are complete. */
export function nextQuestion(answers: Answers): QuestionId | undefined {
  return walk(answers).next
}

/**
 * The answers that stay on the path, in question order: the longest valid prefix. Used when an
 * earlier answer changes (later answers that no longer apply are dropped) and when a link is read.
 */
export function keepOnPath(answers: Answers): Answers {
  return walk(answers).kept
}

/** The answers to the questions before this one: what stays when an earlier answer is changed. */
export function answersBefore(answers: Answers, question: QuestionId): Answers {
  const kept: Answers = {}
  for (const q of QUESTION_IDS) {
    if (q === question) break
    if (answers[q] !== undefined) Object.assign(kept, { [q]: answers[q] })
  }
  return kept
}

export function isComplete(answers: Answers): boolean {
  return nextQuestion(answers) === undefined
}

/** Every complete answer path, in question order. About ten thousand; cheap enough for tests and docs. */
export function enumeratePaths(): Answers[] {
  const out: Answers[] = []
  const walk = (a: Answers) => {
    const q = nextQuestion(a)
    if (q === undefined) {
      out.push(a)
      return
    }
    for (const v of allowedAnswers(q, a)) walk({ ...a, [q]: v })
  }
  walk({})
  return out
}

/** Whether a rule could still decide these answers: every key it names is unanswered or matches. */
function couldApply(rule: Rule, answers: Answers): boolean {
  const facets = facetsOf(answers, classify(answers)?.audience)
  return (Object.keys(rule.when) as (keyof Rule['when'])[]).every((key) => {
    const value = facets[key]
    return value === undefined || (rule.when[key] as readonly string[]).includes(value)
  })
}

/** Questions from `q` on (in contract order) that some completion of these answers could still ask. */
function mightAsk(q: QuestionId, a: Answers): number {
  return QUESTION_IDS.slice(QUESTION_IDS.indexOf(q)).filter((id) => {
    switch (id) {
      // The same tests as the questionnaire's, with each unanswered question given the answer that asks most.
      case 'signed':
        return isAsked('signed', { product: 'd365', who: 'offsite-contractor', ...a })
      case 'does':
        return isAsked('does', { via: 'crm-client', ...a })
      case 'records':
        return RULES.some((r) => r.when.records !== undefined && couldApply(r, a))
      case 'device':
        return RULES.some((r) => !r.userOnly && deviceVariantOf(r.license) !== undefined && couldApply(r, a))
      default:
        return true
    }
  }).length
}

const leftMemo = new Map<string, number>()

/**
 * The most questions any completion of these answers can still ask, counting the current one.
 * A depth-first search that stops a branch once it reaches the most that could possibly be asked,
 * so the start page does not walk all three thousand paths; remembered per prefix like routing.
 */
export function questionsLeft(answers: Answers): number {
  const { kept, next } = walk(answers)
  if (next === undefined) return 0
  const key = pathKey(kept)
  let left = leftMemo.get(key)
  if (left === undefined) {
    const bound = mightAsk(next, kept)
    let most = 0
    for (const v of allowedAnswers(next, kept)) {
      most = Math.max(most, questionsLeft({ ...kept, [next]: v }))
      if (most + 1 >= bound) break
    }
    left = most + 1
    leftMemo.set(key, left)
  }
  return left
}
