import {
  type AnswerOf,
  type Answers,
  LICENSE_IDS,
  type LicenseId,
  NEWEST_VOCABULARY,
  QUESTION_IDS,
  type QuestionId,
} from '../domain/types'
import { planLinkStart } from './advice'
import { clip, queryValue, replay, safeDecode, type Vocabulary } from './replay'

/**
 * Organization plan links (contract §3): one product and deployment, then one `g` per group of
 * people, each a `key:value;key:value` list, or, for a big plan, compact blocks of groups (below).
 * Reading never throws; a group that cannot be used is kept, with problem codes, so the page can
 * flag it and leave it out of the totals. The sentences for the codes live in the planner's
 * content module (src/plan/messages.ts).
 */

export const MAX_COUNT = 1_000_000
export const MAX_SERVERS = 1000
export const MAX_GROUPS = 500

/**
 * Past this many characters a link may not open: nginx's default 8 KB request line, less room for
 * the host's path. The page warns and offers a file instead (review item 2).
 */
export const LINK_BUDGET = 7000

/**
 * Up to this length a plan link is written group by group, readable as in the contract's example;
 * longer plans are written compactly. GOV.UK Smart Answers budgets its links at about 2,000 too.
 */
export const READABLE_MAX = 2000

/** A count: one number (low = high) or a range such as 200-800. */
export interface CountRange {
  low: number
  high: number
}

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

/** Unit prices as typed, by license: written into a link only when the person chose to keep them. */
export type PriceTexts = Partial<Record<LicenseId, string>>

/**
 * What a link is written from. A count and the number of servers may be the text as typed, so a
 * half-finished plan's link reopens it as it was left (the reader flags what is not usable).
 */
export type GroupToWrite = Omit<PlanGroup, 'count'> & { count: number | string }
export type PlanToWrite = Omit<Plan, 'groups' | 'servers'> & {
  servers: number | string
  groups: readonly GroupToWrite[]
  prices?: PriceTexts
}

/** Why a group of a link cannot be counted as it is; the page words each one. */
export type GroupProblem =
  | { kind: 'count-missing' }
  | { kind: 'count-invalid'; text: string }
  /** The plan's product or deployment is missing or unusable, so no answer can be checked. */
  | { kind: 'no-plan-start' }
  | { kind: 'answer-dropped'; question: QuestionId; value: string }
  /** A version 1 link that could not carry this answer: the question is new on its path. */
  | { kind: 'rules-updated'; question: QuestionId }
  /** Only the first missing answer can be named: later questions depend on it. */
  | { kind: 'answers-missing'; question: QuestionId }

/** What could not be used in the plan as a whole. */
export type PlanProblem =
  | { kind: 'plan-answer-dropped'; question: QuestionId; value: string }
  /** `servers` is not usable: 1 is used, as when the link has none (contract §3's default). */
  | { kind: 'servers-invalid'; text: string }
  | { kind: 'too-many-groups'; found: number; max: number }
  | { kind: 'price-invalid'; license: string; text: string }

export interface DecodedGroup {
  name: string
  /** The count, or a range's high end; undefined when the count is missing or not usable. */
  count: number | undefined
  /** A range's low end (the count itself for one number). */
  low: number | undefined
  /** The count as written in the link, so the page can show what was wrong with it. */
  countText: string
  answers: Answers
  /**
   * An older link's answers past `app`, where version 3 asks it (contract section 9): off the path until the app is
   * chosen, kept so the planner can count the group under its older meaning meanwhile (a shared device).
   */
  pastApp?: Answers
  /** Empty when the group can be counted as it is. */
  problems: GroupProblem[]
  /** Exactly what encodePlan writes for a group just added (`name:;count:`): unfinished, not broken. */
  blank?: true
}

export interface DecodedPlan {
  product?: Answers['product']
  deploy?: Answers['deploy']
  servers: number
  /** `servers` as written in the link ('1' when it has none), so the page shows what was typed. */
  serversText: string
  groups: DecodedGroup[]
  /** The prices the link keeps; undefined when it keeps none. */
  prices?: PriceTexts
}

/** `group` is the 0-based index in `plan.groups`, or -1 for the plan as a whole. */
export interface PlanNotice {
  group: number
  name: string
  problems: (GroupProblem | PlanProblem)[]
}

export function emptyPlan(): DecodedPlan {
  return { servers: 1, serversText: '1', groups: [] }
}

const WHOLE = /^[0-9]+$/
/** Digits in groups of three, as people type a count: "1,000" and "1.000" (German), "1 000" and its no-break spaces. */
const GROUPED = /^[0-9]{1,3}([,.\u00a0\u202f ][0-9]{3})+$/
const RANGE = /^([0-9][0-9,.\u00a0\u202f ]*?)\s*[-–]\s*([0-9][0-9,.\u00a0\u202f ]*)$/

/*
 * One decision for whitespace (review item 5): a number with spaces, tabs or line breaks around it is
 * that number, in a link and in the form alike, because both read it through these functions.
 */
function parseWhole(text: string, max: number): number | undefined {
  // Digits only, or digits in groups of three: Number() would also take '1e3', '0x10' and '1.0'.
  const t = text.trim()
  const digits = GROUPED.test(t) ? t.replace(/[^0-9]/g, '') : t
  if (!WHOLE.test(digits)) return undefined
  const n = Number(digits)
  return n >= 1 && n <= max ? n : undefined
}

export function isCountValid(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_COUNT
}

/** A whole number from 1 to 1,000,000, or a range of two such as "200-800" (low first). */
export function parseCount(text: string): CountRange | undefined {
  const t = text.trim()
  const range = RANGE.exec(t)
  if (range) {
    const low = parseWhole(range[1], MAX_COUNT)
    const high = parseWhole(range[2], MAX_COUNT)
    return low !== undefined && high !== undefined && low <= high ? { low, high } : undefined
  }
  const n = parseWhole(t, MAX_COUNT)
  return n === undefined ? undefined : { low: n, high: n }
}

export function parseServers(text: string): number | undefined {
  return parseWhole(text, MAX_SERVERS)
}

/**
 * A price of 0 or more, with at most two decimals after a point or a comma (as German writes "12,50"); undefined when
 * empty or unusable. "1,000" has three decimals, so it is refused, not read as a thousand.
 */
export function parsePrice(text: string): number | undefined {
  const t = text.trim()
  if (!/^[0-9]+([.,][0-9]{1,2})?$/.test(t)) return undefined
  return Number(t.replace(',', '.'))
}

/** Lone surrogates make encodeURIComponent throw; a name holding one keeps U+FFFD in its place. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** The plan's product and deployment, as far as the routing accepts them. */
function planStart(plan: Pick<Plan, 'product' | 'deploy'>): Answers {
  return replay({}, (q) => (q === 'product' ? plan.product : q === 'deploy' ? plan.deploy : undefined)).answers
}

/** The answers a link writes for a group: its own, on its path from the plan's product and deployment. */
export function groupAnswers(plan: Pick<Plan, 'product' | 'deploy'>, group: GroupToWrite): Answers {
  return Object.fromEntries(ownPath(planStart(plan), group))
}

/**
 * Paths already replayed, by start and answers. The planner writes its link after every edit, and a
 * big plan's groups mostly share a few sets of answers: replaying each group's path every time was
 * most of an edit's cost with 500 groups (review item 13). Bounded, as names and answers come from links.
 */
const PATH_CACHE_MAX = 2000
const pathCache = new Map<string, readonly [QuestionId, string][]>()

/** The group's own answers on its path, replayed from the plan's start, in question order. */
function ownPath(start: Answers, group: GroupToWrite): readonly [QuestionId, string][] {
  const key = JSON.stringify([start.product, start.deploy, QUESTION_IDS.map((q) => group.answers[q] ?? null)])
  const known = pathCache.get(key)
  if (known !== undefined) return known
  // Replayed from the plan's start, so a stray product or deploy in the group's answers is never used.
  const path = replay(start, (q) => group.answers[q]).answers
  const out: [QuestionId, string][] = []
  for (const q of QUESTION_IDS) {
    const value = path[q]
    if (q !== 'product' && q !== 'deploy' && value !== undefined) out.push([q, value])
  }
  if (pathCache.size >= PATH_CACHE_MAX) pathCache.clear()
  pathCache.set(key, out)
  return out
}

/**
 * The text of one group as `URLSearchParams.get('g')` returns it. Only '%', ';' and ':' in the name
 * are escaped at this level: that is all splitting and decodeURIComponent need, and it keeps
 * everything else (a space, say) escaped once in the address, as in the contract's example.
 */
export function groupText(plan: Pick<Plan, 'product' | 'deploy'>, group: GroupToWrite): string {
  return groupPairs(planStart(plan), group)
    .map(([key, value]) => `${key}:${value}`)
    .join(';')
}

function groupPairs(start: Answers, group: GroupToWrite): [string, string][] {
  const name = wellFormed(group.name).replace(/[%;:]/g, (c) => encodeURIComponent(c))
  return [['name', name], ['count', String(group.count)], ...ownPath(start, group)]
}

/*
 * The compact encoding (link v2, additive). A `g` whose text starts with '~' holds many groups:
 *
 *   ~<profile>.<profile>…~<group>;<group>…
 *
 * A profile is a group's answers along its path, one short code per answer (ANSWER_CODES), so the
 * answers shared by many groups are written once. A group is `<k><name>,<count>[,<profile>]`:
 * k (one character of 0-9a-zA-Z, 0 to 61) says how many characters of the previous group's name
 * this one starts with, so "Sales team 12" after "Sales team 11" is "c2"; a profile left out is the
 * previous group's (the first profile for the first group). The count is always written, so a
 * link cut short flags its last group rather than counting it. In names and counts '%', ';', ','
 * and '~' are escaped. A reader
 * that knows only `g=name:…` groups sees a block as one group it cannot use and says so, rather
 * than silently opening an empty plan.
 */

/** A group's own questions: every one but the plan's product and deployment. */
type GroupQuestion = Exclude<QuestionId, 'product' | 'deploy'>

/**
 * One letter per answer, unique within its question (plan-compact.test.ts). Part of the link promise: never reuse a
 * code. Typed by the answers, so a new answer without its code is a compile error.
 */
const CODE_OF: { readonly [Q in GroupQuestion]: Readonly<Record<AnswerOf<Q>, string>> } = {
  who: {
    employee: 'e',
    'onsite-contractor': 'o',
    'offsite-contractor': 'f',
    'offsite-vendor': 'v',
    customer: 'c',
    'customer-employee': 'b',
    'tenant-client': 't',
    'tenant-staff': 's',
    public: 'p',
    'service-account': 'a',
  },
  signed: { 'before-2024-10': 'b', 'from-2024-10': 'f', unknown: 'u' },
  hours: { 'over-30': 'o', 'up-to-30': 'l', unknown: 'u' },
  via: { 'crm-client': 'c', portal: 'p', 'custom-app': 'a', integration: 'i', manual: 'm' },
  does: { admin: 'a', read: 'r', 'self-service': 's', light: 'l', full: 'f' },
  records: { contacts: 't', custom: 'c', core: 'r' },
  app: {
    sales: 's',
    'customer-service': 'c',
    'field-service': 'f',
    'contact-center': 't',
    marketing: 'm',
    'project-operations': 'p',
    unknown: 'u',
  },
  also: {
    none: 'n',
    sales: 's',
    'customer-service': 'c',
    'field-service': 'f',
    'project-operations': 'p',
    marketing: 'm',
    more: 'x',
  },
  device: { named: 'n', shared: 's' },
  'sales-needs': { core: 'c', advanced: 'a', ai: 'i', linkedin: 'l', unknown: 'u' },
  'service-needs': { core: 'c', advanced: 'a', channels: 'h', unknown: 'u' },
  bought: { 'before-2014': 'b', 'from-2014': 'f', unknown: 'u' },
}

/** An answer's code, or nothing for a question no group has (product, deployment). */
const codeOf = (q: QuestionId, value: string): string =>
  (CODE_OF as Partial<Record<QuestionId, Readonly<Record<string, string>>>>)[q]?.[value] ?? ''

/** The answer each code stands for, by question: CODE_OF turned round. */
export const ANSWER_CODES: { readonly [Q in QuestionId]?: Readonly<Record<string, string>> } = Object.fromEntries(
  Object.entries(CODE_OF).map(([q, codes]) => [q, Object.fromEntries(Object.entries(codes).map(([a, c]) => [c, a]))]),
)

const SHARED_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const BLOCK = '~'
const escapeField = (text: string) => text.replace(/[%;,~]/g, (c) => encodeURIComponent(c))

/** How many leading UTF-16 units two names share, at most 61, never splitting a surrogate pair. */
function sharedStart(previous: string, name: string): number {
  const max = Math.min(previous.length, name.length, SHARED_DIGITS.length - 1)
  let k = 0
  while (k < max && previous.charCodeAt(k) === name.charCodeAt(k)) k++
  const last = name.charCodeAt(k - 1)
  return k > 0 && last >= 0xd800 && last <= 0xdbff ? k - 1 : k
}

/** The text of one compact block holding every group, as `URLSearchParams.get('g')` returns it. */
export function compactText(plan: Pick<Plan, 'product' | 'deploy'>, groups: readonly GroupToWrite[]): string {
  const start = planStart(plan)
  const complete = start.product !== undefined && start.deploy !== undefined
  const profiles: string[] = []
  const profileIndex = new Map<string, number>()
  const parts: string[] = []
  let previous = { name: '', profile: 0 }
  for (const group of groups) {
    const codes = complete
      ? ownPath(start, group)
          .map(([q, value]) => codeOf(q, value))
          .join('')
      : ''
    let profile = profileIndex.get(codes)
    if (profile === undefined) {
      profile = profiles.length
      profiles.push(codes)
      profileIndex.set(codes, profile)
    }
    const name = wellFormed(group.name)
    const count = String(group.count)
    const k = sharedStart(previous.name, name)
    let part = `${SHARED_DIGITS[k]}${escapeField(name.slice(k))},${escapeField(count)}`
    if (profile !== previous.profile) part += `,${profile}`
    parts.push(part)
    previous = { name, profile }
  }
  return `${BLOCK}${profiles.join('.')}${BLOCK}${parts.join(';')}`
}

/** A block's text as written in the address: '+' for a space, and its separators left as they are. */
function blockQuery(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/%3B/g, ';').replace(/%2C/g, ',').replace(/'/g, '%27')
}

function planHead(plan: PlanToWrite, start: Answers): string {
  let search = planLinkStart(start.product, start.deploy)
  const servers = String(plan.servers)
  if (servers !== '1') search += `&servers=${queryValue(servers)}`
  for (const license of LICENSE_IDS) {
    const price = plan.prices?.[license]
    if (price !== undefined) search += `&price=${license}:${queryValue(price)}`
  }
  return search
}

/**
 * '?v=2&view=plan&product=…&deploy=…[&servers=N][&price=…]&g=…': one `g` per group, in order, while
 * that stays within READABLE_MAX characters; else one compact block, whichever is shorter.
 */
export function encodePlan(plan: PlanToWrite): string {
  const start = planStart(plan)
  const head = planHead(plan, start)
  let readable = head
  for (const group of plan.groups) {
    // Separators stay literal (URLSearchParams leaves ';' and ':' alone); each value is escaped once more.
    const text = groupPairs(start, group)
      .map(([key, value]) => `${key}:${queryValue(value)}`)
      .join(';')
    readable += `&g=${text}`
  }
  if (readable.length <= READABLE_MAX) return readable
  const compact = `${head}&g=${blockQuery(compactText(plan, plan.groups))}`
  return compact.length < readable.length ? compact : readable
}

/** One group as read: its name, its count text (undefined when missing) and how to read its answers. */
interface RawGroup {
  name: string
  countText: string | undefined
  read: (q: QuestionId) => string | undefined
  blank: boolean
}

function rawGroup(text: string): RawGroup {
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
  return {
    name,
    countText,
    read: (q) => fields.get(q),
    blank: fields.size === 2 && name === '' && countText === '',
  }
}

/** The groups of a compact block, at most `room` of them; `found` counts them all. */
function blockGroups(text: string, room: number): { groups: RawGroup[]; found: number } {
  const end = text.indexOf(BLOCK, 1)
  const profiles = (end < 0 ? '' : text.slice(1, end)).split('.')
  // Empty parts (a doubled or trailing ';') are skipped, as empty `g=` groups are.
  const parts =
    end < 0
      ? []
      : text
          .slice(end + 1)
          .split(';')
          .filter((part) => part !== '')
  const groups: RawGroup[] = []
  let previous = { name: '', profile: 0 }
  for (const part of parts.slice(0, room)) {
    const fields = part.slice(1).split(',')
    const k = Math.max(0, SHARED_DIGITS.indexOf(part[0]))
    const name = previous.name.slice(0, k) + safeDecode(fields[0])
    const count = fields.length > 1 ? safeDecode(fields[1]) : undefined
    // A profile that is not a whole number names no profile: the group's answers are then missing.
    const index = fields.length <= 2 ? previous.profile : WHOLE.test(fields[2]) ? Number(fields[2]) : -1
    const codes = profiles[index] ?? ''
    let at = 0
    groups.push({
      name,
      countText: count,
      // Called once per question along the path, in order: each takes the next code.
      read: (q) => {
        const code = codes[at++]
        return code === undefined ? undefined : (ANSWER_CODES[q]?.[code] ?? code)
      },
      blank: name === '' && count === '' && codes === '',
    })
    previous = { name, profile: index }
  }
  return { groups, found: parts.length }
}

function readGroup(raw: RawGroup, start: Answers | undefined, vocabulary: Vocabulary): DecodedGroup {
  const { name, countText } = raw
  const count = countText === undefined ? undefined : parseCount(countText)
  const problems: GroupProblem[] = []
  if (countText === undefined) problems.push({ kind: 'count-missing' })
  else if (count === undefined) problems.push({ kind: 'count-invalid', text: clip(countText) })

  let answers: Answers = {}
  let pastApp: Answers | undefined
  if (start === undefined) {
    problems.push({ kind: 'no-plan-start' })
  } else {
    const read = replay(start, raw.read, vocabulary)
    const { product: _product, deploy: _deploy, ...own } = read.answers
    answers = own
    const stop = read.stop
    if (stop.kind === 'missing' && stop.updated && stop.question === 'app') {
      // An older plan's group keeps its meaning until its app is chosen (contract section 9): its answers after
      // `app` (a shared device) are read on as if the app were not known, and kept, so its totals never shrink.
      const on = replay({ ...read.answers, app: 'unknown' }, raw.read, vocabulary).answers
      if (on.device !== undefined) pastApp = { device: on.device }
    }
    if (stop.kind === 'dropped')
      problems.push({ kind: 'answer-dropped', question: stop.question, value: clip(stop.value) })
    else if (stop.kind === 'missing' && stop.updated) problems.push({ kind: 'rules-updated', question: stop.question })
    else if (stop.kind === 'missing') problems.push({ kind: 'answers-missing', question: stop.question })
  }
  const group: DecodedGroup = {
    name,
    count: count?.high,
    low: count?.low,
    countText: countText ?? '',
    answers,
    problems,
  }
  if (raw.blank) group.blank = true
  if (pastApp) group.pastApp = pastApp
  return group
}

function readPrices(params: URLSearchParams, notices: PlanNotice[]): PriceTexts | undefined {
  const texts = params.getAll('price')
  if (texts.length === 0) return undefined
  const prices: PriceTexts = {}
  for (const text of texts) {
    const colon = text.indexOf(':')
    const license = colon < 0 ? text : text.slice(0, colon)
    const price = colon < 0 ? '' : text.slice(colon + 1)
    const known = (LICENSE_IDS as readonly string[]).includes(license)
    // An empty price is kept: the person cleared a published price on purpose.
    if (known && (price.trim() === '' || parsePrice(price) !== undefined)) {
      prices[license as LicenseId] ??= price.trim()
    } else {
      notices.push({
        group: -1,
        name: '',
        problems: [{ kind: 'price-invalid', license: clip(license), text: clip(price) }],
      })
    }
  }
  return prices
}

export function decodePlan(
  params: URLSearchParams,
  vocabulary: Vocabulary = NEWEST_VOCABULARY,
): { plan: DecodedPlan; notices: PlanNotice[] } {
  const plan = emptyPlan()
  const notices: PlanNotice[] = []
  const planNotice = (problem: PlanProblem) => notices.push({ group: -1, name: '', problems: [problem] })
  try {
    const head = replay({}, (q) => (q === 'product' || q === 'deploy' ? (params.get(q) ?? undefined) : undefined))
    if (head.answers.product !== undefined) plan.product = head.answers.product
    if (head.answers.deploy !== undefined) plan.deploy = head.answers.deploy
    if (head.stop.kind === 'dropped') {
      const { question, value } = head.stop
      planNotice({ kind: 'plan-answer-dropped', question, value: clip(value) })
    }
    const start = plan.product !== undefined && plan.deploy !== undefined ? planStart(plan) : undefined

    const serversText = params.get('servers')
    if (serversText !== null) {
      plan.serversText = serversText
      const servers = parseServers(serversText)
      if (servers !== undefined) plan.servers = servers
      else planNotice({ kind: 'servers-invalid', text: clip(serversText) })
    }
    const prices = readPrices(params, notices)
    if (prices) plan.prices = prices

    const raws: RawGroup[] = []
    let found = 0
    for (const text of params.getAll('g')) {
      if (text === '') continue
      if (text.startsWith(BLOCK)) {
        const block = blockGroups(text, Math.max(0, MAX_GROUPS - raws.length))
        raws.push(...block.groups)
        found += block.found
      } else {
        if (raws.length < MAX_GROUPS) raws.push(rawGroup(text))
        found += 1
      }
    }
    if (found > MAX_GROUPS) planNotice({ kind: 'too-many-groups', found, max: MAX_GROUPS })
    for (const raw of raws) {
      const group = readGroup(raw, start, vocabulary)
      if (group.problems.length > 0)
        notices.push({ group: plan.groups.length, name: clip(group.name), problems: group.problems })
      plan.groups.push(group)
    }
  } catch {
    // Only a hostile params object could get here; what was read so far is still worth showing.
  }
  return { plan, notices }
}
