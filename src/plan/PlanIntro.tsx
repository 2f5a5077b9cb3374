import type { RefObject } from 'react'
import { PageTitle } from '../ui/PageTitle'
import { PLAN_TEXT } from './content'

/** The page's title and introduction, with the ways to the questionnaire and to the compliance check. */
export function PlanIntro({
  headingRef,
  checkSearch,
  onLeave,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>
  /** The compliance check, with the plan's product and deployment. */
  checkSearch: string
  onLeave: (search: string) => void
}) {
  return (
    <section aria-labelledby="plan-title" className="space-y-3">
      <PageTitle id="plan-title" titleRef={headingRef}>
        {PLAN_TEXT.title}
      </PageTitle>
      <p className="no-print max-w-prose text-lg leading-relaxed text-muted">{PLAN_TEXT.intro}</p>
      <p className="no-print">
        <a
          href="?"
          onClick={(e) => {
            e.preventDefault()
            onLeave('')
          }}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          {PLAN_TEXT.onePerson}
        </a>{' '}
        <a
          href={checkSearch}
          onClick={(e) => {
            e.preventDefault()
            onLeave(checkSearch)
          }}
          className="ml-4 font-semibold text-brand-700 underline underline-offset-2"
        >
          {PLAN_TEXT.check}
        </a>
      </p>
    </section>
  )
}
