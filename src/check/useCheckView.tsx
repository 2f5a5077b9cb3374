import { useMemo } from 'react'
import { aloneIndex, groupsOf, planLinkOf, totalsOf, verdictsOf, withAlone } from './groups'
import type { CheckContext } from './machine'
import { countsOf, firstGroupOf, matchingOf, ownAnswersOf, resultOf, statesOf } from './select'
import { todoOf } from './todo'

/**
 * What the page shows of the machine's context, each part computed again only when what it reads
 * changes: typing a search filters the rows but never classifies the file again.
 */
export function useCheckView(context: CheckContext) {
  const { list, product, deploy, assignments, values, by, answers, alone, filter, search, groupPage } = context
  const result = useMemo(
    () => resultOf({ list, product, deploy, assignments, values }),
    [list, product, deploy, assignments, values],
  )
  const byGroup = useMemo(() => (result ? groupsOf(result.checked, by) : []), [result, by])
  const groups = useMemo(() => withAlone(byGroup, new Set(alone.keys())), [byGroup, alone])
  const states = useMemo(
    () => statesOf(groups, product, deploy, (key) => ownAnswersOf({ answers, by, alone }, key)),
    [groups, product, deploy, answers, by, alone],
  )
  const shared = useMemo(() => groups.filter((g) => aloneIndex(g.key) === undefined), [groups])
  const verdicts = useMemo(() => (result ? verdictsOf(result.checked, groups, states) : []), [result, groups, states])
  const totals = useMemo(
    () =>
      result && product && deploy ? totalsOf(product, deploy, result.checked, verdicts, groups, states) : undefined,
    [result, product, deploy, verdicts, groups, states],
  )
  const counts = useMemo(() => countsOf(verdicts), [verdicts])
  const todo = useMemo(
    () => (result ? todoOf(verdicts.map((verdict, i) => ({ verdict, flags: result.checked[i].flags }))) : undefined),
    [result, verdicts],
  )
  const matching = useMemo(() => matchingOf(result, verdicts, filter, search), [result, verdicts, filter, search])
  const planLink = useMemo(
    () => (product && deploy && groups.length > 0 ? planLinkOf(product, deploy, by, groups, states) : undefined),
    [product, deploy, by, groups, states],
  )
  const firstGroup = firstGroupOf(groupPage, shared.length)
  return { result, shared, verdicts, totals, counts, todo, matching, planLink, firstGroup }
}
