import { PRODUCT_SHORT, SHORT_NAME } from '../../domain/names'
import { answerLabel } from '../../domain/questions'
import { type Answers, QUESTION_IDS } from '../../domain/types'
import { verdictName } from '../resultContent'

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
