import type { Ref } from 'react'
import type { Deploy, Product } from '../domain/types'
import { planLinkStart } from '../share/advice'
import { navigate } from '../ui/address'
import { PageTitle } from '../ui/PageTitle'
import { PAGE } from './content'

/** The page's title and promise, the ways to the questionnaire and the planner, and what the address restored. */
export function Intro(props: {
  titleRef: Ref<HTMLHeadingElement>
  product: Product | undefined
  deploy: Deploy | undefined
  restored: number
}) {
  const toPlanner = planLinkStart(props.product, props.deploy)
  return (
    <section aria-labelledby="check-title" className="space-y-3">
      <PageTitle id="check-title" titleRef={props.titleRef}>
        {PAGE.title}
      </PageTitle>
      <p className="max-w-prose text-lg leading-relaxed text-muted">{PAGE.intro}</p>
      <p className="max-w-prose rounded-md border border-line bg-surface p-3 font-semibold">{PAGE.privacy}</p>
      <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
        <a
          href="?"
          onClick={(e) => {
            e.preventDefault()
            navigate('')
          }}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          {PAGE.backToAdvice}
        </a>
        <a
          href={toPlanner}
          onClick={(e) => {
            e.preventDefault()
            navigate(toPlanner)
          }}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          {PAGE.toPlanner}
        </a>
      </p>
      {props.restored > 0 && <p className="text-muted">{PAGE.mappingRestored(props.restored)}</p>}
    </section>
  )
}
