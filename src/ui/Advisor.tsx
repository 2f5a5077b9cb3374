import { useMachine } from '@xstate/react'
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { answerLabel } from '../domain/answerText'
import { allowedAnswers, questionsLeft } from '../domain/routing'
import { type Answers, QUESTION_IDS } from '../domain/types'
import { currentQuestion, flowMachine } from '../flow/machine'
import type { CarriedSummary } from '../share/addToPlan'
import { checkLinkStart, decodeAdvice, encodeAnswers, linkView, type Notice, planLinkStart } from '../share/advice'
import { type Carried, NOTHING_CARRIED, readCarried, withCarried } from '../share/carry'
import { ResultView } from '../views'
import { AdviceIntro } from './AdviceIntro'
import {
  canGoBack,
  currentEntry,
  currentSearch,
  goBack,
  navigate,
  onAddressChange,
  pushSearch,
  replaceSearch,
} from './address'
import { UI_TEXT } from './content'
import { type Press, QuestionStep } from './QuestionStep'
import { loaded } from './reload'

// Only a link that could not be used whole has a notice: its words and code load then.
const LinkNotice = lazy(() => import('./LinkNotice').then((m) => ({ default: m.LinkNotice })))

/** The address of these answers, with the plan being built (if any) carried along. */
const searchFor = (answers: Answers, carried: Carried) =>
  withCarried(Object.keys(answers).length === 0 && carried.plan === undefined ? '' : encodeAnswers(answers), carried)

function read(search: string): { answers: Answers; notice?: Notice; carried: Carried } {
  return linkView(search) === 'advice'
    ? { ...decodeAdvice(search), carried: readCarried(search) }
    : { answers: {}, carried: NOTHING_CARRIED }
}

/**
 * A carried plan, read by the plan's own reader (share/addToPlan.ts), which the questionnaire's first screen does
 * not load: undefined until it has arrived, and for an address with no plan.
 */
function useCarriedSummary(plan: string | undefined): CarriedSummary | undefined {
  const [read, setRead] = useState<{ plan: string; summary: CarriedSummary }>()
  useEffect(() => {
    if (plan === undefined) return
    let current = true
    void loaded(import('../share/addToPlan')).then(({ carriedSummary }) => {
      if (current) setRead({ plan, summary: carriedSummary(plan) })
    })
    return () => {
      current = false
    }
  }, [plan])
  return read !== undefined && read.plan === plan ? read.summary : undefined
}

const caption = (answers: Answers) =>
  [answers.product && answerLabel('product', answers.product), answers.deploy && answerLabel('deploy', answers.deploy)]
    .filter(Boolean)
    .join(' · ')

/**
 * The questionnaire page. It renders the machine's state and sends it events; the address always
 * holds the answers so far, so every step can be shared, reloaded, and walked with Back and Forward.
 * A plan being built rides along in the address (share/carry.ts), so moving from person to person
 * and back to the plan never loses it.
 */
export function Advisor({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const [initial] = useState(() => read(currentSearch()))
  const [notice, setNotice] = useState<Notice | undefined>(initial.notice)
  const [carried, setCarried] = useState<Carried>(initial.carried)
  const [snapshot, send] = useMachine(flowMachine, { input: { answers: initial.answers } })
  const summary = useCarriedSummary(carried.plan)
  // The plan's agreement and purchase dates, offered again to the next person once the plan has been read.
  useEffect(() => {
    if (summary) send({ type: 'remember', answers: summary.organization })
  }, [summary, send])
  // Focus follows the step only after the person has done something, never on the first load.
  const interacted = useRef(focusOnMount)
  // The history entry the next address write is for: the one current when the event behind it came.
  const entry = useRef(currentEntry())
  // The last press on a question, so a quick second press is not taken for an answer to the next one.
  const lastPress = useRef<Press>(undefined)

  // Once read, the address says only what was kept; Back and Forward load their entry's answers.
  useEffect(() => {
    replaceSearch(searchFor(initial.answers, initial.carried), entry.current)
    return onAddressChange((search) => {
      const next = read(search)
      entry.current = currentEntry()
      interacted.current = true
      setNotice(next.notice)
      setCarried(next.carried)
      send({ type: 'load', answers: next.answers })
      replaceSearch(searchFor(next.answers, next.carried))
    })
  }, [initial, send])

  const { answers, remembered } = snapshot.context
  // Each step is a new history entry, except a step back with no entry of ours behind it (a shared
  // link opened cold): that one rewrites the current entry, so Back never returns to the later step.
  const replaceNext = useRef(false)
  useEffect(() => {
    if (replaceNext.current) replaceSearch(searchFor(answers, carried), entry.current)
    else pushSearch(searchFor(answers, carried), entry.current)
    replaceNext.current = false
  }, [answers, carried])

  const act = (event: Parameters<typeof send>[0]) => {
    // Only a head start: if it fails, the result step says so when it is shown.
    // Any answer fetches the result, so it is there by the time the path ends; the start page does
    // not, because evaluating it while the page boots would block the main thread.
    ResultView.preload().catch(() => undefined)
    entry.current = currentEntry()
    interacted.current = true
    setNotice(undefined)
    send(event)
  }
  const back = () => {
    interacted.current = true
    setNotice(undefined)
    if (canGoBack()) goBack()
    else {
      entry.current = currentEntry()
      replaceNext.current = true
      send({ type: 'back' })
    }
  }
  const openPlan = (search: string) => {
    interacted.current = true
    navigate(search)
  }

  const question = currentQuestion(snapshot.value)
  const step = QUESTION_IDS.filter((q) => answers[q] !== undefined).length + 1
  const plan = carried.plan

  return (
    <div className="space-y-8">
      <AdviceIntro
        first={step === 1 && plan === undefined}
        caption={caption(answers)}
        plan={plan === undefined ? undefined : { href: plan, groups: summary?.groups }}
        onPlanClick={(e) => {
          e.preventDefault()
          openPlan(plan ?? planLinkStart(answers.product, answers.deploy))
        }}
        onCheckClick={(e) => {
          e.preventDefault()
          openPlan(checkLinkStart(answers.product, answers.deploy))
        }}
      />
      <div className="space-y-6">
        {notice && (
          <Suspense fallback={null}>
            <LinkNotice notice={notice} />
          </Suspense>
        )}
        {question && (
          <QuestionStep
            key={`${question}-${JSON.stringify(answers)}`}
            question={question}
            options={allowedAnswers(question, answers)}
            initial={remembered[question]}
            step={step}
            total={step - 1 + questionsLeft(answers)}
            focusOnMount={interacted.current}
            lastPress={lastPress}
            onAnswer={(value) => act({ type: 'answer', question, value })}
            onBack={step > 1 ? back : undefined}
            onRestart={step > 1 ? () => act({ type: 'restart' }) : undefined}
          />
        )}
        {!question && (
          <Suspense fallback={<p className="min-h-screen text-muted">{UI_TEXT.loading.advice}</p>}>
            <ResultView.View
              answers={answers}
              carried={carried}
              focusOnMount={interacted.current}
              onChange={(q) => act({ type: 'change', question: q })}
              onOpen={(next) => {
                interacted.current = true
                setNotice(undefined)
                navigate(searchFor(next, carried))
              }}
              onBack={back}
              onRestart={() => act({ type: 'restart' })}
              onAnother={(plan) => {
                setCarried((c) => ({ plan: plan ?? c.plan, fromPlan: false }))
                act({ type: 'another' })
              }}
              onOpenPlan={openPlan}
            />
          </Suspense>
        )}
      </div>
    </div>
  )
}
