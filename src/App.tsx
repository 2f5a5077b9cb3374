import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { decodeAdvice, linkView, planLinkStart } from './share/advice'
import { Advisor } from './ui/Advisor'
import { currentSearch, navigate, onAddressChange } from './ui/address'
import { Shell } from './ui/Shell'

// The planner is its own chunk: the questionnaire's first screen never waits for it.
const Planner = lazy(() => import('./plan/Planner').then((m) => ({ default: m.Planner })))

type View = 'advice' | 'plan'
const viewOf = (search: string): View => linkView(search)

/** The planner link, carrying the product and deployment already answered in the questionnaire. */
function planSearch(): string {
  const { product, deploy } = decodeAdvice(currentSearch()).answers
  return planLinkStart(product, deploy)
}

export function App() {
  const [view, setView] = useState<{ view: View; moved: boolean }>(() => ({
    view: viewOf(currentSearch()),
    moved: false,
  }))
  const introRef = useRef<HTMLHeadingElement>(null)

  // A layout effect subscribes before the views' own (passive) effects do, so App hears of each move
  // first; flushSync then unmounts the view being left before its listener runs on an address that
  // belongs to the other view (the questionnaire would otherwise rewrite a plan link as a fresh start).
  useLayoutEffect(
    () =>
      onAddressChange((search) => {
        const next = viewOf(search)
        flushSync(() => setView((v) => (v.view === next ? v : { view: next, moved: true })))
      }),
    [],
  )

  useEffect(() => {
    if (view.view === 'advice' && view.moved) introRef.current?.focus()
  }, [view])

  return (
    <Shell>
      {view.view === 'plan' ? (
        <Suspense fallback={<p className="text-muted">Loading the planner…</p>}>
          <Planner focusOnMount={view.moved} />
        </Suspense>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="intro-title" className="space-y-3">
            <h1
              id="intro-title"
              ref={introRef}
              tabIndex={-1}
              className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl"
            >
              Which Dynamics license does this person need?
            </h1>
            <p className="no-print max-w-prose text-lg leading-relaxed text-muted">
              Answer a few questions about one person who uses Microsoft Dynamics CRM or Dynamics 365. You get the
              license they need, the reasons with their sources, how sure the advice is, and a link to share.
            </p>
            <p className="no-print">
              <a
                href="?v=1&view=plan"
                onClick={(e) => {
                  e.preventDefault()
                  navigate(planSearch())
                }}
                className="font-semibold text-brand-700 underline underline-offset-2"
              >
                Plan for a whole organization
              </a>{' '}
              <span className="text-muted">— every group of people at once, with totals and cost.</span>
            </p>
          </section>
          <Advisor />
        </div>
      )}
    </Shell>
  )
}
