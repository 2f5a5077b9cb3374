import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    propertyRuns: number
  }
}

/** fast-check's options for every property test: the run count is set in vitest.config.ts. */
export const RUNS = { numRuns: inject('propertyRuns') }

/**
 * For the tests that walk every answer path (18,433 in rulebook 1.3.0): the tree is the rulebook's, so their time grows
 * with it, not with a mistake. About 1-2 s on one busy core; the limit leaves ten times that.
 */
export const WHOLE_TREE = { timeout: 20_000 }
