import { QUESTION_TEXT } from '../domain/questions'
import type { Notice } from '../share/advice'

/** Says, in plain text, which part of a link could not be used. Nothing from the link is rendered as HTML. */
export function LinkNotice({ notice }: { notice: Notice }) {
  return (
    <div role="alert" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <p className="font-bold text-warn">This link could not be read in full</p>
      {notice.kind === 'dropped-answer' ? (
        <p className="mt-1">
          Its answer “<span className="break-all font-mono">{notice.value}</span>” to “
          {QUESTION_TEXT[notice.question].legend}” is not one we can use at that point. We kept the answers before it:
          please answer that question again.
        </p>
      ) : (
        <p className="mt-1">
          It was made for link version “<span className="break-all font-mono">{notice.version}</span>”, which this
          advisor does not know, so nothing in it was used. You can start again below.
        </p>
      )}
    </div>
  )
}
