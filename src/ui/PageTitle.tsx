import type { ReactNode, Ref } from 'react'

/** A page's one h1. Focusable from script, so a view that takes over can move focus to its title. */
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
    <h1 id={id} ref={titleRef} tabIndex={-1} className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
      {children}
    </h1>
  )
}
