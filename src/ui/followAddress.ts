/** The address as it is when a language link is followed: the page changes its query as the person goes. */
export const followAddress = (event: { currentTarget: HTMLAnchorElement }) => {
  event.currentTarget.search = window.location.search
}

/** The page's query, where there is a page (the prerender has none). */
export const pageSearch = () => (typeof window === 'undefined' ? '' : window.location.search)
