import { type Advice, advise } from '../domain/advise'
import { mixesEditions, reachesInsightsAttach } from '../domain/apps'
import { LICENSES } from '../domain/licenses'
import { keepOnPath, nextQuestion } from '../domain/routing'
import { RULES } from '../domain/rules'
import { type Answers, type LicenseId, QUESTION_IDS, type QuestionId, type SaleUnit } from '../domain/types'
import { rememberedBy } from '../memo'
import { parseCount } from './plan'
import type { Issue, UncountedReason } from './planCodes'
import { SHARE_TEXT } from './text'

/**
 * An organization plan's arithmetic: each group's advice, then the licenses to buy, counted in
 * each license's unit of sale (contract §4). Plain TypeScript, so the page, the CSV, the
 * comparison and the benchmark all count the same way.
 */

/** The plan as the page holds it: counts still as typed, answers possibly off the path. */
export interface PlanInput {
  product?: Answers['product']
  deploy?: Answers['deploy']
  /** Undefined when the number typed is not usable: 1 is then counted, and the page says so. */
  servers: number | undefined
  groups: readonly GroupInput[]
}

export interface GroupInput {
  name: string
  countText: string
  /** The group's own answers; product and deploy belong to the plan. */
  answers: Answers
}

export type { Issue, IssueField } from './planCodes'

export type GroupStatus = 'counted' | 'none' | 'undetermined' | 'invalid'

export interface GroupResult {
  name: string
  /** What to call the group: its name, or the content module's "Group N" when it has none. */
  label: string
  countText: string
  /** The count, or the high end of a range; undefined when the count is not usable. */
  count: number | undefined
  /** The low end of a range (the count itself for one number). */
  low: number | undefined
  /** The answers kept on the path, with the plan's product and deployment. */
  answers: Answers
  /** The group's own questions on its path, including the next unanswered one. */
  questions: QuestionId[]
  advice: Advice | undefined
  issues: Issue[]
  status: GroupStatus
  /** Nothing entered at all: a group just added, not yet a mistake. */
  blank: boolean
  /** The plan has no product or deployment yet, so the group's questions cannot be asked. */
  waiting: boolean
  /**
   * The group's path now asks which Dynamics 365 app (rulebook 1.3.0, contract section 9): counted meanwhile under
   * the family license its older link meant, so an old plan's totals never shrink, and flagged "choose the app".
   */
  chooseApp: boolean
}

export interface TotalLine {
  license: LicenseId
  unit: SaleUnit
  /** The whole number to buy, in the license's unit of sale; the high end when counts are ranges. */
  quantity: number
  /** The low end: what to buy if every range is at its low end (equals quantity without ranges). */
  low: number
  /** People (or devices) the line covers: what packs are rounded up from. */
  covered: number
  coveredLow: number
  /** Indexes of the groups counted in this line. */
  groups: number[]
  /** Indexes of those groups whose advice needs review. */
  review: number[]
}

export interface PlanTotals {
  groups: GroupResult[]
  lines: TotalLine[]
  /** Indexes of groups that produce no total line, with why. */
  uncounted: number[]
  /** A connector license is needed but the number of servers is not usable, so 1 is counted. */
  serversDefaulted: boolean
  /** Professional and Enterprise users side by side: one environment may not hold both (contract section 9). */
  mixedEditions: boolean
  /** Customer Insights is counted at the attach offer, which licenses held outside the plan may also qualify for. */
  insightsAttach: boolean
}

/** Users per Power Pages capacity pack (contract §4; Power Platform licensing guide, S37). */
export const PACK_SIZE = { 'auth-pack': 100, 'anon-pack': 500 } as const

/** A group's own questions: product and deploy belong to the whole plan. */
export type OwnQuestion = Exclude<QuestionId, 'product' | 'deploy'>
export const OWN_QUESTIONS = QUESTION_IDS.filter((q): q is OwnQuestion => q !== 'product' && q !== 'deploy')

/*
 * A 500-group plan is re-evaluated on every keystroke. A group's result depends only on its own
 * inputs, so results are remembered by them: unchanged groups keep the same object (so React can
 * skip them). The index is part of them only for a group without a name (it is called "Group N"),
 * so removing a group does not re-evaluate every later one. The cap only bounds memory in a very
 * long session (names and counts are free text).
 */
const evaluated = rememberedBy<GroupResult>(5000)

/** A group's name, or "Group N" for one without a name. */
export const groupLabel = (name: string, index: number) => (name.trim() === '' ? SHARE_TEXT.group(index + 1) : name)

function evaluate(start: Pick<PlanInput, 'product' | 'deploy'>, group: GroupInput, index: number): GroupResult {
  const label = groupLabel(group.name, index)
  // The link reader's own parse, whitespace and all, so a count flagged here is flagged there (review 5).
  const count = parseCount(group.countText)
  const issues: Issue[] = []
  if (count === undefined)
    issues.push({ field: 'count', code: group.countText.trim() === '' ? 'count-empty' : 'count-invalid' })

  let answers: Answers = {}
  let questions: QuestionId[] = []
  let advice: Advice | undefined
  let chooseApp = false
  if (start.product !== undefined && start.deploy !== undefined) {
    const own: Answers = {}
    for (const q of OWN_QUESTIONS) if (group.answers[q] !== undefined) Object.assign(own, { [q]: group.answers[q] })
    answers = keepOnPath({ ...own, product: start.product, deploy: start.deploy })
    const next = nextQuestion(answers)
    questions = OWN_QUESTIONS.filter((q) => answers[q] !== undefined || q === next)
    // The family license an older link meant (contract section 9): its answers after `app` (a device) still count.
    const family =
      next === 'app' ? advise({ ...own, product: start.product, deploy: start.deploy, app: 'unknown' }) : undefined
    if (family) {
      chooseApp = true
      advice = family
    } else if (next !== undefined) {
      issues.push({ field: next, code: 'answer-needed' })
    } else {
      advice = advise(answers)
    }
  }

  let status: GroupStatus = 'counted'
  if (issues.length > 0 || advice === undefined) status = 'invalid'
  else if (advice.license === 'none') status = 'none'
  else if (advice.license === 'undetermined') status = 'undetermined'

  const blank =
    group.name.trim() === '' && group.countText.trim() === '' && OWN_QUESTIONS.every((q) => !group.answers[q])
  const waiting = start.product === undefined || start.deploy === undefined
  return {
    name: group.name,
    label,
    countText: group.countText,
    count: count?.high,
    low: count?.low,
    answers,
    questions,
    advice,
    issues,
    status,
    blank,
    waiting,
    chooseApp,
  }
}

/** One group's advice and problems. The same inputs always give the same object back. */
export function evaluateGroup(
  start: Pick<PlanInput, 'product' | 'deploy'>,
  group: GroupInput,
  index: number,
): GroupResult {
  const key = JSON.stringify([
    start.product,
    start.deploy,
    group.name.trim() === '' ? index : -1,
    group.name,
    group.countText,
    OWN_QUESTIONS.map((q) => group.answers[q] ?? ''),
  ])
  return evaluated(key, () => evaluate(start, group, index))
}

function quantityOf(unit: SaleUnit, covered: number, servers: number): number {
  switch (unit) {
    case 'server':
      // One connector per server whatever the number of people: that is what the license is for.
      return servers
    case 'auth-pack':
    case 'anon-pack':
      // Rounded up once on the plan's total, so two groups of 60 need 2 packs, not 1 + 1 rounded each.
      return Math.ceil(covered / PACK_SIZE[unit])
    case 'tenant':
      // Bought once for the whole tenant, however many people it serves (contract section 9).
      return covered > 0 ? 1 : 0
    default:
      return covered
  }
}

/** The licenses to buy, one line per license, in the order the groups first need them. */
export function planTotals(plan: PlanInput): PlanTotals {
  return totalsOf(
    plan.groups.map((g, i) => evaluateGroup(plan, g, i)),
    plan.servers,
  )
}

/** The totals of groups already evaluated: what the plan and each column of the comparison share. */
export function totalsOf(groups: GroupResult[], servers: number | undefined): PlanTotals {
  const lines = new Map<LicenseId, TotalLine>()
  const uncounted: number[] = []
  let serversDefaulted = false
  groups.forEach((g, i) => {
    if (g.status !== 'counted' || g.advice === undefined || g.count === undefined || g.low === undefined) {
      uncounted.push(i)
      return
    }
    const { advice, count, low } = g
    if (LICENSES[advice.license].unit === 'none') {
      uncounted.push(i)
      return
    }
    // The base, each attach license and what is bought besides are lines of their own (contract section 9).
    for (const license of [advice.license, ...advice.attach, ...advice.extra]) {
      const unit = LICENSES[license].unit
      if (unit === 'server' && servers === undefined) serversDefaulted = true
      let line = lines.get(license)
      if (!line) {
        line = { license, unit, quantity: 0, low: 0, covered: 0, coveredLow: 0, groups: [], review: [] }
        lines.set(license, line)
      }
      line.covered += count
      line.coveredLow += low
      line.groups.push(i)
      if (advice.confidence === 'review') line.review.push(i)
    }
  })
  const out: TotalLine[] = []
  for (const line of lines.values()) {
    // One rule with the link (review 12): servers that are not usable count as the default, 1.
    const n = servers ?? 1
    out.push({
      ...line,
      quantity: quantityOf(line.unit, line.covered, n),
      low: quantityOf(line.unit, line.coveredLow, n),
    })
  }
  const mixedEditions = mixesEditions(out.map((l) => l.license))
  // The tenant's Customer Insights at the attach price once 10 users of one qualifying app are in the plan (K19).
  const insights = out.findIndex((l) => l.license === 'd365-customer-insights')
  const insightsAttach = insights >= 0 && reachesInsightsAttach(out)
  if (insightsAttach) out[insights] = { ...out[insights], license: 'd365-customer-insights-attach' }
  return { groups, lines: out, uncounted, serversDefaulted, mixedEditions, insightsAttach }
}

/** Why a group is not in the totals, or undefined when it is counted. */
export function uncountedKind(group: GroupResult): UncountedReason | undefined {
  switch (group.status) {
    case 'counted':
      return undefined
    case 'none':
      return 'none'
    case 'undetermined':
      return 'undetermined'
    case 'invalid':
      if (group.blank) return 'blank'
      return group.waiting && group.issues.length === 0 ? 'waiting' : 'problem'
  }
}

/**
 * Whether an External Connector can be in this plan's totals: some rule for the product and deployment advises one.
 * The servers field is asked only then (issue 22 item 5); elsewhere its value counts nothing.
 */
export function connectorPossible(product: Answers['product'], deploy: Answers['deploy']): boolean {
  if (product === undefined || deploy === undefined) return false
  return RULES.some(
    (r) => LICENSES[r.license].unit === 'server' && r.when.product.includes(product) && r.when.deploy.includes(deploy),
  )
}
