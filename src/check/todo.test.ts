import { describe, expect, it } from 'vitest'
import type { Verdict } from './classify'
import { aloneIndex, aloneKey, withAlone } from './groups'
import { actionOf, todoLines, todoOf } from './todo'
import type { Flag } from './vocabulary'

const v = (status: Verdict['status'], held: Verdict['held'], needed: Verdict['needed']): Verdict => ({
  status,
  held,
  needed,
  why: '',
  reasons: [],
})

describe('what to do about each user (issue 20 item 4)', () => {
  it.each<[Verdict, Flag[], string]>([
    [v('under', 'none', 'd365-sales-enterprise'), [], 'buy'],
    [v('under', 'd365-team-members', 'd365-sales-enterprise'), [], 'step-up'],
    [v('over', 'd365-sales-premium', 'd365-sales-enterprise'), [], 'reassign'],
    [v('over', 'd365-sales-enterprise', 'none'), [], 'reassign'],
    [v('disabled', 'd365-sales-enterprise', 'none'), ['trial'], 'reclaim'],
    [v('ok', 'd365-sales-enterprise', 'd365-sales-enterprise'), ['trial'], 'check-trial'],
    [v('review', 'unknown', 'd365-sales-enterprise'), [], 'review'],
    [v('unanswered', 'd365-sales-enterprise', 'unknown'), ['trial'], 'answer'],
    [v('ok', 'd365-sales-enterprise', 'd365-sales-enterprise'), [], 'none'],
    [v('free', 'none', 'none'), [], 'none'],
  ])('%o with flags %o: %s', (verdict, flags, action) => {
    expect(actionOf(verdict, flags)).toBe(action)
  })

  it('totals the list: licenses to get less the spares that cover them, then reclaim, trials, review and answers', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => ({ verdict: v('under', 'none', 'd365-sales-enterprise'), flags: [] })),
      { verdict: v('under', 'd365-team-members', 'd365-sales-enterprise'), flags: [] },
      { verdict: v('over', 'd365-sales-enterprise', 'd365-team-members'), flags: [] },
      { verdict: v('disabled', 'd365-sales-enterprise', 'none'), flags: [] },
      { verdict: v('disabled', 'd365-customer-service-enterprise', 'none'), flags: [] },
      { verdict: v('ok', 'd365-team-members', 'd365-team-members'), flags: ['trial'] },
      { verdict: v('review', 'unknown', 'd365-sales-enterprise'), flags: [] },
      { verdict: v('unanswered', 'none', 'unknown'), flags: [] },
    ] satisfies { verdict: Verdict; flags: Flag[] }[]
    const todo = todoOf(rows)
    expect(todo.get).toEqual([{ license: 'd365-sales-enterprise', users: 6, fromSpare: 2 }])
    expect(todo.spare).toEqual([
      { license: 'd365-sales-enterprise', count: 2 },
      { license: 'd365-customer-service-enterprise', count: 1 },
    ])
    expect(todoLines(todo).map((l) => l.text)).toEqual([
      'Sales Enterprise: 6 users need it; 2 can come from spare licenses below, buy 4.',
      '2 spare Sales Enterprise licenses held by over-licensed or disabled users.',
      '1 spare Customer Service Enterprise license held by over-licensed or disabled users.',
      'Reclaim the licenses of 2 disabled users.',
      'Check 1 trial before it ends.',
      '1 user needs review before anything is bought.',
      '1 user is in groups not answered yet: not known yet.',
    ])
    expect(todoLines(todoOf([{ verdict: v('ok', 'none', 'none'), flags: [] }]))).toEqual([])
  })
})

describe('a user answered on their own (issue 20 item 4)', () => {
  it('is taken out of their group into a group of one, after the rest; a group left empty goes', () => {
    const groups = [
      { key: 'Sales', members: [0, 2, 5] },
      { key: 'Ops', members: [1] },
    ]
    const out = withAlone(groups, new Set([5, 1]))
    expect(out).toEqual([
      { key: 'Sales', members: [0, 2] },
      { key: aloneKey(1), members: [1] },
      { key: aloneKey(5), members: [5] },
    ])
    expect(out.map((g) => aloneIndex(g.key))).toEqual([undefined, 1, 5])
    // A grouping value can never be mistaken for one: the key starts with a character no export holds.
    expect(aloneIndex('alone:1')).toBeUndefined()
    expect(withAlone(groups, new Set())).toEqual(groups)
  })
})
