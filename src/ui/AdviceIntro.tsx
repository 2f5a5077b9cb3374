import type { MouseEventHandler, Ref } from 'react'
import { checkLinkStart, planLinkStart } from '../share/advice'
import { PageTitle } from './PageTitle'

interface Props {
  headingRef?: Ref<HTMLHeadingElement>
  onPlanClick?: MouseEventHandler<HTMLAnchorElement>
  onCheckClick?: MouseEventHandler<HTMLAnchorElement>
}

/**
 * The questionnaire page's heading and introduction. Also rendered into index.html at build time
 * (vite.config.ts), so the first paint needs no JavaScript and React replaces it with the same markup.
 */
export function AdviceIntro({ headingRef, onPlanClick, onCheckClick }: Props) {
  return (
    <section aria-labelledby="intro-title" className="space-y-3">
      <PageTitle id="intro-title" titleRef={headingRef}>
        Which Dynamics license does this person need?
      </PageTitle>
      <p className="no-print max-w-prose text-lg leading-relaxed text-muted">
        Answer a few questions about one person who uses Microsoft Dynamics CRM or Dynamics 365. You get the license
        they need, the reasons with their sources, how sure the advice is, and a link to share.
      </p>
      <p className="no-print">
        <a
          href={planLinkStart()}
          onClick={onPlanClick}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          Plan for a whole organization
        </a>{' '}
        <span className="text-muted">— every group of people at once, with totals and cost.</span>
      </p>
      <p className="no-print">
        <a
          href={checkLinkStart()}
          onClick={onCheckClick}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          Check the licenses your users hold
        </a>{' '}
        <span className="text-muted">— from the user list your CRM exports, read only in this browser.</span>
      </p>
    </section>
  )
}
