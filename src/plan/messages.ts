import { LICENSES } from '../domain/licenses'
import { SHORT_NAME } from '../domain/names'
import { QUESTION_TEXT } from '../domain/questions'
import type { QuestionId, SaleUnit } from '../domain/types'
import { plural, wholeNumber } from '../share/format'
import type { GroupProblem, PlanNotice, PlanProblem } from '../share/plan'
import type { Issue, UncountedReason } from '../share/planCodes'
import type { PlanTotals } from '../share/totals'
import { PLAN_TEXT } from './content'

/**
 * The planner's words, keyed by the codes the plan codec (src/share/plan.ts) and the plan's
 * arithmetic (totals.ts, form.ts) return. A translation is another module of the same shape.
 */

const legend = (q: QuestionId) => QUESTION_TEXT[q].legend

/** What to call a group in sentences and exports: its name, or its place in the plan. */

const COUNT_RULE = 'a whole number from 1 to 1,000,000, or a range such as 200-800'

export const COUNT_HINT = 'A whole number from 1 to 1,000,000, or a range such as 200-800 when you are not sure'

/** One problem of a plan link, as a sentence. Values from the link are quoted as they were. */
export function problemText(problem: GroupProblem | PlanProblem): string {
  switch (problem.kind) {
    case 'count-missing':
      return 'Its count is missing.'
    case 'count-invalid':
      return `Its count "${problem.text}" is not ${COUNT_RULE}.`
    case 'no-plan-start':
      return "Its answers cannot be checked without the plan's product and deployment."
    case 'answer-dropped':
      return `Its answer "${problem.value}" to “${legend(problem.question)}” could not be used.`
    case 'rules-updated':
      return `The rules were updated since this link was made: it needs an answer to “${legend(problem.question)}”.`
    case 'answers-missing':
      return `It is missing answers, starting with “${legend(problem.question)}”.`
    case 'plan-answer-dropped':
      return `The plan's answer "${problem.value}" to “${legend(problem.question)}” could not be used.`
    case 'servers-invalid':
      return `The number of servers "${problem.text}" is not a whole number from 1 to 1,000, so 1 is used.`
    case 'too-many-groups':
      return `The plan has ${problem.found} groups; only the first ${problem.max} were read.`
    case 'price-invalid':
      return `The price "${problem.text}" for "${problem.license}" could not be used, so the published price is shown.`
  }
}

/** A notice's problems, one sentence each. */
export const noticeText = (notice: PlanNotice) => notice.problems.map(problemText).join(' ')

export const GROUP_NOTICE_TAIL = 'It is shown below, flagged, and left out of the totals until it is fixed.'

/** A problem to fix in the form, naming the group. */
export function issueText(issue: Issue, label: string): string {
  switch (issue.code) {
    case 'count-empty':
      return `Enter how many are in “${label}”: ${COUNT_RULE}.`
    case 'count-invalid':
      return `The count of “${label}” must be ${COUNT_RULE}, digits only.`
    case 'answer-needed':
      return `Choose an answer to “${legend(issue.field)}” for “${label}”.`
  }
}

const UNCOUNTED: Record<UncountedReason, string> = {
  none: 'needs no license',
  undetermined: 'its license could not be determined from the sources',
  blank: 'not filled in yet',
  waiting: 'waiting for the product and deployment',
  problem: 'has a problem to fix',
}

/** Why a group is not in the totals, in a few words. */
export const uncountedText = (reason: UncountedReason) => UNCOUNTED[reason]

export const SERVERS_INVALID = 'Enter the number of servers: a whole number from 1 to 1,000. Until then, 1 is counted.'
export const SERVERS_DEFAULTED =
  'The External Connector is counted for 1 server until the number of servers is a whole number from 1 to 1,000.'

const UNIT_WORDS: Record<SaleUnit, [string, string]> = {
  person: ['person', 'people'],
  device: ['device', 'devices'],
  server: ['server', 'servers'],
  'auth-pack': ['pack', 'packs'],
  'anon-pack': ['pack', 'packs'],
  tenant: ['tenant', 'tenants'],
  none: ['', ''],
}

/** "server" or "servers", "person" or "people". */
export function unitWord(unit: SaleUnit, quantity: number): string {
  const [one, many] = UNIT_WORDS[unit]
  return plural(quantity, one, many)
}

/** "1 server", "800 people", "12 packs"; "200–800 people" for a range. */
export function quantityText(unit: SaleUnit, quantity: number, low = quantity): string {
  if (low === quantity) return `${wholeNumber(quantity)} ${unitWord(unit, quantity)}`
  return `${wholeNumber(low)}–${wholeNumber(quantity)} ${unitWord(unit, quantity)}`
}

export const LINK_TEXT = {
  tooLongTitle: 'This plan is too big for a link',
  tooLong: (length: number, budget: number) =>
    `Its link is ${wholeNumber(length)} characters long, and many web servers refuse links over about ${wholeNumber(budget)}: it may not open for others, and reloading this page may fail. Save the plan as a file to keep it or to send it; anyone can open the file here.`,
  save: 'Save the plan as a file',
  open: 'Open a plan file',
  saved: 'Plan saved as a file',
  opened: (groups: number) => `Plan file opened: ${plural(groups, '1 group', `${groups} groups`)}.`,
  fileTitle: 'Save or open the plan as a file',
  fileHint: 'The file keeps the whole plan, however big, and the prices if you keep them in the link.',
  keepPrices: 'Keep my prices in the plan’s link and file',
  keepPricesHint: 'Off by default: prices you were quoted may be confidential, and published prices change.',
} as const

/** Why a plan file could not be opened. */
export const FILE_PROBLEM_TEXT = {
  'not-json': 'This file is not a plan saved by the advisor: it is not JSON.',
  'not-a-plan': 'This file is not a plan saved by the advisor.',
  'too-big': 'This file is too big to be a plan (more than 5 MB).',
} as const

/** "800 × Employee Self Service CAL", or "260–860 × …" for a range: one total line in a few words. */
export const lineText = (line: PlanTotals['lines'][number]) =>
  `${line.low === line.quantity ? '' : `${wholeNumber(line.low)}–`}${wholeNumber(line.quantity)} × ${SHORT_NAME[line.license]}`

/** What the live region says after a change: the group's outcome (when one changed), then the totals. */
export function outcomeText(totals: PlanTotals, group: number | undefined): string {
  const g = group === undefined ? undefined : totals.groups[group]
  const head =
    g === undefined
      ? ''
      : g.advice && g.status !== 'invalid'
        ? `${PLAN_TEXT.live.group(g.label, SHORT_NAME[g.advice.license], PLAN_TEXT.confidence[g.advice.confidence])} `
        : `${PLAN_TEXT.live.notCounted(g.label)} `
  const lines = totals.lines.map(lineText).join(', ')
  return head + (lines === '' ? PLAN_TEXT.live.noTotals : PLAN_TEXT.live.totals(lines))
}

const groupsText = (n: number) => plural(n, '1 group', `${n} groups`)

const span = (low: number, high: number) =>
  low === high ? wholeNumber(high) : `${wholeNumber(low)}–${wholeNumber(high)}`

/** Whom a total line covers, in its unit of sale: "800 people in 1 group", "for 40 people in 2 groups; …". */
export function coverageText(line: PlanTotals['lines'][number]): string {
  const who = line.unit === 'device' ? 'devices' : 'people'
  const groups = groupsText(line.groups.length)
  const covered = span(line.coveredLow, line.covered)
  switch (line.unit) {
    case 'server':
      return `for ${covered} people in ${groups}; ${LICENSES[line.license].unitText}`
    case 'auth-pack':
      return `${covered} authenticated users in ${groups}, 100 per pack, rounded up`
    case 'anon-pack':
      return `${covered} anonymous users in ${groups}, 500 per pack, rounded up`
    default:
      return `${covered} ${who} in ${groups}`
  }
}

/** A total line that counts groups whose advice needs review. */
export const includesReviewText = (n: number) => `Includes ${groupsText(n)} that ${plural(n, 'needs', 'need')} review:`
