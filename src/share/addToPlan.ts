import { keepOnPath } from '../domain/routing'
import { type Answers, QUESTION_IDS } from '../domain/types'
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

/**
 * The plan link with this person added: a new group of one named `name`, or one more in the group
 * whose answers are the same. With no plan yet, the plan starts from the person's product and
 * deployment. Groups the plan link could not read are written back as they were read. Never throws.
 */
export function addToPlan(plan: string | undefined, answers: Answers, name: string): string {
  const path = keepOnPath(answers)
  // The carried plan is read as every plan link is; one whose version it cannot read starts a new plan.
  const carried = plan === undefined ? undefined : readPlan(paramsOf(plan))
  const read: DecodedPlan =
    carried && !carried.versionNotice
      ? carried.plan
      : decodePlan(paramsOf(planLinkStart(path.product, path.deploy))).plan
  const product = read.product ?? path.product
  const deploy = read.deploy ?? path.deploy
  const own = keepOnPath({ ...path, product, deploy })
  const key = pathKey(own)
  let added = false
  const groups: GroupToWrite[] = read.groups.map((g) => {
    if (!added && g.count !== undefined && pathKey(g.answers) === key) {
      added = true
      return { name: g.name, count: g.count + 1, answers: g.answers }
    }
    return { name: g.name, count: g.count ?? g.countText, answers: g.answers }
  })
  if (!added) groups.push({ name, count: 1, answers: own })
  return encodePlan({ product, deploy, servers: read.servers, groups })
}
