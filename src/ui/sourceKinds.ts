import type { Source } from '../domain/types'

/** What kind of source a reason cites, in words (its German is sourceKinds.de.ts). */
export const KIND_TEXT: Record<Source['kind'], string> = {
  microsoft: 'Microsoft document',
  'microsoft-hosted': 'Microsoft-hosted page',
  mirror: 'copy of a Microsoft document',
  'third-party': 'third-party source',
}
