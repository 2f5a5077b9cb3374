import type { ReactNode } from 'react'

/**
 * A link to a field on this page. It moves focus itself rather than following the '#id', which
 * would add a history entry and put a fragment in the plan's link.
 */
export function FieldLink({
  target,
  children,
  className,
}: {
  target: string
  children: ReactNode
  className?: string
}) {
  return (
    <a
      href={`#${target}`}
      onClick={(e) => {
        const field = document.getElementById(target)
        if (!field) return
        e.preventDefault()
        field.focus()
      }}
      className={className ?? 'font-medium text-brand-700 underline underline-offset-2'}
    >
      {children}
    </a>
  )
}
