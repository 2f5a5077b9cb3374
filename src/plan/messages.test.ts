import { describe, expect, it } from 'vitest'
import { QUESTION_IDS } from '../domain/types'
import { decodeLink } from '../share/link'
import type { GroupProblem, PlanProblem } from '../share/plan'
import { planTotals, uncountedKind } from '../share/totals'
import { blankGroup, planInputOf } from './form'
import { issueText, noticeText, problemText, quantityText, uncountedText } from './messages'

/** One of each code the plan codec returns, with values as a link could hold them. */
const PROBLEMS: (GroupProblem | PlanProblem)[] = [
  { kind: 'count-missing' },
  { kind: 'count-invalid', text: 'abc' },
  { kind: 'no-plan-start' },
  { kind: 'answer-dropped', question: 'who', value: 'ceo' },
  { kind: 'rules-updated', question: 'bought' },
  { kind: 'answers-missing', question: 'via' },
  { kind: 'plan-answer-dropped', question: 'product', value: 'crm9' },
  { kind: 'servers-invalid', text: 'two' },
  { kind: 'too-many-groups', found: 600, max: 500 },
  { kind: 'price-invalid', license: 'full-cal', text: 'abc' },
]

/** A question's id shown to people, as "who" was before the codes (issue 13). */
const RAW_ID = new RegExp(`[“"](${QUESTION_IDS.join('|')})[”"]`)

describe('copy keyed by id', () => {
  it('the codec returns codes with parameters, never sentences', () => {
    const decoded = decodeLink(
      '?v=1&view=plan&product=crm2011&deploy=onprem&servers=x&g=name:A;count:abc;who:ceo&g=name:B;count:1;who:employee',
    )
    if (decoded.view !== 'plan') throw new Error('not a plan')
    const problems = decoded.notices.flatMap((n) => n.problems)
    expect(problems).toEqual([
      { kind: 'servers-invalid', text: 'x' },
      { kind: 'count-invalid', text: 'abc' },
      { kind: 'answer-dropped', question: 'who', value: 'ceo' },
      { kind: 'answers-missing', question: 'via' },
    ])
  })

  it('every code of the codec has a sentence, naming questions by their wording, not their ids', () => {
    for (const problem of PROBLEMS) {
      const text = problemText(problem)
      expect(text, problem.kind).toMatch(/^[A-Z].*\.$/)
      expect(text, problem.kind).not.toMatch(RAW_ID)
    }
    expect(problemText({ kind: 'answer-dropped', question: 'who', value: 'ceo' })).toBe(
      'Its answer "ceo" to “Who is the person?” could not be used.',
    )
    expect(noticeText({ group: 0, name: 'A', problems: PROBLEMS.slice(0, 2) })).toBe(
      'Its count is missing. Its count "abc" is not a whole number from 1 to 1,000,000, or a range such as 200-800.',
    )
  })

  it('the planner’s arithmetic returns codes, worded with the group’s label', () => {
    const totals = planTotals(
      planInputOf({ product: 'crm2011', deploy: 'onprem', servers: '1', groups: [{ ...blankGroup(), count: 'x' }] }),
    )
    const [g] = totals.groups
    expect(g.issues).toEqual([
      { field: 'count', code: 'count-invalid' },
      { field: 'who', code: 'answer-needed' },
    ])
    expect(g.issues.map((i) => issueText(i, g.label))).toEqual([
      'The count of “Group 1” must be a whole number from 1 to 1,000,000, or a range such as 200-800, digits only.',
      'Choose an answer to “Who is the person?” for “Group 1”.',
    ])
    expect(uncountedKind(g)).toBe('problem')
    expect(uncountedText('problem')).toBe('has a problem to fix')
  })
})

describe('quantities with their unit', () => {
  it('writes a whole number, or the low and high ends of a range', () => {
    expect(quantityText('server', 1)).toBe('1 server')
    expect(quantityText('person', 1200)).toBe('1,200 people')
    expect(quantityText('auth-pack', 12)).toBe('12 packs')
    expect(quantityText('person', 810, 210)).toBe('210–810 people')
    expect(quantityText('person', 10, 10)).toBe('10 people')
  })
})
