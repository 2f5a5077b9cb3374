import { appsHaveDevices, asksEdition } from './appQuestions'
import { type Classification, classify, contestedReading } from './audience'
import { deviceVariantOf } from './devices'
import { PRODUCTS } from './products'
import {
  type Audience,
  adviceKey,
  applies,
  couldApply,
  RULE_QUESTIONS,
  RULES,
  type Rule,
  type RuleQuestion,
} from './rules'
import { AGREEMENT_QUESTIONS } from './termsChanges'
import { ANSWER_IDS, type AnswerOf, type Answers, QUESTION_IDS, type QuestionId } from './types'

/**
 * Which question comes next and which answers it allows. The questionnaire machine, the link
 * reader and the planner all route through these functions, so a path means the same everywhere.
 *
 * Routing is derived from the decision table and the product registry: a question is on a path
 * only when its answer can change the advice. `signed` and `hours` are asked while the person's
 * classification still depends on them; the table's own questions while the rules that could still
 * apply tell their answers apart; `device` where the license has a per-device twin.
 */

const isRuleQuestion = (q: QuestionId): q is RuleQuestion => (RULE_QUESTIONS as readonly string[]).includes(q)

/**
 * Routing is asked the same few thousand prefixes over and over (every render, every link, every plan
 * group). So the answers on a path are walked through a tree of prefixes built as it is visited: each
 * node remembers its classification, the rules that could still apply (narrowed from its parent's),
 * and which questions are asked there. Only prefixes of real paths become nodes (every walk stops at
 * the first answer it cannot use), so the tree is bounded by the questionnaire's own.
 */
interface Node {
  answers: Answers
  reading: Classification | undefined
  /** Rules that could still apply under the reading followed (under any audience until there is one). */
  followed: readonly Rule[]
  /**
   * Rules that could still apply under the other reading, where the sources leave one open. Kept even where the
   * reading is contested only for work not yet answered (`reading.otherwise` says whether it is open here), so the
   * count of questions left never misses one the other reading may ask.
   */
  other: readonly Rule[]
  asked: Partial<Record<QuestionId, boolean>>
  children: Map<string, Node>
  left?: number
}

function makeNode(answers: Answers, parent: Node | undefined): Node {
  const reading = classify(answers)
  const otherwise = reading && contestedReading(answers)?.otherwise
  const source = parent?.followed ?? RULES
  const followed = source.filter((r) => couldApply(r, answers, reading ? [reading.audience] : undefined))
  const otherSource = parent?.reading ? parent.other : source
  const other = otherwise ? otherSource.filter((r) => couldApply(r, answers, [otherwise])) : []
  return { answers, reading, followed, other, asked: {}, children: new Map() }
}

const ROOT = makeNode({}, undefined)

function child(node: Node, q: QuestionId, value: string): Node {
  const key = `${q}=${value}`
  let next = node.children.get(key)
  if (next === undefined) {
    next = makeNode({ ...node.answers, [q]: value }, node)
    node.children.set(key, next)
  }
  return next
}

function isAsked(q: QuestionId, node: Node): boolean {
  let asked = node.asked[q]
  if (asked === undefined) {
    asked = decideAsked(q, node)
    node.asked[q] = asked
  }
  return asked
}

/**
 * Whether the answers to `q` lead to different rules for the reading the advice follows, or to
 * different advice under the other reading (whose own uncertainties are never shown).
 */
function tellsApart(q: RuleQuestion, node: Node): boolean {
  const accepts = (r: Rule, v: string) => (r.when[q] as readonly string[] | undefined)?.includes(v) ?? true
  let first: string | undefined
  for (const v of allowedAnswers(q, node.answers) as readonly string[]) {
    // The followed rules keep the table's order, so their ids in order name the set.
    let outcome = ''
    for (const r of node.followed) if (accepts(r, v)) outcome += `${r.id}\n`
    const other = new Set<string>()
    if (node.reading?.otherwise) for (const r of node.other) if (accepts(r, v)) other.add(adviceKey(r))
    outcome += [...other].sort().join('\n')
    if (first === undefined) first = outcome
    else if (outcome !== first) return true
  }
  return false
}

function decideAsked(q: QuestionId, node: Node): boolean {
  if (q === 'product' || q === 'deploy' || q === 'who') return true
  // The classification still waits for the agreement's answers.
  if (AGREEMENT_QUESTIONS.has(q)) return node.reading === undefined
  if (node.reading === undefined) return false
  const { answers } = node
  // Version 3 (contract section 9): where the table's advice is "a Dynamics 365 app", which app and edition.
  if (q === 'app') return ordersAnApp(node)
  if (q === 'also') return answers.app !== undefined && answers.app !== 'unknown'
  if (q === 'sales-needs' || q === 'service-needs') return asksEdition(q, answers)
  if (q === 'device') {
    const byDevice = node.followed.some((r) => !r.userOnly && deviceVariantOf(r.license) !== undefined)
    return byDevice && (answers.app === undefined || appsHaveDevices(answers))
  }
  return isRuleQuestion(q) && tellsApart(q, node)
}

/** Paths in a tenant whose rule advises a Dynamics 365 app subscription: version 3 asks which app. */
function ordersAnApp(node: Node): boolean {
  const { product, deploy } = node.answers
  return (
    product !== undefined &&
    deploy !== undefined &&
    PRODUCTS[product].tenant.includes(deploy) &&
    node.followed.length > 0 &&
    node.followed.every((r) => r.license === 'd365-app')
  )
}

/** Answers allowed for a question, given the answers before it. */
export function allowedAnswers<Q extends QuestionId>(q: Q, answers: Answers): readonly AnswerOf<Q>[] {
  const all = ANSWER_IDS[q] as readonly AnswerOf<Q>[]
  // The app already named is not "another" app (contract section 9).
  if (q === 'also') return all.filter((a) => a !== answers.app)
  if (q !== 'who') return all
  // A hosting provider's tenants' clients exist only when hosted; another business run in the
  // organization's own system only when it is not.
  const leaveOut = answers.deploy === 'hosted' ? 'tenant-staff' : 'tenant-client'
  return all.filter((a) => a !== leaveOut)
}

export function isAllowed(q: QuestionId, value: string, answers: Answers): boolean {
  return (allowedAnswers(q, answers) as readonly string[]).includes(value)
}

interface Walk {
  /** The node of the longest valid prefix of the answers, in question order. */
  node: Node
  /** The first question on the path it does not answer (or answers with a value it cannot use). */
  next: QuestionId | undefined
}

/** Reads answers in question order through the routing; keys off the path are never consulted. */
function walk(answers: Answers): Walk {
  let node = ROOT
  for (const q of QUESTION_IDS) {
    if (!isAsked(q, node)) continue
    const value = answers[q]
    if (value === undefined || !isAllowed(q, value, node.answers)) return { node, next: q }
    node = child(node, q, value)
  }
  return { node, next: undefined }
}

/** The next unanswered question on the path, or `undefined` when the answers are complete. */
export function nextQuestion(answers: Answers): QuestionId | undefined {
  return walk(answers).next
}

/**
 * The answers that stay on the path, in question order: the longest valid prefix. Used when an
 * earlier answer changes (later answers that no longer apply are dropped) and when a link is read.
 * The same prefix always gets the same object back, so treat it as read-only.
 */
export function keepOnPath(answers: Answers): Answers {
  return walk(answers).node.answers
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

/** The rules that apply to complete answers for one audience (exactly one on every path). */
export function rulesFor(answers: Answers, audience: Audience): Rule[] {
  return walk(answers).node.followed.filter((r) => applies(r, answers, audience))
}

export interface Decision {
  /** The rule for the reading the advice follows. */
  rule: Rule
  reading: Classification
  /** The rule under the other reading, where the sources leave one open. */
  otherwise?: Rule
}

/** The rules that decide complete answers, or undefined if the table has no single row for them. */
export function decide(answers: Answers): Decision | undefined {
  const { node, next } = walk(answers)
  const { reading } = node
  if (next !== undefined || !reading) return undefined
  const [rule, ...more] = node.followed.filter((r) => applies(r, node.answers, reading.audience))
  if (!rule || more.length > 0) return undefined
  if (!reading.otherwise) return { rule, reading }
  // Questions asked only for the other reading's uncertainties are not asked (they would change
  // nothing shown), so rules that differ only in those may all still apply; they give the same advice.
  const others = node.other
  return others.length > 0 && others.every((r) => adviceKey(r) === adviceKey(others[0]))
    ? { rule, reading, otherwise: others[0] }
    : undefined
}

/** The rules that could still decide complete answers under the other reading. */
export function otherReadingRules(answers: Answers): readonly Rule[] {
  return walk(answers).node.other
}

/** The one rule for a complete set of answers under the reading the advice follows. */
export function ruleFor(answers: Answers): Rule | undefined {
  return decide(answers)?.rule
}

/** Every complete answer path, in question order. About ten thousand; cheap enough for tests and docs. */
export function enumeratePaths(): Answers[] {
  const out: Answers[] = []
  const visit = (a: Answers) => {
    const q = nextQuestion(a)
    if (q === undefined) {
      out.push(a)
      return
    }
    for (const v of allowedAnswers(q, a)) visit({ ...a, [q]: v })
  }
  visit({})
  return out
}

/** Whether a question from here on could be asked by some completion of these answers: an upper bound. */
function mightBeAsked(q: QuestionId, node: Node): boolean {
  if (AGREEMENT_QUESTIONS.has(q)) return node.reading === undefined
  const rules = [...node.followed, ...node.other]
  if (q === 'device') return rules.some((r) => !r.userOnly && deviceVariantOf(r.license) !== undefined)
  if (isRuleQuestion(q) && node.answers[q] === undefined) return rules.some((r) => r.when[q] !== undefined)
  return true
}

/**
 * At most how many questions from `next` on some completion of this node can ask. The first three
 * questions decide which later ones exist at all (`signed` only for Dynamics 365, `bought` only for
 * CRM 2011), so the bound looks one answer ahead through them; from there on it counts the questions
 * that some rule still left could ask.
 */
function upperBound(node: Node, next: QuestionId): number {
  if (next === 'product' || next === 'deploy' || next === 'who') {
    let most = 0
    for (const v of allowedAnswers(next, node.answers)) {
      const below = child(node, next, v)
      const after = nextQuestion(below.answers)
      most = Math.max(most, after === undefined ? 0 : upperBound(below, after))
    }
    return most + 1
  }
  return QUESTION_IDS.slice(QUESTION_IDS.indexOf(next)).filter((q) => q === next || mightBeAsked(q, node)).length
}

/**
 * The most questions any completion of these answers can still ask, counting the current one.
 * A depth-first search that stops a branch once it reaches the most that could possibly be asked,
 * so the start page does not walk all the paths; remembered per prefix like routing.
 */
export function questionsLeft(answers: Answers): number {
  const { node, next } = walk(answers)
  if (next === undefined) return 0
  if (node.left === undefined) {
    // Branch and bound: the answers whose bound is highest first, and none that could not do better.
    const branches = allowedAnswers(next, node.answers).map((v) => {
      const below = child(node, next, v)
      const after = nextQuestion(below.answers)
      return { below, bound: after === undefined ? 0 : upperBound(below, after) }
    })
    branches.sort((a, b) => b.bound - a.bound)
    const bound = 1 + (branches[0]?.bound ?? 0)
    let most = 0
    for (const { below, bound: reach } of branches) {
      if (reach <= most) break
      most = Math.max(most, questionsLeft(below.answers))
      if (most + 1 >= bound) break
    }
    node.left = most + 1
  }
  return node.left
}
