import type { Answers } from '../domain/types'
import type { PlanNotice } from '../share/plan'
import { parseServers } from '../share/plan'
import { connectorPossible, type GroupResult } from '../share/totals'
import { PLAN_TEXT } from './content'
import type { GroupValues, PlanValues } from './form'
import { groupFieldId } from './groupIds'
import { issueText, SERVERS_INVALID } from './messages'

/** Which problems of the plan form to show, and where: what the error summary lists and each field says. */

/** The fields the person has left or typed into, as the form marks them. */
interface Touched {
  product?: boolean
  deploy?: boolean
  groups?: readonly (Partial<Record<string, boolean>> | undefined)[]
}

export interface SummaryEntry {
  target: string
  message: string
}

/**
 * Which of a group's problems to show: all of them for a group that came from a link or a starting
 * point; for one being filled in, only on fields the person has left or typed into, so a new group
 * is not covered in errors before anything was entered.
 */
function shownFields(
  result: GroupResult,
  values: Partial<GroupValues> | undefined,
  touched: Touched,
  index: number,
): string {
  const mine = touched.groups?.[index]
  return result.issues
    .filter(
      (issue) =>
        (values?.loaded && !result.blank) ||
        mine?.[issue.field] ||
        (issue.field === 'count' && (values?.count ?? '').trim() !== ''),
    )
    .map((issue) => issue.field)
    .join(',')
}

/** The plan's own problems (product, deployment, servers), once they are touched or a group is started. */
function planIssues(values: Partial<PlanValues>, touched: Touched, groups: readonly GroupResult[]) {
  const started = groups.some((g) => !g.blank)
  const out: SummaryEntry[] = []
  if (!values.product && (touched.product || started))
    out.push({ target: 'plan-product', message: PLAN_TEXT.chooseProduct })
  if (!values.deploy && (touched.deploy || started))
    out.push({ target: 'plan-deploy', message: PLAN_TEXT.chooseDeploy })
  const product = values.product as Answers['product']
  const deploy = values.deploy as Answers['deploy']
  if (connectorPossible(product, deploy) && parseServers((values.servers ?? '').trim()) === undefined)
    out.push({ target: 'plan-servers', message: SERVERS_INVALID })
  return out
}

interface FormProblems {
  /** Per field of the group list, the fields whose problems are shown, comma-separated. */
  shown: string[]
  planProblems: SummaryEntry[]
  /** The error summary: the plan's problems, then each group's shown ones. */
  summary: SummaryEntry[]
}

/** `fieldCount`: right after an append the field list is one render ahead of the watched values. */
export function formProblems(
  values: Partial<PlanValues>,
  touched: Touched,
  groups: readonly GroupResult[],
  fieldCount: number,
): FormProblems {
  const shown = Array.from({ length: fieldCount }, (_, i) =>
    groups[i] ? shownFields(groups[i], values.groups?.[i], touched, i) : '',
  )
  const planProblems = planIssues(values, touched, groups)
  const summary = [
    ...planProblems,
    ...groups.flatMap((g, i) => {
      const visible = new Set(shown[i]?.split(','))
      return g.issues
        .filter((issue) => visible.has(issue.field))
        .map((issue) => ({ target: groupFieldId(i, issue.field), message: issueText(issue, g.label) }))
    }),
  ]
  return { shown, planProblems, summary }
}

/**
 * In a compact plan a group opens, and stays open, when it is new (added or duplicated), when it shows
 * a problem or when the link's notice names it, so every error and notice links to its field. Returns
 * the keys of the groups that are to open now; none while the watched values lag the field list.
 */
export function groupsToOpen({
  keys,
  opened,
  groups,
  shown,
  notices,
  justAdded,
}: {
  keys: readonly string[]
  opened: ReadonlySet<string>
  groups: readonly Partial<GroupValues>[] | undefined
  shown: readonly string[]
  notices: readonly PlanNotice[]
  justAdded: number | undefined
}): string[] {
  if (groups?.length !== keys.length) return []
  const named = new Set(notices.map((n) => n.group))
  return keys.filter(
    (key, i) =>
      !opened.has(key) && (groups[i]?.loaded === false || Boolean(shown[i]) || named.has(i) || i === justAdded),
  )
}
