import { UI_TEXT } from '../ui/content'
import { Shell } from '../ui/Shell'

/** The views an address can open other than the start page, each with the line its frame shows. */
const FRAME_VIEWS = ['advice', 'plan', 'check', 'proposal'] as const

/**
 * What index.html shows, instead of the start page, for an address that opens another view, from the
 * first paint until the app has rendered that view: the page's frame and one line saying what is
 * coming. index.css shows it, and only the line for the view the boot script named; it has no
 * controls, so nothing can be pressed that belongs to a view not on screen.
 */
export function BootFrame() {
  return (
    <Shell boot>
      {FRAME_VIEWS.map((view) => (
        <p key={view} data-boot-line={view} role="status" className="min-h-screen text-muted">
          {UI_TEXT.loading[view]}
        </p>
      ))}
    </Shell>
  )
}
