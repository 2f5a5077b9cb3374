import type { Localized } from '../domain/localized'
import { plural, wholeNumber } from '../share/format'
import type * as En from './content-exports'

/**
 * The words of what the check reads from real tenant exports, in German. Field names are the labels of Microsoft's
 * German user form (Vollständiger Name, Primäre E-Mail-Adresse, Unternehmenseinheit, Zugriffsmodus, Anwendungs-ID);
 * "Lizenztyp", "Titel" and "Benutzer lizenziert" have no German Microsoft source and are proposals.
 */

export { VALUE_MAP_SHOWN } from './content-exports'

const list = (names: readonly string[]) => names.map((n) => `„${n}“`).join(', ')

export const EXPORT_WHY: Localized<typeof En.EXPORT_WHY> = {
  unknownProducts: (names) =>
    `${list(names)} ${plural(names.length, 'steht', 'stehen')} nicht in der Produkttabelle von Microsoft, die diese Prüfung verwendet: Prüfen Sie, was ${plural(names.length, 'dieses Produkt lizenziert', 'diese Produkte lizenzieren')}.`,
  reviewProducts: (notes) => `Prüfen Sie, was diese Lizenz einem CRM-Benutzer gewährt: ${notes.join('; ')}.`,
  trialOnly: (names) =>
    `Hat nur eine Testversion (${list(names)}): Eine Testversion ist keine Produktionslizenz; prüfen Sie, wann sie endet.`,
  attachWithoutBase: (names) =>
    `Hat ${list(names)}, eine Attach-Lizenz, aber keine qualifizierende Basislizenz: Eine Attach-Lizenz setzt eine Basislizenz derselben Person voraus.`,
  attachOutsideBase: (attach, base) =>
    `Hat ${list(attach)} (Attach) mit ${list(base)}: Die hier verwendete Basis-/Attach-Matrix sagt nicht, ob das als Basislizenz zählt.`,
  crmOnlineTier: (name) =>
    `Hat „${name}“, ein Dynamics CRM Online-Abonnement, das nicht zur Version dieses Produkts passt: Prüfen Sie es.`,
  blockedHolding: (license) =>
    `Anmeldung blockiert, aber noch ${license} zugewiesen: Die Lizenz kann freigegeben oder neu zugewiesen werden.`,
  blockedNone: 'Anmeldung blockiert und keine Lizenz zugewiesen: nichts zu tun.',
  disabledLicensedYes:
    'Deaktiviert, aber „Benutzer lizenziert“ (User Licensed) steht auf Ja: In Microsoft 365 ist noch eine Lizenz zugewiesen, die freigegeben oder neu zugewiesen werden kann.',
  heldProducts: (names) => (names.length > 0 ? names.join(', ') : 'eine Lizenz'),
}

export const FLAG_TEXT: Localized<typeof En.FLAG_TEXT> = {
  blocked: 'Anmeldung blockiert',
  guest: 'Gastkonto',
  trial: 'Testversion',
  'unknown-product': 'Unbekanntes Produkt',
  'attach-without-base': 'Attach-Lizenz ohne Basislizenz',
}

export const MAP_FIELD_TEXT: Localized<typeof En.MAP_FIELD_TEXT> = {
  user: 'Benutzername (der Anmeldename)',
  name: 'Vollständiger Name',
  email: 'Primäre E-Mail-Adresse',
  unit: 'Unternehmenseinheit',
  title: 'Titel',
  'access-mode': 'Zugriffsmodus',
  'license-type': 'Lizenztyp',
  status: 'Status (aktiviert oder deaktiviert)',
  roles: 'Sicherheitsrollen',
  licensed: 'Benutzer lizenziert',
  application: 'Anwendungs-ID',
}

export const COLUMN_MAP_TEXT: Localized<typeof En.COLUMN_MAP_TEXT> = {
  legend: 'Welche Spalte enthält was?',
  intro: (file) =>
    `Die Spaltenüberschriften von ${file} kennt diese Seite nicht (eine andere Sprache oder umbenannte Spalten). Wählen Sie für jedes Feld die passende Spalte; der Benutzername ist nötig, der Rest hilft.`,
  none: '— nicht in der Datei —',
  submit: 'Datei mit diesen Spalten lesen',
  needUser: 'Wählen Sie die Spalte mit dem Benutzernamen.',
  skipped: (headers) =>
    `${plural(headers.length, 'Eine Spalte wurde', `${headers.length} Spalten wurden`)} nicht erkannt und nicht gelesen (${list(headers.slice(0, 8))}${headers.length > 8 ? ', …' : ''}): Wählen Sie, was ${plural(headers.length, 'sie enthält', 'sie enthalten')}`,
}

export const VALUE_MAP_TEXT: Localized<typeof En.VALUE_MAP_TEXT> = {
  legend: 'Was bedeuten diese Werte?',
  intro:
    'Diese Werte kennt diese Seite nicht (der Export ist in einer anderen Sprache oder verwendet eigene Bezeichnungen). Wählen Sie, was jeder bedeutet; nichts wird irgendwohin gesendet.',
  label: (column, value) => `„${value}“ in ${column}`,
  unknown: '— Weiß ich nicht —',
  submit: 'Diese Bedeutungen übernehmen',
  more: (n) =>
    `… und ${wholeNumber(n)} weitere. So viele unbekannte Werte bedeuten meist, dass diese Spalte etwas anderes enthält: Prüfen Sie die Spaltenzuordnung, oder exportieren Sie die Liste erneut.`,
}
