import { describe, expect, it } from 'vitest'
import { classify } from './audience'
import { FACTS } from './facts'
import { type ByAgreement, isByAgreement, PRODUCTS } from './products'
import { QUESTION_TEXT } from './questions'
import { nextQuestion } from './routing'
import { agreementAnswers, TERMS_CHANGES, type TermsChangeId } from './termsChanges'
import { ANSWER_IDS, type Answers, QUESTION_IDS, QUESTION_SCOPE } from './types'
import { UNCERTAINTIES } from './uncertainties'

const CHANGES = Object.entries(TERMS_CHANGES) as [TermsChangeId, (typeof TERMS_CHANGES)[TermsChangeId]][]
const WHO = { offsiteContractor: 'offsite-contractor', offsiteVendor: 'offsite-vendor' } as const

/** Every reading a change of terms altered, with the product and the person it is about. */
function altered(id: TermsChangeId) {
  return ANSWER_IDS.product.flatMap((product) =>
    (Object.keys(WHO) as (keyof typeof WHO)[]).flatMap((field) => {
      const reading = PRODUCTS[product][field]
      return isByAgreement(reading) && reading.change === id ? [{ product, who: WHO[field], reading }] : []
    }),
  )
}

/** "1 October 2024", as the copy writes a date. */
const inWords = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })

const underNewTerms = (r: ByAgreement) => Object.values(r.from)

describe('dated changes of terms (docs/adr/0001)', () => {
  it.each(CHANGES)('%s is asked with an organization’s question, then a person’s', (_, change) => {
    expect(QUESTION_IDS).toContain(change.agreement)
    expect(QUESTION_SCOPE[change.agreement]).toBe('organization')
    expect(QUESTION_SCOPE[change.decidedBy]).toBe('person')
    expect(ANSWER_IDS[change.agreement]).toEqual(agreementAnswers(change.effective))
  })

  it.each(CHANGES)(
    '%s alters some product’s terms, and cites its facts on every reading under the new terms',
    (id, change) => {
      const readings = altered(id)
      expect(readings.length).toBeGreaterThan(0)
      for (const f of change.facts) {
        expect(FACTS, f).toHaveProperty(f)
        for (const { reading } of readings) for (const r of underNewTerms(reading)) expect(r.facts).toContain(f)
      }
    },
  )

  it.each(CHANGES)('%s names its date in words where the questions and uncertainties explain it', (_, change) => {
    const date = inWords(change.effective)
    expect(QUESTION_TEXT[change.agreement].why).toContain(date)
    expect(QUESTION_TEXT[change.decidedBy].why).toContain(date)
    expect(UNCERTAINTIES['agreement-date'].what).toContain(date)
  })

  it('asks when the agreement was signed exactly where a product’s terms depend on it', () => {
    for (const product of ANSWER_IDS.product)
      for (const deploy of ANSWER_IDS.deploy)
        for (const who of ANSWER_IDS.who) {
          const change = CHANGES.find(([id]) => altered(id).some((a) => a.product === product && a.who === who))
          const next = nextQuestion({ product, deploy, who })
          if (change) expect(next, `${product} ${deploy} ${who}`).toBe(change[1].agreement)
          else expect([...CHANGES.map(([, c]) => c.agreement)], `${product} ${deploy} ${who}`).not.toContain(next)
        }
  })

  it.each(CHANGES)('%s reads each answer about the agreement into its own branch', (id, change) => {
    const [before, from] = agreementAnswers(change.effective)
    for (const { product, who, reading } of altered(id)) {
      const person: Answers = { product, deploy: 'online', who }
      expect(classify({ ...person, [change.agreement]: before })?.facts).toEqual(reading.before.facts)
      expect(classify({ ...person, [change.agreement]: 'unknown' })?.uncertain).toBe(reading.unknown.uncertain)
      // Under the new terms the reading waits for the deciding answer, then follows it.
      expect(classify({ ...person, [change.agreement]: from })).toBeUndefined()
      for (const [answer, branch] of Object.entries(reading.from))
        expect(classify({ ...person, [change.agreement]: from, [change.decidedBy]: answer } as Answers)?.facts).toEqual(
          branch.facts,
        )
    }
  })
})
