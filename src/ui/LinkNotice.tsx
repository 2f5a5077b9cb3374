import { QUESTION_TEXT } from '../domain/questions'
import { RULEBOOK } from '../domain/rulebook'
import type { Notice } from '../share/advice'
import { longDate } from '../share/format'
import { showInvisible } from './linkText'
import { NOTICE_TEXT } from './noticeText'

const RULES_DATE = longDate(RULEBOOK.date)
const T = NOTICE_TEXT

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
        <p className="font-bold">{T.rulesUpdated(RULES_DATE)}</p>
        <p className="mt-1">{T.notAsked(RULEBOOK.version, QUESTION_TEXT[notice.question].legend)}</p>
      </div>
    )
  }
  return (
    <div role="alert" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <p className="font-bold text-warn">{T.unreadable}</p>
      {notice.kind === 'dropped-answer' ? (
        <p className="mt-1">
          {T.dropped.before}
          <LinkText className="break-all font-mono">{notice.value}</LinkText>
          {T.dropped.after(QUESTION_TEXT[notice.question].legend)}
        </p>
      ) : (
        <p className="mt-1">
          {T.unknownVersion.before}
          <LinkText className="break-all font-mono">{notice.version}</LinkText>
          {T.unknownVersion.after}
        </p>
      )}
    </div>
  )
}
