import type { MouseEventHandler } from 'react'
import { checkLinkStart, planLinkStart } from '../share/advice'
import { UI_TEXT } from './content'

interface Props {
  /** The first question: the whole introduction. Later steps and results get a one-line caption. */
  first: boolean
  /** What the person has said about the organization so far, e.g. "Dynamics CRM 2011 · Hosted by …". */
  caption?: string
  /** The plan carried in the address, if any: its link and how many groups it holds. */
  plan?: { href: string; groups: number | undefined }
  onPlanClick?: MouseEventHandler<HTMLAnchorElement>
  onCheckClick?: MouseEventHandler<HTMLAnchorElement>
}

const T = UI_TEXT.intro

/**
 * The questionnaire's introduction, above the question (which is the page's h1). Also rendered into
 * index.html at build time (vite.config.ts), so the first paint needs no JavaScript and React replaces
 * it with the same markup.
 */
export function AdviceIntro({ first, caption, plan, onPlanClick, onCheckClick }: Props) {
  return (
    <section aria-label={T.title} className="no-print space-y-2">
      <p className={first ? 'text-xl font-bold text-brand-900' : 'text-sm font-semibold text-muted'}>
        {T.title}
        {!first && caption ? <span className="font-normal"> · {caption}</span> : null}
      </p>
      {first && <p className="max-w-prose text-lg leading-relaxed text-muted">{T.text}</p>}
      {plan ? (
        <p data-testid="plan-strip" className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
          {T.building(plan.groups)}{' '}
          <a
            href={plan.href}
            onClick={onPlanClick}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {T.openPlan}
          </a>
        </p>
      ) : (
        <p>
          <a
            href={planLinkStart()}
            onClick={onPlanClick}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {T.plan}
          </a>{' '}
          <span className="text-muted">{T.planAfter}</span>
        </p>
      )}
      {first && (
        <p>
          <a
            href={checkLinkStart()}
            onClick={onCheckClick}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {T.check}
          </a>{' '}
          <span className="text-muted">{T.checkAfter}</span>
        </p>
      )}
    </section>
  )
}
