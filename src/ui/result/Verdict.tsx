import type { ReactNode, RefObject } from 'react'
import type { Advice } from '../../domain/advise'
import { comparisonsFor, type EditionComparison } from '../../domain/editions'
import { FACTS } from '../../domain/facts'
import { currentPrice, LICENSES } from '../../domain/licenses'
import { SHORT_NAME } from '../../domain/names'
import { CONFIDENCE_TEXT } from '../../domain/questions'
import { sourceOf } from '../../domain/sources'
import type { Answers, License, LicenseId } from '../../domain/types'
import { ScrollRegion } from '../kit/ScrollRegion'
import { PageTitle } from '../PageTitle'
import { RESULT_TEXT } from '../resultContent'
import { forLine } from './names'

const T = RESULT_TEXT.result

const CONFIDENCE = {
  settled: { text: CONFIDENCE_TEXT.settled.meaning, className: 'border-ok bg-ok-50 text-ok' },
  review: {
    text: `${CONFIDENCE_TEXT.review.meaning} ${T.reviewExtra}`,
    className: 'border-warn bg-warn-50 text-warn',
  },
} as const

/**
 * The newest current price with the day it was read and its source; a historical one only where nothing newer is
 * known, and said to be so; where none was found, that (audit2 G15).
 */
function priceLine(license: License): ReactNode {
  const current = currentPrice(license)
  const price = current ?? license.prices[0]
  const source = price ? sourceOf(price.source) : undefined
  // The source is named by its title, in English on every page (contract section 8).
  const cite = (title: string) => (
    <cite lang="en" className="not-italic">
      {title}
    </cite>
  )
  if (price && source) {
    return (
      <>
        {current ? T.price(price.text, price.disputed === true, price.asOf) : T.historicalPrice(price.text, price.asOf)}
        {cite(source.title)}
        {T.read(source.checked)}
      </>
    )
  }
  const searched = license.noPrice && sourceOf(license.noPrice.source)
  return license.noPrice && searched ? (
    <>
      {T.noPrice(license.noPrice.text)}
      {cite(searched.title)}
      {T.read(searched.checked)})
    </>
  ) : undefined
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
              {price && <> · {price}</>}
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
    <ScrollRegion labelledBy={id} testId="editions">
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
                  <cite lang="en" className="not-italic">
                    {sourceOf(fact.source)?.title}
                  </cite>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

/** The verdict: the license, for whom, its price, what else the person needs and how sure the advice is. */
export function Verdict({
  advice,
  answers,
  name,
  verdict,
  titleRef,
}: {
  advice: Advice
  answers: Answers
  name: string
  verdict: string
  titleRef: RefObject<HTMLHeadingElement | null>
}) {
  const license = LICENSES[advice.license]
  const confidence = CONFIDENCE[advice.confidence]
  const price = priceLine(license)
  return (
    <header className="space-y-3 rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-6">
      <PageTitle
        id="advice-title"
        titleRef={titleRef}
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
        {price && <> · {price}</>}
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
  )
}
