import type { QuestionId } from '../domain/types'

/**
 * The codes the plan's arithmetic and form return where the page needs words; messages.ts holds the
 * words. Kept apart from both so neither imports the other's module.
 */

/** Which field a problem belongs to: a question, or the count. */
export type IssueField = QuestionId | 'count'

/** A problem to fix in a group. */
export type Issue =
  | { field: 'count'; code: 'count-empty' | 'count-invalid' }
  | { field: QuestionId; code: 'answer-needed' }

/** Why a group is not in the totals. */
export type UncountedReason = 'none' | 'undetermined' | 'blank' | 'waiting' | 'problem'
