import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import { getShortestPaths } from 'xstate/graph'
import { D365_CONTRACTOR_FROM_2024 } from '../domain/__fixtures__/people'
import { advise } from '../domain/advise'
import { allowedAnswers, enumeratePaths, nextQuestion } from '../domain/routing'
import type { Answers } from '../domain/types'
import { WHOLE_TREE } from '../test-runs'
import { currentQuestion, type FlowEvent, flowMachine } from './machine'

const start = (answers: Answers = {}) => createActor(flowMachine, { input: { answers } }).start()

function answerAll(actor: ReturnType<typeof start>, answers: Answers) {
  for (const [question, value] of Object.entries(answers)) {
    actor.send({ type: 'answer', question: question as keyof Answers, value: value as string })
  }
}

describe('every reachable path of the machine', () => {
  // Each distinct set of answers is its own vertex; the events offered are the answers the
  // rulebook allows at that question, so the traversal walks exactly the questionnaire's tree.
  const paths = getShortestPaths(flowMachine, {
    events: (snapshot) => {
      const q = currentQuestion(snapshot.value)
      if (!q) return []
      return allowedAnswers(q, snapshot.context.answers).map(
        (value): FlowEvent => ({ type: 'answer', question: q, value }),
      )
    },
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers]),
    toState: (snapshot) => snapshot.value === 'result',
    input: {},
  })

  it('reaches a result for every answer path the rulebook enumerates, and no other', () => {
    const reached = paths.map((p) => JSON.stringify(p.state.context.answers)).sort()
    const expected = enumeratePaths()
      .map((a) => JSON.stringify(a))
      .sort()
    expect(reached).toEqual(expected)
  })

  it(
    'asks, at every step of every path, the question the rulebook names next, and ends in its advice',
    WHOLE_TREE,
    () => {
      // Each step holds the state the machine reached on its event, so this checks every transition taken.
      // Problems are collected and compared once: thirty thousand assertions would cost more than the walk.
      const wrong: string[] = []
      for (const p of paths) {
        let asked: string | undefined
        for (const { state, event } of p.steps) {
          if (event.type === 'answer' && event.question !== asked) wrong.push(`${event.question} sent at ${asked}`)
          const expected = nextQuestion(state.context.answers) ?? 'result'
          if (state.value !== expected) wrong.push(`${state.value} instead of ${expected}`)
          asked = state.value
        }
        const { value, context } = p.state
        const reasons = advise(context.answers)?.reasons.length ?? 0
        if (value !== 'result' || reasons === 0) wrong.push(`${JSON.stringify(context.answers)} ends in ${value}`)
      }
      expect(wrong.slice(0, 5)).toEqual([])
    },
  )
})

describe('questionnaire machine', () => {
  it('starts on the product question', () => {
    expect(start().getSnapshot().value).toBe('product')
  })

  it('refuses an answer that is not allowed at that point, or sent for another question', () => {
    const actor = start()
    answerAll(actor, { product: 'crm2011', deploy: 'onprem' })
    actor.send({ type: 'answer', question: 'who', value: 'tenant-client' })
    expect(actor.getSnapshot().value).toBe('who')
    actor.send({ type: 'answer', question: 'via', value: 'portal' })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.answers).toEqual({ product: 'crm2011', deploy: 'onprem' })
  })

  it('goes back one question at a time and remembers the answer it left', () => {
    const actor = start()
    answerAll(actor, { product: 'crm2011', deploy: 'onprem', who: 'employee' })
    actor.send({ type: 'back' })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.remembered.who).toBe('employee')
    actor.send({ type: 'back' })
    actor.send({ type: 'back' })
    expect(actor.getSnapshot().value).toBe('product')
    actor.send({ type: 'back' })
    expect(actor.getSnapshot().value).toBe('product')
  })

  it('can go back from the result to the last question', () => {
    const actor = start()
    answerAll(actor, { product: 'crm2011', deploy: 'onprem', who: 'employee', via: 'manual' })
    expect(actor.getSnapshot().value).toBe('result')
    actor.send({ type: 'back' })
    expect(actor.getSnapshot().value).toBe('via')
  })

  it('changing an earlier answer drops the answers that no longer apply', () => {
    const actor = start()
    answerAll(actor, { product: 'crm2011', deploy: 'hosted', who: 'tenant-client', via: 'portal', does: 'read' })
    expect(actor.getSnapshot().value).toBe('result')
    actor.send({ type: 'change', question: 'deploy' })
    expect(actor.getSnapshot().value).toBe('deploy')
    actor.send({ type: 'answer', question: 'deploy', value: 'onprem' })
    // tenant-client is offered only for hosted deployments, so the path stops at `who` again.
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.answers).toEqual({ product: 'crm2011', deploy: 'onprem' })
  })

  it('starts from a link’s answers with the same checks, keeping the allowed prefix', () => {
    const actor = start({ product: 'crm2011', deploy: 'onprem', who: 'tenant-client', via: 'portal' })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.answers).toEqual({ product: 'crm2011', deploy: 'onprem' })
  })

  it('loads a link’s answers through the same checks, keeping the allowed prefix', () => {
    const actor = start()
    actor.send({ type: 'load', answers: { product: 'd365', deploy: 'online', who: 'tenant-client', via: 'portal' } })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.answers).toEqual({ product: 'd365', deploy: 'online' })
  })

  it('starts over with nothing remembered', () => {
    const actor = start()
    answerAll(actor, { product: 'crm4', deploy: 'onprem' })
    actor.send({ type: 'restart' })
    expect(actor.getSnapshot().value).toBe('product')
    expect(actor.getSnapshot().context).toEqual({ answers: {}, remembered: {} })
  })

  it('moves to another person of the organization: product and deployment kept, the agreement offered again', () => {
    const actor = start({ ...D365_CONTRACTOR_FROM_2024, app: 'field-service', also: 'none', device: 'named' })
    expect(actor.getSnapshot().value).toBe('result')
    actor.send({ type: 'another' })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context).toEqual({
      answers: { product: 'd365', deploy: 'online' },
      remembered: { signed: 'from-2024-10' },
    })
  })

  it('takes remembered answers as input, offered but never recorded', () => {
    const actor = createActor(flowMachine, {
      input: { answers: { product: 'crm2011', deploy: 'onprem' }, remembered: { bought: 'before-2014' } },
    }).start()
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context.remembered).toEqual({ bought: 'before-2014' })
  })

  it('remembers a carried plan’s answers once read, where nothing is remembered already, and stays put', () => {
    const actor = createActor(flowMachine, {
      input: { answers: { product: 'crm2011', deploy: 'onprem' }, remembered: { bought: 'before-2014' } },
    }).start()
    actor.send({ type: 'remember', answers: { bought: 'from-2014', signed: 'unknown' } })
    expect(actor.getSnapshot().value).toBe('who')
    expect(actor.getSnapshot().context).toEqual({
      answers: { product: 'crm2011', deploy: 'onprem' },
      remembered: { bought: 'before-2014', signed: 'unknown' },
    })
  })
})
