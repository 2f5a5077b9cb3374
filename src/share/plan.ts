import { type Answers, QUESTION_IDS } from '../domain/types'
import { planLinkStart } from './advice'
import { clip, queryValue, replay, safeDecode, type Vocabulary } from './replay'

/**
 * Organization plan links (contract §3): one product and deployment, then one `g` per group of
 * people, each a `key:value;key:value` list. Reading never throws; a group that cannot be used is
 * kept, with a problem sentence, so the page can flag it and leave it out of the totals.
 */

export const MAX_COUNT = 1_000_000
export const MAX_SERVERS = 1000
export const MAX_GROUPS = 500

/** `answers` holds only the group's own questions: product and deploy belong to the plan. */
export interface PlanGroup {
  name: string
  count: number
  answers: Answers
}

export interface Plan {
  product?: Answers['product']
  deploy?: Answers['deploy']
  servers: number
  groups: PlanGroup[]
}

/**
 * What a link is written from. A count may be the text as typed, so a half-finished plan's link
 * reopens it as it was left (the reader flags a count that is not a whole number).
 */
export type GroupToWrite = Omit<PlanGroup, 'count'> & { count: number | string }
export type PlanToWrite = Omit<Plan, 'groups'> & { groups: readonly GroupToWrite[] }

export interface DecodedGroup {
  name: string
  /** Undefined when the link's count is missing or not a whole number from 1 to 1,000,000. */
  count: number | undefined
  /** The count as written in the link, so the page can show what was wrong with it. */
  countText: string
  answers: Answers
  /** A sentence for people, e.g. 'Its count "abc" is not a whole number from 1 to 1,000,000.' */
  problem?: string
  /** Exactly what encodePlan writes for a group just added (`name:;count:`): unfinished, not broken. */
  blank?: true
}

export interface DecodedPlan {
  product?: Answers['product']
  deploy?: Answers['deploy']
  servers: number
  groups: DecodedGroup[]
}

/** `group` is the 0-based index in `plan.groups`, or -1 for the plan as a whole. */
export interface PlanNotice {
  group: number
  name: string
  problem: string
}

export function emptyPlan(): DecodedPlan {
  return { servers: 1, groups: [] }
}

const WHOLE = /^[0-9]+$/

function parseWhole(text: string, max: number): number | undefined {
  // Digits only: Number() would also take '1e3', ' 12', '0x10' and '1.0', which no link of ours writes.
  if (!WHOLE.test(text)) return undefined
  const n = Number(text)
  return n >= 1 && n <= max ? n : undefined
}

export function isCountValid(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_COUNT
}

export function parseCount(text: string): number | undefined {
  return parseWhole(text, MAX_COUNT)
}

export function parseServers(text: string): number | undefined {
  return parseWhole(text, MAX_SERVERS)
}

/** Lone surrogates make encodeURIComponent throw; a name holding one keeps U+FFFD in its place. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** The plan's product and deployment, as far as the routing accepts them. */
function planStart(plan: Pick<Plan, 'product' | 'deploy'>): Answers {
  return replay({}, (q) => (q === 'product' ? plan.product : q === 'deploy' ? plan.deploy : undefined)).answers
}

/**
 * The text of one group as `URLSearchParams.get('g')` returns it. Only '%', ';' and ':' in the name
 * are escaped at this level: that is all splitting and decodeURIComponent need, and it keeps
 * everything else (a space, say) escaped once in the address, as in the contract's example.
 */
export function groupText(plan: Pick<Plan, 'product' | 'deploy'>, group: GroupToWrite): string {
  return groupPairs(plan, group)
    .map(([key, value]) => `${key}:${value}`)
    .join(';')
}

function groupPairs(plan: Pick<Plan, 'product' | 'deploy'>, group: GroupToWrite): [string, string][] {
  const name = wellFormed(group.name).replace(/[%;:]/g, (c) => encodeURIComponent(c))
  const pairs: [string, string][] = [
    ['name', name],
    ['count', String(group.count)],
  ]
  // Replayed from the plan's start, so a stray product or deploy in the group's answers is never used.
  const path = replay(planStart(plan), (q) => group.answers[q]).answers
  for (const q of QUESTION_IDS) {
    const value = path[q]
    if (q !== 'product' && q !== 'deploy' && value !== undefined) pairs.push([q, value])
  }
  return pairs
}

/** '?v=2&view=plan&product=…&deploy=…[&servers=N]&g=…' with one `g` per group, in order. */
export function encodePlan(plan: PlanToWrite): string {
  const start = planStart(plan)
  let search = planLinkStart(start.product, start.deploy)
  if (plan.servers !== 1) search += `&servers=${queryValue(String(plan.servers))}`
  for (const group of plan.groups) {
    // Separators stay literal (URLSearchParams leaves ';' and ':' alone); each value is escaped once more.
    const text = groupPairs(start, group)
      .map(([key, value]) => `${key}:${queryValue(value)}`)
      .join(';')
    search += `&g=${text}`
  }
  return search
}

function readGroup(text: string, start: Answers | undefined, vocabulary: Vocabulary): DecodedGroup {
  const fields = new Map<string, string>()
  for (const pair of text.split(';')) {
    const colon = pair.indexOf(':')
    if (colon < 0) continue
    const key = pair.slice(0, colon)
    // The first of repeated keys wins, as with the keys of a single-advice link.
    if (!fields.has(key)) fields.set(key, safeDecode(pair.slice(colon + 1)))
  }
  const name = fields.get('name') ?? ''
  const countText = fields.get('count')
  const count = countText === undefined ? undefined : parseCount(countText)
  const problems: string[] = []
  if (countText === undefined) problems.push('Its count is missing.')
  else if (count === undefined)
    problems.push(`Its count "${clip(countText)}" is not a whole number from 1 to 1,000,000.`)

  let answers: Answers = {}
  if (start === undefined) {
    problems.push("Its answers cannot be checked without the plan's product and deployment.")
  } else {
    const read = replay(start, (q) => fields.get(q), vocabulary)
    const { product: _product, deploy: _deploy, ...own } = read.answers
    answers = own
    const stop = read.stop
    if (stop.kind === 'dropped')
      problems.push(`Its answer "${clip(stop.value)}" to "${stop.question}" could not be used.`)
    else if (stop.kind === 'missing' && stop.updated)
      problems.push(`The rules were updated since this link was made: it needs an answer to "${stop.question}".`)
    // Later questions depend on this answer, so only the first missing one can be named for sure.
    else if (stop.kind === 'missing') problems.push(`It is missing answers, starting with "${stop.question}".`)
  }
  const group: DecodedGroup = { name, count, countText: countText ?? '', answers }
  if (problems.length > 0) group.problem = problems.join(' ')
  if (fields.size === 2 && name === '' && countText === '') group.blank = true
  return group
}

export function decodePlan(
  params: URLSearchParams,
  vocabulary: Vocabulary = 2,
): { plan: DecodedPlan; notices: PlanNotice[] } {
  const plan = emptyPlan()
  const notices: PlanNotice[] = []
  try {
    const head = replay({}, (q) => (q === 'product' || q === 'deploy' ? (params.get(q) ?? undefined) : undefined))
    if (head.answers.product !== undefined) plan.product = head.answers.product
    if (head.answers.deploy !== undefined) plan.deploy = head.answers.deploy
    if (head.stop.kind === 'dropped') {
      const { question, value } = head.stop
      notices.push({
        group: -1,
        name: '',
        problem: `The plan's answer "${clip(value)}" to "${question}" could not be used.`,
      })
    }
    const start = plan.product !== undefined && plan.deploy !== undefined ? planStart(plan) : undefined

    const serversText = params.get('servers')
    if (serversText !== null) {
      const servers = parseServers(serversText)
      if (servers !== undefined) plan.servers = servers
      else
        notices.push({
          group: -1,
          name: '',
          problem: `The number of servers "${clip(serversText)}" is not a whole number from 1 to 1,000, so 1 is used.`,
        })
    }

    const texts = params.getAll('g').filter((t) => t !== '')
    if (texts.length > MAX_GROUPS) {
      notices.push({
        group: -1,
        name: '',
        problem: `The plan has ${texts.length} groups; only the first ${MAX_GROUPS} were read.`,
      })
    }
    for (const text of texts.slice(0, MAX_GROUPS)) {
      const group = readGroup(text, start, vocabulary)
      if (group.problem !== undefined)
        notices.push({ group: plan.groups.length, name: clip(group.name), problem: group.problem })
      plan.groups.push(group)
    }
  } catch {
    // Only a hostile params object could get here; what was read so far is still worth showing.
  }
  return { plan, notices }
}
