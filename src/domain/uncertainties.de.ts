import type { Localized } from './localized'
import type * as En from './uncertainties'

export type { Uncertainty, UncertaintyId } from './uncertainties'

export const UNCERTAINTIES: Localized<typeof En.UNCERTAINTIES> = {
  'app-unknown': {
    what: 'Noch nicht bekannt ist, in welcher Dynamics 365-App die Person arbeitet: Fälle erfordern Customer Service, Arbeitsaufträge Field Service, Leads und Verkaufschancen Sales – und jede App ist eine eigene Lizenz mit eigenem Preis.',
    ask: 'Finden Sie heraus, in welcher App die Person arbeitet (und beantworten Sie die Fragen damit erneut), oder fragen Sie Ihren Partner, welche App ihre Arbeit erfordert.',
  },
  'sales-edition': {
    what: 'Nicht bekannt ist, welche Sales-Edition die Person braucht: Professional umfasst nur die Standard-App Sales, Enterprise ergänzt Prognosen, Playbooks und Copilot, Premium ergänzt KI-gestützten Vertrieb im großen Maßstab. Angezeigt wird Enterprise als die übliche Wahl.',
    ask: 'Vergleichen Sie die unten aufgeführten Editionen mit der Arbeit der Person oder fragen Sie Ihren Partner; beachten Sie, dass Professional- und Enterprise-Benutzer keine gemeinsame Umgebung nutzen dürfen.',
  },
  'service-edition': {
    what: 'Nicht bekannt ist, welche Customer Service-Edition die Person braucht: Professional umfasst Fälle und Wissensartikel in der Standard-App, Enterprise ergänzt automatisches Routing und Copilot, Premium ergänzt Live-Kanäle. Angezeigt wird Enterprise als die übliche Wahl.',
    ask: 'Vergleichen Sie die unten aufgeführten Editionen mit der Arbeit der Person oder fragen Sie Ihren Partner; beachten Sie, dass Professional- und Enterprise-Benutzer keine gemeinsame Umgebung nutzen dürfen.',
  },
  'service-channels': {
    what: 'Live-Kanäle lassen sich als Customer Service Premium lizenzieren (das nach der Auslegung des Handbuchs durch einen Partner Contact Center mit Digital und Voice einschließt) oder als Customer Service Enterprise mit einem Contact Center-Add-On für einen oder beide Kanäle; ein Microsoft-Preis für die Add-Ons wurde zum Vergleich nicht gefunden.',
    ask: 'Fragen Sie Ihren Partner nach dem Preis von Customer Service Premium im Vergleich zu Customer Service Enterprise mit dem Contact Center-Add-On für die Kanäle, die die Person nutzt.',
  },
  'contact-center-variant': {
    what: 'Contact Center wird eigenständig oder als Add-On für Customer Service Enterprise verkauft, jeweils als Digital, Voice oder beides; welche Variante passt, hängt von den Kanälen ab und davon, ob Kundendatensätze in Customer Service geführt werden.',
    ask: 'Fragen Sie Ihren Partner, welche Contact Center-Variante die Kanäle abdeckt, die die Person bedient.',
  },
  'more-apps': {
    what: 'Die Person arbeitet in zwei oder mehr weiteren Apps; jede braucht zusätzlich zur Basislizenz eine eigene Attach-Lizenz (oder eine Volllizenz, wo es kein Attach-Angebot gibt), und die Basislizenz muss die teuerste dieser Lizenzen sein.',
    ask: 'Listen Sie die Apps der Person auf und beantworten Sie die Fragen hier für die beiden wichtigsten, oder fügen Sie ihre Attach-Lizenzen im Plan von Hand hinzu.',
  },
  'field-service-contractor': {
    what: 'Microsoft verkauft die Lizenz Field Service Contractor für Techniker von Drittunternehmen, mit einem Teil der Funktionen. Ob diese Person als Techniker eines Drittunternehmens gilt und ob die Organisation die Field Service-Lizenz besitzt, die sie laut einem Partner zuvor braucht, müssen Sie bestätigen.',
    ask: 'Bestätigen Sie, dass der Techniker für ein anderes Unternehmen arbeitet und nur die Contractor-Funktionen benötigt; andernfalls erwerben Sie Field Service.',
  },
  'no-attach': {
    what: 'Für eine der Apps der Person ist kein Attach-Angebot aufgeführt (Premium-Editionen und Relationship Sales haben in Microsofts Referenz der Servicepläne keines), daher wird sie zum vollen Preis neben der Basislizenz angezeigt.',
    ask: 'Fragen Sie Ihren Partner, ob die aktuelle Preisliste diese App als Attach-Lizenz anbietet.',
  },
  'professional-attach': {
    what: 'Eine Professional-Basislizenz lässt laut der Matrix im Handbuch von 2022 nur die jeweils andere Professional-App als Attach-Lizenz zu; die aktuelle Matrix wurde nicht gelesen.',
    ask: 'Bitten Sie Ihren Partner, anhand des aktuellen Dynamics 365-Lizenzierungshandbuchs zu bestätigen, dass diese Professional-Attach-Lizenz zu dieser Basislizenz angeboten wird.',
  },
  'spla-external': {
    what: 'Offen ist, ob der Dienstanbieter eine Abonnentenzugriffslizenz (SAL) für Personen außerhalb der gehosteten Organisationen braucht, die den CRM-Client nie nutzen: Ein Lizenzierungspartner verneint das für die Service-Provider-Bestimmungen von CRM 4.0 (das Zitat ist abgeschnitten), während SPLA für jeden Benutzer, der direkt oder indirekt auf den Dienst zugreifen darf, eine SAL verlangt.',
    ask: 'Bitten Sie den SPLA-Reseller des Dienstanbieters, anhand der aktuellen Services Provider Use Rights (SPUR) zu bestätigen, ob externe Benutzer ohne Zugriff über den CRM-Client SALs brauchen.',
  },
  'crm4-online': {
    what: 'CRM 4.0 Online (zunächst CRM Live genannt) ist nur über die Namen seiner Editionen bekannt, Professional und Professional Plus; Preise und Nutzungsrechte ließen sich nicht überprüfen.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner nach den CRM Online-Bestimmungen, die für Ihr Abonnement galten.',
  },
  'ec-after-2014': {
    what: 'Der External Connector wurde im Januar 2014 aus der Preisliste genommen. Ab diesem Zeitpunkt gekaufte CRM 2011-Lizenzen sind also Lizenzen für CRM 2013 oder höher, die über Downgrade-Rechte als CRM 2011 betrieben werden, und nach Microsofts Beitrittsklausel (Enrollment) gelten die Nutzungsrechte der gekauften Version: Diese schließen – ohne Connector – den Zugriff externer Benutzer ein, die den CRM-Client nicht nutzen. Das gilt nur, wenn jede Serverlizenz, über die diese Benutzer bedient werden, ab 2014 gekauft wurde; der Wortlaut des CRM 2013-Handbuchs selbst zum Connector wurde nur in Kopien Dritter gelesen.',
    ask: 'Bestätigen Sie, dass es sich um Lizenzen für CRM 2013 oder höher handelt, die über Downgrade-Rechte genutzt werden, und dass keine vor 2014 gekaufte CRM 2011-Serverlizenz diese Benutzer bedient; trifft das auf eine zu, gilt der External Connector.',
  },
  'team-members-cal': {
    what: 'Die Nutzungsrechte der lokalen Team Members CAL (der Anhang des Handbuchs zu den Nutzungsrechten der CALs) konnten nicht gelesen werden; angenommen wird, dass sie den Rechten von Team Members online entsprechen.',
    ask: 'Fragen Sie Ihren Partner nach dem Anhang zu den CAL-Nutzungsrechten im Lizenzierungshandbuch für Dynamics 365 (on-premises), das beim Kauf der CALs galt.',
  },
  'd365-onprem-external': {
    what: 'Ob externe Benutzer von Dynamics 365 (on-premises) überhaupt CALs brauchen, ist nicht geklärt: Nur die Auslegung der Produktbestimmungen vom Dezember 2016 durch einen Dritten bejaht das, während die Online-Handbücher und die Regeln für CRM 2013 bis 2016 den externen Zugriff einschließen; der Abschnitt des On-Premises-Handbuchs zu externen Benutzern konnte nicht gelesen werden. Bis dieser Abschnitt geprüft ist, nennt die Empfehlung die CALs – die kostspielige Auslegung; bei vielen Portalbenutzern prüfen Sie das vor dem Kauf.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner nach dem Abschnitt über die Lizenzanforderungen für externe Benutzer im Lizenzierungshandbuch für Dynamics 365 (on-premises) oder nach den Produktbestimmungen zu Ihrem Kaufdatum.',
  },
  'hosted-admin': {
    what: 'Der administrative Zugriffsmodus braucht in der Volumenlizenzierung keine Lizenz, aber die SPLA-Bestimmungen, die für jeden berechtigten Benutzer eine SAL verlangen, wurden nicht gelesen.',
    ask: 'Fragen Sie den SPLA-Reseller des Dienstanbieters, ob Administratoren, die keine Geschäftsdaten sehen, eine SAL brauchen.',
  },
  'crm4-web-form': {
    what: 'Offen ist, ob ein öffentliches Formular, das nur in CRM schreibt (Lead-Erfassung, eine Anfrage) und Besuchern keine CRM-Daten anzeigt, einen External Connector braucht: Nur ein Beispiel eines Dritten verneint das.',
    ask: 'Bitten Sie Microsoft oder Ihren Partner um eine Bestätigung anhand der Produktbenutzungsrechte (PUR), die beim Kauf der Lizenzen galten.',
  },
  'crm4-online-external': {
    what: 'Keine Quelle beschreibt, wie CRM 4.0 Online externe Benutzer lizenzierte, die über ein Portal, eine eigenentwickelte Anwendung oder eine Integration darauf zugreifen.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner nach den damaligen Nutzungsrechten für CRM Online.',
  },

  'crm2011-web-form': {
    what: 'Offen ist, ob ein öffentliches Formular, das nur in CRM schreibt und Besuchern keine CRM-Daten anzeigt, einen External Connector braucht: Nur ein Beispiel eines Dritten (für CRM 4.0 geschrieben) verneint das.',
    ask: 'Bitten Sie Microsoft oder Ihren Partner um eine Bestätigung anhand der Produktbenutzungsrechte (PUR), die beim Kauf der Lizenzen galten.',
  },
  'crm2011-online-self-service': {
    what: 'CRM Online 2011 hatte ein einziges Abonnement für alle; ein Self-Service-Abonnement wie die lokale ESS CAL wurde nicht gefunden, doch die Quellen, die das sagen, sind Blogs von Partnern.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, ob ein günstigeres Abonnement Mitarbeiter abdeckte, die CRM Online nur über ein Portal oder eine eigenentwickelte Anwendung nutzen.',
  },
  'd365-integration': {
    what: 'Jede Person, die Dynamics 365-Daten über ein anderes System liest oder damit arbeitet, muss lizenziert sein; die Quellen sagen aber nicht, welche Lizenz Daten abdeckt, die sie nur über eine Integration erreichen.',
    ask: 'Fragen Sie Ihren Partner oder Microsoft, welche Lizenz diese Personen brauchen, und nennen Sie die Tabellen, die die Integration liest und schreibt.',
  },
  'd365-external-custom-app': {
    what: 'Externer Zugriff über eine Website, die Sie auf Basis der API erstellt haben, ist eingeschlossen; Personen, die sich als Gastbenutzer bei einer Power Apps-App anmelden, brauchen jedoch eine Lizenz in Ihrem Mandanten. Was gilt, hängt davon ab, wie die Anwendung Personen anmeldet.',
    ask: 'Prüfen Sie, wie sich die Anwendung authentifiziert: als ein einziger Anwendungsbenutzer für eine Website (eingeschlossen) oder jede Person als Gastbenutzer in Ihrem Mandanten (lizenzpflichtig).',
  },
  'offsite-contractor': {
    what: 'Offen ist, ob ein Auftragnehmer, der überwiegend für Sie, aber nicht vor Ort arbeitet, intern ist: Manche Lizenzformulierungen nennen nur Vor-Ort-Auftragnehmer als intern, andere alle Auftragnehmer und Vertreter, und Microsofts Lizenzierungshandbücher zählen nicht vor Ort tätige Personen nur dann als extern, wenn sich ihre Zeit auf mehrere Kunden verteilt und sie nicht in einem mitarbeiterähnlichen Verhältnis stehen. Die Empfehlung folgt der sicheren Auslegung (intern); wo beide Auslegungen dieselbe Lizenz erfordern (die Oberflächen des Produkts selbst erfordern immer eine), ist die Empfehlung eindeutig.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, wie die Definition externer Benutzer in Ihrem Vertrag auf diesen Auftragnehmer anzuwenden ist; dokumentieren Sie, wo die Person arbeitet und wie viele Stunden pro Woche.',
  },

  'd365-hosted': {
    what: 'Dynamics 365 online ist Microsofts eigener Dienst und darf nicht genutzt werden, um für andere Geschäftsprozess-Outsourcing zu erbringen. Ein Dienstanbieter, der die On-Premises-Software von Dynamics 365 für mehrere Kunden hostet, lizenziert sie über sein SPLA, dessen Nutzungsrechte für Dynamics 365 nicht gelesen wurden.',
    ask: 'Fragen Sie den Dienstanbieter, ob er die On-Premises-Software unter SPLA betreibt (dann braucht jeder Benutzer eine SAL) oder ob jeder Kunde einen eigenen Dynamics 365-Mandanten haben sollte.',
  },
  'offsite-vendor-crm4': {
    what: 'Die Texte zu CRM 4.0 widersprechen sich bei nicht vor Ort tätigen Anbietern: Die aus dem Lizenzierungshandbuch zitierte Definition nennt nur Vor-Ort-Auftragnehmer und -Vertreter als intern, während der Änderungshinweis im Handbuch selbst und Microsofts Support-Blog jeden von den externen Benutzern ausnehmen, der Dienstleistungen für die Organisation oder in ihrem Auftrag erbringt, etwa einen Helpdesk-Anbieter. Die Empfehlung folgt der Definition (extern).',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, welche Fassung der Definition zum External Connector in den Produktbenutzungsrechten (PUR) stand, als die Lizenzen gekauft wurden.',
  },
  'offsite-vendor-crm-online': {
    what: 'Die Bestimmungen von CRM Online 2011 nennen die Auftragnehmer oder Vertreter des Kunden unter den Benutzern, die Abonnements brauchen, ohne Vor-Ort-Kriterium; die Regel, dass ein nicht vor Ort tätiger Anbieter, der mehrere Organisationen bedient, extern ist, wurde erst für spätere Versionen geschrieben. Die Empfehlung folgt der späteren Regel (extern).',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, ob die Mitarbeiter des Anbieters nach den CRM Online-Bestimmungen Ihres Abonnements als Ihre Auftragnehmer gelten.',
  },
  'tenant-staff': {
    what: 'Die Lizenztexte dieser Version sagen nicht, wie die Mitarbeiter eines anderen Unternehmens zu lizenzieren sind, das in Ihrer Bereitstellung sein eigenes Geschäft betreibt; CRM als Dienst für andere Unternehmen zu betreiben, wird über SPLA lizenziert, und der External Connector darf nicht genutzt werden, um CRM als gehosteten Dienst weiterzuverkaufen. Die Empfehlung lizenziert sie als Ihre eigenen Benutzer – die sichere Auslegung.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, ob Sie SPLA brauchen, um dieses Unternehmen aus Ihrer Bereitstellung zu bedienen, oder ob es eigene Lizenzen haben sollte.',
  },
  'tenant-staff-d365': {
    what: 'Die Handbücher zu Dynamics 365 sagen, dass sich der externe Zugriff nicht auf Personen erstreckt, die damit einen Teil ihres eigenen Geschäfts verwalten, und dass der Kunde Dynamics 365 nicht nutzen darf, um für seine Kunden Dienstleistungen im Geschäftsprozess-Outsourcing zu erbringen; laut dem Handbuch vom Juli 2026 (in der Paraphrase eines Dritten) erstreckt sich weder der interne noch der externe Zugriff auf das Erbringen ausgelagerter Geschäftsdienstleistungen. Ob ein anderes Unternehmen überhaupt in Ihrem Mandanten oder Ihrer Bereitstellung sein Geschäft betreiben darf, lizenziert als Ihre Benutzer, steht nirgends; Hosting für Dritte auf Ihren eigenen Servern wird über SPLA lizenziert. Die Empfehlung lizenziert sie als Ihre eigenen Benutzer.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, ob Ihr Vertrag erlaubt, dieses Unternehmen aus Ihrem Mandanten oder von Ihren Servern aus zu bedienen, oder ob es einen eigenen Mandanten und eigene Lizenzen haben sollte (bei eigenen Servern: ob Sie SPLA brauchen).',
  },
  'service-account-onprem': {
    what: 'Keine Quelle zeigt ein Dienstkonto, das lokal keine Lizenz braucht: Das Konto ist ein CRM-Benutzer, und welche CAL es braucht, steht in keinem der gelesenen Texte. Die Empfehlung nennt die CAL, die alles abdeckt, was das Konto tun könnte.',
    ask: 'Fragen Sie Ihren Partner, welche CAL das Konto Ihrer Integration braucht, und nennen Sie, was es liest und schreibt.',
  },
  'service-account-hosted': {
    what: 'Die Services Provider Use Rights (SPUR), die für jeden Benutzer mit Zugriffsberechtigung auf den gehosteten Dienst eine SAL verlangen, wurden im Hinblick auf Dienstkonten nicht gelesen.',
    ask: 'Fragen Sie den SPLA-Reseller des Dienstanbieters, ob das Konto einer Integration eine SAL braucht.',
  },
  'service-account-crm2011-online': {
    what: 'CRM Online 2011 führte den Zugriffsmodus „Nicht interaktiv“ mit Update Rollup 12 ein, laut Microsoft zum selben Preis; ob ein solcher Benutzer weiterhin ein Abonnement brauchte, wurde nicht bestätigt.',
    ask: 'Fragen Sie Microsoft oder Ihren Partner, ob nicht interaktive Benutzer nach Ihren CRM Online-Bestimmungen ein Abonnement brauchten.',
  },
  'service-account-crm-online': {
    what: 'Microsofts Beitrag von 2013 zu den Lizenztypen sagt, eine Essential-Lizenz würde von einem externen Dienst oder einer Anwendung zur Anmeldung bei CRM genutzt; spätere CRM Online-Bestimmungen sollen fünf kostenlose nicht interaktive Benutzer erlauben, doch dieser Text wurde nicht gelesen.',
    ask: 'Prüfen Sie, ob sich das Konto auf den Zugriffsmodus „Nicht interaktiv“ setzen lässt und wie viele solche Benutzer Ihr Abonnement erlaubt.',
  },
  'service-account-d365-onprem': {
    what: 'Die Regeln des Lizenzierungshandbuchs für Dynamics 365 (on-premises) zu Dienstkonten konnten nicht gelesen werden. Online brauchen Anwendungsbenutzer und bis zu sieben nicht interaktive Benutzer keine Lizenz; lokal ist das Konto ein Benutzer mit CAL, und angenommen wird die günstigste CAL, wie es bei CRM 2013 bis 2016 eine Essential CAL war.',
    ask: 'Fragen Sie Ihren Partner nach den Regeln des Lizenzierungshandbuchs für Dynamics 365 (on-premises) zu Integrations- und Dienstkonten.',
  },
  'contractor-business-process': {
    what: 'Nach der ab dem 1. Oktober 2024 geltenden Definition ist ein Auftragnehmer, der in der Regel 30 Stunden pro Woche oder weniger für Sie arbeitet und nicht an jedem Arbeitstag vor Ort ist, ein externer Benutzer; das Dynamics 365-Lizenzierungshandbuch erstreckt den externen Zugriff aber nicht auf Auftragnehmer, die in Ihrem Auftrag Geschäftsprozesse ausführen. Die Empfehlung folgt der Definition (extern).',
    ask: 'Prüfen Sie, ob dieser Auftragnehmer in Dynamics 365 die Arbeit Ihrer Organisation erledigt oder nur Daten damit austauscht; erledigt er Ihre Arbeit, lizenzieren Sie ihn als internen Benutzer.',
  },
  'vendor-business-process': {
    what: 'Microsofts Handbücher zählen Mitarbeiter eines nicht vor Ort tätigen Anbieters, der mehrere Organisationen bedient, etwa eines Helpdesks, als externe Benutzer; sie sagen aber auch, dass sich der externe Zugriff nicht auf Anbieter erstreckt, die im Auftrag des Kunden Geschäftsprozesse ausführen, und das Handbuch vom Juli 2026 (nur in der Paraphrase eines Dritten gelesen) nennt solche Anbieter intern. Ein Anbieter, dessen Mitarbeiter Ihre Datensätze aktualisieren oder führen, erledigt einen Teil Ihrer Arbeit: Die Texte weisen in beide Richtungen. Die Empfehlung folgt der externen Auslegung.',
    ask: 'Prüfen Sie, ob der Anbieter die Prozesse Ihrer Organisation im System ausführt (dann lizenzieren Sie seine Mitarbeiter als interne Benutzer) oder nur seine eigenen Arbeitsergebnisse mit Ihnen austauscht, und bewahren Sie den Vertrag auf, der zeigt, was davon zutrifft.',
  },
  'contractor-hours': {
    what: 'Bei Verträgen, die ab dem 1. Oktober 2024 unterzeichnet wurden, ist ein Auftragnehmer intern, wenn er in der Regel mehr als 30 Stunden pro Woche für Sie arbeitet oder an jedem Arbeitstag vor Ort ist, andernfalls extern. Seine Arbeitsstunden sind nicht bekannt. Die Empfehlung folgt der sicheren Auslegung (intern).',
    ask: 'Finden Sie heraus, wie viele Stunden pro Woche der Auftragnehmer in der Regel für die Organisation arbeitet und ob er an jedem Arbeitstag vor Ort ist.',
  },
  'vendor-hours': {
    what: 'Bei Verträgen, die ab dem 1. Oktober 2024 unterzeichnet wurden, ist ein Mitarbeiter eines Anbieters, der in der Regel mehr als 30 Stunden pro Woche für Sie arbeitet oder an jedem Arbeitstag vor Ort ist, intern – unabhängig von seinem Arbeitgeber. Seine Arbeitsstunden sind nicht bekannt. Die Empfehlung folgt dem üblichen Fall eines Anbieters, der mehrere Organisationen bedient (extern).',
    ask: 'Finden Sie heraus, wie viele Stunden pro Woche diese Person in der Regel für die Organisation arbeitet und ob sie an jedem Arbeitstag vor Ort ist.',
  },
  'agreement-date': {
    what: 'Die Definition externer Benutzer hat sich für Verträge geändert, die ab dem 1. Oktober 2024 unterzeichnet wurden (das Kriterium von 30 Wochenstunden und der Anwesenheit vor Ort), und das Datum des Vertrags ist nicht bekannt.',
    ask: 'Finden Sie heraus, wann der geltende Beitritt (Enrollment) oder Vertrag unterzeichnet wurde; falls ab dem 1. Oktober 2024, auch, wie viele Stunden pro Woche die Person in der Regel für die Organisation arbeitet.',
  },
  'ess-reports': {
    what: 'Mit der Employee Self Service CAL lassen sich Firmen, Kontakte, Fälle, Leads, Aktivitäten und benutzerdefinierte Datensätze lesen; Berichte und Dashboards gehören zum vollständigen Lesezugriff der Limited CAL, für den das Handbuch Berichte als Beispiel nennt. Welche passt, hängt davon ab, was diese Person liest.',
    ask: 'Prüfen Sie, ob die Person Berichte oder Dashboards liest; wenn ja, ist eine Limited CAL die sichere Wahl.',
  },
  'ec-purchase-date': {
    what: 'Der External Connector für CRM 2011 regelt den externen Zugriff für Lizenzen, die gekauft wurden, solange er auf der Preisliste stand, also bis Januar 2014; später gekaufte Lizenzen sind neuere Versionen, die über Downgrade-Rechte genutzt werden und deren Nutzungsrechte den externen Zugriff ohne Connector einschließen. Wann die Lizenzen gekauft wurden, ist nicht bekannt.',
    ask: 'Finden Sie heraus, wann die CRM 2011-Serverlizenzen gekauft wurden (aus der Rechnung oder dem Volume Licensing Service Center).',
  },
  'portal-agent-work': {
    what: 'Interne Benutzer einer Power Pages-Website können über Power Apps, eine Dynamics 365 Enterprise-Lizenz oder die Kapazität der Website für authentifizierte Benutzer lizenziert werden; doch kein Text erstreckt eine davon – außer einer Customer Service- oder Field Service-Lizenz – auf das Aktualisieren von Fällen oder Arbeitsaufträgen, die andere angelegt haben, was Microsofts Liste der eingeschränkten Tabellen diesen Lizenzen vorbehält. Ob die Arbeit dieser Person auf der Website diese Datensätze berührt, ist nicht bekannt.',
    ask: 'Prüfen Sie, ob die Person auf der Website Fälle (oder Arbeitsaufträge) aktualisiert, löst oder schließt, die andere angelegt haben; pflegt sie nur Firmen, Kontakte oder benutzerdefinierte Tabellen, genügen Kapazität oder Power Apps.',
  },
  'd365-integration-tables': {
    what: 'Welche Lizenz eine Person abdeckt, deren Daten das andere System in Dynamics 365 schreibt, hängt von den Tabellen ab: Power Apps deckt Tabellen außerhalb der Dynamics 365-Apps und die eigenen Fälle der Person ab; andere eingeschränkte Tabellen erfordern eine Dynamics 365-Lizenz. Die Tabellen sind nicht bekannt.',
    ask: 'Listen Sie die Tabellen auf, in denen die Integration im Namen dieser Person Datensätze erstellt oder aktualisiert, und gleichen Sie sie mit Microsofts Liste der eingeschränkten Tabellen ab.',
  },
  'portal-sign-in': {
    what: 'Die Kapazität für anonyme Benutzer deckt Besucher ab, die sich nie anmelden, etwa bei einem reinen Absendeformular; ein Besucher, der sich – am selben Tag oder später – anmeldet, um ein Anliegen weiterzuverfolgen oder Datensätze zu pflegen, zählt als authentifizierter Benutzer.',
    ask: 'Prüfen Sie, ob sich diese Besucher bei der Website anmelden; wenn ja, rechnen Sie sie auf die Kapazität für authentifizierte Benutzer an.',
  },
}
