import type * as En from './licenseText'
import type { Localized } from './localized'

/*
 * Names: Microsoft's German Product Terms keep license and SKU names in English and mark the kind of CAL with
 * "(Nutzer)" / "(Gerät)"; only the generic words (Clientzugriffslizenz, Abonnement, Geräteabonnement, Mandant) are
 * German, as in names.de.ts. The on-premises Team Members CAL takes Microsoft's German name ("Dynamics 365
 * Teammitglieder On-premises CAL"); the attach SKUs keep their English names. Prices: amounts as German writes them,
 * the currency after the amount with a no-break space ("65 $", as format.de.ts's `money`); what English sources
 * say is paraphrased in German (their own words show in the reason's lang="en" original-text block).
 */

const PER_PERSON = 'eine pro Person'
const PER_DEVICE = 'eine pro Gerät; beliebig viele Personen können es abwechselnd nutzen'
const PER_PERSON_MONTHLY = 'eine pro Person und Monat (Abonnement)'
const TENTH_OF_FULL_CAL = 'etwa 10\u00a0% des Preises einer Full CAL'
const PER_DEVICE_MONTHLY =
  'eine pro Gerät und Monat (Abonnement); beliebig viele Personen können das Gerät abwechselnd nutzen'
const NO_DEVICE_PRICE =
  'Für die Geräteabonnements von Sales, Customer Service und Field Service wurde kein veröffentlichter Preis gefunden: Die Produktbestimmungen führen sie auf, doch weder Microsofts Seiten noch die gelesenen Partnerseiten nennen einen Preis.'
const HISTORICAL_2019 =
  'Historisch: 95\u00a0$ pro Benutzer und Monat laut Preisliste vom Oktober 2019, abgelöst durch die Preisanpassung vom Oktober 2024'
const PARTNER_105 = '105\u00a0$ pro Benutzer und Monat (Seiten von Partnern und Analysten)'
const NO_PROFESSIONAL_ATTACH_PRICE =
  'Für die Professional-Attach-Angebote wurde kein Preis gefunden; für die Enterprise-Varianten nennen Partner etwa 20\u00a0$.'
const ENTERPRISE_ATTACH =
  'etwa 20\u00a0$ pro Benutzer und Monat zusätzlich zu einer qualifizierenden Basislizenz derselben Person (Seiten von Partnern und Analysten nennen ungefähr 20 bis 30\u00a0$)'
/** "… as a third party transcribed it": the source of the Sales prices. */
const SALES_PAGE = 'Microsofts Preisseite für Sales, in der Abschrift eines Dritten'
const NO_DOLLAR_PRICE = 'ein Preis in US-Dollar wurde nicht gelesen'

export const LICENSE_TEXT: Localized<typeof En.LICENSE_TEXT> = {
  none: {
    name: 'Keine Lizenz erforderlich',
    unitText: 'keine Lizenz zu kaufen',
  },
  'full-cal': {
    name: 'Microsoft Dynamics CRM Clientzugriffslizenz, CAL (Nutzer)',
    unitText: PER_PERSON,
  },
  'full-device-cal': {
    name: 'Microsoft Dynamics CRM Clientzugriffslizenz, CAL (Gerät)',
    unitText: PER_DEVICE,
  },
  'limited-cal': {
    name: 'Microsoft Dynamics CRM Limited CAL (Nutzer), in CRM 4.0 nur Lesezugriff',
    unitText: PER_PERSON,
    prices: ['rund 30 Prozent günstiger als eine Full CAL', 'etwa 30\u00a0% des Preises einer Full CAL'],
  },
  'limited-device-cal': {
    name: 'Microsoft Dynamics CRM Limited CAL (Gerät), in CRM 4.0 nur Lesezugriff',
    unitText: PER_DEVICE,
  },
  'ess-cal': {
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL (Nutzer)',
    unitText: PER_PERSON,
    prices: [TENTH_OF_FULL_CAL, TENTH_OF_FULL_CAL, TENTH_OF_FULL_CAL],
  },
  'ess-device-cal': {
    name: 'Microsoft Dynamics CRM 2011 Employee Self Service CAL (Gerät)',
    unitText: PER_DEVICE,
  },
  'external-connector': {
    name: 'Microsoft Dynamics CRM External Connector (CRM 4.0: Limited + Full Use Additive External Connector; CRM 2011: External Connector)',
    unitText:
      'eine pro Server: bei CRM 4.0 pro Server, der die Anwendung für den Zugriff externer Benutzer hostet; bei CRM 2011 pro CRM-Server, auf den die Anwendungen externer Benutzer zugreifen',
    prices: [
      'laut Einzelberichten etwa 30.000–40.000\u00a0$ für einen vollständigen CRM 4.0 External Connector (berichtet zwischen 2007 und 2010)',
    ],
  },
  'limited-external-connector': {
    name: 'Microsoft Dynamics CRM 4.0 Limited External Connector (nur Lesezugriff)',
    unitText:
      'eine pro Server, der die Anwendung für den Zugriff externer Benutzer hostet (zwei Portal-Webserver mit Lastenausgleich: zwei)',
  },
  'crm-online-usl': {
    name: 'Microsoft Dynamics CRM Online-Abonnement (CRM 4.0 Online: Professional oder Professional Plus; CRM 2011 Online: Nutzer-SL, User Subscription License)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['etwa 44\u00a0$ pro Benutzer und Monat, unabhängig vom Zugriffsmodus'],
  },
  'essential-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL (Nutzer)',
    unitText: PER_PERSON,
  },
  'essential-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Essential CAL (Gerät)',
    unitText: PER_DEVICE,
  },
  'basic-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL (Nutzer)',
    unitText: PER_PERSON,
  },
  'basic-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Basic CAL (Gerät)',
    unitText: PER_DEVICE,
  },
  'professional-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL (Nutzer)',
    unitText: PER_PERSON,
  },
  'professional-device-cal': {
    name: 'Microsoft Dynamics CRM 2013/2015/2016 Professional CAL (Gerät)',
    unitText: PER_DEVICE,
  },
  'essential-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Essential-Abonnement (Nutzer-SL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['15\u00a0$ pro Benutzer und Monat'],
  },
  'basic-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Basic-Abonnement (Nutzer-SL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['30\u00a0$ pro Benutzer und Monat'],
  },
  'professional-usl': {
    name: 'Microsoft Dynamics CRM Online (2013–2016) Professional-Abonnement (Nutzer-SL)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['65\u00a0$ pro Benutzer und Monat'],
  },
  'd365-app': {
    name: 'Dynamics 365-App-Abonnement (Sales, Customer Service oder Field Service; Enterprise oder Professional)',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      `Sales Enterprise 105\u00a0$ pro Benutzer und Monat, jährliche Zahlung (Sales Professional 65\u00a0$, Sales Premium 150\u00a0$), laut ${SALES_PAGE}; ab April 2025 kostet eine jährliche Laufzeit mit monatlicher Abrechnung 5\u00a0% mehr`,
      'Customer Service Enterprise und Field Service 105\u00a0$, Customer Service Professional 50\u00a0$, Customer Service Premium 195\u00a0$ pro Benutzer und Monat; jede weitere App für dieselbe Person (Attach) etwa 20\u00a0$ (Seiten von Partnern und Analysten)',
      'Historisch: 95\u00a0$ pro Benutzer und Monat für die erste App einer Person (Basis) und 20\u00a0$ für jede weitere App (Attach) laut Preisliste vom Oktober 2019, abgelöst durch die Preisanpassung vom Oktober 2024',
      'Historisch: britischer Listenpreis zur Zeit der Pläne (2016 bis September 2019): eine einzelne Enterprise-App 71,60\u00a0£ (Customer Engagement Plan 86,70\u00a0£)',
    ],
  },
  'd365-team-members': {
    name: 'Dynamics 365 Team Members-Abonnement',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      '8\u00a0$ pro Benutzer und Monat, der Preis seit dem 1. Mai 2017, von der Preisanpassung vom Oktober 2024 nicht berührt (Partnerseiten; keine Microsoft-Seite gelesen)',
    ],
  },
  'd365-device': {
    name: 'Dynamics 365-Geräteabonnement (gemeinsam genutztes Gerät)',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'power-apps': {
    name: 'Power Apps Premium oder Power Apps pro App',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      'Power Apps Premium 20\u00a0$ pro Benutzer und Monat (12\u00a0$ ab 2.000 neuen Benutzerlizenzen); Power Apps pro App 5\u00a0$ pro Benutzer, App und Monat',
      'Power Apps-Plan pro Benutzer 40\u00a0$ pro Benutzer und Monat; Plan pro App 10\u00a0$ pro Benutzer, App und Monat (2 Apps und ein einzelnes Portal)',
    ],
  },
  'power-pages-authenticated': {
    name: 'Power Pages-Kapazität für authentifizierte Benutzer (pro Website und Monat)',
    unitText: 'Pakete zu 100 authentifizierten Benutzern pro Website und Monat',
    prices: [
      '200\u00a0$ pro Paket mit 100 authentifizierten Benutzern pro Website und Monat (ab 1 Paket); 75\u00a0$ pro Paket ab 100 Paketen; 50\u00a0$ pro Paket ab 1.000 Paketen',
    ],
  },
  'power-pages-anonymous': {
    name: 'Power Pages-Kapazität für anonyme Benutzer (pro Website und Monat)',
    unitText: 'Pakete zu 500 anonymen Benutzern pro Website und Monat',
    prices: [
      '75\u00a0$ pro Paket mit 500 anonymen Benutzern pro Website und Monat; 37,50\u00a0$ pro Paket ab 20 Paketen; 25\u00a0$ pro Paket ab 200 Paketen',
    ],
  },
  'd365-cal': {
    name: 'Dynamics 365 (on-premises) App-CAL (Nutzer): Sales oder Customer Service',
    unitText: PER_PERSON,
  },
  'd365-device-cal': {
    name: 'Dynamics 365 (on-premises) App-CAL (Gerät): Sales oder Customer Service',
    unitText: PER_DEVICE,
  },
  'd365-team-members-cal': {
    name: 'Dynamics 365 Teammitglieder On-premises CAL',
    unitText: PER_PERSON,
  },
  'spla-sal': {
    name: 'Subscriber Access License (SAL) über das SPLA des Dienstanbieters',
    unitText: PER_PERSON_MONTHLY,
  },
  undetermined: {
    name: 'Nicht bestimmt: Die Quellen erlauben nicht einmal eine begründete Vermutung',
    unitText: 'mit Microsoft oder Ihrem Partner zu klären',
  },
  'd365-sales-professional': {
    name: 'Dynamics 365 Sales Professional',
    unitText: PER_PERSON_MONTHLY,
    prices: [`65\u00a0$ pro Benutzer und Monat, jährliche Zahlung (${SALES_PAGE})`],
  },
  'd365-sales-enterprise': {
    name: 'Dynamics 365 Sales Enterprise',
    unitText: PER_PERSON_MONTHLY,
    prices: [`105\u00a0$ pro Benutzer und Monat, jährliche Zahlung (${SALES_PAGE})`, HISTORICAL_2019],
  },
  'd365-sales-premium': {
    name: 'Dynamics 365 Sales Premium',
    unitText: PER_PERSON_MONTHLY,
    prices: [`150\u00a0$ pro Benutzer und Monat, jährliche Zahlung (${SALES_PAGE})`],
  },
  'd365-relationship-sales': {
    name: 'Microsoft Relationship Sales (Sales Enterprise mit LinkedIn Sales Navigator Enterprise)',
    unitText: 'eine pro Person und Monat (Abonnement); mindestens 10 Lizenzen',
    noPrice:
      'Der Preis ist nicht veröffentlicht: Microsofts Preisseite für Sales verweist Käufer an den Vertrieb und nennt eine Mindestmenge von 10 Lizenzen.',
  },
  'd365-customer-service-professional': {
    name: 'Dynamics 365 Customer Service Professional',
    unitText: PER_PERSON_MONTHLY,
    prices: ['50\u00a0$ pro Benutzer und Monat (Seiten von Partnern und Analysten)'],
  },
  'd365-customer-service-enterprise': {
    name: 'Dynamics 365 Customer Service Enterprise',
    unitText: PER_PERSON_MONTHLY,
    prices: [PARTNER_105, HISTORICAL_2019],
  },
  'd365-customer-service-premium': {
    name: 'Dynamics 365 Customer Service Premium (Customer Service Enterprise mit Contact Center, Digital und Voice)',
    unitText: PER_PERSON_MONTHLY,
    prices: ['195\u00a0$ pro Benutzer und Monat (Seiten von Partnern und Analysten)'],
  },
  'd365-field-service': {
    name: 'Dynamics 365 Field Service',
    unitText: PER_PERSON_MONTHLY,
    prices: [PARTNER_105, HISTORICAL_2019],
  },
  'd365-field-service-contractor': {
    name: 'Dynamics 365 Field Service Contractor',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      '50\u00a0$ pro Benutzer und Monat (Seiten von Partnern und Analysten; erhältlich seit dem 1. Januar 2024)',
    ],
  },
  'd365-contact-center': {
    name: 'Dynamics 365 Contact Center (eigenständig: Digital, Voice oder beides)',
    unitText: PER_PERSON_MONTHLY,
    prices: [
      'ab 110\u00a0$ pro Monat (laut Hinweis eines Partners vom Juli 2024); die Preise für nur Digital oder nur Voice wurden nicht gefunden',
    ],
  },
  'd365-contact-center-addon': {
    name: 'Dynamics 365 Contact Center-Add-On für Customer Service Enterprise (Digital, Voice oder beides)',
    unitText: PER_PERSON_MONTHLY,
    noPrice:
      'Auf den gelesenen Seiten von Partnern und Analysten wurde kein Preis für die Contact Center-Add-Ons gefunden.',
  },
  'd365-project-operations': {
    name: 'Dynamics 365 Project Operations',
    unitText: 'eine pro Person und Monat (Abonnement); mindestens 20 Lizenzen',
    prices: ['135\u00a0$ pro Benutzer und Monat (Seiten von Partnern und Analysten)'],
  },
  'd365-customer-insights': {
    name: 'Dynamics 365 Customer Insights (Journeys und Data), pro Mandant',
    unitText: 'eine pro Mandant und Monat; ihre Benutzer erhalten kostenlose Benutzerlizenzen',
    prices: [
      `1.591,30\u00a0€ oder 1.397,30\u00a0£ pro Mandant und Monat (Partnerseiten, Januar 2024); ${NO_DOLLAR_PRICE}`,
    ],
  },
  'd365-customer-insights-attach': {
    name: 'Dynamics 365 Customer Insights Attach, pro Mandant (ab 10 Lizenzen einer qualifizierenden App)',
    unitText: 'eine pro Mandant und Monat, bei 10 oder mehr Benutzern von Sales, Customer Service oder Field Service',
    prices: [`936,10\u00a0€ oder 821,90\u00a0£ pro Mandant und Monat (Partnerseiten, Januar 2024); ${NO_DOLLAR_PRICE}`],
  },
  'd365-sales-device': {
    name: 'Geräteabonnement für Dynamics 365 Sales (Enterprise)',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-customer-service-device': {
    name: 'Geräteabonnement für Dynamics 365 Customer Service Enterprise',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-field-service-device': {
    name: 'Geräteabonnement für Dynamics 365 Field Service',
    unitText: PER_DEVICE_MONTHLY,
    noPrice: NO_DEVICE_PRICE,
  },
  'd365-sales-professional-attach': {
    name: 'Dynamics 365 Sales Professional Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: NO_PROFESSIONAL_ATTACH_PRICE,
  },
  'd365-sales-enterprise-attach': {
    name: 'Dynamics 365 Sales Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-customer-service-professional-attach': {
    name: 'Dynamics 365 Customer Service Professional Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: NO_PROFESSIONAL_ATTACH_PRICE,
  },
  'd365-customer-service-enterprise-attach': {
    name: 'Dynamics 365 Customer Service Enterprise Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-field-service-attach': {
    name: 'Dynamics 365 Field Service Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    prices: [ENTERPRISE_ATTACH],
  },
  'd365-project-operations-attach': {
    name: 'Dynamics 365 Project Operations Attach to Qualifying Dynamics 365 Base Offer',
    unitText: PER_PERSON_MONTHLY,
    noPrice: 'Für das Attach-Angebot von Project Operations wurde kein Preis gefunden.',
  },
}
