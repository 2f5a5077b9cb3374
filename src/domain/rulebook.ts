/**
 * The rulebook's release: bumped whenever a rule, fact or source changes what any path recommends,
 * with an entry in docs/rulebook-changelog.md (a test holds the two together). Its own module, so the
 * first screen can name it without loading the advice.
 */
export const RULEBOOK = { version: '1.3.1', date: '2026-12-04' } as const
