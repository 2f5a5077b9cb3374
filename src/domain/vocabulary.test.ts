import { describe, expect, it } from 'vitest'
import { ANSWER_IDS, QUESTION_IDS, VOCABULARY_HISTORY } from './types'

/** The answers each link version knows: version 1's are what no later version added (VOCABULARY_HISTORY). */
function firstVersionAnswers(): Record<string, readonly string[]> {
  const later = (q: string) =>
    VOCABULARY_HISTORY.flatMap((h) => (h.added as Record<string, readonly string[] | undefined>)[q] ?? [])
  return Object.fromEntries(
    QUESTION_IDS.map((q) => [q, ANSWER_IDS[q].filter((a) => !later(q).includes(a))]).filter(([, a]) => a.length > 0),
  )
}

describe('the link vocabulary’s versions (contract sections 1, 5 and 9)', () => {
  // Links are a promise: a version 1 link means what it meant. A new answer (a product era, a kind of person) that is
  // not entered as added by a new version would be read into old links: this list is version 1 as published.
  it('keeps version 1 as the contract published it: every later answer is added by a later version', () => {
    expect(firstVersionAnswers()).toEqual({
      product: ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365'],
      deploy: ['onprem', 'online', 'hosted'],
      who: [
        'employee',
        'onsite-contractor',
        'offsite-contractor',
        'offsite-vendor',
        'customer',
        'customer-employee',
        'tenant-client',
        'public',
      ],
      signed: ['before-2024-10', 'from-2024-10'],
      via: ['crm-client', 'portal', 'custom-app', 'integration', 'manual'],
      does: ['admin', 'read', 'self-service', 'light', 'full'],
      records: ['custom', 'core'],
      device: ['named', 'shared'],
    })
  })

  it('numbers the versions 1, 2, 3 … and adds only answers the vocabulary has', () => {
    expect(VOCABULARY_HISTORY.map((h) => h.version)).toEqual(VOCABULARY_HISTORY.map((_, i) => i + 1))
    for (const h of VOCABULARY_HISTORY) {
      for (const [q, answers] of Object.entries(h.added) as [keyof typeof ANSWER_IDS, readonly string[]][]) {
        for (const a of answers) expect(ANSWER_IDS[q] as readonly string[], `${h.version} ${q}`).toContain(a)
      }
    }
  })
})
