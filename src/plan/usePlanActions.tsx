import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react'
import type { FieldArrayWithId, UseFieldArrayReturn, UseFormGetValues } from 'react-hook-form'
import type { Answers } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { withCarried } from '../share/carry'
import type { PriceTexts } from '../share/plan'
import type { PlanInput } from '../share/totals'
import { navigate, pushSearch, replaceSearch } from '../ui/address'
import { PLAN_TEXT } from './content'
import { blankGroup, linkOf, type PlanValues, planInputOf, valuesOf } from './form'
import { groupFieldId, groupOfField } from './groupIds'
import { type Loaded, readPlanSearch } from './load'
import type { StartingPoint } from './presets'

/**
 * A handler whose identity never changes and which always runs the latest render's version, so the
 * memoised group fieldsets are not re-rendered for a new closure on every edit.
 */
function useStableHandler<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  const latest = useRef(handler)
  useLayoutEffect(() => {
    latest.current = handler
  })
  return useCallback((...args: A) => latest.current(...args), [])
}

/** A group's answers with the plan's product and deployment, as the advice reads them. */
const withPlanStart = (plan: PlanInput, answers: Answers): Answers => ({
  ...answers,
  product: plan.product,
  deploy: plan.deploy,
})

interface Deps {
  getValues: UseFormGetValues<PlanValues>
  fields: FieldArrayWithId<PlanValues, 'groups'>[]
  groups: Pick<UseFieldArrayReturn<PlanValues, 'groups'>, 'append' | 'remove' | 'insert'>
  plan: PlanInput
  /** The prices the link keeps, if the person keeps them there. */
  kept: PriceTexts | undefined
  markEdited: () => void
  load: (next: Loaded) => void
  clearJustAdded: () => void
  announceSoon: (group: number | undefined, before?: string) => void
  focusAfterRender: (id: string) => void
  openGroups: (keys: readonly string[]) => void
  groupsHeadingRef: RefObject<HTMLElement | null>
}

/**
 * What the planner's controls do: add, duplicate, remove and open groups, choose a starting point or a
 * plan file, and leave for another view. A change of the plan's shape pushes a history entry first, so
 * Back returns to the plan as it was.
 */
export function usePlanActions(deps: Deps) {
  const { getValues, fields, groups, plan, kept, markEdited, load, clearJustAdded, announceSoon } = deps
  const { focusAfterRender, openGroups, groupsHeadingRef } = deps

  /** The plan's link as the form holds it now, ahead of the deferred one in the address. */
  const currentLink = () => linkOf(getValues(), kept)

  /** Leaves for another view; the deferred address write may not have happened yet, and Back should find the plan as it is. */
  const leaveTo = (search: string) => {
    replaceSearch(currentLink())
    navigate(search)
  }

  const onFormChange = (event: { target: EventTarget | null }) => {
    if (event.target instanceof HTMLElement) announceSoon(groupOfField(event.target.id))
    markEdited()
  }

  const addGroup = () => {
    const current = getValues()
    pushSearch(linkOf({ ...current, groups: [...current.groups, blankGroup()] }, kept))
    markEdited()
    groups.append(blankGroup(), { shouldFocus: false })
    clearJustAdded()
    focusAfterRender(groupFieldId(current.groups.length, 'name'))
  }

  const onRemove = useStableHandler((index: number) => {
    const current = getValues()
    const label = current.groups[index]?.name.trim() || `Group ${index + 1}`
    pushSearch(linkOf({ ...current, groups: current.groups.filter((_, i) => i !== index) }, kept))
    markEdited()
    groups.remove(index)
    clearJustAdded()
    announceSoon(undefined, `${PLAN_TEXT.live.removed(label)} `)
    groupsHeadingRef.current?.focus()
  })

  const onDuplicate = useStableHandler((index: number) => {
    const current = getValues()
    const source = current.groups[index]
    if (!source) return
    const copy = { ...source, name: PLAN_TEXT.copyName(source.name), loaded: false }
    const next = [...current.groups.slice(0, index + 1), copy, ...current.groups.slice(index + 1)]
    pushSearch(linkOf({ ...current, groups: next }, kept))
    markEdited()
    groups.insert(index + 1, copy, { shouldFocus: false })
    clearJustAdded()
    focusAfterRender(groupFieldId(index + 1, 'name'))
    announceSoon(index + 1, `${PLAN_TEXT.live.duplicated(source.name.trim() || `Group ${index + 1}`)} `)
  })

  const onEdit = useStableHandler((index: number) => {
    const key = fields[index]?.id
    if (key === undefined) return
    openGroups([key])
    focusAfterRender(groupFieldId(index, 'name'))
  })

  // A group's full advice carries the plan as it is at the moment of the click, so "Back to your plan"
  // returns to it; the link's address is refreshed as it is pointed at or focused, for a new tab too.
  const adviceSearch = useCallback(
    (index: number) => {
      const current = getValues()
      const now = planInputOf(current)
      const answers = now.groups[index]?.answers ?? {}
      return withCarried(encodeAnswers(withPlanStart(now, answers)), { plan: linkOf(current), fromPlan: true })
    },
    [getValues],
  )
  const onOpenAdvice = useStableHandler((index: number) => leaveTo(adviceSearch(index)))

  /** The questionnaire for one more person, with the plan's product and deployment; Add to plan comes back. */
  const anotherSearch = () =>
    withCarried(encodeAnswers({ product: plan.product, deploy: plan.deploy }), {
      plan: linkOf(getValues()),
      fromPlan: false,
    })

  const choose = (start: StartingPoint) => {
    const next = valuesOf(start.plan)
    pushSearch(linkOf(next))
    load({ values: next, notices: [] })
    announceSoon(undefined, `${PLAN_TEXT.live.loaded(start.label, start.plan.groups.length)} `)
  }

  const openFile = (file: string) => {
    const next = readPlanSearch(file)
    pushSearch(linkOf(next.values, next.prices))
    load(next)
  }

  return {
    currentLink,
    leaveTo,
    onFormChange,
    addGroup,
    onRemove,
    onDuplicate,
    onEdit,
    adviceSearch,
    onOpenAdvice,
    anotherSearch,
    choose,
    openFile,
  }
}
