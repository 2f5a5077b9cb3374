import type { Source } from '../domain/types'
import { KIND_TEXT } from './sourceKinds'

export const sourceKindText = (source: Source) => KIND_TEXT[source.kind]

/** "Title, Publisher, Edition, locator" — how a reason names its source in plain text. */
export function citation(source: Source, locator: string): string {
  return `${source.title}, ${source.publisher}, ${source.edition}, ${locator}`
}
