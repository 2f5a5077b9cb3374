import { type Advice, advise } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { keepOnPath, nextQuestion } from '../domain/routing'
import type { Answers, Deploy, LicenseId, Product, QuestionId, SaleUnit } from '../domain/types'
import { rememberedBy } from '../memo'
import { encodePlan, MAX_GROUPS } from '../share/plan'
import { type Currency, cataloguePrice, type Period } from '../share/prices'
import { OWN_QUESTIONS, planTotals } from '../share/totals'
import { type Checked, type Verdict, verdictOf } from './classify'
import { GROUP_BY_TEXT } from './content'
import type { UserRow } from './users'
import type { GroupBy } from './vocabulary'

/**
 * Users the file cannot settle are answered in groups (contract §6): by security role set,
 * business unit, e-mail domain or title. A group's answers walk the questionnaire's own routing,
 * and a complete path gets advise()'s license for everyone in it.
 */

const ROLE_SEPARATOR = /[;,]/
// One collator for every sort: String.prototype.localeCompare builds one per call, slow over 20,000 groups.
// Made on first use: a collator loads the browser's locale data, which the page's first screen need not wait for.
let collator: Intl.Collator | undefined
function byText(a: string, b: string): number {
  collator ??= new Intl.Collator('en')
  return collator.compare(a, b)
}

/** The group a user belongs to under one grouping: the key is the text as in the file. */
export function groupKeyOf(by: GroupBy, u: UserRow): string {
  switch (by) {
    case 'role':
      return [
        ...new Set(
          (u.roles ?? '')
            .split(ROLE_SEPARATOR)
            .map((r) => r.trim())
            .filter((r) => r !== ''),
        ),
      ]
        .sort(byText)
        .join('; ')
    case 'unit':
      return u.unit ?? ''
    case 'domain': {
      const name = u.userName ?? u.email ?? ''
      const at = name.lastIndexOf('@')
      if (at >= 0) return name.slice(at + 1).toLowerCase()
      const slash = name.indexOf('\\')
      return slash > 0 ? name.slice(0, slash).toUpperCase() : ''
    }
    case 'title':
      return u.title ?? u.jobTitle ?? ''
  }
}

export const groupLabelOf = (by: GroupBy, key: string) => (key === '' ? GROUP_BY_TEXT[by].none : key)

export interface UserGroup {
  key: string
  /** Indexes into the checked users. */
  members: number[]
}

/** The groups of the users no row settles, largest first. */
export function groupsOf(checked: readonly Checked[], by: GroupBy): UserGroup[] {
  const groups = new Map<string, number[]>()
  checked.forEach((c, i) => {
    if (c.settled) return
    const key = groupKeyOf(by, c.user)
    const members = groups.get(key)
    if (members) members.push(i)
    else groups.set(key, [i])
  })
  return [...groups]
    .map(([key, members]) => ({ key, members }))
    .sort((a, b) => b.members.length - a.members.length || byText(a.key, b.key))
}

/**
 * A user answered on their own (issue 20 item 4): a group of one, apart from the group they were in. Its key can
 * never be a grouping value, and it is kept in the page only: it never rides in the address or the mapping link.
 */
const ALONE = '\u0000alone:'
export const aloneKey = (index: number) => `${ALONE}${index}`
export const aloneIndex = (key: string): number | undefined =>
  key.startsWith(ALONE) ? Number(key.slice(ALONE.length)) : undefined

/** The groups with the users answered alone taken out of theirs, each as a group of one, after the rest. */
export function withAlone(groups: readonly UserGroup[], alone: ReadonlySet<number>): UserGroup[] {
  if (alone.size === 0) return [...groups]
  const rest = groups
    .map((g) => ({ key: g.key, members: g.members.filter((i) => !alone.has(i)) }))
    .filter((g) => g.members.length > 0)
  return [...rest, ...[...alone].sort((a, b) => a - b).map((i) => ({ key: aloneKey(i), members: [i] }))]
}

export interface GroupState {
  /** The group's own answers kept on the path (no product or deploy). */
  answers: Answers
  /** The group's questions on its path so far, ending with the next one while it is incomplete. */
  questions: QuestionId[]
  next: QuestionId | undefined
  advice: Advice | undefined
}

/**
 * Groups with the same answers share one state: a tenant grouped by title has thousands of groups,
 * most of them unanswered, and the page asks for each one's state on every render.
 */
const states = rememberedBy<GroupState>(2_000)

export function groupState(product: Product, deploy: Deploy, own: Answers | undefined): GroupState {
  return states(`${product}\n${deploy}\n${JSON.stringify(own ?? {})}`, () => stateOf(product, deploy, own))
}

function stateOf(product: Product, deploy: Deploy, own: Answers | undefined): GroupState {
  const path = keepOnPath({ ...(own ?? {}), product, deploy })
  const next = nextQuestion(path)
  const { product: _p, deploy: _d, ...answers } = path
  const questions = OWN_QUESTIONS.filter((q) => path[q] !== undefined || q === next)
  return { answers, questions, next, advice: next === undefined ? advise(path) : undefined }
}

/** Every user's verdict under a grouping and its answers, in file order. */
export function verdictsOf(
  checked: readonly Checked[],
  groups: readonly UserGroup[],
  states: ReadonlyMap<string, GroupState>,
): Verdict[] {
  const advice: (Advice | undefined)[] = new Array(checked.length)
  for (const g of groups) {
    const a = states.get(g.key)?.advice
    for (const i of g.members) advice[i] = a
  }
  return checked.map((c, i) => verdictOf(c, advice[i]))
}

export interface TotalRow {
  license: LicenseId
  unit: SaleUnit
  /** Whole numbers in the license's unit of sale. */
  held: number
  needed: number
  /** (needed − held) × the catalogue's list price, in cents, where one is known. */
  costCents?: number
  currency?: Currency
  period?: Period
}

export interface CheckTotals {
  rows: TotalRow[]
  /** Users whose group is not answered yet: not in the licenses needed. */
  unanswered: number
}

/** Licenses held (from the file) and needed (the answered groups, counted like a plan), per license. */
export function totalsOf(
  product: Product,
  deploy: Deploy,
  checked: readonly Checked[],
  verdicts: readonly Verdict[],
  groups: readonly UserGroup[],
  states: ReadonlyMap<string, GroupState>,
): CheckTotals {
  const held = new Map<LicenseId, number>()
  const add = (l: LicenseId, n: number) => held.set(l, (held.get(l) ?? 0) + n)
  // Until a user's group is answered, what they need is not known: their licenses stay out of both columns, so the
  // totals never show a shortfall or a cost that is only a group not answered yet (issue 20 item 4).
  checked.forEach((c, i) => {
    if (verdicts[i]?.status === 'unanswered') return
    if (c.held !== 'unknown' && c.held !== 'none') add(c.held, 1)
    if (c.extra) add(c.extra, 1)
    for (const a of c.heldAttach ?? []) add(a, 1)
  })
  // Groups with the same answers need the same licenses: counted together, the plan evaluates each
  // set of answers once (20,000 titles, most unanswered, are a handful of sets). Packs are rounded on
  // the plan's total either way.
  const byAnswers = new Map<string, { answers: Answers; count: number }>()
  for (const g of groups) {
    const state = states.get(g.key)
    if (state?.advice === undefined) continue
    const answers = state.answers
    const key = JSON.stringify(answers)
    const same = byAnswers.get(key)
    if (same) same.count += g.members.length
    else byAnswers.set(key, { answers, count: g.members.length })
  }
  const plan = planTotals({
    product,
    deploy,
    servers: 1,
    groups: [...byAnswers.values()].map(({ answers, count }, i) => ({
      name: String(i + 1),
      countText: String(count),
      answers,
    })),
  })
  const needed = new Map(plan.lines.map((l) => [l.license, l.quantity]))
  const licenses = [...new Set([...needed.keys(), ...held.keys()])]
  const rows = licenses.map((license): TotalRow => {
    const row: TotalRow = {
      license,
      unit: LICENSES[license].unit,
      held: held.get(license) ?? 0,
      needed: needed.get(license) ?? 0,
    }
    const price = cataloguePrice(license)
    if (price) {
      row.costCents = Math.round((row.needed - row.held) * price.amount * 100)
      row.currency = price.currency
      row.period = price.period
    }
    return row
  })
  return { rows, unanswered: verdicts.filter((v) => v.status === 'unanswered').length }
}

/** The groups and their numbers of users as a planner link (contract §3), named by the grouping. */
export function planLinkOf(
  product: Product,
  deploy: Deploy,
  by: GroupBy,
  groups: readonly UserGroup[],
  states: ReadonlyMap<string, GroupState>,
): string {
  return encodePlan({
    product,
    deploy,
    servers: 1,
    // Numbered, not named: role names, titles and domains would ride in the address, and so to the
    // server on every reload. The plan's groups come in the check's order, largest first.
    groups: groups.slice(0, MAX_GROUPS).map((g, i) => ({
      name: `${GROUP_BY_TEXT[by].label} ${i + 1}`,
      count: g.members.length,
      answers: states.get(g.key)?.answers ?? {},
    })),
  })
}
