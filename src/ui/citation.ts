import type { Source } from '../domain/types'

const KIND_TEXT: Record<Source['kind'], string> = {
  microsoft: 'Microsoft document',
  'microsoft-hosted': 'Microsoft-hosted page',
  mirror: 'copy of a Microsoft document',
  'third-party': 'third-party source',
}

export const sourceKindText = (source: Source) => KIND_TEXT[source.kind]

/** "Title, Publisher, Edition, locator" — how a reason names its source in plain text. */
export function citation(source: Source, locator: string): string {
  return `${source.title}, ${source.publisher}, ${source.edition}, ${locator}`
}
