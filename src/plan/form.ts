import { isAllowed } from '../domain/routing'
import { ANSWER_IDS, type Answers, type QuestionId } from '../domain/types'
import { type DecodedPlan, encodePlan, type Plan, type PlanToWrite, type PriceTexts, parseServers } from '../share/plan'
import { type GroupInput, OWN_QUESTIONS, type OwnQuestion, type PlanInput } from '../share/totals'

/**
 * The plan form's values (every field a string, as inputs hold them) and the ways between them,
 * the totals' input and the plan's link.
 */

export type GroupValues = { name: string; count: string; loaded: boolean } & Record<OwnQuestion, string>

export interface PlanValues {
  product: string
  deploy: string
  servers: string
  groups: GroupValues[]
}

export function blankGroup(): GroupValues {
  return {
    name: '',
    count: '',
    loaded: false,
    who: '',
    signed: '',
    hours: '',
    via: '',
    does: '',
    records: '',
    app: '',
    also: '',
    device: '',
    'sales-needs': '',
    'service-needs': '',
    bought: '',
  }
}

/** `loaded` marks groups that came from a link or a starting point, whose problems show at once. */
export function valuesOf(plan: DecodedPlan | Plan): PlanValues {
  return {
    product: plan.product ?? '',
    deploy: plan.deploy ?? '',
    servers: 'serversText' in plan ? plan.serversText : String(plan.servers),
    groups: plan.groups.map((g) => {
      const values = blankGroup()
      values.name = g.name
      values.count = 'countText' in g ? g.countText : String(g.count)
      const answers = 'pastApp' in g ? { ...g.pastApp, ...g.answers } : g.answers
      for (const q of OWN_QUESTIONS) values[q] = answers[q] ?? ''
      values.loaded = values.name !== '' || values.count !== '' || OWN_QUESTIONS.some((q) => values[q] !== '')
      return values
    }),
  }
}

function known<Q extends QuestionId>(q: Q, value: string | undefined): value is Answers[Q] & string {
  return value !== undefined && ANSWER_IDS[q].some((id) => id === value)
}

function answersOf(group: Partial<GroupValues>): Answers {
  const answers: Answers = {}
  // Generic in Q so the answer written is checked against the question it is written under.
  const keep = <Q extends OwnQuestion>(q: Q) => {
    const value = group[q]
    if (known(q, value)) answers[q] = value
  }
  for (const q of OWN_QUESTIONS) keep(q)
  return answers
}

/** The form's values as the totals read them. Tolerates the partial values a form can hold mid-update. */
export function planInputOf(values: Partial<PlanValues>): PlanInput {
  const product = known('product', values.product) ? values.product : undefined
  const deploy =
    product && known('deploy', values.deploy) && isAllowed('deploy', values.deploy, { product })
      ? values.deploy
      : undefined
  const groups: GroupInput[] = (values.groups ?? []).map((g) => ({
    name: g?.name ?? '',
    countText: g?.count ?? '',
    answers: answersOf(g ?? {}),
  }))
  return { product, deploy, servers: parseServers(values.servers ?? ''), groups }
}

/*
 * The link keeps a group's count as typed, so a half-finished plan reopens as it was left, its
 * problems flagged (contract §3). encodePlan types counts as numbers but writes them with String(),
 * so the text passes through; ';', ':' and '%' are dropped first, because the codec escapes only
 * names and those characters would split the group when read back.
 */
const linkCount = (text: string) => text.trim().replace(/[;:%]/g, '')

/**
 * The plan as a link writes it. The number of servers is kept as typed too (review 12): a cleared
 * field is `servers=`, which the reader flags and counts as 1, as the page does, rather than
 * dropping it, which would say 1 server with no flag.
 */
export function planToWrite(values: Partial<PlanValues>, prices?: PriceTexts): PlanToWrite {
  const input = planInputOf(values)
  const servers = (values.servers ?? '1').trim()
  const plan: PlanToWrite = {
    product: input.product,
    deploy: input.deploy,
    servers: input.servers ?? servers,
    groups: input.groups.map((g) => ({ name: g.name, count: linkCount(g.countText), answers: g.answers })),
  }
  if (prices && Object.keys(prices).length > 0) plan.prices = prices
  return plan
}

/** The plan's search string, '?v=2&view=plan&…'; `prices` only when the person keeps them in the link. */
export function linkOf(values: Partial<PlanValues>, prices?: PriceTexts): string {
  return encodePlan(planToWrite(values, prices))
}
