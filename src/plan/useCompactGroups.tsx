import { useCallback, useLayoutEffect, useState } from 'react'
import type { PlanNotice } from '../share/plan'
import type { GroupValues, PlanValues } from './form'
import { groupsToOpen } from './issues'
import { isLarge } from './load'

interface GroupsNow {
  /** The field keys of the group list, in order. */
  keys: readonly string[]
  groups: readonly Partial<GroupValues>[] | undefined
  shown: readonly string[]
  notices: readonly PlanNotice[]
  justAdded: number | undefined
}

/**
 * Whether a large plan shows its groups on one line each, and which of them are open in full (by field
 * key: once opened, a group stays open). A folded group mounts no inputs; its values stay in the form.
 */
export function useCompactGroups(initial: PlanValues, now: GroupsNow) {
  const [compact, setCompact] = useState(() => isLarge(initial))
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set())
  const openGroups = useCallback((keys: readonly string[]) => {
    if (keys.length > 0) setOpened((o) => new Set([...o, ...keys]))
  }, [])
  /** Decided when a plan is opened, so nothing folds away under someone adding groups. */
  const resetCompact = useCallback((values: PlanValues) => {
    setCompact(isLarge(values))
    setOpened(new Set())
  }, [])
  // The groups that must show their fields open before the browser paints, so none is seen folded first.
  useLayoutEffect(() => {
    if (compact) openGroups(groupsToOpen({ ...now, opened }))
  })
  return { compact, opened, openGroups, resetCompact }
}
