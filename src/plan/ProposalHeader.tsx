import type { ReactNode, RefObject } from 'react'
import { RULEBOOK } from '../domain/advise'
import { QUESTION_TEXT } from '../domain/questions'
import { sourceOf } from '../domain/sources'
import { PRICE_LIST, validUntil } from '../share/prices'
import type { PlanInput } from '../share/totals'
import { PageTitle } from '../ui/PageTitle'
import { PLAN_TEXT } from './content'
import type { ProposalNames } from './proposal'

const T = PLAN_TEXT.proposal

/** Who the proposal is for and from, its date, how long its prices hold, the product and the rulebook. */
export function ProposalHeader({
  titleRef,
  names,
  day,
  plan,
}: {
  titleRef: RefObject<HTMLHeadingElement | null>
  names: ProposalNames
  day: string
  plan: PlanInput
}) {
  const priceList = sourceOf(PRICE_LIST.source)
  const product = plan.product && QUESTION_TEXT.product.answers[plan.product].label
  const deploy = plan.deploy && QUESTION_TEXT.deploy.answers[plan.deploy].label
  const customer = names.customer.trim()
  const partner = names.partner.trim()
  return (
    <header className="space-y-3">
      <PageTitle id="proposal-title" titleRef={titleRef}>
        {T.title}
        {customer && <span className="block text-xl font-semibold">{customer}</span>}
      </PageTitle>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {customer && <Row term={T.for} value={customer} />}
        {partner && <Row term={T.by} value={partner} />}
        <Row term={T.date} value={day} />
        <Row
          term={T.validUntil}
          value={validUntil(day)}
          note={
            priceList && (
              <>
                {T.validWhy(PRICE_LIST.quote)[0]}
                <cite lang="en" className="not-italic">
                  {priceList.title}
                </cite>
                {T.validWhy(PRICE_LIST.quote)[1]}
              </>
            )
          }
          testId="valid-until"
        />
        {product && <Row term={T.product} value={[product, deploy].filter(Boolean).join(' · ')} />}
        <Row term={T.rulebook} value={`${RULEBOOK.version}, ${RULEBOOK.date}`} />
      </dl>
    </header>
  )
}

function Row({ term, value, note, testId }: { term: string; value: string; note?: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd data-testid={testId}>
        {value}
        {note && <span className="block text-sm text-muted">{note}</span>}
      </dd>
    </>
  )
}
