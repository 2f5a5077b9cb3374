import { useCallback, useEffect, useRef, useState } from 'react'
import type { PlanTotals } from '../share/totals'
import { outcomeText } from './messages'

/** How long the live region waits after the last change before it speaks, so typing is not read out key by key. */
export const ANNOUNCE_AFTER_MS = 700

/**
 * What the page's one polite live region says (WCAG 4.1.3). `announceSoon` speaks a group's outcome and
 * the totals a moment after the last change, as they are then; `announce` says a sentence at once.
 */
export function useAnnouncer(totals: PlanTotals) {
  const [announcement, announce] = useState('')
  const latest = useRef(totals)
  useEffect(() => {
    latest.current = totals
  }, [totals])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const announceSoon = useCallback((group: number | undefined, before = '') => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => announce(`${before}${outcomeText(latest.current, group)}`), ANNOUNCE_AFTER_MS)
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])
  return { announcement, announce, announceSoon }
}
