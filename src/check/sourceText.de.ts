import type { Localized } from '../domain/localized'
import type * as En from './sourceText'

export const CHECK_FACT_STATEMENTS: Localized<typeof En.CHECK_FACT_STATEMENTS> = {
  'app-user.N6':
    'Die System- und Anwendungsbenutzer von Microsoft (viele mit einem vorangestellten „# “ im vollständigen Namen) verbrauchen keine Dienstlizenzen.',
  'app-user.S38':
    'Ein Anwendungsbenutzer ist am Attribut ApplicationId zu erkennen und braucht keine Lizenz; Supportbenutzer haben den Zugriffsmodus 3, delegierte Administratoren den Zugriffsmodus 5.',
  'non-interactive.S38':
    'Nicht interaktive Benutzer brauchen keine Lizenz, höchstens 7 nicht interaktive Benutzer je Instanz.',
  'non-interactive.S39':
    'Nicht interaktive Benutzer verbrauchen keine Lizenz; CRM Online erlaubte fünf kostenlose nicht interaktive Benutzer.',
  'disabled.N7':
    'Das Deaktivieren eines Systembenutzers gibt eine Lizenz frei: Deaktivierte Systembenutzer zählen nicht gegen die bezahlten Lizenzen.',
  'disabled.S38':
    'Wird ein Benutzer aus der Sicherheitsgruppe der Umgebung entfernt, behält er seine Lizenz: Ein so deaktivierter Benutzer hält sie in Microsoft 365 weiter.',
  'disabled.N16':
    'Ist „Aktivitäten für Benutzer ohne Lizenz“ eingeschaltet, legt Dataverse deaktivierte Benutzerdatensätze für Personen an, die als Empfänger von E-Mails oder Terminen hinzugefügt werden: Eine deaktivierte Zeile bedeutet nicht unbedingt, dass die Person ausgeschieden ist.',
  'codes-2011.N1':
    'CRM 2011 speichert den Zugriffsmodus als 0 Lesen-Schreiben, 1 Administrativ, 2 Lesen, 3 Supportbenutzer, 4 Nicht interaktiv und den Lizenztyp als 0 Vollzugriff, 1 Administrativ, 2 Begrenzt, 3 Gerät voll, 4 Gerät begrenzt.',
  'codes-2013.N2':
    'Ab CRM 2013 wird der Lizenztyp als 0 Professional, 1 Administrativ, 2 Basic, 3 Device Professional, 4 Device Basic, 5 Essential, 6 Device Essential, 7 Enterprise, 8 Device Enterprise, 9 Sales, 10 Service, 11 Field Service, 12 Project Service gespeichert; der Zugriffsmodus kennt zusätzlich 5 Delegierter Administrator.',
  'labels-2016.S27':
    'CRM 2016 zeigt die Lizenztypen Essential, Basic und Professional als „None“, „Limited“ und „Full“ an.',
  'online-caltype.N3':
    'Der Lizenztyp wird nur in der lokalen Version des Produkts genutzt; Online-Lizenzen werden im Microsoft 365 Admin Center verwaltet, und „Benutzer lizenziert“ setzt das System.',
  'sku.N9':
    'Lizenzexporte aus Microsoft 365 nennen jedes Produkt mit seinem Produktnamen oder seiner Zeichenfolgen-ID (zum Beispiel DYN365_ENTERPRISE_SALES für Dynamics 365 for Sales Enterprise Edition, DYN365_TEAM_MEMBERS für Team Members).',
}
