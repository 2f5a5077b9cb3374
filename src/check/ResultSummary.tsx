import { QUESTION_TEXT } from '../domain/questions'
import type { Deploy, Product } from '../domain/types'
import { PAGE, STATUS_TEXT } from './content'
import { STATUSES, type Status } from './vocabulary'

/** What was checked, and how many users have each status. */
export function ResultSummary(props: {
  files: string
  product: Product
  deploy: Deploy
  counts: Record<Status, number>
}) {
  return (
    <section aria-labelledby="check-result" className="space-y-3">
      <h2 id="check-result" tabIndex={-1} className="text-2xl font-bold text-brand-900">
        {PAGE.resultTitle}
      </h2>
      <p>
        {props.files}: {QUESTION_TEXT.product.answers[props.product].label},{' '}
        {QUESTION_TEXT.deploy.answers[props.deploy].label}.
      </p>
      <ul className="flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <li key={s} data-testid="check-count" data-status={s} className="rounded-md border border-line px-3 py-1">
            {STATUS_TEXT[s]}: <strong>{props.counts[s]}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
