import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    propertyRuns: number
  }
}

/** fast-check's options for every property test: the run count is set in vitest.config.ts. */
export const RUNS = { numRuns: inject('propertyRuns') }
