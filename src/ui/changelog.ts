/** The rulebook's changelog, copied beside the page at each build (vite.config.ts, rulebookChangelog). */
export const CHANGELOG_HREF = 'rulebook-changelog.txt'
