import { decodeLink, type Notice } from '../share/link'
import type { PlanNotice, PriceTexts } from '../share/plan'
import { type PlanValues, valuesOf } from './form'

/** A plan as the page opens it: from its link, a plan file or a starting point. */
export interface Loaded {
  values: PlanValues
  notices: PlanNotice[]
  versionNotice?: Notice
  /** Prices the link keeps: the person chose to keep them there. */
  prices?: PriceTexts
}

/** Reads a plan's search string; anything but a plan link opens an empty plan. */
export function readPlanSearch(search: string): Loaded {
  const decoded = decodeLink(search)
  if (decoded.view !== 'plan') return { values: valuesOf({ servers: 1, groups: [] }), notices: [] }
  // A group just added is unfinished, not a broken link: it is flagged in the list instead. A group that stops at
  // `app` (contract section 9) is still counted: the page says so in a status notice, not as a broken link.
  const notices = decoded.notices.filter(
    (n) =>
      !decoded.plan.groups[n.group]?.blank &&
      !n.problems.every((p) => p.kind === 'rules-updated' && p.question === 'app'),
  )
  return { values: valuesOf(decoded.plan), notices, versionNotice: decoded.versionNotice, prices: decoded.plan.prices }
}

/**
 * A plan opened with more groups than this shows each on one line until it is edited. Every full
 * group is about two hundred elements (its selects' options most of them), so 20 of them still open in
 * well under a tenth of a second, and the starting points and the plans people type in stay below it;
 * past it a person scans lines rather than forms. Decided when a plan is opened, so nothing folds
 * away under someone adding groups.
 */
export const COMPACT_OVER = 20

export const isLarge = (values: PlanValues) => values.groups.length > COMPACT_OVER
