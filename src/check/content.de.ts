import type { Localized } from '../domain/localized'
import { plural, wholeNumber } from '../share/format'
import type { AccessMode } from './codes'
import type * as En from './content'
import { SAMPLES as EN_SAMPLES } from './content'
import type { ReadError } from './table'
import { MAX_BYTES, MAX_ROWS } from './table'

/**
 * The compliance check's words in German. Columns and values of the CRM's user list carry the label Microsoft's
 * German user screens show (Zugriffsmodus, Lesen-Schreiben, Unternehmenseinheit …), with the English one in
 * parentheses where the file may be an English export; labels no German Microsoft source confirms (Lizenztyp,
 * Titel, „Benutzer lizenziert“) are proposals. The assignments file's columns stay English: the reader
 * (assignments.ts) recognises only the English headers.
 */

export { UNKNOWN_SHOWN } from './content'

const MB = Math.round(MAX_BYTES / (1024 * 1024))
const ROWS = wholeNumber(MAX_ROWS)

export const PAGE: Localized<typeof En.PAGE> = {
  title: 'Die Lizenzen Ihrer Benutzer prüfen',
  intro:
    'Exportieren Sie die Benutzerliste aus Ihrem CRM und legen Sie sie hier ab. Für jeden Benutzer sehen Sie die Lizenz, die er hat, die Lizenz, die er braucht, die Lücke dazwischen und den Grund – mit Quelle. Was eine Datei nicht sagen kann (wer die Person ist, wie sie auf die Daten zugreift, was sie tut), beantworten Sie einmal pro Benutzergruppe.',
  privacy:
    'Ihre Dateien werden hier gelesen, in diesem Browser. Nichts daraus wird hochgeladen, gesendet oder gespeichert: Schließen Sie den Tab, und alles ist weg.',
  backToAdvice: 'Empfehlung für eine Person',
  toPlanner: 'Für eine ganze Organisation planen',
  setupTitle: 'Ihr CRM',
  filesTitle: 'Ihre Dateien',
  userList: 'Benutzerliste',
  userListHint: `Eine Datei im Format .csv, .xlsx, XML-Kalkulationstabelle 2003 (.xml) oder Web-API-JSON (.json), bis ${MB} MB und ${ROWS} Zeilen.`,
  assignments: 'Lizenzzuweisungen (optional)',
  assignmentsHint:
    'Für Online-Mandanten: der Export der Benutzer mit ihren Lizenzen aus Microsoft 365 oder Entra (mit den Spalten „User principal name“ und „Licenses“), über den Benutzernamen mit der Benutzerliste verknüpft.',
  dropHere:
    'Oder legen Sie die Dateien hier ab: Die erste wird als Benutzerliste gelesen, eine zweite als Lizenzzuweisungen.',
  dropZone: 'Dateien auswählen oder hier ablegen',
  samplesTitle: 'Mit einem Beispiel ausprobieren',
  samplesIntro:
    'Erfundene Dateien mit den dokumentierten Spaltennamen. Ein Beispiel legt auch das Produkt und die Bereitstellung fest.',
  reading: (name) => `${name} wird gelesen …`,
  read: (count, name) => `${wholeNumber(count)} Benutzer aus ${name} gelesen. Die Ergebnisse finden Sie unten.`,
  windows1252: (name) =>
    `${name} ist nicht in UTF-8 gespeichert und wurde daher als Windows-1252 gelesen (westeuropäisch – so speichert Excel „CSV“ in diesen Regionen). Sehen Namen falsch aus, speichern Sie die Datei in Excel als „CSV UTF-8“ und wählen Sie sie erneut aus.`,
  readerFailed: (name) =>
    `${name} konnte nicht gelesen werden: Der Dateileser dieser Seite wurde beendet oder hat nicht geantwortet. Laden Sie die Seite neu und versuchen Sie es noch einmal, oder speichern Sie die Datei als CSV.`,
  chooseFirst: 'Wählen Sie das Produkt und wo es läuft, dann die Benutzerliste.',
  guideTitle: 'So exportieren Sie Ihre Benutzerliste',
  resultTitle: 'Benutzer und ihre Lizenzen',
  groupsTitle: 'Was die Datei nicht sagen kann',
  groupsShown: (from, to, total) =>
    `Gruppen ${wholeNumber(from)}–${wholeNumber(to)} von ${wholeNumber(total)}, die größten zuerst.`,
  groupsPages: 'Seiten der Gruppen',
  previousGroups: 'Vorherige Gruppen',
  nextGroups: 'Nächste Gruppen',
  groupsIntro:
    'Beantworten Sie die Fragen des Fragebogens einmal für jede Benutzergruppe; die Antworten gelten für alle in der Gruppe. Kostenlose Konten und deaktivierte Benutzer klärt bereits die Datei, sie gehören zu keiner Gruppe.',
  groupBy: 'Benutzer gruppieren nach',
  aloneTitle: 'Einzeln beantwortete Benutzer',
  aloneIntro:
    'Jeder wird unabhängig von seiner Gruppe beantwortet; diese Antworten bleiben auf dieser Seite und werden nicht in ihrer Adresse gespeichert.',
  aloneUser: 'einzeln beantwortet',
  aloneBack: 'Zurück zur Gruppe',
  aloneApply: 'Für diesen Benutzer übernehmen',
  aloneAnswer: 'Nur für diesen Benutzer beantworten',
  aloneShown: 'Einzeln beantwortet',
  groupChange: 'Ändern',
  groupApply: 'Für die Gruppe übernehmen',
  groupComplete: 'Beantwortet',
  groupWhy: 'Warum',
  groupMissing: (question) => `Wählen Sie eine Antwort auf „${question}“.`,
  groupUsers: (n) => `${n} Benutzer`,
  totalsScroll: 'Tabelle der Summen',
  totalsTitle: 'Summen',
  totalsIntro:
    'Vorhandene und benötigte Lizenzen, jeweils in der Verkaufseinheit der Lizenz; die Kostendifferenz, wo ein Listenpreis bekannt ist.',
  totalsUnanswered: (n) =>
    `Noch unbekannt: ${n} Benutzer in unbeantworteten Gruppen, in keiner der beiden Spalten (was sie haben, zählt nicht als überzählig). Beantworten Sie die Fragen zu ${plural(n, 'seiner Gruppe', 'ihren Gruppen')}.`,
  usersTitle: 'Alle Benutzer',
  filterStatus: 'Benutzer mit Status anzeigen',
  filterAll: 'Jeder Status',
  search: 'Nach Name suchen',
  shown: (shown, total) => `${shown} von ${total} Benutzern werden angezeigt.`,
  showMore: 'Weitere Benutzer anzeigen',
  outputTitle: 'Bericht',
  print: 'Bericht drucken',
  csv: 'Als CSV herunterladen',
  csvDone: 'Die CSV-Datei wurde heruntergeladen.',
  openPlan: 'Als Plan öffnen',
  openPlanHint: 'Die beantworteten Gruppen mit ihrer Zahl an Benutzern, als Plan im Planer.',
  saveMapping: 'Zuordnung als Link speichern',
  mappingLabel: 'Link zur Zuordnung',
  mappingHint:
    'Enthält nur Produkt, Bereitstellung, Gruppierung sowie Schlüssel und Antworten jeder Gruppe: nie einen Benutzernamen oder eine andere Zeile. Öffnen Sie ihn mit der Datei des nächsten Quartals, um sie genauso zu prüfen.',
  mappingCopied: 'Der Link zur Zuordnung wurde kopiert.',
  mappingRestored: (n) =>
    `Ihre Antworten für ${n} ${plural(n, 'Gruppe', 'Gruppen')} stehen in der Adresse dieser Seite. Wählen Sie dieselbe Benutzerliste noch einmal aus: Die Antworten gelten, sobald sie gelesen ist. Die Datei selbst wird nie gespeichert.`,
  reportFooter: (rulebook) => `Geprüft anhand des Regelwerks ${rulebook}.`,
}

export const GROUP_BY_TEXT: Localized<typeof En.GROUP_BY_TEXT> = {
  role: { label: 'Sicherheitsrollen', none: '(keine Sicherheitsrolle)' },
  unit: { label: 'Unternehmenseinheit', none: '(keine Unternehmenseinheit)' },
  domain: { label: 'E-Mail-Domäne', none: '(keine Domäne)' },
  title: { label: 'Titel', none: '(kein Titel)' },
}

export const STATUS_TEXT: Localized<typeof En.STATUS_TEXT> = {
  ok: 'OK',
  under: 'Unterlizenziert',
  over: 'Überlizenziert',
  free: 'Braucht keine Lizenz',
  disabled: 'Deaktiviert, noch lizenziert',
  review: 'Zu prüfen',
  unanswered: 'Gruppe nicht beantwortet',
}

/** What to do about a user, by action; `needed` is 'none' (the code, not a word) when no license is needed. */
export const ACTION_TEXT: Localized<typeof En.ACTION_TEXT> = {
  buy: (_, needed) => `Kaufen: ${needed}.`,
  'step-up': (held, needed) => `Von ${held} auf ${needed} aufstocken.`,
  reassign: (held, needed) =>
    needed === 'none' || needed === ''
      ? `${held} ist überzählig: einem Benutzer zuweisen, der eine Lizenz braucht, oder aufgeben.`
      : `${held} ist überzählig: einem Benutzer zuweisen, der eine Lizenz braucht, und diesem Benutzer ${needed} geben.`,
  reclaim: (held) => `${held} freigeben: Der Benutzer ist deaktiviert.`,
  'check-trial': (_, needed) => `Testversion prüfen: vor ihrem Ende ${needed} kaufen oder sie auslaufen lassen.`,
  review: () => 'Zuerst die offenen Punkte prüfen.',
  answer: () => 'Die Fragen zu dieser Gruppe oben beantworten.',
  none: () => 'Nichts zu tun.',
}

export const TODO_TEXT: Localized<typeof En.TODO_TEXT> = {
  title: 'Was zu tun ist',
  nothing: 'Nichts zu tun: Jeder beantwortete Benutzer hat, was er braucht.',
  buy: (users, license, fromSpare) =>
    `${license}: benötigt für ${users} Benutzer${
      fromSpare > 0 ? `; ${fromSpare} davon aus den überzähligen Lizenzen unten, ${users - fromSpare} kaufen` : ''
    }.`,
  spare: (count, license) =>
    `${license}: ${count} ${plural(count, 'überzählige Lizenz', 'überzählige Lizenzen')} bei überlizenzierten oder deaktivierten Benutzern.`,
  reclaim: (n) => `Die Lizenzen von ${n} ${plural(n, 'deaktiviertem Benutzer', 'deaktivierten Benutzern')} freigeben.`,
  trial: (n) => plural(n, 'Eine Testversion vor ihrem Ende prüfen.', `${n} Testversionen vor ihrem Ende prüfen.`),
  review: (n) => `${n} ${plural(n, 'Benutzer muss', 'Benutzer müssen')} geprüft werden, bevor etwas gekauft wird.`,
  answer: (n) =>
    `${n} ${plural(n, 'Benutzer ist', 'Benutzer sind')} in noch nicht beantworteten Gruppen: noch unbekannt.`,
}

export const COLUMN_TEXT: Localized<typeof En.COLUMN_TEXT> = {
  user: 'Benutzer',
  held: 'Vorhanden',
  needed: 'Benötigt',
  status: 'Status',
  why: 'Warum',
  license: 'Lizenz',
  heldCount: 'Vorhanden',
  neededCount: 'Benötigt',
  difference: 'Differenz',
  cost: 'Kostendifferenz',
  unknown: 'unbekannt',
}

/**
 * The Access Mode options as Microsoft's German user form names them, and as an English export has them.
 * "Verwaltung" is the German docs' quoted UI value (the entity reference says "Administrator"); "Lesezugriff" and
 * "Supportbenutzer" are the German docs' names; "Delegierter Administrator" has no German source.
 */
const ACCESS_TEXT: Record<AccessMode, { de: string; en: string }> = {
  'read-write': { de: 'Lesen-Schreiben', en: 'Read-Write' },
  administrative: { de: 'Verwaltung', en: 'Administrative' },
  read: { de: 'Lesezugriff', en: 'Read' },
  support: { de: 'Supportbenutzer', en: 'Support User' },
  'non-interactive': { de: 'Nicht interaktiv', en: 'Non-interactive' },
  'delegated-admin': { de: 'Delegierter Administrator', en: 'Delegated Admin' },
}

const accessMode = (mode: AccessMode) => `Zugriffsmodus „${ACCESS_TEXT[mode].de}“ (Access Mode ${ACCESS_TEXT[mode].en})`

/** The per-user reasons. License names come in as they are (they differ in gender), so no pronoun refers to one. */
export const WHY: Localized<typeof En.WHY> = {
  applicationUser: 'Ein Anwendungsbenutzer (er hat eine Anwendungs-ID): braucht keine Lizenz.',
  systemUser: 'Eines der Systemkonten von Microsoft: braucht keine Lizenz.',
  accessMode: (mode) => `${accessMode(mode)}: braucht keine Lizenz.`,
  administrativeType:
    'Lizenztyp „Administrator“ (License Type Administrative): nur Einstellungen, braucht keine Lizenz.',
  nonInteractive: (limit) =>
    limit === undefined
      ? `${accessMode('non-interactive')}: braucht keine Lizenz.`
      : `${accessMode('non-interactive')}: braucht keine Lizenz, solange es höchstens ${limit} pro Instanz sind.`,
  overNonInteractiveLimit: (limit, n) =>
    `Der ${n}. nicht interaktive Benutzer in dieser Datei: Nur ${limit} pro Instanz sind kostenlos, dieser braucht daher möglicherweise eine Lizenz.`,
  disabledHolding: (license) =>
    `Deaktiviert, aber noch ${license} zugewiesen: Deaktivierte Benutzer brauchen keine Lizenz, diese kann also freigegeben oder neu zugewiesen werden (nicht jede deaktivierte Zeile bedeutet, dass die Person ausgeschieden ist).`,
  disabledNone: 'Deaktiviert und ohne Lizenz: nichts zu tun.',
  disabledUnknown: 'Deaktiviert: braucht keine Lizenz, aber die Datei zeigt nicht, ob noch eine zugewiesen ist.',
  notInAssignments: 'Nicht in der Datei der Lizenzzuweisungen, daher ist die vorhandene Lizenz unbekannt.',
  fromAssignments: (products) =>
    products.length === 0 ? 'Keine Lizenz in der Datei der Lizenzzuweisungen.' : `Zugewiesen: ${products.join(', ')}.`,
  userLicensedNo: '„Benutzer lizenziert“ (User Licensed) steht auf Nein: keine Lizenz vorhanden.',
  userLicensedYes:
    '„Benutzer lizenziert“ (User Licensed) steht auf Ja, aber welche Lizenz, legt Microsoft 365 fest: Fügen Sie die Datei der Lizenzzuweisungen hinzu.',
  onlineNoAssignments:
    'Onlinelizenzen werden in Microsoft 365 zugewiesen: Fügen Sie die Datei der Lizenzzuweisungen hinzu, um zu sehen, welche.',
  noLicenseType: 'Der Lizenztyp (License Type) ist in dieser Zeile leer.',
  noLicenseTypeColumn:
    'Die Datei hat keine Spalte „Lizenztyp“ (License Type), daher ist die vorhandene Lizenz unbekannt.',
  fromLicenseType: (value) => `Lizenztyp „${value}“.`,
  unknownValue: (column, value) => `„${value}“ in ${column} ist kein Wert, den diese Prüfung kennt.`,
  labelReview: (value, why) => `Lizenztyp „${value}“: ${why}.`,
  noUserName: 'Diese Zeile hat keinen Benutzernamen.',
  unanswered: 'Beantworten Sie die Fragen zur Gruppe dieses Benutzers, um die benötigte Lizenz zu erfahren.',
  undetermined: 'Die Quellen legen die Lizenz für die Antworten dieser Gruppe nicht fest.',
  adviceReview: (what) => `Die Empfehlung für diese Gruppe muss geprüft werden: ${what.join(' ')}`,
  needs: (license) => `Die Antworten der Gruppe verlangen ${license}.`,
  twoBase: (license) => `Hat zwei Basislizenzen (${license}): Eine Basislizenz und Attach-Lizenzen genügen.`,
  same: (license) => `Hat ${license}, wie von den Antworten der Gruppe verlangt.`,
  deviceCal: (held, needed) =>
    `Hat eine Gerätelizenz (${held}); die Antworten verlangen ${needed}. Eine Geräte-CAL lässt sich nicht pro Benutzer prüfen: Zählen Sie die gemeinsam genutzten Geräte.`,
  notPerUser: (needed, unit) =>
    `Benötigt ${needed} (Verkaufseinheit: ${unit}). Prüfen Sie, ob diese Lizenz gekauft ist.`,
  needsNone: (held) => `Hat ${held}, die Antworten der Gruppe verlangen aber keine Lizenz.`,
  holdsNone: (needed) => `Hat keine Lizenz; benötigt ${needed}.`,
  lower: (held, needed) => `Hat ${held} – eine niedrigere Stufe als benötigt (${needed}).`,
  higher: (held, needed) => `Hat ${held} – eine höhere Stufe als benötigt (${needed}).`,
  missingApp: (held, needed) =>
    `Hat ${held}; die Antworten der Gruppe verlangen auch ${needed}, und das deckt diese Lizenz nicht ab.`,
  moreApps: (held, needed) => `Hat ${held}; die Antworten der Gruppe verlangen nur ${needed}.`,
  otherKind: (held, needed) => `Hat ${held} – eine andere Art von Lizenz als benötigt (${needed}).`,
}

const UNIT: Record<NonNullable<ReadError['unit']>, string> = { row: 'Zeile', record: 'Datensatz' }
const where = (e: ReadError) => (e.at === undefined ? '' : ` (${UNIT[e.unit ?? 'row']} ${e.at})`)
const textWhere = (e: ReadError) => (e.line === undefined ? '' : ` (Zeile ${e.line}, Spalte ${e.col ?? 1})`)

/** The alert for a file that cannot be read: the problem, and the row or column where there is one. */
export function readErrorText(file: string, e: ReadError): string {
  switch (e.code) {
    case 'empty':
      return `${file} ist leer.`
    case 'too-large':
      return `${file} ist größer als die ${MB} MB, die diese Seite liest. Exportieren Sie weniger Spalten, oder teilen Sie die Liste auf.`
    case 'too-many-rows':
      return `${file} hat mehr als ${ROWS} Zeilen, die Höchstzahl, die diese Seite liest. Teilen Sie die Liste auf.`
    case 'too-many-columns':
      return `${file} hat mehr als ${wholeNumber(Number(e.detail))} Spalten, die Höchstzahl, die diese Seite liest. Exportieren Sie die Benutzer mit weniger Spalten.`
    case 'not-a-table':
      return `${file} ist keine Tabelle: Speichern Sie die Datei als CSV, als .xlsx, als XML-Kalkulationstabelle 2003 oder als Web-API-JSON-Ergebnis.`
    case 'no-user-name':
      return `${file} hat keine Spalte „Benutzername“ (User Name), die diese Seite erkennt${where(e)}. Gefundene Spalten: ${e.detail || 'keine'}. Fügen Sie der Ansicht „Benutzername“ (domainname) hinzu und exportieren Sie erneut.`
    case 'broken-spreadsheet':
      return `${file} ist eine beschädigte oder nicht lesbare .xlsx-Arbeitsmappe. Öffnen Sie sie in Excel und speichern Sie sie erneut, oder exportieren Sie sie noch einmal.`
    case 'encrypted':
      return `${file} ist eine verschlüsselte (kennwortgeschützte) Arbeitsmappe oder eine alte .xls-Datei. Speichern Sie sie als .xlsx ohne Kennwort oder als CSV.`
    case 'broken-csv':
      return `${file} enthält ein Feld in Anführungszeichen, das nie geschlossen wird${where(e)}.`
    case 'broken-json':
      return `${file} ist kein gültiges JSON${textWhere(e)}: Fügen Sie das Web-API-Ergebnis oder mehrere seiner Seiten so ein, wie der Browser sie anzeigt.`
    case 'broken-xml':
      return `${file} ist eine beschädigte XML-Kalkulationstabelle${textWhere(e)}: ${e.detail ?? ''}`
  }
}

export const REPORT_TEXT: Localized<typeof En.REPORT_TEXT> = {
  users: [
    'Zeile',
    'Vollständiger Name',
    'Benutzername',
    'Unternehmenseinheit',
    'Sicherheitsrollen',
    'Titel',
    'Gruppe',
    'Hat (ID)',
    'Hat',
    'Braucht (ID)',
    'Braucht',
    'Status',
    'Warum',
    'Quelle',
    'Fundstelle',
    'Was zu tun ist',
  ],
  totals: ['Lizenz-ID', 'Lizenz', 'Vorhanden', 'Benötigt', 'Differenz', 'Kostendifferenz', 'Währung', 'Zahlweise'],
  product: 'Produkt',
  deploy: 'Bereitstellung',
  files: 'Dateien',
  rulebook: 'Regelwerk',
  unknown: 'unbekannt',
}

export const ASSIGNMENT_ERRORS: Localized<typeof En.ASSIGNMENT_ERRORS> = {
  noColumns: (file, found) =>
    `${file} hat keine Spalten „User principal name“ und „Licenses“. Gefundene Spalten: ${found || 'keine'}.`,
}

export const UNKNOWN_TEXT: Localized<typeof En.UNKNOWN_TEXT> = {
  title: (n) =>
    `${plural(n, '1 Wert aus der Datei fehlt', `${wholeNumber(n)} Werte aus der Datei fehlen`)} in den Codetabellen dieser Prüfung. Die Benutzer damit bleiben in der Liste und werden als „Zu prüfen“ markiert:`,
  where: (rows, unit, at) => `${plural(rows, '1 Zeile', `${wholeNumber(rows)} Zeilen`)} (${UNIT[unit]} ${at})`,
  more: (n) =>
    `… und ${wholeNumber(n)} ${plural(n, 'weiterer Wert', 'weitere Werte')} außerhalb der Tabellen, jeweils unten in den Zeilen der betroffenen Benutzer und in der CSV-Datei markiert.`,
}

/**
 * How to get the file. Menu labels a German Microsoft source confirms are German only (Einstellungen, Erweiterte
 * Suche, Nach Excel exportieren, Statisches Arbeitsblatt, Aktive Benutzer); the others keep the English label in
 * quotes. Columns carry the English label in parentheses, for a CRM whose interface is English.
 */
export const EXPORT_GUIDE: Localized<typeof En.EXPORT_GUIDE> = [
  {
    title: 'CRM 2011 und 2013',
    steps: [
      'Einstellungen › Verwaltung („Administration“) › Benutzer, Ansicht „Aktivierte Benutzer“ („Enabled Users“) – oder die erweiterte Suche nach Benutzern, um alle zu erhalten.',
      'Spalten bearbeiten („Edit Columns“): Vollständiger Name (Full Name), Benutzername (User Name), Unternehmenseinheit (Business Unit), Titel (Title), Zugriffsmodus (Access Mode), Lizenztyp (License Type), Status.',
      'Nach Excel exportieren, „Statisches Arbeitsblatt“: CRM 2011 und 2013 speichern eine XML-Kalkulationstabelle 2003 (.xml). Legen Sie sie unverändert hier ab.',
    ],
  },
  {
    title: 'CRM 2015 und 2016, Dynamics 365 On-premises',
    steps: [
      'Erweiterte Suche › Suchen nach („Look for“): Benutzer › Spalten bearbeiten („Edit Columns“): Vollständiger Name (Full Name), Benutzername (User Name), Primäre E-Mail-Adresse (Primary Email), Unternehmenseinheit (Business Unit), Titel (Title), Zugriffsmodus (Access Mode), Lizenztyp (License Type), Status, Anwendungs-ID (Application ID) hinzufügen.',
      'Nach Excel exportieren als statisches Arbeitsblatt (.xlsx), oder als CSV speichern. Die ausgeblendeten Spalten „(Nicht ändern)“ („(Do Not Modify)“) werden ignoriert.',
      'Sicherheitsrollen können keine Spalte einer Benutzeransicht sein: Führen Sie pro Rolle eine erweiterte Suche aus, oder verwenden Sie die Web-API-Datei unten.',
    ],
  },
  {
    title: 'Dynamics 365 Online (Web-API)',
    steps: [
      'Öffnen Sie angemeldet im Browser: [org]/api/data/v9.2/systemusers?$select=fullname,domainname,internalemailaddress,title,jobtitle,accessmode,caltype,isdisabled,islicensed,applicationid,_businessunitid_value&$expand=systemuserroles_association($select=name)',
      'Speichern Sie die Seite als .json-Datei. Bei mehr als 5.000 Benutzern öffnen Sie auch jeden „@odata.nextLink“ und fügen die Seiten nacheinander in dieselbe Datei ein.',
      'Für die Lizenzen exportieren Sie im Microsoft 365 Admin Center unter „Aktive Benutzer“ die Benutzer mit ihren Lizenzen und fügen die Datei als „Lizenzzuweisungen“ hinzu.',
    ],
  },
]

/** The samples' button labels; ids, files, product and deployment are the English module's. */
const SAMPLE_LABEL: Record<(typeof EN_SAMPLES)[number]['id'], string> = {
  crm2011: 'CRM 2011 On-premises (XML-Kalkulationstabelle 2003)',
  crm2016: 'CRM 2016 On-premises (CSV)',
  d365: 'Dynamics 365 Online (Web-API-JSON und Lizenzzuweisungen)',
}

export const SAMPLES: Localized<typeof En.SAMPLES> = EN_SAMPLES.map((s) => ({ ...s, label: SAMPLE_LABEL[s.id] }))

export const SAMPLE_TEXT: Localized<typeof En.SAMPLE_TEXT> = {
  button: (label) => `Mit einem Beispiel ausprobieren: ${label}`,
  failed: (file) =>
    `Das Beispiel ${file} konnte nicht geladen werden. Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut.`,
}
