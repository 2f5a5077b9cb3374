import { advise } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { CONFIDENCE_TEXT, QUESTION_TEXT } from '../domain/questions'
import { keepOnPath, nextQuestion } from '../domain/routing'
import { ANSWER_IDS, type Answers } from '../domain/types'
import { encodeAnswers } from '../share/advice'
import { RESULT_TEXT } from './resultContent'

const T = RESULT_TEXT.otherVersions

/** The same answers under every other product version: what an upgrade (or a downgrade) changes. */
export function OtherVersions({ answers, onOpen }: { answers: Answers; onOpen: (answers: Answers) => void }) {
  const rows = ANSWER_IDS.product
    .filter((p) => p !== answers.product)
    .map((product) => {
      const kept = keepOnPath({ ...answers, product })
      return { product, kept, advice: advise(kept), missing: nextQuestion(kept) }
    })
  return (
    <section aria-labelledby="versions-title" className="no-print space-y-3">
      <h2 id="versions-title" className="text-xl font-bold text-brand-900">
        {T.title}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="bg-canvas text-muted">
            <tr>
              <th scope="col" className="p-3 font-semibold">
                {T.version}
              </th>
              <th scope="col" className="p-3 font-semibold">
                {T.license}
              </th>
              <th scope="col" className="p-3 font-semibold">
                {T.confidence}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map(({ product, kept, advice, missing }) => (
              <tr key={product}>
                <th scope="row" className="p-3 font-medium">
                  <a
                    href={encodeAnswers(kept)}
                    onClick={(e) => {
                      e.preventDefault()
                      onOpen(kept)
                    }}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {QUESTION_TEXT.product.answers[product].label}
                  </a>
                </th>
                <td className="p-3">
                  {advice ? LICENSES[advice.license].name : T.needsMore(missing ? QUESTION_TEXT[missing].legend : '')}
                </td>
                <td className="p-3">{advice ? CONFIDENCE_TEXT[advice.confidence].label : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
