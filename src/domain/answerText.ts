import { QUESTION_TEXT } from './questions'
import type { QuestionId } from './types'

// Apart from the texts, so a translation of questions.ts is texts alone (src/domain/localized.ts).

/** The label and hint of one answer, or undefined for a value the question does not offer. */
export function answerText(q: QuestionId, value: string): { label: string; hint: string } | undefined {
  return (QUESTION_TEXT[q].answers as Record<string, { label: string; hint: string }>)[value]
}

export const answerLabel = (q: QuestionId, value: string): string => answerText(q, value)?.label ?? value
