import type { Localized } from './localized'
import type * as En from './questions'

export type { QuestionText } from './questions'

/*
 * Terms: Microsoft's German licensing words (Nutzer-CAL, Geräte-CAL, Abonnement, Mandant, Beitritt, Downgraderechte,
 * verbundene Unternehmen) and Dynamics' German entity names (Firma for account, Verkaufschance for opportunity,
 * Wissensartikel); a case is a "Fall", so that "Anfrage" stays free for a person's own requests. License, edition
 * and app names stay English, as in Microsoft's German Product Terms.
 */
export const QUESTION_TEXT: Localized<typeof En.QUESTION_TEXT> = {
  product: {
    legend: 'Welches Produkt nutzt die Organisation?',
    why: 'Jede Version hatte eigene Lizenztypen: CRM 4.0 die Full CAL und die Limited CAL, CRM 2011 zusätzlich die Employee Self Service CAL, CRM 2013 bis 2016 Essential, Basic und Professional; Dynamics 365 wird als App-Abonnement verkauft.',
    answers: {
      crm4: { label: 'Dynamics CRM 4.0', hint: 'Erschienen 2008. Full CAL und Limited CAL, External Connector.' },
      crm2011: { label: 'Dynamics CRM 2011', hint: 'Erschienen 2011. Neu ist die Employee Self Service CAL.' },
      crm2013: { label: 'Dynamics CRM 2013 oder 2015', hint: 'Essential-, Basic- und Professional-Lizenzen.' },
      crm2016: {
        label: 'Dynamics CRM 2016',
        hint: 'Die letzte Version unter dem Namen CRM; dieselben Lizenzstufen wie 2013.',
      },
      d365: {
        label: 'Dynamics 365 Customer Engagement',
        hint: 'Sales, Customer Service, Field Service und die anderen Customer Engagement-Apps.',
      },
    },
  },
  deploy: {
    legend: 'Wo wird das Produkt betrieben?',
    why: 'Software auf eigenen Servern wird mit einer Serverlizenz und CALs lizenziert, der Clouddienst mit Abonnements. Ein Dienstanbieter, der sie für mehrere Kunden hostet, lizenziert sie über seinen eigenen Vertrag.',
    answers: {
      onprem: {
        label: 'Auf eigenen Servern der Organisation, für eigene Zwecke',
        hint: 'Von der Organisation (oder für sie) installiert und nur von ihr und ihren eigenen Benutzern genutzt. Ein Unternehmen, das CRM für andere Organisationen betreibt, wählt unten die Antwort zum Hosting.',
      },
      online: {
        label: 'Clouddienst von Microsoft',
        hint: 'CRM Online oder Dynamics 365 Online, von Microsoft betrieben.',
      },
      hosted: {
        label: 'Von einem Dienstanbieter für mehrere Organisationen gehostet',
        hint: 'Ein Dienstanbieter betreibt es für mehrere Kundenorganisationen. Wählen Sie diese Antwort auch, wenn Sie selbst dieser Anbieter sind – auch auf eigenen Servern.',
      },
    },
  },
  who: {
    legend: 'Wer ist die Person?',
    why: 'Interne Benutzer (Mitarbeiter und Personen, die wie Mitarbeiter arbeiten) brauchen immer eine Lizenz. Externe Benutzer, etwa Kunden und Mitarbeiter anderer Unternehmen, sind in jeder Version anders abgedeckt.',
    answers: {
      employee: {
        label: 'Ein Mitarbeiter',
        hint: 'Bei der Organisation oder einem ihrer verbundenen Unternehmen angestellt. Bei einem Hosting-Anbieter: bei dem Anbieter oder einer gehosteten Organisation angestellt.',
      },
      'onsite-contractor': {
        label: 'Ein Auftragnehmer, Vertreter oder Anbieter, der vor Ort arbeitet',
        hint: 'Arbeitet in den Räumen der Organisation, zum Beispiel als Zeitarbeitskraft, Berater oder ausgelagertes Personal in ihren Büros. Bei Dynamics 365 mit einem Vertrag, der ab dem 1. Oktober 2024 unterzeichnet wurde, nur, wenn die Person an jedem Arbeitstag vor Ort ist oder mehr als 30 Stunden pro Woche für die Organisation arbeitet; andernfalls wählen Sie eine Antwort „nicht vor Ort“.',
      },
      'offsite-contractor': {
        label: 'Ein Auftragnehmer, nicht vor Ort, vor allem für die Organisation tätig',
        hint: 'Arbeitet an einem anderen Ort, aber überwiegend oder ausschließlich für diese Organisation.',
      },
      'offsite-vendor': {
        label: 'Personal eines Anbieters, nicht vor Ort, der viele Organisationen betreut',
        hint: 'Zum Beispiel ein Helpdesk-Dienstleister, dessen Personal Tickets für mehrere Kunden bearbeitet.',
      },
      customer: { label: 'Ein Privatkunde', hint: 'Eine Privatperson, die bei der Organisation kauft.' },
      'customer-employee': {
        label: 'Ein Mitarbeiter eines Kunden oder Geschäftspartners',
        hint: 'Arbeitet für ein anderes Unternehmen, das bei der Organisation kauft oder mit ihr zusammenarbeitet.',
      },
      'tenant-client': {
        label: 'Ein Mitarbeiter eines Kunden einer der gehosteten Organisationen',
        hint: 'Der Hosting-Anbieter betreut Organisationen, und diese Person arbeitet für einen ihrer Kunden.',
      },
      'tenant-staff': {
        label: 'Personal eines anderen Unternehmens, das sein eigenes Geschäft in diesem CRM führt',
        hint: 'Zum Beispiel ein Kundenunternehmen, dessen Vertriebs- oder Servicearbeit im System der Organisation erledigt wird, oder ein Mandant einer mandantenfähigen Bereitstellung.',
      },
      public: {
        label: 'Eine anonyme Person aus der Öffentlichkeit',
        hint: 'Irgendjemand im Internet, ohne Anmeldung. Wer sich anmeldet – in den Apps des Produkts oder anderswo –, ist nicht anonym: Wählen Sie dann, wer die Person ist, zum Beispiel „Ein Privatkunde“.',
      },
      'service-account': {
        label: 'Keine Person: ein Integrations-, Anwendungs- oder Dienstkonto',
        hint: 'Das Konto, mit dem sich ein anderes System oder eine App anmeldet. Für die Personen, deren Arbeit darüber läuft, beantworten Sie die Fragen gesondert.',
      },
    },
  },
  signed: {
    legend: 'Wann wurde der Lizenzvertrag unterzeichnet?',
    why: 'Für Verträge, die ab dem 1. Oktober 2024 unterzeichnet wurden, definiert Microsoft externe Benutzer anders: Ein Auftragnehmer oder Mitarbeiter eines Anbieters, der in der Regel mehr als 30 Stunden pro Woche für die Organisation oder an jedem Arbeitstag vor Ort arbeitet, gilt als intern.',
    answers: {
      'before-2024-10': {
        label: 'Vor dem 1. Oktober 2024',
        hint: 'Der geltende Beitritt oder Vertrag wurde vor diesem Datum unterzeichnet.',
      },
      'from-2024-10': {
        label: 'Am 1. Oktober 2024 oder später',
        hint: 'Ein neuer oder verlängerter Vertrag, der ab diesem Datum unterzeichnet wurde.',
      },
      unknown: {
        label: 'Nicht bekannt',
        hint: 'Die Empfehlung nennt dann, wovon sie ausgeht und was zu klären ist.',
      },
    },
  },
  hours: {
    legend: 'Wie viel arbeitet die Person für die Organisation?',
    why: 'Bei Verträgen, die ab dem 1. Oktober 2024 unterzeichnet wurden, ist ein Auftragnehmer oder Mitarbeiter eines Anbieters, der in der Regel mehr als 30 Stunden pro Woche für die Organisation oder an jedem Arbeitstag vor Ort arbeitet, ein interner Benutzer.',
    answers: {
      'over-30': {
        label: 'Mehr als 30 Stunden pro Woche oder an jedem Arbeitstag vor Ort',
        hint: 'Gemeint ist eine typische Woche für diese Organisation, im Durchschnitt.',
      },
      'up-to-30': {
        label: '30 Stunden pro Woche oder weniger und nicht an jedem Arbeitstag vor Ort',
        hint: 'Zum Beispiel ein Freiberufler in Teilzeit oder Personal eines Anbieters, das auch andere Kunden betreut.',
      },
      unknown: { label: 'Nicht bekannt', hint: 'Die Empfehlung nennt dann, wovon sie ausgeht und was zu klären ist.' },
    },
  },
  via: {
    legend: 'Wie gelangt die Person an die CRM-Daten?',
    why: 'Die Oberflächen des Produkts selbst erfordern eine Benutzerlizenz. Portale, eigene Anwendungen und Integrationen sind für manche Personen günstiger erlaubt, verringern aber nie die Zahl der benötigten Lizenzen (Multiplexing).',
    answers: {
      'crm-client': {
        label: 'Die Apps des Produkts selbst',
        hint: 'Die Webanwendung, der Outlook-Client oder die mobile App.',
      },
      portal: {
        label: 'Eine Portalwebsite',
        hint: 'Eine Self-Service- oder Partnerwebsite, erstellt mit einem Portalprodukt: CRM-Portal, Dynamics 365-Portal oder Power Pages.',
      },
      'custom-app': {
        label: 'Eine Anwendung, die die Organisation auf der API aufgebaut hat',
        hint: 'Eine eigene Website, Branchenanwendung oder mobile App, die das SDK oder die Webdienste nutzt, einschließlich Power Apps.',
      },
      integration: {
        label: 'Ein anderes Geschäftssystem, das die Daten automatisch erhält',
        hint: 'Zum Beispiel ein ERP-System, SharePoint oder ein Berichtstool, das über eine Integration befüllt wird.',
      },
      manual: {
        label: 'Erhält nur Daten, die jemand von Hand exportiert hat',
        hint: 'Zum Beispiel eine Tabelle, die ein Kollege exportiert und der Person per E-Mail geschickt hat.',
      },
    },
  },
  does: {
    legend: 'Was tut die Person mit den Daten?',
    why: 'Günstigere Lizenzen erlauben weniger: nur lesen, eigene Anfragen bearbeiten oder einfache Datenpflege. Die Lizenz muss die umfangreichste Tätigkeit der Person abdecken.',
    answers: {
      admin: {
        label: 'Nur Verwaltung und Anpassung',
        hint: 'Einstellungen, Benutzer, Sicherheitsrollen und Anpassungen; keine Geschäftsdatensätze.',
      },
      read: { label: 'Nur lesen', hint: 'Sieht Datensätze, Berichte und Dashboards an und ändert nichts.' },
      'self-service': {
        label: 'Erstellt eigene Anfragen und verfolgt sie',
        hint: 'Erfasst zum Beispiel einen Supportfall oder eine Personalanfrage und prüft den Stand. Wer auch Anfragen oder Fälle bearbeitet, die andere ihm zuweisen, wählt die nächste Antwort.',
      },
      light: {
        label: 'Aktualisiert Datensätze, auch zugewiesene Fälle',
        hint: 'Hält Firmen, Kontakte, Aktivitäten oder benutzerdefinierte Datensätze aktuell oder aktualisiert die Fälle und Anfragen, die ihr zugewiesen sind, etwa als Servicetechniker. Weist Datensätze anderer nie zu, gibt sie nie frei und löscht sie nie.',
      },
      full: {
        label: 'Erledigt Vertriebs-, Service- oder Marketingarbeit',
        hint: 'Bearbeitet Verkaufschancen, Fallwarteschlangen oder Kampagnen: weist Datensätze zu, gibt sie frei oder löscht sie, auch die anderer.',
      },
    },
  },
  records: {
    legend: 'Mit welchen Datensätzen arbeitet die Person?',
    why: 'Manche Lizenzen decken nur eigens dafür angelegte Datensatztypen (benutzerdefinierte Entitäten) ab, nicht die Standarddatensätze Firmen, Kontakte, Fälle und Leads; mit Dynamics 365 Team Members lassen sich Kontakte und Aktivitäten pflegen, Firmen aber nur nachschlagen.',
    answers: {
      contacts: {
        label: 'Kontakte, Aktivitäten und Notizen',
        hint: 'Firmen werden nur nachgeschlagen, nie bearbeitet.',
      },
      custom: {
        label: 'Nur eigens dafür angelegte Datensatztypen',
        hint: 'Zum Beispiel Personalanfragen, Zeiterfassungen oder Spesenabrechnungen als benutzerdefinierte Entitäten.',
      },
      core: {
        label: 'Standarddatensätze, auch Bearbeiten von Firmen',
        hint: 'Firmen, Fälle, Leads oder Verkaufschancen, zusätzlich zu Kontakten.',
      },
    },
  },
  app: {
    legend: 'In welcher Dynamics 365-App arbeitet die Person hauptsächlich?',
    why: 'Dynamics 365 wird App für App bestellt: Sales, Customer Service, Field Service und die anderen sind getrennte Lizenzen mit unterschiedlichen Preisen, und welche davon passt, entscheidet die Arbeit.',
    answers: {
      sales: { label: 'Sales', hint: 'Leads, Verkaufschancen, Angebote, Aufträge und Prognosen.' },
      'customer-service': {
        label: 'Customer Service',
        hint: 'Bearbeitet Fälle und Wissensartikel, in der eigenen Warteschlange oder in anderen.',
      },
      'field-service': {
        label: 'Field Service',
        hint: 'Arbeitsaufträge, Terminplanung und Disposition oder ein Techniker vor Ort.',
      },
      'contact-center': {
        label: 'Nur Contact Center',
        hint: 'Antwortet Kunden per Telefon, Chat oder Messaging; die Kundendatensätze liegen außerhalb von Dynamics 365 Customer Service.',
      },
      marketing: {
        label: 'Marketing',
        hint: 'Segmente, Journeys und E-Mail-Kampagnen (Customer Insights – Journeys).',
      },
      'project-operations': {
        label: 'Project Operations',
        hint: 'Projektangebote, Ressourcenplanung, Durchführung und Abrechnung.',
      },
      unknown: {
        label: 'Noch nicht bekannt',
        hint: 'Die Empfehlung nennt dann die App-Familie und was die Wahl entscheidet.',
      },
    },
  },
  also: {
    legend: 'Arbeitet die Person auch in einer anderen Dynamics 365-App?',
    why: 'Eine zweite App für dieselbe Person wird als günstigere Attach-Lizenz zusätzlich zur ersten (der Basislizenz) gekauft, und die Editionen der Person müssen zueinander passen.',
    answers: {
      none: { label: 'Keine andere App', hint: 'Nur die oben gewählte App.' },
      sales: { label: 'Auch Sales', hint: 'Leads, Verkaufschancen, Angebote, Aufträge und Prognosen.' },
      'customer-service': { label: 'Auch Customer Service', hint: 'Fälle und Wissensartikel.' },
      'field-service': { label: 'Auch Field Service', hint: 'Arbeitsaufträge, Terminplanung und Disposition.' },
      'project-operations': {
        label: 'Auch Project Operations',
        hint: 'Projektangebote, Ressourcenplanung, Durchführung und Abrechnung.',
      },
      marketing: { label: 'Auch Marketing', hint: 'Segmente, Journeys und Kampagnen.' },
      more: {
        label: 'Zwei oder mehr andere Apps',
        hint: 'Die Empfehlung nennt die Basislizenz und was für die anderen zu prüfen ist.',
      },
    },
  },
  device: {
    legend: 'Hat die Person einen eigenen Zugang, oder teilt sie ein Gerät?',
    why: 'Eine Gerätelizenz deckt ein Gerät für alle ab, die es abwechselnd nutzen – günstiger bei Schichtarbeit und Kiosken. Eine Benutzerlizenz deckt eine Person auf jedem Gerät ab.',
    answers: {
      named: { label: 'Eigener Zugang', hint: 'Meldet sich mit dem eigenen Konto an, von jedem Gerät.' },
      shared: {
        label: 'Mehrere Personen nutzen abwechselnd ein Gerät',
        hint: 'Schichtarbeit, ein geteilter Arbeitsplatz im Callcenter oder ein Kiosk. Nicht gleichzeitig.',
      },
    },
  },
  'sales-needs': {
    legend: 'Was braucht die Person für ihre Vertriebsarbeit?',
    why: 'Sales gibt es in Editionen: Professional deckt die Standard-App Sales ab, Enterprise bietet zusätzlich Prognosen, Playbooks und Copilot, Premium außerdem KI-gestützten Vertrieb in großem Umfang.',
    answers: {
      core: {
        label: 'Die Standard-App Sales',
        hint: 'Firmen, Kontakte, Leads, Verkaufschancen, Angebote und Aufträge; die Organisation passt wenig an.',
      },
      advanced: {
        label: 'Auch Prognosen, Playbooks oder Copilot',
        hint: 'Oder Konkurrenten, Marketinglisten und Kampagnen, eigene Apps oder umfangreiche Anpassungen.',
      },
      ai: {
        label: 'Auch KI-gestützter Vertrieb in großem Umfang',
        hint: 'Vertriebssequenzen oder prädiktive Bewertung für mehr als 1.500 Datensätze im Monat, prädiktive Prognosen oder Beziehungsanalysen.',
      },
      linkedin: {
        label: 'Sales Enterprise mit LinkedIn Sales Navigator',
        hint: 'Zusammen als Microsoft Relationship Sales gekauft, ab 10 Lizenzen.',
      },
      unknown: { label: 'Nicht bekannt', hint: 'Die Empfehlung vergleicht dann die Editionen.' },
    },
  },
  'service-needs': {
    legend: 'Was braucht die Person für ihre Servicearbeit?',
    why: 'Customer Service gibt es in Editionen: Professional deckt Fälle und Wissensartikel in der Standard-App ab, Enterprise bietet zusätzlich automatisches Routing und Copilot, Premium außerdem Live-Kanäle.',
    answers: {
      core: {
        label: 'Fälle und Wissensartikel in der Standard-App',
        hint: 'Die Arbeit wird Agenten nicht automatisch zugeleitet, kein Copilot, wenig Anpassung.',
      },
      advanced: {
        label: 'Routingregeln, Copilot oder umfangreiche Anpassung',
        hint: 'Fälle erreichen Agenten über Routingregeln, oder der Agent nutzt Copilot, mehrere Sitzungen gleichzeitig oder Terminplanung.',
      },
      channels: {
        label: 'Spricht auch live mit Kunden',
        hint: 'Per Chat, Messaging oder Telefon in Dynamics 365.',
      },
      unknown: { label: 'Nicht bekannt', hint: 'Die Empfehlung vergleicht dann die Editionen.' },
    },
  },
  bought: {
    legend: 'Wann wurden die CRM 2011-Lizenzen gekauft?',
    why: 'Der External Connector, der externe Benutzer von CRM 2011 abdeckt, stand bis Januar 2014 in der Preisliste; später gekaufte Lizenzen sind neuere Versionen, die über Downgraderechte genutzt werden, und deren Bestimmungen schließen den externen Zugriff ein.',
    answers: {
      'before-2014': {
        label: 'Vor dem 1. Januar 2014',
        hint: 'Als der External Connector noch in der Preisliste stand.',
      },
      'from-2014': {
        label: 'Am 1. Januar 2014 oder später',
        hint: 'Zum Beispiel über Downgraderechte von einer späteren Version.',
      },
      unknown: { label: 'Nicht bekannt', hint: 'Die Empfehlung nennt dann, was zu klären ist.' },
    },
  },
}

/*
 * Adjectives, not nouns, as the planner says them (gesichert, zu prüfen): the share panel writes the label in lower
 * case in the e-mail's subject ("Lizenzempfehlung: Sales Enterprise (zu prüfen)").
 */
export const CONFIDENCE_TEXT: Localized<typeof En.CONFIDENCE_TEXT> = {
  settled: { label: 'Gesichert', meaning: 'Die genannten Quellen stimmen in dieser Antwort überein.' },
  review: {
    label: 'Zu prüfen',
    meaning: 'Die Quellen sind lückenhaft oder widersprechen sich in einem Teil dieses Falls.',
  },
}
