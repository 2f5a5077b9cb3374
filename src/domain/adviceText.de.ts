import type * as En from './adviceText'
import type { Localized } from './localized'

export const ADVICE_TEXT: Localized<typeof En.ADVICE_TEXT> = {
  ifAudience: {
    internal: 'wenn als interner Benutzer gezählt',
    external: 'wenn als externer Benutzer gezählt',
    public: 'wenn als Person aus der Öffentlichkeit gezählt',
    service: 'wenn als Dienstkonto gezählt',
  },
  ownDeviceToo: 'für alle, die auch an einem eigenen Gerät arbeiten',
  sharedDevice: 'wenn sich mehrere Personen abwechselnd ein Gerät teilen: eine Lizenz für das Gerät',
  splaServiceProvider:
    'wenn Sie dadurch, dass Sie das Geschäft dieses Unternehmens auf Ihren Servern betreiben, zu dessen Dienstanbieter werden: dann über SPLA',
}
