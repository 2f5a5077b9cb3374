import type * as En from './changeWhy'
import type { Localized } from './localized'

export const CHANGE_WHY: Localized<typeof En.CHANGE_WHY> = {
  G02: 'Ab 2014 gekaufte CRM 2011-Lizenzen werden mit den Rechten von CRM 2013 und später genutzt, deren Serverlizenz den externen Zugriff einschließt; der CRM 2011 External Connector ist im Januar 2014 aus der Preisliste verschwunden.',
  G06: 'Mitarbeiter eines Anbieters, die nicht vor Ort arbeiten und Datensätze aktualisieren oder führen, erledigen womöglich die eigenen Geschäftsprozesse des Kunden, und Microsofts Handbücher behandeln solche Personen als Benutzer des Kunden: Die Quellen weisen in beide Richtungen.',
  G07: 'Mitarbeiter einer anderen Organisation, die ihr eigenes Geschäft in dieser Dynamics 365-Umgebung betreibt: Microsofts Handbücher weisen in beide Richtungen, ob sie Benutzer der Organisation sind.',
  G09: 'Mitarbeiter, die über eine Website nur ihre eigenen Fälle verfolgen, sind durch Power Apps abgedeckt, wie Microsofts Seite zu den eingeschränkten Tabellen es liest; Team Members ist die Alternative.',
  G10: 'Die Produktbestimmungen führen die Geräte-Lizenzen für Dynamics 365 auf; ein gemeinsam genutztes Gerät an den eigenen Bildschirmen des Produkts ist damit geklärt. Über ein Portal, eine eigene App oder eine Integration braucht eine Person eine eigene App-Lizenz.',
  G14: 'Wer sich nie anmeldet, ist kein Gastbenutzer: Eine anonyme Person aus der Öffentlichkeit, die eine eigene App nutzt, braucht keine Lizenz.',
}
