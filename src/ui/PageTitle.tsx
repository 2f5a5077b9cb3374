import type { ReactNode, Ref } from 'react'

/** A page's one h1. Focusable from script (no ring: it is not a control), so a new view can move focus to it. */
export function PageTitle({
  id,
  titleRef,
  children,
}: {
  id: string
  titleRef?: Ref<HTMLHeadingElement>
  children: ReactNode
}) {
  return (
    <h1
      id={id}
      ref={titleRef}
      tabIndex={-1}
      className="text-3xl font-bold tracking-tight text-brand-900 focus:outline-none sm:text-4xl"
    >
      {children}
    </h1>
  )
}
