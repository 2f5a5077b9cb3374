import type { ReactNode } from 'react'

/**
 * A wide table's frame: it scrolls sideways where the screen is narrower than the table, and takes the focus so a
 * keyboard can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable). Named by the element `labelledBy`
 * points to, or by `label`.
 */
export function ScrollRegion({
  labelledBy,
  label,
  className = '',
  testId,
  children,
}: {
  labelledBy?: string
  label?: string
  className?: string
  testId?: string
  children: ReactNode
}) {
  return (
    <section
      aria-labelledby={labelledBy}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
      tabIndex={0}
      data-testid={testId}
      // Relative, so what is positioned inside (a visually hidden label) scrolls and is clipped with the table
      // rather than widening the page.
      className={`relative max-w-full overflow-x-auto ${className}`.trim()}
    >
      {children}
    </section>
  )
}
