import { Suspense, useLayoutEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { linkView } from './share/advice'
import { Advisor } from './ui/Advisor'
import { currentSearch, onAddressChange } from './ui/address'
import { UI_TEXT } from './ui/content'
import { Shell } from './ui/Shell'
import { CheckView, PlannerView, ProposalView } from './views'

type View = ReturnType<typeof linkView>

export function App() {
  const [view, setView] = useState<{ view: View; moved: boolean }>(() => ({
    view: linkView(currentSearch()),
    moved: false,
  }))

  // A layout effect subscribes before the views' own (passive) effects do, so App hears of each move
  // first; flushSync then unmounts the view being left before its listener runs on an address that
  // belongs to the other view (the questionnaire would otherwise rewrite a plan link as a fresh start).
  useLayoutEffect(
    () =>
      onAddressChange((search) => {
        const next = linkView(search)
        flushSync(() => setView((v) => (v.view === next ? v : { view: next, moved: true })))
      }),
    [],
  )

  return (
    <Shell>
      {view.view === 'check' ? (
        <Suspense fallback={<p className="text-muted">{UI_TEXT.loading.check}</p>}>
          <CheckView.View focusOnMount={view.moved} />
        </Suspense>
      ) : view.view === 'proposal' ? (
        <Suspense fallback={<p className="text-muted">{UI_TEXT.loading.proposal}</p>}>
          <ProposalView.View focusOnMount={view.moved} />
        </Suspense>
      ) : view.view === 'plan' ? (
        <Suspense fallback={<p className="text-muted">{UI_TEXT.loading.plan}</p>}>
          <PlannerView.View focusOnMount={view.moved} />
        </Suspense>
      ) : (
        // Coming from the planner, focus goes to the question or the advice, the page's h1.
        <Advisor focusOnMount={view.moved} />
      )}
    </Shell>
  )
}
