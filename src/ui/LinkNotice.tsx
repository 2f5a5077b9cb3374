import { QUESTION_TEXT } from '../domain/questions'
import { RULEBOOK } from '../domain/rulebook'
import type { Notice } from '../share/advice'
import { longDate } from '../share/format'
import { showInvisible } from './linkText'

const RULES_DATE = longDate(RULEBOOK.date)

/**
 * A value from a link inside one of the app's sentences: isolated (`<bdi>`), so right-to-left text
 * in it cannot move the words around it, with invisible characters written out.
 */
export function LinkText({ children, className }: { children: string; className?: string }) {
  return <bdi className={className}>{showInvisible(children)}</bdi>
}

/** Says, in plain text, which part of a link could not be used. Nothing from the link is rendered as HTML. */
export function LinkNotice({ notice }: { notice: Notice }) {
  if (notice.kind === 'rules-updated') {
    // Nothing in the link was wrong: the rules ask more than they did when it was made.
    return (
      <div role="status" className="rounded-md border-l-4 border-brand-500 bg-brand-50 p-4">
        <p className="font-bold">The rules were updated on {RULES_DATE}</p>
        <p className="mt-1">
          This link was made with an earlier version of the rules (now {RULEBOOK.version}), which did not ask “
          {QUESTION_TEXT[notice.question].legend}” here. Please answer it to see the advice; your other answers are
          kept.
        </p>
      </div>
    )
  }
  return (
    <div role="alert" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <p className="font-bold text-warn">This link could not be read in full</p>
      {notice.kind === 'dropped-answer' ? (
        <p className="mt-1">
          Its answer “<LinkText className="break-all font-mono">{notice.value}</LinkText>” to “
          {QUESTION_TEXT[notice.question].legend}” is not one we can use at that point. We kept the answers before it:
          please answer that question again.
        </p>
      ) : (
        <p className="mt-1">
          It was made for link version “<LinkText className="break-all font-mono">{notice.version}</LinkText>”, which
          this advisor does not know, so nothing in it was used. You can start again below.
        </p>
      )}
    </div>
  )
}
