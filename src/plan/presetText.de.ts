import type { Localized } from '../domain/localized'
import type * as En from './presetText'

export const PRESET_TEXT: Localized<typeof En.PRESET_TEXT> = {
  empty: {
    label: 'Ein leerer Plan',
    description: 'Kein Produkt, keine Gruppen: Stellen Sie Ihren eigenen Plan zusammen.',
  },
  'forum-2011': {
    label: 'Der CRM 2011-Fall aus dem Forum',
    description:
      'CRM 2011, von einem Dienstanbieter für mehrere Organisationen gehostet: 5.000 Portalbenutzer der Mandanten, 800 Außendiensttechniker, 40 Führungskräfte, 20 Mitglieder der Geschäftsleitung.',
    groups: [
      'Portalbenutzer der Kunden von Mandanten',
      'Außendiensttechniker',
      'Außendienstleitung',
      'Geschäftsleitung',
    ],
  },
  'd365-team': {
    label: 'Ein Vertriebs- und Serviceteam mit Dynamics 365',
    description:
      'Dynamics 365 online: Vertriebsmitarbeiter, gemeinsam genutzte Kiosk-Geräte, Betriebsmitarbeiter, ein Kundenportal und eine öffentliche Website.',
    groups: [
      'Vertriebsmitarbeiter',
      'Servicemitarbeiter an gemeinsam genutzten Kiosk-Geräten',
      'Betriebsmitarbeiter',
      'Portalbenutzer der Kunden',
      'Besucher der Wissensdatenbank',
    ],
  },
}
