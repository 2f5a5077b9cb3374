import { type Advice, RULEBOOK } from '../domain/advise'
import { whenText } from '../domain/alternativeText'
import { answerLabel } from '../domain/answerText'
import { LICENSES } from '../domain/licenses'
import { CONFIDENCE_TEXT, QUESTION_TEXT } from '../domain/questions'
import { type Answers, QUESTION_IDS } from '../domain/types'
import { citation } from './citation'
import { RESULT_TEXT } from './resultContent'

const T = RESULT_TEXT.plainText

/**
 * The advice as plain text, ready to paste into an e-mail or a ticket: the license, why (with
 * citations), what is uncertain, the answers, the rulebook version and the link.
 */
export function adviceSummary(advice: Advice, answers: Answers, link: string): string {
  const license = LICENSES[advice.license]
  const lines = [
    T.license(license.name, license.unitText),
    T.confidence(CONFIDENCE_TEXT[advice.confidence].label, CONFIDENCE_TEXT[advice.confidence].meaning),
  ]
  for (const u of advice.uncertain) lines.push(T.uncertain(u.what), T.ask(u.ask))
  lines.push('', T.why)
  for (const r of advice.reasons) lines.push(`- ${r.fact.statement} [${citation(r.source, r.fact.locator)}]`)
  if (advice.alternatives.length > 0) {
    lines.push('', T.alternatives)
    for (const a of advice.alternatives) lines.push(`- ${LICENSES[a.license].name}: ${whenText(a.when)}`)
  }
  lines.push('', T.answers)
  for (const q of QUESTION_IDS) {
    const value = answers[q]
    if (value === undefined) continue
    lines.push(`- ${QUESTION_TEXT[q].legend} ${answerLabel(q, value)}`)
  }
  lines.push('', T.footer(RULEBOOK.version, RULEBOOK.date), link)
  return lines.join('\n')
}
