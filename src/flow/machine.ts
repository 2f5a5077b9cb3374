import { assertEvent, assign, setup } from 'xstate'
import { answersBefore, isAllowed, keepOnPath, nextQuestion } from '../domain/routing'
import { type Answers, ORGANIZATION_PER_GROUP, QUESTION_IDS, type QuestionId } from '../domain/types'

/**
 * The questionnaire: one state per question of the public contract, plus the result. The machine
 * only routes: which question comes next, and whether an answer is allowed there, are asked of the
 * rulebook's routing functions, so clicking, a shared link and the planner take the same paths.
 */

export interface FlowContext {
  /** Answers on the path before the current question (all of them once in `result`). */
  answers: Answers
  /** Answers given earlier beyond the current question, offered again as the default choice. */
  remembered: Answers
}

export type FlowEvent =
  | { type: 'answer'; question: QuestionId; value: string }
  | { type: 'back' }
  | { type: 'change'; question: QuestionId }
  | { type: 'restart' }
  /** The next person of the same organization: its answers stay, the person's own go. */
  | { type: 'another' }
  /** Offer these answers as defaults where they are not remembered already (a carried plan's, once read). */
  | { type: 'remember'; answers: Answers }
  /** Replace the answers with those of a link or a history entry; they are replayed in question order. */
  | { type: 'load'; answers: Answers }

/**
 * The answers about the organization rather than the person: kept for the next person. Product and
 * deployment stay answered; the agreement's dates are offered again where that person is asked them.
 */
const ORGANIZATION_ANSWERED = ['product', 'deploy'] as const
const ORGANIZATION_OFFERED = ORGANIZATION_PER_GROUP

const pick = (answers: Answers, questions: readonly QuestionId[]): Answers =>
  Object.fromEntries(questions.filter((q) => answers[q] !== undefined).map((q) => [q, answers[q]]))

const lastAnswered = (answers: Answers): QuestionId | undefined =>
  QUESTION_IDS.filter((q) => answers[q] !== undefined).at(-1)

const flow = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as { answers?: Answers; remembered?: Answers },
  },
  guards: {
    allowed: ({ context, event }, params: { question: QuestionId }) => {
      assertEvent(event, 'answer')
      return (
        event.question === params.question &&
        nextQuestion(context.answers) === params.question &&
        isAllowed(event.question, event.value, context.answers)
      )
    },
    isNext: ({ context }, params: { question: QuestionId }) => nextQuestion(context.answers) === params.question,
    hasAnswers: ({ context }) => lastAnswered(context.answers) !== undefined,
  },
  actions: {
    record: assign(({ context, event }) => {
      assertEvent(event, 'answer')
      return { answers: { ...context.answers, [event.question]: event.value }, remembered: context.remembered }
    }),
    stepBack: assign(({ context }) => {
      const last = lastAnswered(context.answers)
      if (!last) return {}
      return {
        answers: answersBefore(context.answers, last),
        remembered: { ...context.remembered, [last]: context.answers[last] },
      }
    }),
    goTo: assign(({ context, event }) => {
      assertEvent(event, 'change')
      return {
        answers: answersBefore(context.answers, event.question),
        remembered: { ...context.remembered, ...context.answers },
      }
    }),
    clear: assign({ answers: {}, remembered: {} }),
    nextPerson: assign(({ context }) => ({
      answers: keepOnPath(pick(context.answers, ORGANIZATION_ANSWERED)),
      remembered: pick({ ...context.remembered, ...context.answers }, ORGANIZATION_OFFERED),
    })),
    remember: assign(({ context, event }) => {
      assertEvent(event, 'remember')
      return { remembered: { ...event.answers, ...context.remembered } }
    }),
    load: assign(({ context, event }) => {
      assertEvent(event, 'load')
      // The same check an answer event gets, question by question: the longest allowed prefix stays.
      return { answers: keepOnPath(event.answers), remembered: { ...context.remembered, ...context.answers } }
    }),
  },
})

/** A question's state: its answer is recorded only where the rulebook allows it. */
const asking = <Q extends QuestionId>(question: Q) =>
  flow.createStateConfig({
    on: { answer: { guard: { type: 'allowed', params: { question } }, target: 'routing', actions: 'record' } },
  })

// Listed out, not built from QUESTION_IDS, so the machine's type knows its state names; `satisfies`
// keeps the list complete and each state asking the question it is named after.
const questionStates = {
  product: asking('product'),
  deploy: asking('deploy'),
  who: asking('who'),
  signed: asking('signed'),
  hours: asking('hours'),
  via: asking('via'),
  does: asking('does'),
  records: asking('records'),
  app: asking('app'),
  also: asking('also'),
  device: asking('device'),
  'sales-needs': asking('sales-needs'),
  'service-needs': asking('service-needs'),
  bought: asking('bought'),
} satisfies { [Q in QuestionId]: ReturnType<typeof asking<Q>> }

export const flowMachine = flow.createMachine({
  id: 'advisor',
  // A link's answers are replayed with the same check an answer event gets: the longest allowed prefix stays.
  context: ({ input }) => ({ answers: keepOnPath(input.answers ?? {}), remembered: input.remembered ?? {} }),
  initial: 'routing',
  on: {
    back: { guard: 'hasAnswers', target: '.routing', actions: 'stepBack' },
    change: { target: '.routing', actions: 'goTo' },
    restart: { target: '.routing', actions: 'clear' },
    another: { target: '.routing', actions: 'nextPerson' },
    load: { target: '.routing', actions: 'load' },
    remember: { actions: 'remember' },
  },
  states: {
    // A transient state that picks the next question, or the result once the path is complete.
    routing: {
      always: [
        ...QUESTION_IDS.map((q) => ({ guard: { type: 'isNext' as const, params: { question: q } }, target: q })),
        { target: 'result' },
      ],
    },
    ...questionStates,
    result: {},
  },
})

/** The question the machine is asking, or `undefined` on the result. */
export function currentQuestion(value: unknown): QuestionId | undefined {
  return QUESTION_IDS.find((q) => q === value)
}
