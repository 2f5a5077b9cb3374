import { SHORT_NAME } from '../domain/names'
import type { LicenseId } from '../domain/types'
import type { Verdict } from './classify'
import { TODO_TEXT } from './content'
import { ACTIONS, type Action, type Flag } from './vocabulary'

/**
 * What to do about one user: the check's answer as an action (issue 20 item 4), so the page is a to-do list
 * rather than a puzzle of held and needed columns.
 */
export function actionOf(verdict: Verdict, flags: readonly Flag[]): Action {
  if (verdict.status === 'disabled') return 'reclaim'
  if (flags.includes('trial') && verdict.status !== 'unanswered') return 'check-trial'
  switch (verdict.status) {
    case 'unanswered':
      return 'answer'
    case 'review':
      return 'review'
    case 'under':
      return verdict.held === 'none' ? 'buy' : 'step-up'
    case 'over':
      return 'reassign'
    default:
      return verdict.held !== 'none' && verdict.held !== 'unknown' && verdict.needed === 'none' ? 'reassign' : 'none'
  }
}

/** One license to get: how many users need it, and how many of them spare licenses already held could cover. */
export interface ToGet {
  license: LicenseId
  users: number
  /** Licenses of this kind held by over-licensed or disabled users: reassigned instead of bought. */
  fromSpare: number
}

export interface Todo {
  /** Users per action, every action listed. */
  counts: Record<Action, number>
  /** Licenses to buy or step up to, most users first. */
  get: ToGet[]
  /** Spare licenses by kind, from over-licensed and disabled users, most first. */
  spare: { license: LicenseId; count: number }[]
}

const isLicense = (held: Verdict['held'] | Verdict['needed']): held is LicenseId =>
  held !== 'unknown' && held !== 'none' && held !== 'undetermined'

/** The whole list in a few lines: what to buy, what spare licenses can cover it, what to reclaim, check or answer. */
export function todoOf(rows: readonly { verdict: Verdict; flags: readonly Flag[] }[]): Todo {
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>
  const need = new Map<LicenseId, number>()
  const spare = new Map<LicenseId, number>()
  for (const { verdict, flags } of rows) {
    const action = actionOf(verdict, flags)
    counts[action]++
    if ((action === 'buy' || action === 'step-up') && isLicense(verdict.needed))
      need.set(verdict.needed, (need.get(verdict.needed) ?? 0) + 1)
    if ((action === 'reassign' || action === 'reclaim') && isLicense(verdict.held))
      spare.set(verdict.held, (spare.get(verdict.held) ?? 0) + 1)
  }
  const get = [...need]
    .map(([license, users]) => ({ license, users, fromSpare: Math.min(users, spare.get(license) ?? 0) }))
    .sort((a, b) => b.users - a.users || a.license.localeCompare(b.license))
  const spares = [...spare]
    .map(([license, count]) => ({ license, count }))
    .sort((a, b) => b.count - a.count || a.license.localeCompare(b.license))
  return { counts, get, spare: spares }
}

/** The summary's lines, in the order a person acts on them: buy (less what spares cover), spares, reclaim, trials, review, answer. */
export function todoLines(todo: Todo): { key: string; text: string }[] {
  const { counts } = todo
  return [
    ...todo.get.map((g) => ({
      key: `get-${g.license}`,
      text: TODO_TEXT.buy(g.users, SHORT_NAME[g.license], g.fromSpare),
    })),
    ...todo.spare.map((s) => ({ key: `spare-${s.license}`, text: TODO_TEXT.spare(s.count, SHORT_NAME[s.license]) })),
    counts.reclaim > 0 && { key: 'reclaim', text: TODO_TEXT.reclaim(counts.reclaim) },
    counts['check-trial'] > 0 && { key: 'trial', text: TODO_TEXT.trial(counts['check-trial']) },
    counts.review > 0 && { key: 'review', text: TODO_TEXT.review(counts.review) },
    counts.answer > 0 && { key: 'answer', text: TODO_TEXT.answer(counts.answer) },
  ].filter((item): item is { key: string; text: string } => item !== false)
}
