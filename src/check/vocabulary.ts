/**
 * The check's public words (contract §6): the statuses in `data-status` and the values of the
 * `group-by` radios. Tests and saved mapping links rely on them, so they are never renamed.
 */

export const STATUSES = ['ok', 'under', 'over', 'free', 'disabled', 'review', 'unanswered'] as const
export type Status = (typeof STATUSES)[number]

export const GROUP_BYS = ['role', 'unit', 'domain', 'title'] as const
export type GroupBy = (typeof GROUP_BYS)[number]

/** What to do about a user (src/check/todo.ts): a row's `data-action` and the "What to do" summary's order. */
export const ACTIONS = ['buy', 'step-up', 'reassign', 'reclaim', 'check-trial', 'review', 'answer', 'none'] as const
export type Action = (typeof ACTIONS)[number]

/** The words of a user row's `data-flags` (contract §10), space-separated. */
export const FLAGS = ['blocked', 'guest', 'trial', 'unknown-product', 'attach-without-base'] as const
export type Flag = (typeof FLAGS)[number]

/** The `data-field` of the column map's selects (contract §10), in the order the page asks them. */
export const MAP_FIELDS = [
  'user',
  'name',
  'email',
  'unit',
  'title',
  'access-mode',
  'license-type',
  'status',
  'roles',
  'licensed',
  'application',
] as const
export type MapField = (typeof MAP_FIELDS)[number]

/** The value map asks for coded values of these fields only. */
export const VALUE_FIELDS = ['access-mode', 'license-type', 'status'] as const
export type ValueField = (typeof VALUE_FIELDS)[number]
