import { useEffect, useMemo, useRef } from 'react'
import { type Advice, advise, RULEBOOK } from '../domain/advise'
import { changedSince } from '../domain/changes'
import { LICENSES } from '../domain/licenses'
import type { Answers, LicenseId, QuestionId } from '../domain/types'
import { decodeAdvice, encodeAnswers } from '../share/advice'
import type { Carried } from '../share/carry'
import { openedWithRulebook } from './address'
import { ChangedSinceText } from './ChangedSince'
import { UI_TEXT } from './content'
import { OtherVersions } from './OtherVersions'
import { useDocumentTitle } from './PageTitle'
import { adviceName, forLine } from './result/names'
import { PlanActions } from './result/PlanActions'
import { Alternatives, AnswersGiven, NextSteps, Reasons, Watch } from './result/Sections'
import { Verdict } from './result/Verdict'
import { RESULT_TEXT } from './resultContent'
import { SharePanel } from './SharePanel'

interface Props {
  /** Complete answers: the machine is in its result state. */
  answers: Answers
  /** The plan being built, carried in the address. */
  carried: Carried
  focusOnMount: boolean
  onChange: (question: QuestionId) => void
  onOpen: (answers: Answers) => void
  onBack: () => void
  onRestart: () => void
  /** The next person of the same organization; `plan`, when given, is the plan to carry on with. */
  onAnother: (plan?: string) => void
  /** Opens a plan link (the plan with this person added, or the plan this advice came from). */
  onOpenPlan: (search: string) => void
}

const T = RESULT_TEXT.result

/**
 * Where the page was opened from a link made under an older rulebook, and these are that link's answers: what it
 * said then, what it says now, when and why it changed (contract section 7). Nothing where nothing changed.
 */
export function ChangedSinceNotice({
  answers,
  license,
  confidence,
}: {
  answers: Answers
  license: LicenseId
  confidence: Advice['confidence']
}) {
  const opened = openedWithRulebook()
  if (!opened || encodeAnswers(decodeAdvice(opened.search).answers) !== encodeAnswers(answers)) return null
  const changed = changedSince(opened.version, answers, { license, confidence })
  if (!changed) return null
  return (
    <div
      role="status"
      data-testid="changed-since"
      data-was-license={changed.wasLicense}
      data-was-confidence={changed.wasConfidence}
      className="space-y-1 rounded-md border-l-4 border-warn bg-warn-50 p-4 text-ink"
    >
      <p className="font-bold">{T.changed.title}</p>
      <p>
        <ChangedSinceText changed={changed} license={license} confidence={confidence} />
      </p>
    </div>
  )
}

/** The advice for one person: the verdict, what to do next, why (each reason cited), what else, what to watch. */
export default function Result({
  answers,
  carried,
  focusOnMount,
  onChange,
  onOpen,
  onBack,
  onRestart,
  onAnother,
  onOpenPlan,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const advice = useMemo(() => advise(answers), [answers])

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])

  const name = advice ? adviceName(advice.license, answers) : ''
  useDocumentTitle(UI_TEXT.title.result(name))

  // The machine only reaches its result with complete answers, which the rulebook always decides.
  if (!advice) throw new Error(`No advice for ${JSON.stringify(answers)}`)
  const license = LICENSES[advice.license]
  const unit = advice.license === 'undetermined' ? 'undetermined' : license.unit
  const verdict = `${RESULT_TEXT.verdict[unit](name, license.unitText)}${
    advice.confidence === 'review' ? ` ${RESULT_TEXT.verdict.review}` : ''
  }`

  return (
    <article
      data-testid="advice"
      data-license={advice.license}
      data-attach={advice.attach.length > 0 ? advice.attach.join(' ') : undefined}
      data-confidence={advice.confidence}
      data-rulebook={RULEBOOK.version}
      aria-labelledby="advice-title"
      className="space-y-8"
    >
      <ChangedSinceNotice answers={answers} license={advice.license} confidence={advice.confidence} />
      <Verdict advice={advice} answers={answers} name={name} verdict={verdict} titleRef={headingRef} />
      <PlanActions answers={answers} carried={carried} onAnother={onAnother} onOpenPlan={onOpenPlan} />
      <NextSteps advice={advice} answers={answers} />
      <Reasons advice={advice} />
      <Alternatives advice={advice} />
      <Watch advice={advice} />
      <AnswersGiven answers={answers} carried={carried} onChange={onChange} />

      <OtherVersions answers={answers} onOpen={onOpen} />

      <SharePanel advice={advice} answers={answers} name={name} forText={forLine(answers)} verdict={verdict} />

      <p className="text-sm text-muted">{T.footer(RULEBOOK.version, RULEBOOK.date)}</p>

      <div className="no-print flex flex-wrap gap-3">
        {!carried.fromPlan && (
          <button type="button" onClick={onBack} className="btn-secondary">
            {T.back}
          </button>
        )}
        <button type="button" onClick={onRestart} className="btn-secondary">
          {T.restart}
        </button>
      </div>
    </article>
  )
}
