import { PAGE } from './content'

/**
 * Previous and next pages of groups, with where the page is: a tenant grouped by title can have
 * thousands of groups, and the page renders only the ones on screen.
 */
export function GroupPager({
  page,
  size,
  total,
  onPage,
}: {
  page: number
  size: number
  total: number
  onPage: (page: number) => void
}) {
  const last = Math.ceil(total / size) - 1
  return (
    <nav aria-label={PAGE.groupsPages} className="flex flex-wrap items-center gap-3">
      <p role="status" className="text-muted">
        {PAGE.groupsShown(page * size + 1, Math.min(total, (page + 1) * size), total)}
      </p>
      <button
        type="button"
        className="btn-secondary disabled:cursor-not-allowed disabled:opacity-50"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {PAGE.previousGroups}
      </button>
      <button
        type="button"
        className="btn-secondary disabled:cursor-not-allowed disabled:opacity-50"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
      >
        {PAGE.nextGroups}
      </button>
    </nav>
  )
}
