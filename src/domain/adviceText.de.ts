import type * as En from './adviceText'
import type { Localized } from './localized'

export const ADVICE_TEXT: Localized<typeof En.ADVICE_TEXT> = {
  'if-internal': 'wenn als interner Benutzer gezählt',
  'if-external': 'wenn als externer Benutzer gezählt',
  'if-public': 'wenn als Person aus der Öffentlichkeit gezählt',
  'if-service': 'wenn als Dienstkonto gezählt',
  'own-device-too': 'für alle, die auch an einem eigenen Gerät arbeiten',
  'shared-device': 'wenn sich mehrere Personen abwechselnd ein Gerät teilen: eine Lizenz für das Gerät',
  'spla-service-provider':
    'wenn Sie dadurch, dass Sie das Geschäft dieses Unternehmens auf Ihren Servern betreiben, zu dessen Dienstanbieter werden: dann über SPLA',
}
