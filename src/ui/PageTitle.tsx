import { type ReactNode, type Ref, useEffect } from 'react'

/** A page's one h1. Focusable from script (no ring: it is not a control), so a new view can move focus to it. */
export function PageTitle({
  id,
  titleRef,
  className = 'text-3xl font-bold tracking-tight text-brand-900 focus:outline-none sm:text-4xl',
  children,
}: {
  id: string
  titleRef?: Ref<HTMLHeadingElement>
  className?: string
  children: ReactNode
}) {
  return (
    <h1 id={id} ref={titleRef} tabIndex={-1} className={className}>
      {children}
    </h1>
  )
}

/**
 * The browser's title for the view on screen, so history entries and a screen reader's change of page
 * name the question or the advice (GOV.UK: "Error: " in front while an error summary shows).
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title
  }, [title])
}
