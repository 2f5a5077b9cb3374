/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enumeratePaths, keepOnPath, nextQuestion } from '../domain/routing'
import { ANSWER_IDS, type Answers, QUESTION_IDS, type QuestionId, VOCABULARY_HISTORY } from '../domain/types'
import { RUNS, WHOLE_TREE } from '../test-runs'
import { decodeAdvice, linkVocabulary } from './advice'
import { type DecodedAdvice, type DecodedPlanView, decodeLink, encodeAnswers, LINK_VERSION } from './link'
import { paramsOf } from './replay'

/** How every link the app writes starts: the newest vocabulary's version. */
const V = `?v=${LINK_VERSION}`

const PATHS = enumeratePaths()

/** The answers a link holds, in question order, as [question, answer] pairs. */
const entries = (a: Answers) => QUESTION_IDS.flatMap((q) => (a[q] === undefined ? [] : [[q, a[q]] as const]))

function advice(search: string): DecodedAdvice {
  const decoded = decodeLink(search)
  if (decoded.view !== 'advice') throw new Error(`expected advice, got ${JSON.stringify(decoded)}`)
  return decoded
}

/** Whatever a link says, what comes out must be something the questionnaire machine accepts. */
function expectAccepted(decoded: DecodedAdvice | DecodedPlanView) {
  if (decoded.view === 'advice') {
    expect(keepOnPath(decoded.answers)).toEqual(decoded.answers)
    return
  }
  const { product, deploy } = decoded.plan
  for (const g of decoded.plan.groups) {
    const full = { product, deploy, ...g.answers }
    expect(keepOnPath(full)).toEqual(Object.fromEntries(Object.entries(full).filter(([, v]) => v !== undefined)))
  }
}

describe('encodeAnswers', () => {
  it('writes v=3 and the answers in question order', () => {
    expect(encodeAnswers({})).toBe(V)
    expect(LINK_VERSION).toBe(String(VOCABULARY_HISTORY.at(-1)?.version))
    expect(
      encodeAnswers({ does: 'self-service', via: 'portal', who: 'employee', deploy: 'onprem', product: 'crm2011' }),
    ).toBe(`${V}&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service`)
    expect(
      encodeAnswers({
        bought: 'before-2014',
        product: 'crm2011',
        deploy: 'onprem',
        who: 'customer',
        via: 'custom-app',
        does: 'self-service',
      }),
    ).toBe(`${V}&product=crm2011&deploy=onprem&who=customer&via=custom-app&does=self-service&bought=before-2014`)
  })

  it('leaves out answers that are not on the path', () => {
    expect(encodeAnswers({ product: 'crm2011', deploy: 'onprem', signed: 'before-2024-10' })).toBe(
      `${V}&product=crm2011&deploy=onprem`,
    )
    // `deploy` is missing, so nothing after it is on the path yet.
    expect(encodeAnswers({ product: 'crm2011', who: 'employee' })).toBe(`${V}&product=crm2011`)
    expect(encodeAnswers({ product: 'crm2011', deploy: 'onprem', who: 'tenant-client' })).toBe(
      `${V}&product=crm2011&deploy=onprem`,
    )
  })

  it('writes an address the browser keeps exactly as written', () => {
    for (const p of PATHS.slice(0, 200)) {
      const search = encodeAnswers(p)
      expect(new URL(search, 'https://example.org/advisor/').search).toBe(search)
    }
  })
})

describe('decodeLink round trip', () => {
  // Problems are collected and compared once: tens of thousands of assertions would cost more than the reading.
  const sameAnswers = (a: Answers, b: Answers) => QUESTION_IDS.every((q) => a[q] === b[q])

  it(`reads back every one of the ${PATHS.length} complete paths, without a notice`, WHOLE_TREE, () => {
    const wrong = PATHS.filter((p) => {
      const decoded = advice(encodeAnswers(p))
      return (
        decoded.notice !== undefined || !sameAnswers(decoded.answers, p) || nextQuestion(decoded.answers) !== undefined
      )
    })
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('lands a partial link on the next question of its path', () => {
    // Each prefix once: a path's prefixes are keyed as they grow, before any link is written for them.
    const seen = new Set<string>()
    const wrong: string[] = []
    for (const p of PATHS) {
      const pairs = entries(p)
      let key = ''
      for (let i = 0; i < pairs.length; i++) {
        if (i > 0) key += `&${pairs[i - 1][0]}=${pairs[i - 1][1]}`
        if (seen.has(key)) continue
        seen.add(key)
        const prefix: Answers = Object.fromEntries(pairs.slice(0, i))
        const decoded = advice(encodeAnswers(prefix))
        if (
          decoded.notice !== undefined ||
          !sameAnswers(decoded.answers, prefix) ||
          nextQuestion(decoded.answers) !== pairs[i][0]
        )
          wrong.push(key)
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(seen.size).toBeGreaterThan(100)
  })
})

describe('decodeLink: the contract examples', () => {
  const example = { product: 'crm2011', deploy: 'onprem', who: 'employee', via: 'portal', does: 'self-service' }

  it('reads the single-advice example', () => {
    expect(decodeLink('/?v=1&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service')).toEqual({
      view: 'advice',
      answers: example,
    })
  })

  it('reads a link without v as the newest version', () => {
    expect(decodeLink('?product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service')).toEqual({
      view: 'advice',
      answers: example,
    })
  })

  it('takes the search with or without "?", or inside a whole address', () => {
    for (const input of [
      'v=1&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service',
      'https://example.org/advisor/?v=1&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service#top',
      'https://example.org/#/?v=1&product=crm2011&deploy=onprem&who=employee&via=portal&does=self-service',
    ])
      expect(advice(input).answers).toEqual(example)
  })

  it('refuses an unknown version with a notice and a fresh start', () => {
    // The version after the newest: no reader of this build knows it.
    const UNKNOWN = String(Number(LINK_VERSION) + 1)
    expect(decodeLink(`?v=${UNKNOWN}&product=crm2011&deploy=onprem`)).toEqual({
      view: 'advice',
      answers: {},
      notice: { kind: 'unknown-version', version: UNKNOWN },
    })
    expect(advice('?v=&product=crm2011').notice).toEqual({ kind: 'unknown-version', version: '' })
    expect(advice('?v=toString&product=crm2011').notice).toEqual({ kind: 'unknown-version', version: 'toString' })
    expect(decodeLink(`?v=${UNKNOWN}&view=plan&product=crm2011&deploy=onprem&g=name:x;count:1`)).toEqual({
      view: 'plan',
      plan: { servers: 1, serversText: '1', groups: [] },
      notices: [],
      versionNotice: { kind: 'unknown-version', version: UNKNOWN },
    })
  })

  it('is refused by a reader that knows only version 1, as an offline copy of rulebook 1.0 would', () => {
    const link = encodeAnswers({ product: 'd365', deploy: 'online', who: 'service-account' })
    expect(linkVocabulary(paramsOf(link), { '1': 1 })).toEqual({
      notice: { kind: 'unknown-version', version: LINK_VERSION },
    })
    expect(linkVocabulary(paramsOf('?v=1&product=crm4'), { '1': 1 })).toEqual({ vocabulary: 1 })
    // And a reader that knows only versions 1 and 2 (rulebook 1.2) refuses version 3 (contract section 9).
    expect(linkVocabulary(paramsOf(link), { '1': 1, '2': 2 })).toEqual({
      notice: { kind: 'unknown-version', version: LINK_VERSION },
    })
  })

  it('stops at a tampered answer, names it and keeps the answers before it', () => {
    expect(decodeLink('?v=1&product=crm2011&deploy=onprem&who=ceo&via=portal&does=self-service')).toEqual({
      view: 'advice',
      answers: { product: 'crm2011', deploy: 'onprem' },
      notice: { kind: 'dropped-answer', question: 'who', value: 'ceo' },
    })
  })

  it('does not accept a hosting tenant’s client on premises', () => {
    expect(decodeLink('?v=1&product=crm2016&deploy=onprem&who=tenant-client&via=portal')).toEqual({
      view: 'advice',
      answers: { product: 'crm2016', deploy: 'onprem' },
      notice: { kind: 'dropped-answer', question: 'who', value: 'tenant-client' },
    })
    expect(advice('?v=1&product=crm2016&deploy=hosted&who=tenant-client').answers.who).toBe('tenant-client')
  })

  it('ignores keys that are not on the path', () => {
    const decoded = advice(
      '?v=1&product=crm2011&deploy=onprem&who=employee&signed=before-2024-10&via=portal&colour=blue',
    )
    expect(decoded).toEqual({
      view: 'advice',
      answers: { product: 'crm2011', deploy: 'onprem', who: 'employee', via: 'portal' },
    })
    // Also a bad value off the path: it is never looked at, so it raises no notice.
    expect(advice('?v=1&product=crm2011&deploy=onprem&who=employee&signed=never').notice).toBeUndefined()
    // And keys after a question the link leaves unanswered: the replay stops there silently.
    expect(advice('?v=1&product=crm2011&who=employee&via=portal')).toEqual({
      view: 'advice',
      answers: { product: 'crm2011' },
    })
  })

  it('asks `signed` of an off-site contractor on Dynamics 365, and `hours` after a 2024 agreement', () => {
    const base = '?v=2&product=d365&deploy=online&who=offsite-contractor'
    expect(advice(`${base}&via=portal`).answers).toEqual({
      product: 'd365',
      deploy: 'online',
      who: 'offsite-contractor',
    })
    expect(advice(`${base}&signed=before-2024-10&via=portal`).answers.via).toBe('portal')
    expect(advice(`${base}&signed=from-2024-10&hours=over-30&via=portal`).answers.via).toBe('portal')
  })

  it('uses the first of repeated keys', () => {
    expect(advice('?v=1&product=crm4&product=crm2011').answers).toEqual({ product: 'crm4' })
    expect(advice('?v=1&v=2&product=crm4').answers).toEqual({ product: 'crm4' })
    expect(advice('?v=1&product=bad&product=crm4').notice).toEqual({
      kind: 'dropped-answer',
      question: 'product',
      value: 'bad',
    })
  })

  it('reads plan links as plans', () => {
    const decoded = decodeLink('?v=1&view=plan&product=crm4&deploy=onprem')
    expect(decoded).toEqual({
      view: 'plan',
      plan: { product: 'crm4', deploy: 'onprem', servers: 1, serversText: '1', groups: [] },
      notices: [],
    })
    // Any other view is a view this version does not know; the answers still open.
    expect(advice('?v=1&view=elsewhere&product=crm4').answers).toEqual({ product: 'crm4' })
  })
})

describe('decodeLink: hostile input', () => {
  it('shows markup in a value as the plain text it is', () => {
    const decoded = advice(`?v=1&product=crm2011&deploy=onprem&who=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(decoded.answers).toEqual({ product: 'crm2011', deploy: 'onprem' })
    expect(decoded.notice).toEqual({ kind: 'dropped-answer', question: 'who', value: '<script>alert(1)</script>' })
    expect(advice('?v=1&product=<script>alert(1)</script>').notice).toMatchObject({ question: 'product' })
  })

  it('survives broken percent-encoding', () => {
    for (const input of [
      '?v=1&product=%E0%A4%A',
      '?v=%E0%A4%A',
      '?%E0%A4%A=1',
      '%',
      '?product=%',
      '?v=1&product=%uD800',
    ]) {
      const decoded = advice(input)
      expect(decoded.answers).toEqual({})
      if (decoded.notice?.kind === 'dropped-answer') expect(typeof decoded.notice.value).toBe('string')
    }
  })

  it('clips a 5,000-character value in the notice', () => {
    const long = 'x'.repeat(5000)
    const decoded = advice(`?v=1&product=crm4&deploy=${long}`)
    expect(decoded.answers).toEqual({ product: 'crm4' })
    expect(decoded.notice).toEqual({ kind: 'dropped-answer', question: 'deploy', value: `${'x'.repeat(200)}…` })
    const version = advice(`?v=${long}`).notice
    expect(version?.kind === 'unknown-version' && version.version.length).toBe(201)
    // A clip never splits an emoji in half.
    const emoji = advice(`?v=1&product=${encodeURIComponent(`${'x'.repeat(199)}😀😀`)}`).notice
    expect(emoji?.kind === 'dropped-answer' && emoji.value).toBe(`${'x'.repeat(199)}…`)
  })

  it('degrades garbage to a fresh start', () => {
    for (const input of ['', '?', '&&&', '=', '?=&=', '??v=1', '#', 'null', '\u0000', '\uD800'])
      expect(decodeLink(input)).toEqual({ view: 'advice', answers: {} })
    expect(decodeLink(undefined as unknown as string)).toEqual({ view: 'advice', answers: {} })
    expect(
      decodeLink({
        toString: () => {
          throw new Error('no')
        },
      } as unknown as string),
    ).toEqual({ view: 'advice', answers: {} })
  })
})

describe('decodeLink properties', () => {
  it('never throws on arbitrary text and returns answers the routing accepts', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary-ascii' }),
      fc.webQueryParameters(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
    )
    fc.assert(
      fc.property(text, (s) => {
        expectAccepted(decodeLink(s))
        expectAccepted(decodeLink(`?v=1&product=crm2011&deploy=hosted&${s}`))
      }),
      RUNS,
    )
  })

  it('never throws on links built from the vocabulary, and keeps only what the routing accepts', () => {
    const key = fc.constantFrom<string>(...QUESTION_IDS, 'v', 'view', 'g', 'x')
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<string>(...Object.values(ANSWER_IDS).flat(), '1', 'plan') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    )
    const pair = fc.tuple(key, value).map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 14 }), (pairs) => {
        const search = `?${pairs.join('&')}`
        const decoded = decodeLink(search)
        expectAccepted(decoded)
        if (decoded.view !== 'advice') return
        // Every answer kept is the first one the link gives for its question.
        const params = new URLSearchParams(search)
        for (const [q, v] of Object.entries(decoded.answers)) expect(params.get(q)).toBe(v)
        // A notice names a question that the kept answers lead to.
        if (decoded.notice?.kind === 'dropped-answer')
          expect(nextQuestion(decoded.answers)).toBe(decoded.notice.question)
      }),
      RUNS,
    )
  })

  it('never throws on mutated valid links, and keeps only what the routing accepts', () => {
    type Mutation =
      | { kind: 'delete'; at: number }
      | { kind: 'insert'; at: number; text: string }
      | { kind: 'swap'; a: number; b: number }
      | { kind: 'duplicate'; at: number; value: string }
      | { kind: 'version'; value: string }
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.oneof(
          fc.string({ unit: 'binary', maxLength: 6 }),
          fc.constantFrom('&', '=', '%', '?', '#', '%2', '+'),
        ),
      }),
      fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({
        kind: fc.constant('duplicate' as const),
        at: fc.nat(),
        value: fc.constantFrom<string>(...Object.values(ANSWER_IDS).flat()),
      }),
      fc.record({ kind: fc.constant('version' as const), value: fc.constantFrom('', '0', '2', '1.0', 'v1', '%31') }),
    )
    const apply = (search: string, m: Mutation): string => {
      const pairs = search.replace(/^\?/, '').split('&')
      switch (m.kind) {
        case 'delete': {
          const at = m.at % Math.max(search.length, 1)
          return search.slice(0, at) + search.slice(at + 1)
        }
        case 'insert': {
          const at = m.at % (search.length + 1)
          return search.slice(0, at) + m.text + search.slice(at)
        }
        case 'swap': {
          const [a, b] = [pairs[m.a % pairs.length], pairs[m.b % pairs.length]]
          const [ka, va = ''] = a.split('=')
          const [kb, vb = ''] = b.split('=')
          pairs[m.a % pairs.length] = `${ka}=${vb}`
          pairs[m.b % pairs.length] = `${kb}=${va}`
          return `?${pairs.join('&')}`
        }
        case 'duplicate': {
          const at = m.at % pairs.length
          const [k] = pairs[at].split('=')
          pairs.splice(at, 0, `${k}=${m.value}`)
          return `?${pairs.join('&')}`
        }
        case 'version':
          return `?${pairs.map((p) => (p.startsWith('v=') ? `v=${m.value}` : p)).join('&')}`
      }
    }
    fc.assert(
      fc.property(fc.nat(PATHS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const search = mutations.reduce(apply, encodeAnswers(PATHS[index]))
        const decoded = decodeLink(search)
        expectAccepted(decoded)
        if (decoded.view === 'advice' && decoded.notice?.kind === 'dropped-answer') {
          expect(decoded.notice.value.length).toBeLessThanOrEqual(201)
        }
      }),
      RUNS,
    )
  })

  it('reads back any answers it writes, whatever keys were handed to it', () => {
    const answers = fc.record(
      Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.constantFrom(...ANSWER_IDS[q])])) as {
        [Q in QuestionId]: fc.Arbitrary<(typeof ANSWER_IDS)[Q][number]>
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(answers, (a) => {
        const decoded = advice(encodeAnswers(a))
        expect(decoded.notice).toBeUndefined()
        expect(decoded.answers).toEqual(keepOnPath(a))
      }),
      RUNS,
    )
  })
})

describe('version 3 (contract section 9): Dynamics 365 at the license a partner orders', () => {
  const APP_PATH = '&product=d365&deploy=online&who=employee&via=crm-client&does=full'

  it('stops a version 2 link at `app` politely, keeps the answers before it, drops `device`, and rewrites it', () => {
    const decoded = advice(`?v=2${APP_PATH}&device=named`)
    expect(decoded).toEqual({
      view: 'advice',
      answers: { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'full' },
      notice: { kind: 'rules-updated', question: 'app' },
    })
    expect(encodeAnswers(decoded.answers)).toBe(`${V}${APP_PATH}`)
    // A version 1 link too.
    expect(advice(`?v=1${APP_PATH}&device=named`).notice).toEqual({ kind: 'rules-updated', question: 'app' })
  })

  it('never reads version 3 questions from an older link, even where they are present', () => {
    expect(advice(`?v=2${APP_PATH}&app=sales&also=none&device=named&sales-needs=core`).notice).toEqual({
      kind: 'rules-updated',
      question: 'app',
    })
  })

  it('reads a complete version 3 link, and refuses `also` equal to `app` as a bad value', () => {
    const link = `?v=3${APP_PATH}&app=sales&also=customer-service&device=named&sales-needs=core&service-needs=advanced`
    expect(nextQuestion(advice(link).answers)).toBeUndefined()
    expect(encodeAnswers(advice(link).answers)).toBe(link.replace('?v=3', V))
    expect(advice(`?v=3${APP_PATH}&app=sales&also=sales`)).toEqual({
      view: 'advice',
      answers: { product: 'd365', deploy: 'online', who: 'employee', via: 'crm-client', does: 'full', app: 'sales' },
      notice: { kind: 'dropped-answer', question: 'also', value: 'sales' },
    })
  })

  it('leaves links that never reach `app` as they were', () => {
    const link = '?v=2&product=d365&deploy=online&who=employee&via=crm-client&does=self-service'
    expect(advice(link)).toEqual({ view: 'advice', answers: advice(link.replace('v=2', 'v=3')).answers })
  })
})

describe('version 1 links, which keep opening (contract section 5)', () => {
  // Every complete link rulebook 1.0.0 wrote, with the license it showed: a promise to their senders.
  const V1_ORDER = ['product', 'deploy', 'who', 'signed', 'via', 'does', 'records', 'device'] as const
  const V1 = readFileSync(resolve(process.cwd(), 'src/share/__fixtures__/v1-paths.txt'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [path, license] = line.split(' ')
      const values = path.split('/')
      const answers = Object.fromEntries(
        V1_ORDER.flatMap((q, i) => (values[i] === '-' ? [] : [[q, values[i]]])),
      ) as Answers
      return {
        answers,
        license,
        link: `?v=1${entries(answers)
          .map(([q, v]) => `&${q}=${v}`)
          .join('')}`,
      }
    })

  it('reads every complete link of rulebook 1.0.0 to a result, or stops politely where the rules ask more', () => {
    expect(V1.length).toBe(3073)
    const unexplained = V1.filter(({ link }) => {
      const decoded = advice(link)
      if (decoded.notice?.kind === 'rules-updated') return false
      return decoded.notice !== undefined || nextQuestion(decoded.answers) !== undefined
    })
    expect(unexplained.map((u) => u.link).slice(0, 5)).toEqual([])
  })

  it('stops at the new question with the answers before it, and rewrites the address as the newest version', () => {
    const link = '?v=1&product=crm2011&deploy=onprem&who=customer-employee&via=portal&does=self-service'
    const decoded = advice(link)
    expect(decoded).toEqual({
      view: 'advice',
      answers: { product: 'crm2011', deploy: 'onprem', who: 'customer-employee', via: 'portal', does: 'self-service' },
      notice: { kind: 'rules-updated', question: 'bought' },
    })
    expect(encodeAnswers(decoded.answers)).toBe(link.replace('?v=1', V))
    // Off-site vendors on Dynamics 365 are now asked when the agreement was signed.
    expect(advice('?v=1&product=d365&deploy=online&who=offsite-vendor&via=portal&does=read').notice).toEqual({
      kind: 'rules-updated',
      question: 'signed',
    })
  })

  it('reads version 1 with its own meaning: answers version 2 added are not in it', () => {
    expect(advice('?v=1&product=d365&deploy=online&who=service-account').notice).toEqual({
      kind: 'dropped-answer',
      question: 'who',
      value: 'service-account',
    })
    expect(advice('?v=2&product=d365&deploy=online&who=service-account')).toEqual({
      view: 'advice',
      answers: { product: 'd365', deploy: 'online', who: 'service-account' },
    })
    // A partial version 1 link stops where it ends, with no notice.
    expect(advice('?v=1&product=crm2011&deploy=onprem&who=customer-employee').notice).toBeUndefined()
  })

  it('keeps most of them complete: only the paths the audit changed ask one more answer', () => {
    const complete = V1.filter(({ link }) => nextQuestion(advice(link).answers) === undefined)
    expect(complete.length / V1.length).toBeGreaterThan(0.6)
  })
})

describe('an address is read once (issue 18, F7)', () => {
  it('gives the same reading, frozen, to every reader of the same address', () => {
    const search = `?v=${LINK_VERSION}&product=d365&deploy=online&who=employee`
    const first = decodeAdvice(search)
    expect(decodeAdvice(search)).toBe(first)
    expect(decodeAdvice(new URLSearchParams(search))).toBe(first)
    expect(Object.isFrozen(first.answers)).toBe(true)
    expect(first.answers).toEqual({ product: 'd365', deploy: 'online', who: 'employee' })
  })

  it('reads another address afresh', () => {
    const a = decodeAdvice(`?v=${LINK_VERSION}&product=crm4`)
    const b = decodeAdvice(`?v=${LINK_VERSION}&product=crm2011`)
    expect(a.answers.product).toBe('crm4')
    expect(b.answers.product).toBe('crm2011')
  })
})
