import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useFieldArray, useForm, useWatch } from 'react-hook-form'
import { decodeLink } from '../share/link'
import type { PriceTexts } from '../share/plan'
import { paramsOf } from '../share/replay'
import { type PlanInput, type PlanTotals, planTotals } from '../share/totals'
import { currentEntry, currentSearch, onAddressChange, openedWithRulebook, replaceSearch } from '../ui/address'
import { linkOf, type PlanValues, planInputOf } from './form'
import { type Loaded, readPlanSearch } from './load'

/**
 * The plan as the page holds it: the form opened on `opening` (the address's plan link, as the page
 * read it), its groups, what the totals make of them, and what the link said about itself (its
 * notices) until the plan is edited.
 */
export function usePlanState(opening: Loaded) {
  const [initial] = useState(opening)
  const { control, register, reset, getValues, formState } = useForm<PlanValues>({ defaultValues: initial.values })
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'groups' })
  const [notices, setNotices] = useState(initial.notices)
  const [versionNotice, setVersionNotice] = useState(initial.versionNotice)
  const [edited, setEdited] = useState(false)
  // Opened from a plan link made under an older rulebook: what changed since, per group, until the plan is edited.
  const [since] = useState(() => {
    const opened = openedWithRulebook()
    return opened && opened.search === currentSearch() ? opened.version : undefined
  })
  const values = useWatch({ control }) as Partial<PlanValues>
  const plan = useMemo(() => planInputOf(values), [values])
  const totals = useMemo(() => planTotals(plan), [plan])

  // Once the plan is edited, what the link held is history: the error summary takes over from its notice.
  const markEdited = useCallback(() => {
    setEdited(true)
    setNotices((n) => (n.length === 0 ? n : []))
    setVersionNotice(undefined)
  }, [])

  const loadPlan = useCallback(
    (next: Loaded) => {
      reset(next.values)
      setNotices(next.notices)
      setVersionNotice(next.versionNotice)
      setEdited(false)
    },
    [reset],
  )

  return {
    initial,
    register,
    getValues,
    touched: formState.touchedFields,
    fields,
    append,
    remove,
    insert,
    values,
    plan,
    totals,
    notices,
    versionNotice,
    edited,
    since,
    markEdited,
    loadPlan,
  }
}

/**
 * The plan's link, kept in the address. The groups and totals answer each keystroke; the link and the
 * address follow in a deferred render, and so does the comparison, worked out from `later` where it is
 * shown, so with hundreds of groups typing stays within a frame (scripts/bench-plan.mjs). Edits rewrite
 * the current entry, so typing a name does not fill the history; adding or removing a group and choosing
 * a starting point push (usePlanActions). Back and Forward between plan entries load that entry with
 * `load`.
 */
export function usePlanLink(
  now: { plan: PlanInput; totals: PlanTotals; values: Partial<PlanValues> },
  kept: PriceTexts | undefined,
  load: (next: Loaded) => void,
) {
  const { plan, totals, values } = now
  // `entry`: the history entry these values belong to, so a late address write never lands on another.
  const current = useMemo(() => ({ plan, totals, values, entry: currentEntry() }), [plan, totals, values])
  const later = useDeferredValue(current)
  const search = useMemo(() => linkOf(later.values, kept), [later, kept])

  useEffect(() => {
    if (search !== currentSearch()) replaceSearch(search, later.entry)
  }, [search, later.entry])

  // The move that opened the planner may still be telling its listeners: that address is already loaded,
  // and loading it again would remount the groups under the focus.
  const openedOn = useRef<string | undefined>(currentSearch())
  useEffect(
    () =>
      onAddressChange((address) => {
        const first = openedOn.current
        openedOn.current = undefined
        const same = first !== undefined && paramsOf(first).toString() === paramsOf(address).toString()
        if (!same && decodeLink(address).view === 'plan') load(readPlanSearch(address))
      }),
    [load],
  )

  return { search, later }
}
