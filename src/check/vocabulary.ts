/**
 * The check's public words (contract §6): the statuses in `data-status` and the values of the
 * `group-by` radios. Tests and saved mapping links rely on them, so they are never renamed.
 */

export const STATUSES = ['ok', 'under', 'over', 'free', 'disabled', 'review', 'unanswered'] as const
export type Status = (typeof STATUSES)[number]

export const GROUP_BYS = ['role', 'unit', 'domain', 'title'] as const
export type GroupBy = (typeof GROUP_BYS)[number]
