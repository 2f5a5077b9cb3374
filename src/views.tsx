import { type ComponentType, lazy, useState } from 'react'
import type { EntryView } from './boot/view'
import { loaded } from './ui/reload'

/**
 * A view in a chunk of its own. `preload` starts fetching it; once it has arrived, the view renders at
 * once, with no Suspense fallback in between, so an address that opens it (a shared plan link) goes
 * from the boot frame straight to the view. Until then it renders lazily, as any lazy component.
 */
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let arrived: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const preload = () => {
    loading ??= load().then((component) => {
      arrived = component
      return component
    })
    return loading
  }
  const Lazy = lazy(() => preload().then((component) => ({ default: component })))
  // biome-ignore lint/correctness/noComponentHookFactories: made once per view at module level below, never during a render.
  function View(props: P) {
    // Chosen once per mount: switching the component type later would remount the view and lose its state.
    const [Component] = useState<ComponentType<P>>(() => arrived ?? Lazy)
    return <Component {...props} />
  }
  return { View, preload }
}

export const PlannerView = lazyView(() => loaded(import('./plan/Planner')).then((m) => m.Planner))
// The printable proposal of a plan: the planner's totals and prices, without its form.
export const ProposalView = lazyView(() => loaded(import('./plan/Proposal')).then((m) => m.Proposal))
// The compliance check, with its file readers in a worker of their own.
export const CheckView = lazyView(() => loaded(import('./check/Check')).then((m) => m.Check))
// The result, with the rulebook's cited facts and sources: the questions alone make the first screen.
export const ResultView = lazyView(() => loaded(import('./ui/Result')).then((m) => m.default))

/** What the view an address opens needs before it can show anything but its frame. */
export function preloadView(view: EntryView): Promise<unknown> {
  if (view === 'plan') return PlannerView.preload()
  if (view === 'check') return CheckView.preload()
  if (view === 'proposal') return ProposalView.preload()
  // A link to answers most often ends in advice; if it stops part-way, the advice is needed next anyway.
  if (view === 'advice') return ResultView.preload()
  return Promise.resolve()
}
