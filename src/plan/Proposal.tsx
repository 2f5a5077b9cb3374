import { useRef } from 'react'
import { absoluteUrl } from '../ui/address'
import { UI_TEXT } from '../ui/content'
import { useDocumentTitle } from '../ui/PageTitle'
import { PLAN_TEXT } from './content'
import { ProposalControls } from './ProposalControls'
import { ProposalHeader } from './ProposalHeader'
import { ProposalLines } from './ProposalLines'
import { Assumptions, ToReview, WhyEachLicense } from './ProposalReasons'
import { useProposal } from './useProposal'

/**
 * The plan as a proposal a customer can sign off: who it is for and from, the date and how long the prices
 * hold, one line per license with its price's source and date, the totals, the assumptions, the reasons and
 * sources, what needs review, the rulebook and the plan's link. Printed by the browser (a tagged PDF when
 * saved): the controls above the document never print.
 */
export function Proposal({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useDocumentTitle(UI_TEXT.title.proposal)
  const proposal = useProposal(focusOnMount, headingRef)
  const { names, totals, costs, lines, planLink } = proposal

  return (
    <div className="space-y-8">
      <ProposalControls
        search={proposal.search}
        planLink={planLink}
        names={names}
        onName={proposal.setName}
        keepNames={proposal.keepNames}
        onKeepNames={proposal.setKeepNames}
        lines={lines}
      />

      <article data-testid="proposal" aria-labelledby="proposal-title" className="proposal space-y-6">
        <ProposalHeader titleRef={headingRef} names={names} day={proposal.day} plan={proposal.plan} />
        <ProposalLines lines={lines} costs={costs} />
        <Assumptions totals={totals} />
        <WhyEachLicense totals={totals} />
        <ToReview totals={totals} />
        <p className="break-all text-sm">
          {PLAN_TEXT.proposal.link}
          <span data-testid="proposal-link">{absoluteUrl(planLink)}</span>
        </p>
      </article>
    </div>
  )
}
