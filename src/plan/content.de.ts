import type { Localized } from '../domain/localized'
import { RULEBOOK } from '../domain/rulebook'
import { plural } from '../share/format'
import type * as En from './content'

const groups = (n: number) => `${n} ${plural(n, 'Gruppe', 'Gruppen')}`

export const PLAN_TEXT: Localized<typeof En.PLAN_TEXT> = {
  title: 'Lizenzen für eine ganze Organisation planen',
  intro:
    'Beschreiben Sie jede Gruppe von Personen, die das CRM nutzen: wie viele es sind und wie sie es nutzen. Sie erhalten die Lizenz, die jede Gruppe braucht, mit Begründung, die zu kaufenden Mengen in der Verkaufseinheit jeder Lizenz, die Kosten und denselben Plan für jede andere Version.',
  servers: (connector) =>
    connector === 'application-server'
      ? {
          label: 'Server mit den Anwendungen, über die externe Benutzer auf das CRM zugreifen',
          hint: 'Zählt die CRM 4.0 External Connector-Lizenzen: eine je Server, der die nach außen gerichtete Anwendung hostet (zwei Portal-Webserver mit Lastenausgleich: zwei), unabhängig von der Zahl der Personen oder CRM-Server. Eine ganze Zahl von 1 bis 1.000.',
        }
      : {
          label: 'CRM-Server, auf die Anwendungen externer Benutzer zugreifen',
          hint: 'Zählt die External Connector-Lizenzen (CRM 4.0 und 2011): bei CRM 2011 eine je solchem CRM-Server, unabhängig von der Zahl der Personen oder Organisationen darauf; bei CRM 4.0 eine je Server, der die nach außen gerichtete Anwendung hostet. Eine ganze Zahl von 1 bis 1.000.',
        },
  onePerson: 'Empfehlung für eine Person',
  check: 'Die Lizenzen Ihrer Benutzer prüfen',
  another: 'Weitere Person',
  anotherHint:
    'Beantworten Sie die Fragen für eine weitere Person; Produkt und Bereitstellung bleiben erhalten, und „Zum Plan hinzufügen“ bringt sie hierher zurück.',
  summary: {
    title: 'Übersicht',
    nothing: 'Noch nichts zu kaufen: Die Summen erscheinen, sobald Gruppen vollständig sind.',
    // `people` is written by wholeNumber, so only a single person reads as 1 ("1,200" is not a number: "Personen").
    review: (n, people) =>
      n === 0
        ? 'Keine Gruppe muss geprüft werden.'
        : `${groups(n)} (${people} ${plural(Number(people), 'Person', 'Personen')}) ${plural(n, 'beruht', 'beruhen')} auf einer ungeklärten Auslegung: bitte prüfen.`,
    reviewGroup: (label, what) => `${label}: ${what}, zu prüfen`,
    cost: 'Kosten',
    noPrice: 'Noch kein Preis eingegeben.',
    unpriced: (license) => ` + ${license}: kein Preis eingegeben`,
    monthly: (percent, amount) => `Bei monatlicher Abrechnung (+${percent} % ab April 2025): ${amount} pro Monat.`,
    jump: 'Die zu kaufenden Lizenzen im Detail',
    bar: 'Summen',
    barReview: (n) => (n === 0 ? '' : ` · ${n} zu prüfen`),
  },
  organization: 'Die Organisation',
  problems: (n) => plural(n, 'Es gibt ein Problem', `Es gibt ${n} Probleme`),
  linkNotice: {
    title: 'Dieser Planlink konnte nicht vollständig gelesen werden',
    group: (n) => `Gruppe ${n}`,
  },
  rulebookNote: (version, date) =>
    `Regelwerk ${version}, ${date}. Dies ist keine Rechtsberatung: Maßgeblich sind die Produktbestimmungen von Microsoft und Ihr Vertrag, der beim Kauf der Lizenzen galt.`,
  group: {
    name: 'Name',
    waiting: 'Wählen Sie oben das Produkt und wo es läuft, um die Fragen zu dieser Gruppe zu sehen.',
    fullAdvice: 'Die vollständige Empfehlung für diese Gruppe',
    none: 'Braucht keine Lizenz und ist daher nicht in den Summen.',
    undetermined: 'Die Quellen klären ihre Lizenz nicht; sie ist daher nicht in den Summen.',
    blank: 'Noch nicht gezählt: Geben Sie eine Anzahl ein und beantworten Sie die Fragen.',
    noStart: 'Noch nicht gezählt: Wählen Sie das Produkt und wo es läuft.',
    leftOut: (n, issues) =>
      `Nicht in den Summen, bis ${plural(n, 'dies behoben ist', 'diese Punkte behoben sind')}: ${issues}`,
    notYet: (issues) => `Noch nicht gezählt: ${issues}`,
  },
  startFrom: 'Ausgangspunkt wählen',
  startFromOther: 'Mit einem anderen Plan beginnen',
  groupsTitle: 'Personengruppen',
  noGroups: 'Noch keine Gruppen. Legen Sie für jede Gruppe von Personen, die das CRM gleich nutzen, eine an.',
  addGroup: 'Gruppe hinzufügen',
  duplicate: 'Duplizieren',
  copyName: (name) => (name.trim() === '' ? '' : `${name} (Kopie)`),
  remove: 'Entfernen',
  countLabel: (devices) => (devices ? 'Anzahl gemeinsam genutzter Geräte' : 'Anzahl Personen'),
  changedTitle: (n) =>
    `${plural(n, 'Die Empfehlung', 'Die Empfehlungen')} für ${groups(n)} ${plural(n, 'hat', 'haben')} sich geändert, seit dieser Planlink erstellt wurde`,
  people: {
    caption: (n) => `Personen in diesem Plan: ${groups(n)}`,
    group: 'Gruppe',
    count: 'Anzahl',
    license: 'Lizenz',
    actions: 'Ändern oder entfernen',
    change: 'Ändern',
  },
  added: {
    text: (name, count, merged, devices) =>
      merged
        ? `„${name}“ um eins erhöht: ${count - 1} → ${count}.`
        : `Hinzugefügt: ${name} (1). Wie viele ${devices ? 'gemeinsam genutzte Geräte' : 'Personen'} dieser Art gibt es?`,
    hint: 'Geben Sie die Anzahl unten im Feld der Gruppe ein; alles andere bleibt erhalten.',
    another: 'Weitere Person hinzufügen',
    undo: 'Rückgängig',
    undoHidden: ': Hinzufügen dieser Person',
  },
  export: {
    title: 'Plan teilen, herunterladen oder drucken',
    link: 'Link zu diesem Plan: seine Gruppen und Antworten, beim Bearbeiten aktuell gehalten (Preise nur, wenn Sie sie behalten)',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    csv: 'CSV herunterladen',
    csvDone: 'CSV heruntergeladen',
    print: 'Drucken',
  },
  compare: {
    title: 'Derselbe Plan unter jeder Version',
    intro:
      'Jede Gruppe behält die Antworten, die unter dieser Version noch gelten. Eine Gruppe, zu der diese Version mehr fragen würde, wird unter „Braucht weitere Antworten“ gezählt: Öffnen Sie ihre vollständige Empfehlung, um sie zu beantworten.',
    license: 'Lizenz',
    thisPlan: 'dieser Plan',
    none: 'keine',
    needsMore: 'Braucht weitere Antworten',
    noLicense: 'Keine Lizenz nötig',
    undetermined: 'Nicht bestimmt',
    groups: (names) =>
      names.length === 0 ? '–' : `${names.length} ${plural(names.length, 'Gruppe', 'Gruppen')}: ${names.join(', ')}`,
    leftOut: (names) => `In keiner Version gezählt, bis ihre Anzahl korrigiert ist: ${names}.`,
  },
  planLabel: 'Der Plan',
  chooseProduct: 'Wählen Sie das Produkt, das die Organisation nutzt.',
  chooseDeploy: 'Wählen Sie, wo das Produkt läuft.',
  fieldError: 'Fehler: ',
  chooseAnswer: 'Antwort wählen',
  proposal: {
    open: 'Angebot zum Drucken erstellen',
    openHint:
      'Eine Seite zum Drucken oder Speichern als PDF: die Positionen mit Preisen und deren Quellen, die Annahmen und was zu prüfen ist.',
    title: 'Lizenzangebot',
    for: 'Erstellt für',
    by: 'Erstellt von',
    date: 'Datum',
    validUntil: 'Gültig bis',
    // Microsoft's English words are said in German here; they stay English in the source, which is linked.
    validWhy: () => [
      'Microsoft aktualisiert seine Partnerpreislisten am ersten Tag jedes Monats (',
      '): Die Preise unten gelten bis zum Ende dieses Monats.',
    ],
    product: 'Produkt',
    rulebook: 'Regelwerk',
    lines: 'Zu bestellende Lizenzen',
    columns: {
      license: 'Lizenz',
      sku: 'Microsoft String ID',
      quantity: 'Menge',
      unitPrice: 'Einzelpreis',
      priceSource: 'Preisquelle',
      cost: 'Kosten',
    },
    per: (unit) => `pro ${unit}`,
    noPrice: 'kein Preis eingegeben',
    typedPrice: 'vom Partner eingegebener Preis',
    publishedPrice: (asOf, disputed) => [
      'veröffentlichter Preis, ',
      `, Stand ${asOf}${disputed ? ' (nicht bestätigt)' : ''}`,
    ],
    total: 'Gesamt',
    terms:
      'Listenpreise zuzüglich Steuern. Maßgeblich sind die Produktbestimmungen von Microsoft und der Vertrag des Kunden; dieses Angebot ist keine Rechtsberatung. Die Mengen beruhen auf den Annahmen unten: Ändern sich diese, ändern sich auch die Lizenzen.',
    assumptions: 'Annahmen: wer das CRM nutzt und wie',
    notCounted: 'nicht in den Summen',
    why: 'Begründung je Lizenz',
    review: 'Vor der Bestellung zu prüfen',
    noReview: 'Nichts: Jede Gruppe beruht auf gesicherten Quellen.',
    ask: 'Zu klären: ',
    link: 'Der Plan zum Öffnen und Ändern: ',
    nothing: 'Dieser Plan enthält noch keine zu bestellenden Lizenzen: Fügen Sie zuerst im Planer Gruppen hinzu.',
    names: 'Namen im Angebot',
    customer: 'Kunde',
    partner: 'Partner (erstellt von)',
    keepNames: 'Namen im Link dieser Seite behalten',
    keepNamesHint:
      'Standardmäßig aus: Ein Link, den Sie senden oder als Lesezeichen speichern, enthält dann keine Namen.',
    print: 'Drucken oder als PDF speichern',
    copy: 'Positionen als Tabelle kopieren',
    copied: 'Positionen als Tabelle kopiert: Fügen Sie sie in eine Tabellenkalkulation oder eine E-Mail ein.',
    copyBlocked: 'Der Browser hat das Kopieren blockiert: Markieren Sie die Tabelle und kopieren Sie sie von Hand.',
    back: 'Zurück zum Plan',
  },
  compact: {
    hint: (n) =>
      `Dieser Plan hat ${groups(n)}, daher steht jede in einer Zeile mit ihrer Lizenz: „Bearbeiten“ öffnet die Fragen einer Gruppe. Neu hinzugefügte Gruppen sind sofort geöffnet.`,
    edit: 'Bearbeiten',
    noCount: 'keine Anzahl',
    notCounted: 'nicht gezählt',
    notInTotals: ' (nicht in den Summen)',
  },
  live: {
    group: (label, license, confidence) => `${label}: ${license}, ${confidence}.`,
    notCounted: (label) => `${label}: noch nicht gezählt.`,
    totals: (lines) => `Summen: ${lines}.`,
    noTotals: 'Summen: noch nichts zu kaufen.',
    removed: (label) => `${label} entfernt.`,
    duplicated: (label) => `${label} dupliziert.`,
    loaded: (label, n) => `Geladen: ${label} – ${groups(n)}.`,
  },
  confidence: { settled: 'gesichert', review: 'zu prüfen' },
  chooseApp: (n) =>
    `Die Regeln wurden am ${RULEBOOK.date} aktualisiert: Empfehlungen für Dynamics 365 nennen jetzt die zu bestellende App und Edition. ${groups(n)} ${plural(n, 'wird', 'werden')} als Abonnement einer Dynamics 365-App gezählt, bis Sie die App wählen.`,
  chooseAppFlag:
    'Wählen Sie die App, um die zu bestellende Lizenz zu erhalten; bis dahin zählt die Gruppe als Abonnement einer Dynamics 365-App.',
  totals: {
    title: 'Zu kaufende Lizenzen',
    priceInvalid:
      'Geben Sie einen Preis von 0 oder mehr mit höchstens zwei Nachkommastellen ein, zum Beispiel 95 oder 12,50.',
    unitPrice: 'Einzelpreis',
    unitPriceOf: (license) => `für ${license} `,
    published: (price) => `Veröffentlichter Preis: ${price}. `,
    yourPrice: (price, period) => `Ihr Preis. Veröffentlicht: ${price} ${period}, `,
    asOf: (day, disputed) => `, Stand ${day}${disputed ? ' (nicht bestätigt)' : ''}`,
    cost: 'Kosten: ',
    planCost: 'Kosten des Plans',
    period: { month: 'Jeden Monat', 'one-off': 'Einmalig' },
    notIncluded: (licenses) => `Mangels Preis nicht enthalten: ${licenses}.`,
    uncountedTitle: 'Gruppen, die nicht in den Summen sind',
    noListPrice: 'Kein veröffentlichter Listenpreis: Geben Sie den Preis ein, der Ihnen angeboten wurde.',
    noListPricePrint: 'Kein veröffentlichter Listenpreis.',
    enterPrices: 'Geben Sie oben Einzelpreise ein, um die Kosten zu sehen.',
    noPrice: 'kein Preis eingegeben',
    noPriceSentence: 'Kein Preis eingegeben.',
    read: (day) => `, abgerufen am ${day}`,
    insightsAttach:
      'Customer Insights wird zum Attach-Angebot gezählt: Der Plan hat mindestens 10 Benutzer einer der Apps Sales, Customer Service oder Field Service („with 10 or more users, you can purchase the reduced price ‚attach‘ license“). Lizenzen außerhalb dieses Plans zählen mit; prüfen Sie die Gesamtzahl im Mandanten.',
    mixedEditions:
      'Professional- und Enterprise-Benutzer können keine Umgebung gemeinsam nutzen („As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance“): Stellen Sie die Professional-Gruppen auf Enterprise um, oder planen Sie eine eigene Umgebung für sie.',
    environments: (users, per, served) =>
      `Kapazität wird der Umgebung jeder Website zugewiesen, mindestens ${per} Benutzer je Umgebung: Diese ${users} Benutzer reichen für bis zu ${plural(served, 'eine Umgebung', `${served} Umgebungen`)}. Weitere Websites in weiteren Umgebungen können zusätzliche Pakete erfordern.`,
    tier: (packs, from, price) =>
      `Bei ${packs} Paketen gilt die Mengenstaffel ab ${from} Paketen: ${price} pro Paket laut Microsoft-FAQ. Geben Sie diesen Betrag als Einzelpreis ein, wenn Ihr Vertrag ihn vorsieht.`,
    monthlyBilling: (percent, amount) =>
      `Die Abonnementpreise hier gelten für eine jährliche Laufzeit mit jährlicher Zahlung. Bei monatlicher Abrechnung kostet dieselbe Laufzeit ab April 2025 ${percent} % mehr: ${amount} pro Monat.`,
    monthlyBillingSource: (source, day) =>
      `Auslegung eines Partners (${source}, abgerufen am ${day}); kein Text von Microsoft gefunden.`,
  },
  print: {
    servers: (servers) => `${servers}, auf die Anwendungen externer Benutzer zugreifen`,
    answers: 'Antworten',
    group: 'Gruppe',
    count: 'Anzahl',
    license: 'Lizenz',
    confidence: 'Sicherheit',
    notInTotals: ' (nicht in den Summen)',
    notCounted: 'nicht gezählt',
    link: 'Planlink: ',
  },
  csv: {
    group: 'Gruppe',
    count: 'Anzahl',
    product: 'Produkt',
    deploy: 'Bereitstellung',
    license: 'Lizenz',
    licenseId: 'Lizenz-ID',
    confidence: 'Sicherheit',
    reason: 'Begründung',
    sourceTitle: 'Quellentitel',
    publisher: 'Herausgeber',
    edition: 'Fassung',
    locator: 'Fundstelle',
    inTotals: 'In den Summen',
    yes: 'ja',
    no: (why) => `nein: ${why}`,
    noPrice: 'kein Preis eingegeben',
    quantity: 'Menge',
    unit: 'Einheit',
    groups: 'Gruppen',
    review: 'Zu prüfen',
    unitPrice: 'Einzelpreis',
    currency: 'Währung',
    paid: 'Zahlweise',
    cost: 'Kosten',
    total: (period) => `Gesamt ${period}`,
    servers: 'Server',
    rulebook: 'Regelwerk',
    link: 'Planlink',
    date: 'Exportiert am',
  },
}
