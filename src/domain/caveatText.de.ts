import type * as En from './caveatText'
import type { Localized } from './localized'

// The caveats' titles and texts in German, by caveat id (caveats.ts); the English is caveatText.ts.
export const CAVEAT_TEXT: Localized<typeof En.CAVEAT_TEXT> = {
  'honor-system': {
    title: 'Das Produkt prüft den Lizenztyp nicht',
    text: 'CRM setzt nicht technisch durch, was eine Lizenz erlaubt: Die Einhaltung beruht auf Vertrauen, und bei Audits wird verglichen, was die Personen tatsächlich tun und was gekauft wurde. Erfassen Sie die Lizenzgrundlage jedes Benutzers (zum Beispiel in einem benutzerdefinierten Feld „Lizenzgrundlage“ im Benutzerdatensatz, mit einem Bericht dazu) und weisen Sie jedem Benutzer Sicherheitsrollen zu, die seiner Lizenz entsprechen.',
  },
  'honor-system-d365': {
    title: 'Das Produkt prüft den Lizenztyp nicht',
    text: 'Dynamics 365 auf Ihren eigenen Servern setzt nicht technisch durch, was eine CAL erlaubt: Die Grenzen von Team Members werden nur online geprüft, und die App Customer Service Team Member gibt es lokal nicht. Bei Audits wird verglichen, was die Personen tatsächlich tun und was gekauft wurde. Erfassen Sie die Lizenzgrundlage jedes Benutzers (zum Beispiel in einem benutzerdefinierten Feld „Lizenzgrundlage“ im Benutzerdatensatz, mit einem Bericht dazu) und weisen Sie jedem Benutzer Sicherheitsrollen zu, die seiner CAL entsprechen.',
  },
  'enforcement-d365': {
    title: 'Nur einige Grenzen werden technisch durchgesetzt',
    text: 'Dynamics 365 online beschränkt Team Members-Lizenzen auf die Team Member-Apps: für neue Umgebungen ab April 2020, für bestehende nach einer Übergangsfrist bis zum 30. Juni 2020 (laut Partnern verlängert bis zum 31. Januar 2021); vor Oktober 2018 gekaufte Lizenzen behalten ihre bisherigen Rechte bis zur Verlängerung. Die meisten anderen Grenzen, etwa was ein Portal oder eine benutzerdefinierte App mit eingeschränkten Tabellen tun darf, müssen Sie weiterhin selbst einhalten. Erfassen Sie die Lizenzgrundlage jedes Benutzers und richten Sie die Sicherheitsrollen danach aus.',
  },
  multiplexing: {
    title: 'Portale, Dienstkonten und Integrationen sparen keine Lizenzen',
    text: 'Jede Person, die CRM-Daten über eine andere Schicht ansieht oder ändert, braucht die Lizenz, zu der ihre eigenen Antworten führen – gleich, wie die Verbindungen gebündelt werden. Das eigene Konto der Integration oder des Portals lizenziert nie die Personen dahinter.',
  },
  'service-account-online': {
    title: 'Das eigene Konto der Integration',
    text: 'Online kann das Konto, mit dem sich eine Integration oder ein Portal anmeldet, ein Anwendungsbenutzer (keine Lizenz, keine Obergrenze) oder ein nicht interaktiver Benutzer sein (keine Lizenz, höchstens sieben pro Umgebung); belassen Sie es in diesem Modus und lassen Sie es nie von Personen nutzen.',
  },
  'service-account-onprem': {
    title: 'Das eigene Konto der Integration',
    text: 'Auf Ihren eigenen Servern belegt keine Quelle ein Konto, das keine Lizenz braucht: Das Konto, mit dem sich eine Integration oder ein Portal anmeldet, ist ein CRM-Benutzer mit einer eigenen CAL (für CRM 2013 bis 2016 nennt Microsoft die Essential CAL) – zusätzlich zu den Lizenzen der Personen dahinter.',
  },
  'connector-users': {
    title: 'Welchen Benutzer Sie anlegen und wie Sie die Daten trennen',
    text: 'Der External Connector ist nur eine Lizenz auf dem Papier: Externe Benutzer sind „vollwertige CRM-Benutzer“. Legen Sie daher für jeden externen Benutzer (oder für jede Partneranwendung) einen CRM-Benutzerdatensatz an, damit das Sicherheitsmodell für sie gilt, und stellen Sie sicher, dass sie nie den Webclient, den Outlook-Client oder die mobilen Clients von CRM nutzen. Trennen Sie die Daten der einzelnen Kunden über Unternehmenseinheiten und Sicherheitsrollen oder über eine eigene Organisation je Kunde.',
  },
  'connector-users-2011': {
    title: 'Welchen Benutzer Sie anlegen und wie Sie die Daten trennen',
    text: 'Wie Sie das einrichten, ist gängige Praxis, keine Lizenzregel: Legen Sie für jeden externen Benutzer (oder für jede Partneranwendung) einen CRM-Benutzerdatensatz an, damit das Sicherheitsmodell für sie gilt, und stellen Sie sicher, dass sie nie den Webclient, den Outlook-Client oder die mobilen Clients von CRM nutzen. Trennen Sie die Daten der einzelnen Kunden über Unternehmenseinheiten und Sicherheitsrollen oder über eine eigene Organisation je Kunde auf demselben Server: Der Connector zählt Server, nicht Organisationen.',
  },
  'connector-spla': {
    title: 'Kein External Connector unter SPLA',
    text: 'Ein Anbieter, der CRM für andere Organisationen hostet, lizenziert jede Person, die darauf zugreifen darf – direkt oder über ein Portal –, mit einer monatlichen Abonnentenzugriffslizenz (SAL) unter SPLA. Über Einzelhandels- oder Volumenlizenzprogramme gekaufte Lizenzen, darunter ein External Connector, dürfen nicht für andere Organisationen genutzt werden; ein Connector je Organisation (oder je Server) kommt hier also nicht in Frage. Nur eine Organisation, die ihre eigenen Lizenzen auf der Hardware des Anbieters betreibt (Lizenzmobilität, siehe unten), zählt Connectors wie auf eigenen Servern.',
  },
  'connector-spla-crm4': {
    title: 'Kein External Connector unter SPLA',
    text: 'Ein Anbieter, der CRM für andere Organisationen hostet, lizenziert jede Person, die darauf zugreifen darf – direkt oder über ein Portal –, mit einer monatlichen Abonnentenzugriffslizenz (SAL) unter SPLA. Über Einzelhandels- oder Volumenlizenzprogramme gekaufte Lizenzen, darunter ein External Connector, dürfen nicht für andere Organisationen genutzt werden.',
  },
  'hosted-users': {
    title: 'Welchen Benutzer Sie anlegen und wie Sie die Daten trennen',
    text: 'Sehen Sie für jede Person, die auf das gehostete CRM zugreifen darf, eine SAL vor – ob sie einen eigenen CRM-Benutzerdatensatz erhält oder nicht: Das gemeinsame Konto eines Portals oder einer Integration lizenziert nie die Personen dahinter. Wie Sie das einrichten, ist gängige Praxis, keine Lizenzregel: Geben Sie jeder gehosteten Organisation eine eigene CRM-Organisation; trennen Sie darin die Personen der einzelnen Kunden über Unternehmenseinheiten und Sicherheitsrollen, wo sie einen eigenen Benutzerdatensatz haben, und über die Portalberechtigungen je Firma, wo sie sich nur beim Portal anmelden.',
  },
  'ess-ratio': {
    title: 'Kein festes Verhältnis zwischen vollwertigen und Employee Self Service CALs',
    text: 'Kein von uns gelesener Lizenztext zu CRM 2011 legt ein Verhältnis von vollwertigen CALs zu Employee Self Service CALs oder eine Mindestzahl vollwertiger CALs fest: Hier fehlt eine Regel, es wird keine zitiert. Jede Person braucht die CAL für das, was sie tut, unabhängig davon, welche CALs die anderen haben.',
  },
  'ess-within': {
    title: 'Einen Employee Self Service-Benutzer in seinen Grenzen halten',
    text: 'Ein ESS-Benutzer arbeitet über eine andere Anwendung als den Dynamics CRM-Client, also weder über den CRM-Webclient noch über CRM für Outlook. Er liest Firmen, Kontakte, Fälle, Leads, Aktivitäten und benutzerdefinierte Datensätze, erstellt sie und aktualisiert Datensätze, die andere erstellt haben, weist aber nie zu, gibt nie frei und löscht nie. CRM kennt keinen ESS-Lizenztyp und setzt diese Grenzen nicht durch: Geben Sie diesen Benutzern Sicherheitsrollen ohne Berechtigungen zum Zuweisen, Freigeben oder Löschen und keinen Zugriff auf die CRM-Clients, und erfassen Sie ihre Lizenzgrundlage (siehe „Das Produkt prüft den Lizenztyp nicht“).',
  },
  'portal-contacts': {
    title: 'Als welcher Datensatz sie geführt werden und wie Sie die Daten trennen',
    text: 'Personen, die sich bei einem Portal anmelden, sind Kontakte, keine CRM-Benutzer: Legen Sie für sie einen Kontaktdatensatz an, weisen Sie ihnen Webrollen zu und trennen Sie die Daten der einzelnen Kunden über Tabellenberechtigungen, die auf den Kontakt oder seine Firma beschränkt sind.',
  },
  'tenant-business': {
    title: 'Das Geschäft eines anderen Unternehmens in Ihrem System',
    text: 'Der externe Zugriff erstreckt sich nicht auf Personen, die mit dem System einen Teil ihres eigenen Geschäfts verwalten, und Dynamics 365 darf nicht genutzt werden, um für Ihre Kunden Geschäftsprozess-Outsourcing zu erbringen. Lizenzieren Sie die Mitarbeiter dieses Unternehmens als Benutzer (oder geben Sie ihm einen eigenen Mandanten oder eine eigene Bereitstellung).',
  },
  'marketing-social': {
    title: 'Bei Dynamics Marketing und Social Engagement gilt etwas anderes',
    text: 'Der externe Zugriff ist in CRM Online enthalten, außer bei Microsoft Dynamics Marketing und Microsoft Social Engagement: Dort müssen auch externe Benutzer lizenziert werden.',
  },
  'admin-mode': {
    title: 'Administratoren im administrativen Zugriffsmodus belassen',
    text: 'Ein Administrator braucht nur so lange keine Lizenz, wie sein Benutzer auf den administrativen Zugriffsmodus gesetzt ist, der Einstellungen, aber keine Geschäftsdatensätze sieht. Sobald er Firmen, Fälle oder Berichte öffnet, braucht er die Lizenz für das, was er tut. Ebenso gehören Integrationskonten in den Zugriffsmodus „Nicht interaktiv“ oder werden als Anwendungsbenutzer angelegt; stellvertretend für nicht lizenzierte Personen dürfen sie nie genutzt werden.',
  },
  device: {
    title: 'Benutzer oder Gerät',
    text: 'Eine Gerätelizenz deckt ein Gerät für beliebig viele Personen ab, die es abwechselnd nutzen, nicht gleichzeitig. Wer nur über ein Gerät lizenziert ist und auch an einem anderen Gerät arbeitet, braucht eine eigene Lizenz.',
  },
  'business-process': {
    title: 'Arbeit in Ihrem Auftrag ist keine externe Nutzung',
    text: 'Der externe Zugriff umfasst weder Auftragnehmer, Anbieter oder Vertreter, die Geschäftsprozesse für Sie ausführen, noch Personen, die mit dem Dienst einen Teil ihres eigenen Geschäfts verwalten. Wenn diese Person Ihre Arbeit erledigt, lizenzieren Sie sie als internen Benutzer.',
  },
  'business-process-crm-online': {
    title: 'Arbeit in Ihrem Auftrag ist keine externe Nutzung',
    text: 'Der externe Zugriff umfasst keine Vor-Ort-Auftragnehmer, Anbieter und Benutzer, die in Ihrem Auftrag Geschäftsprozesse ausführen.',
  },
  'connector-count': {
    title: 'Wie viele Connectors',
    text: 'Ein External Connector für CRM 4.0 wird pro Server gezählt, der die Anwendung hostet, über die externe Benutzer zugreifen (laut Handbuch für jeden Server, der eine Anwendung hostet, die externen Zugriff auf Daten von Microsoft Dynamics CRM 4.0 bietet): Zwei Portal-Webserver mit Lastenausgleich brauchen zwei, gleich wie viele CRM-Server oder Organisationen es gibt.',
  },
  'connector-count-2011': {
    title: 'Wie viele Connectors',
    text: 'Ein External Connector für CRM 2011 wird pro CRM-Server gezählt, auf den die Anwendungen externer Benutzer zugreifen (laut Handbuch vom Dezember 2012 für jeden Server, der externen Benutzern den Zugriff auf die Serversoftware von Dynamics CRM 2011 erlaubt), nicht pro Organisation oder Portal-Webserver: Ein CRM-Server mit mehreren Organisationen braucht einen, zwei CRM-Server brauchen zwei.',
  },
  'online-minimum': {
    title: 'Mindestens fünf Professional-Abonnements',
    text: 'Ein CRM Online-Abonnement erforderte mindestens fünf Professional-Abonnements, bevor Basic- und Essential-Abonnements hinzugefügt werden konnten.',
  },
  'd365-app-family': {
    title: 'Welche App und welche Edition',
    text: 'Fallbearbeitung erfordert Customer Service (Professional oder Enterprise), Arbeitsaufträge erfordern Field Service, Leads und Verkaufschancen erfordern Sales. Eine Sales-Lizenz deckt nicht die Arbeitsaufträge eines Außendiensttechnikers ab, und Customer Service nicht die Verkaufschancen eines Vertriebsmitarbeiters. Enterprise- und Professional-Benutzer dürfen nicht in einer Umgebung gemischt werden (laut Microsoft schließt die vertragliche Vereinbarung das für dieselbe Instanz aus).',
  },
  'd365-copilot-marketing': {
    title: 'Copilot, Contact Center und Marketing werden gesondert lizenziert',
    text: 'Copilot-Chat und das Ausfüllen von Formularen mit Copilot in den Apps setzen Sales Enterprise oder Premium, Customer Insights, Field Service oder Project Operations voraus (Microsofts häufig gestellte Fragen zur Power Platform). Die Lesart eines Partners zum Handbuch vom Juli 2026 ergänzt: Customer Service Premium umfasst Contact Center (Digital und Voice), das auch eigenständig pro Benutzer verkauft wird, und Customer Insights für Marketing wird pro Mandant nach den erreichten Personen lizenziert, nicht pro Marketingmitarbeiter. Prüfen Sie für Marketingarbeit also dieses Angebot statt einer App-Lizenz pro Person.',
  },
  'base-attach': {
    title: 'Weitere Apps kosten weniger',
    text: 'Die erste Dynamics 365-App einer Person ist eine Basislizenz zum vollen Preis; weitere berechtigte Apps für dieselbe Person sind günstigere Attach-Lizenzen.',
  },
  'portal-eras': {
    title: 'Ältere Portale wurden anders gezählt',
    text: 'Power Apps-Portale (Verlängerungen von 2019 bis 2023) zählten Anmeldungen und Seitenaufrufe statt Benutzern pro Monat, und interne Benutzer brauchten Dynamics 365 Enterprise- oder Power Apps-Lizenzen. Prüfen Sie, welches Angebot Ihr Mandant nutzt.',
  },
  guests: {
    title: 'Gäste werden in Ihrem Mandanten lizenziert',
    text: 'Eine Person aus einem anderen Unternehmen, die sich als Gast bei Ihren Dynamics 365-Apps anmeldet, braucht eine Lizenz, die in Ihrem Mandanten zugewiesen ist; eine Lizenz im Mandanten ihres eigenen Unternehmens zählt nicht.',
  },
  'license-mobility': {
    title: 'Oder die gehostete Organisation bringt eigene Lizenzen mit',
    text: 'Mit Software Assurance kann eine Organisation ihre eigenen Serverlizenzen über die Lizenzmobilität auf gemeinsam genutzter Hardware eines Anbieters betreiben, wobei jede Instanz ihr allein vorbehalten ist, statt dass der Anbieter über SPLA lizenziert.',
  },
  'agent-users': {
    title: 'KI-Agenten',
    text: 'Copilot Studio-Agenten lassen sich einer Umgebung als Agent-Benutzer hinzufügen (als Vorschau), mit Identitäten in Microsoft Entra Agent ID; wie Anwendungsbenutzer haben sie keine Benutzerlizenz. Laut der Lesart eines Partners zum Handbuch vom Juli 2026 werden Agenten in Copilot Credits abgerechnet; ein Microsoft-Text dazu wurde nicht gelesen. Die Personen, die einen Agenten nutzen, werden nach ihren eigenen Antworten lizenziert.',
  },
  'public-signs-in': {
    title: 'Die eigenen Apps des Produkts erfordern eine Anmeldung',
    text: 'Niemand nutzt die eigenen Apps des Produkts ohne Anmeldung: Wer sich anmeldet, ist ein benannter Benutzer, kein anonymer Besucher. Angezeigt wird die Lizenz eines benannten Benutzers; beantworten Sie die Fragen erneut mit der Angabe, wer die Person ist (zum Beispiel eine Privatperson, die bei Ihnen kauft), um das zu prüfen.',
  },
  guides: {
    title: 'Handbücher sind keine Verträge',
    text: 'Diese Empfehlung beruht auf Lizenzierungshandbüchern und Kommentaren. Maßgeblich sind die Produktbestimmungen, die Produktbenutzungsrechte und Ihr Vertrag in der Fassung, die beim Kauf der Lizenzen galt.',
  },
}
