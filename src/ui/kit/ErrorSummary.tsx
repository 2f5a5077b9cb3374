import type { Ref } from 'react'
import { FieldLink } from '../FieldLink'

export interface SummaryEntry {
  /** The id of the field the entry links to. */
  target: string
  message: string
}

/**
 * The problems that stop a form, each a link to its field (GOV.UK's error summary). Given a ref, it can take the
 * focus, so a failed submit is announced and the first problem is one Tab away.
 */
export function ErrorSummary({
  id,
  title,
  entries,
  summaryRef,
}: {
  id: string
  title: string
  entries: readonly SummaryEntry[]
  summaryRef?: Ref<HTMLDivElement>
}) {
  return (
    <div
      ref={summaryRef}
      tabIndex={summaryRef ? -1 : undefined}
      role="alert"
      aria-labelledby={id}
      className="rounded-md border-2 border-danger bg-danger-50 p-4"
    >
      <h2 id={id} className="font-bold text-danger">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {entries.map((e) => (
          <li key={`${e.target}-${e.message}`}>
            <FieldLink target={e.target} className="font-medium text-danger underline underline-offset-2">
              {e.message}
            </FieldLink>
          </li>
        ))}
      </ul>
    </div>
  )
}
