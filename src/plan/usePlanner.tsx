import { useCallback, useRef } from 'react'
import { UI_TEXT } from '../ui/content'
import { useDocumentTitle } from '../ui/PageTitle'
import { formProblems } from './issues'
import type { Loaded } from './load'
import { useAnnouncer } from './useAnnouncer'
import { useCompactGroups } from './useCompactGroups'
import { useJustAdded } from './useJustAdded'
import { usePendingFocus } from './usePendingFocus'
import { usePlanActions } from './usePlanActions'
import { usePlanLink, usePlanState } from './usePlanState'
import { usePrices } from './usePrices'

/**
 * The planner page's hooks, wired together: opening a plan (a link, Back, a starting point or a file)
 * resets each of them, so `load` is made here, where they all are.
 */
export function usePlanner(focusOnMount: boolean, opening: Loaded) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const groupsHeadingRef = useRef<HTMLHeadingElement>(null)
  const state = usePlanState(opening)
  const { initial, values, totals, fields, loadPlan } = state
  const prices = usePrices(initial.prices, totals.lines)
  const { resetPrices, kept } = prices
  const { announcement, announce, announceSoon } = useAnnouncer(totals)
  const focusAfterRender = usePendingFocus()
  const { justAdded, clearJustAdded } = useJustAdded({ focusOnMount, headingRef, focusAfterRender, announce })
  const keys = fields.map((f) => f.id)
  const problems = formProblems(values, state.touched, totals.groups, keys.length)
  const { compact, opened, openGroups, resetCompact } = useCompactGroups(initial.values, {
    keys,
    groups: values.groups,
    shown: problems.shown,
    notices: state.notices,
    justAdded: justAdded?.index,
  })

  const load = useCallback(
    (next: Loaded) => {
      loadPlan(next)
      resetPrices(next.prices)
      resetCompact(next.values)
      clearJustAdded()
    },
    [loadPlan, resetPrices, resetCompact, clearJustAdded],
  )
  const { search, later } = usePlanLink(state, kept, load)
  const actions = usePlanActions({
    getValues: state.getValues,
    fields,
    groups: state,
    plan: state.plan,
    kept,
    markEdited: state.markEdited,
    load,
    clearJustAdded,
    announceSoon,
    focusAfterRender,
    openGroups,
    groupsHeadingRef,
  })

  const showErrors = state.edited && problems.summary.length > 0
  useDocumentTitle(showErrors ? UI_TEXT.title.error(UI_TEXT.title.plan) : UI_TEXT.title.plan)

  return {
    headingRef,
    groupsHeadingRef,
    state,
    prices,
    announcement,
    justAdded,
    keys,
    problems,
    showErrors,
    compact,
    opened,
    search,
    later,
    actions,
  }
}
