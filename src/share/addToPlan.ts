import { keepOnPath } from '../domain/routing'
import { type Answers, ORGANIZATION_PER_GROUP, QUESTION_IDS } from '../domain/types'
import { planLinkStart } from './advice'
import { readPlan } from './link'
import { type DecodedPlan, decodePlan, encodePlan, type GroupToWrite } from './plan'
import { paramsOf } from './replay'

/** A group's own answers on its path, as one comparable key. */
function pathKey(answers: Answers): string {
  return QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy')
    .map((q) => answers[q] ?? '')
    .join('|')
}

/** The carried plan as the page reads it; one whose version it cannot read starts a new plan. */
function carriedPlan(plan: string | undefined, path: Answers): DecodedPlan {
  const carried = plan === undefined ? undefined : readPlan(paramsOf(plan))
  return carried && !carried.versionNotice
    ? carried.plan
    : decodePlan(paramsOf(planLinkStart(path.product, path.deploy))).plan
}

/** The person's answers under the plan's own product and deployment, as the plan would hold them. */
function ownAnswers(read: DecodedPlan, answers: Answers): Answers {
  const path = keepOnPath(answers)
  return keepOnPath({ ...path, product: read.product ?? path.product, deploy: read.deploy ?? path.deploy })
}

export interface SameGroup {
  index: number
  name: string
  count: number
}

/** The first counted group of the carried plan whose answers are this person's, if any. Never throws. */
export function sameGroup(plan: string | undefined, answers: Answers): SameGroup | undefined {
  if (plan === undefined) return undefined
  const read = carriedPlan(plan, keepOnPath(answers))
  const key = pathKey(ownAnswers(read, answers))
  const index = read.groups.findIndex((g) => g.count !== undefined && pathKey(g.answers) === key)
  const group = read.groups[index]
  return group?.count === undefined ? undefined : { index, name: group.name, count: group.count }
}

/** What adding did: the plan link with the person in it, and the group that holds them. */
export interface Added {
  search: string
  index: number
  name: string
  count: number
  /** One more in a group that was there, rather than a group of its own. */
  merged: boolean
  /** The group counts shared devices, not people. */
  devices: boolean
}

/** `name`, or `name (2)`, `name (3)`… so a new group never shares a name with one already there. */
function freeName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name
  let n = 2
  while (taken.includes(`${name} (${n})`)) n++
  return `${name} (${n})`
}

/**
 * Adds the person to the carried plan: by default as a new group of one named `name`; with `into`
 * 'same', as one more in the group whose answers are the same (a new group when there is none). A
 * person is never merged unless asked (issue 22). With no plan yet, the plan starts from the person's
 * product and deployment. Groups the plan link could not read are written back as they were read.
 * Never throws.
 */
export function addToPlan(
  plan: string | undefined,
  answers: Answers,
  name: string,
  into: 'new' | 'same' = 'new',
): Added {
  const read = carriedPlan(plan, keepOnPath(answers))
  const own = ownAnswers(read, answers)
  const same = into === 'same' ? sameGroup(plan, answers) : undefined
  const groups: GroupToWrite[] = read.groups.map((g, i) => ({
    name: g.name,
    count: i === same?.index ? same.count + 1 : (g.count ?? g.countText),
    answers: g.answers,
  }))
  const devices = own.device === 'shared'
  const added: Omit<Added, 'search'> = same
    ? { index: same.index, name: same.name, count: same.count + 1, merged: true, devices }
    : {
        index: groups.length,
        name: freeName(
          name,
          read.groups.map((g) => g.name),
        ),
        count: 1,
        merged: false,
        devices,
      }
  if (!same) groups.push({ name: added.name, count: 1, answers: own })
  const search = encodePlan({ product: own.product, deploy: own.deploy, servers: read.servers, groups })
  return { ...added, search }
}

/** What the questionnaire shows and offers of a carried plan (share/carry.ts). */
export interface CarriedSummary {
  /** How many groups the plan holds. */
  groups: number
  /** The organization's answers of its last group (when the agreement was signed, when licenses were bought). */
  organization: Answers
}

/**
 * The carried plan read by the one plan reader, whatever its form (a group per `g`, or a compact block) and version.
 * Never throws; a plan it cannot read holds no groups.
 */
export function carriedSummary(plan: string): CarriedSummary {
  const read = readPlan(paramsOf(plan))
  if (!read || read.versionNotice) return { groups: 0, organization: {} }
  const last = read.plan.groups.at(-1)
  const organization: Answers = {}
  for (const q of ORGANIZATION_PER_GROUP) {
    const value = last?.answers[q]
    if (value !== undefined) Object.assign(organization, { [q]: value })
  }
  return { groups: read.plan.groups.length, organization }
}
