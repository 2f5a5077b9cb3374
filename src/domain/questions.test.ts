import { describe, expect, it } from 'vitest'
import { advise } from './advise'
import { whenText } from './alternativeText'
import { answerText } from './answerText'
import { ANSWER_IDS, type Answers, type QuestionId } from './types'

/** The answer of `question` whose label or hint holds `phrase`: the one a reader of that phrase picks. */
function answerFor(question: QuestionId, phrase: RegExp): string[] {
  return ANSWER_IDS[question].filter((id) => {
    const text = answerText(question, id)
    return text !== undefined && phrase.test(`${text.label} ${text.hint}`)
  })
}

// The cases of the UX review of December 2026 (4.1, 4.3): the words a person in each case would look
// for must lead to the one answer the rulebook means, and that answer to the license it advises.
describe('the answers lead the review’s cases where the rulebook means', () => {
  it('a company that hosts CRM for other organizations finds the hosting answer, not “own servers”', () => {
    expect(answerFor('deploy', /you are that provider/i)).toEqual(['hosted'])
    expect(answerFor('deploy', /runs CRM for other organizations/i)).toEqual(['onprem'])
    expect(answerText('deploy', 'onprem')?.hint).toMatch(/hosting answer/)
    const provider: Answers = { product: 'crm2011', deploy: 'hosted', who: 'employee', via: 'crm-client', does: 'full' }
    expect(advise(provider)?.license).toBe('spla-sal')
  })

  it('says in hosted mode whose employee “An employee” is', () => {
    expect(answerFor('who', /employee of the provider or of a hosted organization/)).toEqual(['employee'])
  })

  it('sends field technicians who update cases assigned to them to the Employee Self Service CAL', () => {
    expect(answerFor('does', /cases assigned to them/)).toEqual(['light'])
    expect(answerFor('does', /field technician/i)).toEqual(['light'])
    const techs: Answers = {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'light',
      device: 'named',
    }
    const advice = advise(techs)
    expect(advice?.license).toBe('ess-cal')
    // The full answer is the rulebook's way out of ESS: assigning, sharing or deleting records.
    const full = advice?.alternatives.find((a) => a.license === 'full-cal')
    expect(full && whenText(full.when)).toMatch(/assign, share or delete/)
    expect(answerFor('does', /: assigns, shares or deletes/)).toEqual(['full'])
    expect(advise({ ...techs, does: 'full' })?.license).toBe('full-cal')
  })

  it('points someone who works cases others assign them away from “their own requests”', () => {
    expect(answerText('does', 'self-service')?.hint).toMatch(/others assign to them chooses the next answer/)
  })
})
