import { useEffect, useMemo, useRef, useState } from 'react'
import { type Advice, advise, RULEBOOK } from '../domain/advise'
import { changedSince } from '../domain/changes'
import { comparisonsFor, type EditionComparison } from '../domain/editions'
import { FACTS } from '../domain/facts'
import { currentPrice, LICENSES } from '../domain/licenses'
import { PRODUCT_SHORT, SHORT_NAME } from '../domain/names'
import { answerLabel, CONFIDENCE_TEXT, QUESTION_TEXT } from '../domain/questions'
import { answersBefore } from '../domain/routing'
import { sourceOf } from '../domain/sources'
import { type Answers, type Fact, type License, type LicenseId, QUESTION_IDS, type QuestionId } from '../domain/types'
import { addToPlan, carriedSummary, sameGroup } from '../share/addToPlan'
import { decodeAdvice, encodeAnswers } from '../share/advice'
import { type Carried, withCarried } from '../share/carry'
import { openedWithRulebook } from './address'
import { ChangedSinceText } from './ChangedSince'
import { citation, sourceKindText } from './citation'
import { UI_TEXT } from './content'
import { handOver } from './justAdded'
import { nextSteps } from './nextSteps'
import { OtherVersions } from './OtherVersions'
import { PageTitle, useDocumentTitle } from './PageTitle'
import { groupName, RESULT_TEXT, verdictName } from './resultContent'
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

const CONFIDENCE = {
  settled: { text: CONFIDENCE_TEXT.settled.meaning, className: 'border-ok bg-ok-50 text-ok' },
  review: {
    text: `${CONFIDENCE_TEXT.review.meaning} ${T.reviewExtra}`,
    className: 'border-warn bg-warn-50 text-warn',
  },
} as const

/** The short name of the license under the person's own version, for the heading and the title. */
export function adviceName(license: keyof typeof SHORT_NAME, answers: Answers): string {
  return verdictName(SHORT_NAME[license], license, answers.product && PRODUCT_SHORT[answers.product])
}

/** "For: …": the person as answered, then the organization's product and where it runs. */
export function forLine(answers: Answers): string {
  const own = QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && answers[q] !== undefined)
  return [...own, 'product' as const, 'deploy' as const]
    .filter((q) => answers[q] !== undefined)
    .map((q) => answerLabel(q, answers[q] as string))
    .join(' · ')
}

function FactCitation({ fact }: { fact: Fact }) {
  const source = sourceOf(fact.source)
  if (!source) return null
  return <span className="block text-sm text-muted">{`${T.source}${citation(source, fact.locator)}.`}</span>
}

/**
 * The newest current price with the day it was read and its source; a historical one only where nothing newer is
 * known, and said to be so; where none was found, that (audit2 G15).
 */
function priceLine(license: License): string | undefined {
  const current = currentPrice(license)
  const price = current ?? license.prices[0]
  const source = price ? sourceOf(price.source) : undefined
  if (price && source) {
    return current
      ? T.price(price.text, price.disputed === true, price.asOf, source.title, source.checked)
      : T.historicalPrice(price.text, price.asOf, source.title, source.checked)
  }
  const searched = license.noPrice && sourceOf(license.noPrice.source)
  return license.noPrice && searched ? T.noPrice(license.noPrice.text, searched.title, searched.checked) : undefined
}

/** The attach licenses on the same person, or what is bought besides, each with its price (contract section 9). */
function AlsoNeeded({ title, licenses, testId }: { title: string; licenses: readonly LicenseId[]; testId: string }) {
  if (licenses.length === 0) return null
  return (
    <div data-testid={testId} className="rounded-md border border-line bg-canvas px-4 py-3">
      <p className="font-semibold text-ink">{title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6 text-sm text-muted">
        {licenses.map((id) => {
          const price = priceLine(LICENSES[id])
          return (
            <li key={id} data-license={id}>
              <span className="font-semibold text-ink">{LICENSES[id].name}</span> ({LICENSES[id].unitText})
              {price ? ` · ${price}` : ''}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** The editions side by side where the answers leave the edition open (contract section 9), each row cited. */
function EditionTable({ comparison }: { comparison: EditionComparison }) {
  const id = `editions-${comparison.workload}`
  return (
    // Focusable so a keyboard can scroll it where a phone is too narrow for three editions.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe).
    <section aria-labelledby={id} tabIndex={0} data-testid="editions" className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption id={id} className="pb-2 text-left font-bold text-ink">
          {comparison.title}
        </caption>
        <thead className="bg-canvas text-muted">
          <tr>
            <th scope="col" className="p-2 font-semibold">
              {T.capability}
            </th>
            {comparison.editions.map((l) => (
              <th key={l} scope="col" className="p-2 font-semibold">
                {SHORT_NAME[l]}
              </th>
            ))}
            <th scope="col" className="p-2 font-semibold">
              {T.sourceColumn}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          <tr>
            <th scope="row" className="p-2 font-semibold text-ink">
              {T.priceRow}
            </th>
            {comparison.editions.map((l) => (
              <td key={l} className="p-2">
                {currentPrice(LICENSES[l])?.text ?? LICENSES[l].noPrice?.text ?? '–'}
              </td>
            ))}
            <td className="p-2 text-muted">{T.pricesAbove}</td>
          </tr>
          {comparison.rows.map((row) => {
            const fact = FACTS[row.fact]
            return (
              <tr key={row.capability}>
                <th scope="row" className="p-2 font-semibold text-ink">
                  {row.capability}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={comparison.editions[i]} className="p-2">
                    {cell}
                  </td>
                ))}
                <td className="p-2 text-muted">
                  <cite className="not-italic">{sourceOf(fact.source)?.title}</cite>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

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
  const confidence = CONFIDENCE[advice.confidence]
  const price = priceLine(license)
  const unit = advice.license === 'undetermined' ? 'undetermined' : license.unit
  const verdict = `${RESULT_TEXT.verdict[unit](name, license.unitText)}${
    advice.confidence === 'review' ? ` ${RESULT_TEXT.verdict.review}` : ''
  }`
  const steps = nextSteps(advice, answers)
  const groups = carried.plan === undefined ? 0 : carriedSummary(carried.plan).groups
  // A plan opened from the plan is the way back, not a place to add to.
  const same = carried.fromPlan ? undefined : sameGroup(carried.plan, answers)
  const [into, setInto] = useState<'new' | 'same'>('new')
  const added = addToPlan(carried.plan, answers, groupName(answers), same ? into : 'new')
  const openWithAdded = () => {
    handOver({ ...added, back: withCarried(encodeAnswers(answers), carried) })
    onOpenPlan(added.search)
  }
  // "Another person" before "Add to plan" asks first, so nobody is dropped without a word.
  const [askAdd, setAskAdd] = useState(false)
  const askRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (askAdd) askRef.current?.focus()
  }, [askAdd])

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
      <header className="space-y-3 rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-6">
        <PageTitle
          id="advice-title"
          titleRef={headingRef}
          className="text-2xl font-bold text-brand-900 focus:outline-none sm:text-3xl"
        >
          <span className="block text-sm font-semibold uppercase tracking-wide text-muted">
            {T.eyebrow}
            <span className="sr-only">: </span>
          </span>
          {name}
        </PageTitle>
        <p data-testid="verdict" className="text-lg text-ink">
          {verdict}
        </p>
        <p data-testid="for">
          <span className="font-semibold">{T.for}</span>
          {forLine(answers)}
        </p>
        <p className="text-sm text-muted">
          {license.name}
          {price ? ` · ${price}` : ''}
        </p>
        <AlsoNeeded title={T.attach} licenses={advice.attach} testId="attach" />
        <AlsoNeeded title={T.extra} licenses={advice.extra} testId="extra" />
        <div className={`rounded-md border-l-4 px-4 py-3 ${confidence.className}`}>
          <p className="font-bold">{CONFIDENCE_TEXT[advice.confidence].label}</p>
          <p className="text-ink">{confidence.text}</p>
        </div>
        {advice.confidence === 'review' && (
          <div data-testid="uncertain" className="space-y-3">
            <h2 className="font-bold text-ink">{T.uncertain}</h2>
            <ul className="space-y-3">
              {advice.uncertain.map((u) => (
                <li key={u.what} className="space-y-1">
                  <p>{u.what}</p>
                  <p className="text-muted">
                    <span className="font-semibold text-ink">{T.ask}</span>
                    {u.ask}
                  </p>
                </li>
              ))}
            </ul>
            {comparisonsFor(answers).map((c) => (
              <EditionTable key={c.workload} comparison={c} />
            ))}
          </div>
        )}
      </header>

      <nav aria-label={T.actions} className="no-print flex flex-wrap gap-3">
        {same && (
          <fieldset className="w-full rounded-md border border-line bg-surface p-4" data-testid="add-into">
            <legend className="float-left w-full font-semibold text-ink">{T.into.legend(same.name, same.count)}</legend>
            <div className="clear-left space-y-2 pt-2">
              <label className="flex items-start gap-2">
                <input
                  type="radio"
                  name="add-into"
                  value="new"
                  className="mt-1.5 h-4 w-4 accent-brand-700"
                  checked={into === 'new'}
                  aria-describedby="add-into-new-hint"
                  onChange={() => setInto('new')}
                />
                <span>
                  {T.into.new}
                  <span id="add-into-new-hint" className="block text-sm text-muted">
                    {T.into.newHint}
                  </span>
                </span>
              </label>
              <label className="flex items-start gap-2">
                <input
                  type="radio"
                  name="add-into"
                  value="same"
                  className="mt-1.5 h-4 w-4 accent-brand-700"
                  checked={into === 'same'}
                  onChange={() => setInto('same')}
                />
                <span>{T.into.same(same.name, same.count)}</span>
              </label>
            </div>
          </fieldset>
        )}
        {carried.fromPlan && carried.plan !== undefined ? (
          <a
            href={carried.plan}
            className="btn-primary"
            onClick={(e) => {
              e.preventDefault()
              onOpenPlan(carried.plan as string)
            }}
          >
            {T.backToPlan}
          </a>
        ) : (
          <a
            href={added.search}
            className="btn-primary"
            aria-describedby="add-to-plan-hint"
            onClick={(e) => {
              e.preventDefault()
              openWithAdded()
            }}
          >
            {T.addToPlan}
          </a>
        )}
        <a
          href={withCarried(encodeAnswers({ product: answers.product, deploy: answers.deploy }), {
            plan: carried.plan,
            fromPlan: false,
          })}
          className="btn-secondary"
          aria-describedby="another-hint"
          aria-expanded={carried.fromPlan ? undefined : askAdd}
          onClick={(e) => {
            e.preventDefault()
            if (carried.fromPlan) onAnother()
            else setAskAdd(true)
          }}
        >
          {T.another}
        </a>
        <p className="w-full text-sm text-muted">
          {!carried.fromPlan && <span id="add-to-plan-hint">{T.addToPlanHint(groups)} </span>}
          <span id="another-hint">{T.anotherHint}</span>
        </p>
        {askAdd && (
          <section
            aria-labelledby="ask-add-title"
            data-testid="ask-add"
            className="w-full space-y-3 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4"
          >
            <h2 id="ask-add-title" ref={askRef} tabIndex={-1} className="font-bold text-ink focus:outline-none">
              {T.askAdd.title}
            </h2>
            <p className="text-ink">{T.askAdd.text(groups)}</p>
            <div className="flex flex-wrap gap-3">
              <button type="button" className="btn-primary" onClick={() => onAnother(added.search)}>
                {T.askAdd.add}
              </button>
              <button type="button" className="btn-secondary" onClick={() => onAnother()}>
                {T.askAdd.skip}
              </button>
            </div>
          </section>
        )}
      </nav>

      <section aria-labelledby="next-title" className="space-y-3">
        <h2 id="next-title" className="text-xl font-bold text-brand-900">
          {RESULT_TEXT.nextSteps.title}
        </h2>
        <ol data-testid="next-steps" className="list-decimal space-y-3 pl-6">
          {steps.map((step) => (
            <li key={step.id} data-step={step.id}>
              <p className="font-semibold">{step.title}</p>
              {step.parts.map((part) => (
                <p key={part.text} className="leading-relaxed text-ink">
                  {part.text}
                  {part.facts.map((f) => (
                    <FactCitation key={f.id} fact={f} />
                  ))}
                </p>
              ))}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="why-title" className="space-y-3">
        <h2 id="why-title" className="text-xl font-bold text-brand-900">
          {T.why}
        </h2>
        <ol className="space-y-4">
          {advice.reasons.map(({ fact, source }) => (
            <li key={fact.id} data-testid="reason" className="break-words rounded-lg border border-line bg-surface p-4">
              <p className="leading-relaxed">{fact.statement}</p>
              {source.kind === 'third-party' && (
                <p data-testid="third-party" className="mt-1 text-sm font-semibold text-warn">
                  {T.thirdParty}
                </p>
              )}
              {fact.quote && (
                <details data-testid="quote" className="mt-2 rounded-md border-l-4 border-line bg-canvas px-3 py-2">
                  <summary className="cursor-pointer font-semibold text-brand-700">
                    {T.quote(source.kind === 'third-party' ? source.publisher : 'Microsoft')}
                  </summary>
                  <blockquote lang="en" cite={source.url} className="mt-2 italic leading-relaxed">
                    “{fact.quote}”
                  </blockquote>
                  <p className="mt-1 text-sm text-muted">{T.quoteWhere(fact.locator, source.edition)}</p>
                </details>
              )}
              <p className="mt-2 text-sm text-muted">
                {T.source}
                <cite className="font-semibold text-ink not-italic">{source.title}</cite>, {source.publisher},{' '}
                {source.edition}. {fact.locator}. ({T.confidence(sourceKindText(source), fact.confidence)}){' '}
                {source.url && (
                  <a href={source.url} rel="noreferrer noopener" className="break-all text-brand-700 underline">
                    {source.url.replace(/^https:\/\//, '')}
                  </a>
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>

      {advice.alternatives.length > 0 && (
        <section aria-labelledby="else-title" className="space-y-3">
          <h2 id="else-title" className="text-xl font-bold text-brand-900">
            {T.alternatives}
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            {advice.alternatives.map((a) => (
              <li key={`${a.license}-${a.when}`}>
                <span className="font-semibold">{LICENSES[a.license].name}</span> — {a.when}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="watch-title" className="space-y-3">
        <h2 id="watch-title" className="text-xl font-bold text-brand-900">
          {T.watch}
        </h2>
        <ul className="space-y-3">
          {advice.caveats.map((c) => (
            <li key={c.id}>
              <p className="font-semibold">{c.title}</p>
              <p className="leading-relaxed text-muted">{c.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-title" className="space-y-3">
        <h2 id="answers-title" className="text-xl font-bold text-brand-900">
          {T.answers}
        </h2>
        <dl className="divide-y divide-line rounded-lg border border-line bg-surface">
          {QUESTION_IDS.filter((q) => answers[q] !== undefined).map((q) => (
            <div key={q} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:gap-4">
              <dt className="text-sm text-muted sm:w-2/5">{QUESTION_TEXT[q].legend}</dt>
              <dd className="flex-1 font-medium">{answerLabel(q, answers[q] as string)}</dd>
              <dd className="no-print">
                <a
                  href={withCarried(encodeAnswers(answersBefore(answers, q)), carried)}
                  onClick={(e) => {
                    e.preventDefault()
                    onChange(q)
                  }}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {T.change}
                  <span className="sr-only">{T.changeHidden(QUESTION_TEXT[q].legend)}</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </section>

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
