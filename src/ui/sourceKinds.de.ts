import type { Localized } from '../domain/localized'
import type * as En from './sourceKinds'

export const KIND_TEXT: Localized<typeof En.KIND_TEXT> = {
  microsoft: 'Microsoft-Dokument',
  'microsoft-hosted': 'von Microsoft gehostete Seite',
  mirror: 'Kopie eines Microsoft-Dokuments',
  'third-party': 'Quelle eines Dritten',
}
