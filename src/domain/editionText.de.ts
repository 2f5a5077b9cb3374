import type * as En from './editionText'
import type { Localized } from './localized'

export const EDITION_TEXT: Localized<typeof En.EDITION_TEXT> = {
  sales: {
    title: 'Die Sales-Editionen im Vergleich',
    rows: {
      app: {
        capability: 'App',
        cells: { professional: 'Nur die App Sales Professional', enterprise: 'Sales Hub', premium: 'Sales Hub' },
      },
      forecasting: {
        capability: 'Prognosen, Playbooks, Marketingkampagnen',
        cells: { enterprise: 'Ja', premium: 'Ja' },
      },
      sequences: {
        capability: 'Sequenzen und vorausschauende Bewertung',
        cells: { enterprise: 'Bis zu 1.500 Datensätze im Monat', premium: 'Über 1.500 Datensätze im Monat' },
      },
      'relationship-intelligence': {
        capability: 'Beziehungsintelligenz, prädiktive Prognosen',
        cells: { premium: 'Ja' },
      },
    },
  },
  'customer-service': {
    title: 'Die Customer Service-Editionen im Vergleich',
    rows: {
      audience: {
        capability: 'Für wen',
        cells: {
          professional: 'Unternehmen mit geringeren Anforderungen',
          enterprise: 'Der volle Funktionsumfang von Customer Service',
          premium: 'Enterprise mit Live-Kanälen',
        },
      },
      'unified-routing': {
        capability: 'Einheitliches Routing (automatische Zuweisung)',
        cells: { enterprise: 'Ja', premium: 'Ja' },
      },
      'live-channels': {
        capability: 'Livechat, Messaging und Telefonie',
        cells: { enterprise: 'Contact Center-Add-On', premium: 'Enthalten (laut Auslegung eines Partners)' },
      },
    },
  },
}
