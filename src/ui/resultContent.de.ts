import type { Localized } from '../domain/localized'
import type { Answers } from '../domain/types'
import { plural } from '../share/format'
import type * as En from './resultContent'

/** The rulebook's confidence in a fact ("high", "medium", "low"), as the reasons show it. */
const LEVEL: Readonly<Record<string, string>> = { high: 'hoch', medium: 'mittel', low: 'niedrig' }

const groupsText = (groups: number) => `${groups} ${plural(groups, 'Gruppe', 'Gruppen')}`

/*
 * A license's name is English or a German noun of any gender ("die CAL", "der External Connector", "das
 * Abonnement"), so the sentences name it after a noun of their own ("eine eigene Lizenz: …") instead of giving it an
 * article. The section titles quoted in the next steps („Worauf Sie achten sollten“, „Wenn die Empfehlung zu prüfen
 * ist“) and the legend quoted in `anotherHint` must match their texts.
 */
export const RESULT_TEXT: Localized<typeof En.RESULT_TEXT> = {
  plainText: {
    license: (name, unit) => `Lizenz: ${name} (${unit})`,
    confidence: (label, meaning) => `Sicherheit: ${label}: ${meaning}`,
    uncertain: (what) => `Ungeklärt: ${what}`,
    ask: (ask) => `Zu klären: ${ask}`,
    why: 'Warum:',
    alternatives: 'Was sonst infrage kommt:',
    answers: 'Antworten:',
    footer: (version, date) =>
      `Regelwerk ${version} (${date}). Keine Rechtsberatung: Maßgeblich sind die Produktbestimmungen von Microsoft und Ihr Vertrag.`,
  },
  otherVersions: {
    title: 'Dieselben Antworten unter anderen Versionen',
    version: 'Version',
    license: 'Lizenz',
    confidence: 'Sicherheit',
    needsMore: (legend) => `Braucht weitere Antworten, zuerst: ${legend}`,
  },
  result: {
    eyebrow: 'Die Lizenz, die diese Person braucht',
    for: 'Für: ',
    unit: 'Einheit: ',
    price: (text, disputed, asOf) =>
      `Veröffentlichter Preis: ${text}${disputed ? ' (nicht bestätigt)' : ''} – Stand ${asOf}; `,
    read: (day) => `, abgerufen am ${day}`,
    attach: 'Dazu für dieselbe Person, zum Attach-Preis:',
    capability: 'Was die Edition bietet',
    priceRow: 'Preis',
    sourceColumn: 'Quelle',
    pricesAbove: 'Mit Datum und Quelle bei jeder Lizenz',
    extra: 'Zusätzlich zu kaufen:',
    historicalPrice: (text, asOf) => `Kein aktueller Preis bekannt. ${text} – Stand ${asOf}; `,
    noPrice: (text) => `${text} (`,
    reviewExtra: 'Das ist unsere beste Empfehlung; prüfen Sie vor dem Kauf die Punkte unten.',
    uncertain: 'Was noch offen ist',
    ask: 'Zu klären: ',
    why: 'Begründung',
    // Microsoft's words stay in English (the quote is marked lang="en").
    quote: (publisher) => `Originaltext von ${publisher} (englisch)`,
    quoteWhere: (locator, edition) => `${locator}; ${edition}`,
    thirdParty: 'Einschätzung eines Partners: Dazu wurde kein Text von Microsoft gefunden.',
    source: 'Quelle: ',
    confidence: (kind, confidence) => `${kind}, Verlässlichkeit ${LEVEL[confidence] ?? confidence}`,
    alternatives: 'Was sonst infrage kommt',
    watch: 'Worauf Sie achten sollten',
    answers: 'Ihre Antworten',
    change: 'Ändern',
    // Read after "Ändern" by a screen reader: "Ändern: Antwort auf „…“".
    changeHidden: (legend) => `: Antwort auf „${legend}“`,
    footer: (version, date) =>
      `Regelwerk ${version}, ${date}. Dies ist keine Rechtsberatung: Maßgeblich sind die Produktbestimmungen von Microsoft und Ihr Vertrag, der beim Kauf der Lizenzen galt.`,
    back: 'Zurück',
    restart: 'Neu beginnen',
    another: 'Weitere Person',
    anotherHint:
      'Behält die Antworten zu Produkt, Betrieb und Vertrag bei und beginnt mit der Frage „Wer ist die Person?“.',
    addToPlan: 'Zum Plan hinzufügen',
    addToPlanHint: (groups) =>
      groups === 0
        ? 'Beginnt einen Plan für die Organisation; diese Person bildet die erste Gruppe.'
        : `Fügt diese Person Ihrem Plan mit ${groupsText(groups)} hinzu.`,
    into: {
      legend: (name, count) =>
        `Ihr Plan enthält bereits eine Gruppe mit denselben Antworten: „${name}“ (${count}). Diese Person hinzufügen als`,
      new: 'Neue Gruppe (empfohlen)',
      newHint:
        'So bleiben Personen, die Sie getrennt zählen, benennen oder kalkulieren möchten, in einer eigenen Gruppe.',
      same: (name, count) => `Weitere Person in „${name}“ (${count} → ${count + 1})`,
    },
    askAdd: {
      title: 'Diese Person zuerst zum Plan hinzufügen?',
      text: (groups) =>
        groups === 0
          ? 'Andernfalls wird die Empfehlung für diese Person nicht behalten: Die nächste Person beginnt ohne Plan.'
          : `Andernfalls fehlt diese Person in Ihrem Plan mit ${groupsText(groups)}.`,
      add: 'Hinzufügen, dann weitere Person',
      skip: 'Weitere Person ohne Hinzufügen',
    },
    changed: {
      title: 'Die Empfehlung hat sich geändert, seit dieser Link erstellt wurde',
      was: (version, license, confidence) =>
        `Nach Regelwerk ${version} lautete die Empfehlung dieses Links: ${license} (${confidence}).`,
      now: (version, date, license, confidence) =>
        `Nach Regelwerk ${version} (Stand ${date}) lautet sie: ${license} (${confidence}).`,
      why: 'Grund: ',
      changelog: (version) => `Was sich in Regelwerk ${version} geändert hat`,
    },
    backToPlan: 'Zurück zu Ihrem Plan',
    actions: 'Wie es weitergeht',
  },
  verdict: {
    person: (name, unit) => `Diese Person braucht eine eigene Lizenz: ${name} – ${unit}.`,
    device: (name, unit) => `Das Gerät, das diese Person mit anderen teilt, braucht eine Lizenz: ${name} – ${unit}.`,
    server: (name, unit) =>
      `Diese Person braucht keine eigene Lizenz; kaufen Sie stattdessen die Lizenz ${name} – ${unit}.`,
    'auth-pack': (name, unit) => `Rechnen Sie diese Person in die Kapazität der Website ein: ${name} – ${unit}.`,
    'anon-pack': (name, unit) => `Rechnen Sie diese Person in die Kapazität der Website ein: ${name} – ${unit}.`,
    tenant: (name, unit) =>
      `Diese Person braucht keine eigene kostenpflichtige Lizenz; die Organisation braucht die Lizenz ${name} – ${unit}.`,
    none: () => 'Diese Person braucht keine eigene Lizenz.',
    undetermined: () =>
      'Die Quellen legen nicht fest, welche Lizenz diese Person braucht: Klären Sie das vor dem Kauf.',
    review: 'Prüfen Sie vor dem Kauf die offenen Punkte unten.',
  },
  nextSteps: {
    title: 'Nächste Schritte',
    buy: 'Wo Sie kaufen',
    assign: 'Zuweisen',
    record: 'Lizenzgrundlage festhalten',
    plan: 'Den Rest der Organisation planen',
    ask: 'Wenn die Empfehlung zu prüfen ist',
    buyNothing: 'Für diese Person ist nichts zu kaufen.',
    buyChannel:
      'Kaufen Sie auf dem Weg, über den Ihre Organisation lizenziert: bei ihrem Microsoft-Partner oder Händler oder über ihren eigenen Vertrag mit Microsoft. Nennen Sie die Lizenz oben und die benötigte Anzahl.',
    buyHosted:
      'Als Hosting-Anbieter lizenzieren Sie über Ihr Services Provider License Agreement (SPLA) mit monatlicher Meldung; Lizenzen aus dem Einzelhandel oder aus Volumenlizenzprogrammen dürfen nicht für andere Organisationen genutzt werden.',
    buyMinimum:
      'Ein CRM Online-Abonnement setzte mindestens fünf Professional-Abonnements voraus, bevor Basic- und Essential-Abonnements hinzukommen konnten.',
    buyAttach:
      'Die erste Dynamics 365-App einer Person ist eine Basislizenz zum vollen Preis; jede weitere qualifizierende App für dieselbe Person ist eine günstigere Attach-Lizenz.',
    buyConnector:
      'Ein External Connector wird pro CRM-Server gezählt, auf den die Anwendungen externer Benutzer zugreifen – nicht pro Person oder Portal.',
    buyConnectorCrm4:
      'Ein CRM 4.0 External Connector wird pro Server gezählt, der die Anwendung für den Zugriff externer Benutzer hostet (zwei Portal-Webserver mit Lastenausgleich brauchen zwei) – nicht pro Person oder CRM-Server.',
    assignNothing:
      'Es ist nichts zuzuweisen: Bewahren Sie den Link zu dieser Empfehlung bei den Lizenzunterlagen der Organisation auf.',
    assignUndetermined:
      'Weisen Sie noch nichts zu: Klären Sie zuerst, welche Lizenz diese Person braucht (siehe „Wenn die Empfehlung zu prüfen ist“), und weisen Sie dann zu, was Sie kaufen.',
    assignServer:
      'Der External Connector wird niemandem zugewiesen: Er lizenziert jeden CRM-Server, auf den die Anwendungen externer Benutzer zugreifen, für alle externen Benutzer. Halten Sie in den Lizenzunterlagen der Organisation fest, welche Server er abdeckt.',
    assignServerCrm4:
      'Der External Connector wird niemandem zugewiesen: Er lizenziert jeden Server, der die Anwendung für den Zugriff externer Benutzer hostet, für alle externen Benutzer. Halten Sie in den Lizenzunterlagen der Organisation fest, welche Server er abdeckt.',
    assignCapacity:
      'Kein Benutzerkonto erhält diese Lizenz: Wer sich auf der Website anmeldet, ist ein Kontakt, kein Benutzer. Weisen Sie die Kapazität im Power Platform Admin Center der Umgebung jeder Website zu, mindestens 25 authentifizierte Benutzer je Umgebung.',
    assignCapacityAnon:
      'Kein Benutzerkonto erhält diese Lizenz: Anonyme Besucher haben keines. Weisen Sie die Kapazität im Power Platform Admin Center der Umgebung jeder Website zu, mindestens 200 anonyme Benutzer je Umgebung.',
    assignTenantLicense:
      'Die Organisation kauft diese Lizenz einmal für ihren Mandanten; geben Sie der Person die kostenlose Customer Insights-Benutzerlizenz und die Sicherheitsrollen, die ihre Arbeit erfordert.',
    assignUser: 'Weisen Sie die Lizenz dem eigenen Benutzerkonto der Person zu.',
    assignTenant:
      'Weisen Sie die Lizenz dem Benutzerkonto der Person in Ihrem eigenen Mandanten zu; eine Lizenz, die im Mandanten eines anderen Unternehmens zugewiesen ist, zählt nicht.',
    assignDevice:
      'Weisen Sie die Lizenz dem gemeinsam genutzten Gerät zu, nicht einer Person: Damit sind alle abgedeckt, die es abwechselnd nutzen.',
    assignDeviceD365: 'Weisen Sie das Geräteabonnement dem gemeinsamen Konto zu, das auf diesem Gerät verwendet wird.',
    assignCalType:
      'Stellen Sie im Benutzerdatensatz der Person den Lizenztyp ein, den das Produkt erfasst (Vollzugriff, Begrenzt, Gerät voll oder Gerät begrenzt); für Employee Self Service und Essential gibt es dort keinen Wert, halten Sie diese daher wie unten beschrieben fest.',
    recordBasis:
      'Halten Sie die Lizenzgrundlage der Person fest, zum Beispiel in einem benutzerdefinierten Feld „Lizenzgrundlage“ in ihrem Benutzerdatensatz, und geben Sie ihr dazu passende Sicherheitsrollen: Das Produkt prüft nur wenige oder keine Grenzen der Lizenz (siehe „Worauf Sie achten sollten“).',
    recordGeneric:
      'Bewahren Sie den Link zu dieser Empfehlung beim Kaufbeleg auf, damit bei einem Audit erkennbar ist, wofür jede Lizenz gekauft wurde.',
    planText:
      'Fügen Sie diese Person einem Plan als Gruppe mit einer Person hinzu und beantworten Sie dann die Fragen für die nächste Person: Die Antworten zu Produkt, Betrieb und Vertrag bleiben erhalten. Setzen Sie im Plan die Anzahl auf alle, die auf dieselbe Weise arbeiten.',
    askReview: (ask) => `Fragen Sie vor dem Kauf Ihren Microsoft-Partner oder Ihr Account-Team bei Microsoft. ${ask}`,
    askSettled:
      'Wenn eine Antwort nicht auf die Person zutrifft, ändern Sie sie oben. Für eine zweite Meinung senden Sie den Link zu dieser Empfehlung an Ihren Microsoft-Partner oder Ihr Account-Team bei Microsoft.',
  },
  share: {
    title: 'Diese Empfehlung teilen',
    link: 'Link zu dieser Empfehlung (er enthält Ihre Antworten und sonst nichts)',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    mail: 'Link per E-Mail senden',
    print: 'Drucken',
    summary: 'Zusammenfassung kopieren',
    summaryCopied: 'Zusammenfassung kopiert',
    blocked:
      'Der Browser hat das Kopieren blockiert: Drucken Sie die Seite, oder kopieren Sie die Empfehlung von Hand.',
    subject: (license, confidence) => `Lizenzempfehlung: ${license} (${confidence})`,
    body: (lines, link) =>
      `${lines.join('\n')}\n\nDie Gründe, ihre Quellen und wie sicher die Empfehlung ist:\n${link}`,
  },
}

/** A group's name made from one person's answers, e.g. "Mitarbeiter – Datensätze pflegen, über ein Portal". */
export const GROUP_NAME: Localized<typeof En.GROUP_NAME> = {
  who: {
    employee: 'Mitarbeiter',
    'onsite-contractor': 'Auftragnehmer vor Ort',
    'offsite-contractor': 'Auftragnehmer nicht vor Ort',
    'offsite-vendor': 'Anbieterpersonal nicht vor Ort',
    customer: 'Privatkunden',
    'customer-employee': 'Mitarbeiter von Kunden',
    'tenant-client': 'Kunden gehosteter Organisationen',
    'tenant-staff': 'Personal der in diesem CRM geführten Unternehmen',
    public: 'Personen aus der Öffentlichkeit',
    'service-account': 'Dienstkonten',
  },
  via: {
    'crm-client': '',
    portal: 'über ein Portal',
    'custom-app': 'über eine eigene App',
    integration: 'über eine Integration',
    manual: 'aus Exporten',
  },
  does: {
    admin: 'Verwaltung',
    read: 'nur lesen',
    'self-service': 'eigene Anfragen',
    light: 'Datensätze pflegen',
    full: 'Vertriebs- oder Servicearbeit',
  },
  shared: 'gemeinsam genutzte Geräte',
}

/** Who, then what they do and how, after a dash: a German list needs the noun first and the details set apart. */
export function groupName(answers: Answers): string {
  const who = answers.who ? GROUP_NAME.who[answers.who] : ''
  const details = [
    answers.does ? GROUP_NAME.does[answers.does] : '',
    answers.via ? GROUP_NAME.via[answers.via] : '',
    answers.device === 'shared' ? GROUP_NAME.shared : '',
  ].filter((p) => p !== '')
  if (details.length === 0) return who
  return who === '' ? details.join(', ') : `${who} – ${details.join(', ')}`
}
