import type * as En from './factText'
import type { Localized } from './localized'

/*
 * The facts’ statements in German. Terms as in
 * uncertainties.de.ts and questions.de.ts: Mitarbeiter, verbundene Unternehmen, Vor-Ort-Auftragnehmer und -Vertreter,
 * Anbieter, externe Benutzer, Abonnement, Mandant, Zugriffsmodus, Firmen/Kontakte/Fälle/Leads/Verkaufschancen.
 * License, CAL, app and product names stay English; what a statement quotes from a document is paraphrased in
 * German (the document's own words show in the reason's lang="en" original-text block).
 */
export const FACT_STATEMENTS: Localized<typeof En.FACT_STATEMENTS> = {
  'R1.S1':
    'Externe Benutzer sind weder Ihre Mitarbeiter noch die Ihrer verbundenen Unternehmen, noch Ihre oder deren Vor-Ort-Auftragnehmer oder -Vertreter: Diese internen Benutzer müssen lizenziert sein, gleich über welchen Client oder welche Zwischenschicht sie zugreifen.',
  'R1.S2':
    'Zu den externen Benutzern zählen keine Mitarbeiter, selbstständigen Auftragnehmer, Vertreter, Dienstleister oder anderen Personen, die Dienstleistungen für die Organisation oder in ihrem Auftrag erbringen (ohne Einschränkung auf „onsite“).',
  'R1.S27':
    'Interne Benutzer sind Mitarbeiter, Vertreter, Auftragnehmer und andere Anbieter, die vor Ort tätig sind; jeder von ihnen braucht eine CAL.',
  'R1.S28':
    'Drittbenutzer schließen die Auftragnehmer oder Vertreter des Kunden aus; die Definition erstreckt sich nicht auf Vor-Ort-Auftragnehmer, Anbieter und Benutzer, die im Auftrag des Kunden Geschäftsprozesse ausführen.',
  'R1.S32':
    'Mitarbeiter sowie vor Ort tätige Vertreter, Anbieter oder Auftragnehmer, die direkt oder indirekt auf den Dienst zugreifen, müssen lizenziert sein.',
  'R2.S32':
    'Externe Benutzer sind Endkunden und Dritte; auch nicht vor Ort tätige Anbieter, die nicht in einem mitarbeiterähnlichen Verhältnis stehen (zum Beispiel ein IT-Helpdesk-Anbieter, der mehrere Organisationen betreut), sind extern.',
  'R2.S1':
    'Externe Benutzer sind Ihre Kunden, Partner, Lieferanten und andere Endbenutzer, die nicht Ihre Mitarbeiter sind.',
  'R4.S32':
    'Der Zugriff externer Benutzer erstreckt sich weder auf Auftragnehmer, Anbieter oder Vertreter, die in Ihrem Auftrag Geschäftsprozesse ausführen, noch auf Personen, die mit Dynamics 365 einen Teil ihres eigenen Geschäfts verwalten; der Dienst darf nicht für Geschäftsprozess-Outsourcing genutzt werden.',
  'R4.S28':
    'Der externe Zugriff erstreckt sich nicht auf Vor-Ort-Auftragnehmer, Anbieter und Benutzer, die im Auftrag des Kunden Geschäftsprozesse ausführen.',
  'R1.P1':
    'Vor dem 1. Oktober 2024 („Currently“) sind „External Users“ Benutzer, die weder Mitarbeiter noch Vor-Ort-Auftragnehmer oder -Vertreter des Kunden oder seiner verbundenen Unternehmen sind: Ausgenommen sind nur Auftragnehmer und Vertreter vor Ort, ein nicht vor Ort tätiger Auftragnehmer fällt also nicht unter die Ausnahme.',
  'R3.P1':
    'Ab dem 1. Oktober 2024 sind „External Users“ Benutzer, die nicht (a) Mitarbeiter des Kunden oder seiner verbundenen Unternehmen sind, (b) Auftragnehmer oder Vertreter, die in der Regel durchschnittlich mehr als 30 Stunden pro Woche für den Kunden oder seine verbundenen Unternehmen arbeiten, oder (c) Auftragnehmer oder Vertreter, die in der Regel an jedem Arbeitstag vor Ort für den Kunden oder seine verbundenen Unternehmen arbeiten. Die Änderung gilt nur für Kunden, die am 1. Oktober 2024 oder später einen Beitritt oder Vertrag unterzeichnen; zu den genannten Produkten gehört Dynamics 365.',
  'R1.P12':
    'Für CRM 2011 sind „External Users“ Benutzer, die weder (i) Ihre Mitarbeiter oder die Ihrer verbundenen Unternehmen noch (ii) Ihre oder deren Vor-Ort-Auftragnehmer oder -Vertreter sind; auch Benutzer gehosteter Softwaredienste, etwa über SPLA lizenzierte, zählen nicht dazu.',
  'R1.P21':
    'Nicht vor Ort tätige Anbieter gelten nur dann als externe Benutzer, wenn sich ihre Zeit auf mehrere Kundenorganisationen verteilt und sie nicht in einem mitarbeiterähnlichen Verhältnis stehen.',
  'R1.P11':
    'Der Zugriff externer Benutzer (Drittbenutzer) ist im Abonnement enthalten; sie brauchen keine Benutzerabonnements, es sei denn, sie nutzen die CRM-Clientanwendungen und die grafische Benutzeroberfläche. Drittbenutzer sind Benutzer, die weder Mitarbeiter noch Auftragnehmer oder Vertreter des Kunden sind, und die Definition erstreckt sich nicht auf Vor-Ort-Auftragnehmer, Anbieter und Benutzer, die im Auftrag des Kunden Geschäftsprozesse ausführen.',
  'R10.P16':
    'Ein Änderungshinweis im Handbuch zu CRM 4.0 ersetzte die Beschreibung des External Connector: Zu den externen Benutzern zählen keine Mitarbeiter, selbstständigen Auftragnehmer, Vertreter, Dienstleister oder anderen Personen, die Dienstleistungen für die Organisation oder in ihrem Auftrag erbringen. Diese Fassung kennt keine Einschränkung auf „onsite“ und widerspricht damit dem für S1 zitierten Wortlaut des Handbuchs, der nur Vor-Ort-Auftragnehmer oder -Vertreter ausnimmt.',
  'R4.P10':
    'Das Handbuch vom November 2021 stellt den Zugriff externer Benutzer Kunden und Dritten in begrenzten Situationen zur Verfügung. Die Grenzen selbst (externe Benutzer dürfen die Anwendungsbildschirme von Customer Engagement nicht nutzen, und der externe Zugriff erstreckt sich nicht auf Auftragnehmer, Anbieter oder Vertreter, die im Auftrag des Kunden Geschäftsprozesse ausführen oder mit Dynamics 365 Teile ihres Geschäfts verwalten) wurden in der Ausgabe des Handbuchs vom Juli 2017 gelesen, nicht in der Fassung vom November 2021.',
  'R5.S8':
    'Gebündelte Verbindungen, ein Dienstkonto, ein Portal, Middleware oder eine Integration verringern die Zahl der benötigten Lizenzen nicht: Jeder Benutzer und jedes Gerät, die CRM-Daten eingeben, abfragen oder ansehen, müssen lizenziert sein – gleich wie viele Schichten dazwischenliegen.',
  'R5.S44':
    'Multiplexing verringert die Zahl der benötigten CALs nicht: Benutzer oder Geräte, die indirekt über andere Hardware oder Software auf den Server zugreifen, brauchen weiterhin die entsprechenden CALs.',
  'R6.S44':
    'Erreichen Daten eine Person nur über einen manuellen Vorgang (zum Beispiel exportiert ein Kollege einen Bericht und schickt ihn per E-Mail), braucht diese Person keine CAL.',
  'R7.S27':
    'Die Einschränkungen der Lizenztypen werden vom Produkt nicht technisch durchgesetzt: Kunden sollten Sicherheitsrollen anlegen, die der Lizenz jedes Benutzers entsprechen.',
  'R7.S39':
    'Als Lizenztyp eines Benutzers erfasst das Produkt Administrative, Device Full, Device Limited, Full und Limited: Für Employee Self Service oder Essential gibt es keinen Wert, sie werden also auf Vertrauensbasis eingehalten.',
  'R5.P8':
    '„Multiplexing“ liegt vor, wenn Personen Hardware oder Software nutzen, um Verbindungen zu bündeln, Informationen umzuleiten oder indirekt auf sie zuzugreifen und/oder die Zahl der Geräte oder Benutzer zu verringern, die direkt auf ein Produkt zugreifen oder es nutzen.',
  'R7.P4':
    'Die App Customer Service Team Member wird mit Dynamics 365 Customer Engagement (on-premises) nicht unterstützt.',
  'R7.P6':
    'Team Members-Lizenzen werden für neue Instanzen ab April 2020 technisch je App durchgesetzt; für bestehende Instanzen galt eine Übergangsfrist bis zum 30. Juni 2020.',
  'R7.P23':
    'Partner berichten, dass die technische Durchsetzung ab dem 31. Januar 2021 auf alle Kunden mit Benutzern der neuen Team Member-Lizenz ausgeweitet wurde und nur Kunden von Dynamics 365 online betrifft, ohne Auswirkung auf On-Premises-Bereitstellungen.',
  'R8.S3':
    'Ein Benutzer im administrativen Zugriffsmodus arbeitet nur im Bereich „Einstellungen“, sieht keine Vertriebs-, Marketing- oder Servicedaten und verbraucht keine CAL.',
  'R8.S4':
    'Beliebig viele Benutzer können auf den administrativen Zugriffsmodus gesetzt werden, der keine CAL verbraucht.',
  'R9.S5':
    'CRM 4.0 hat zwei CALs: die Limited CAL (nur Lesezugriff) und die Full Use Additive CAL, die Schreibzugriff hinzufügt; zusammen ergeben sie die volle CAL. Beide gibt es pro Benutzer und – neu in 4.0 – pro Gerät.',
  'R9.S14':
    'Die Employee Self Service CAL ist in CRM 2011 völlig neu: CRM 4.0 hat keine Self-Service-CAL, daher braucht Schreiben über ein Portal eine volle CAL.',
  'R10.S1':
    'Mit dem External Connector können beliebig viele externe Benutzer CRM-Daten über jede Anwendung oder Schnittstelle außer den CRM-Clients nutzen; für jeden Server, auf dem eine Anwendung mit externem Zugriff läuft, wird einer benötigt. Der Limited External Connector erlaubt nur Lesezugriff; zusammen mit dem Full Use Additive External Connector sind Lese- und Schreibzugriff möglich.',
  'R10.S2':
    'Der External Connector darf nicht für Mitarbeiter, Auftragnehmer oder Vertreter (zum Beispiel Callcenter-Personal) genutzt werden und deckt nie den Zugriff über die CRM-Clients ab.',
  'R11.S7':
    'Ein öffentliches Webformular, das nur Daten in CRM schreibt (etwa zur Lead-Erfassung), ohne Besuchern CRM-Daten anzuzeigen, brauchte keinen External Connector; eine Website, auf der Kunden ihre CRM-Daten ansehen und pflegen, brauchte einen.',
  'R36.P17':
    'Für externe Benutzer müssen in der internen Organisation Benutzerkonten angelegt werden, um Zugriff zu gewähren und das Sicherheitsmodell durchzusetzen: Laut dem Dokument sind sie vollwertige CRM-Benutzer.',
  'M1.S56':
    'CRM Online für CRM 4.0 (zunächst CRM Live genannt) wurde pro Benutzer in den Editionen Professional und Professional Plus mit Laufzeiten von 12 oder 24 Monaten verkauft; seine Listenpreise und seine Bestimmungen für externe Benutzer ließen sich nicht überprüfen.',
  'R12.S12':
    'Die CALs von CRM 2011 bauen aufeinander auf: Employee Self Service (ESS); ESS plus die Limited Use Additive CAL ergibt die Limited CAL; Limited plus die Full Use Additive CAL ergibt die volle CAL. Jede gibt es als Benutzer- und als Gerätevariante.',
  'R13.S12':
    'Die ESS CAL gibt internen Benutzern eingeschränkten API-Zugriff und eingeschränkten Lese- und Schreibzugriff über jede Anwendung oder Schnittstelle außer dem CRM-Client.',
  'R14.S12':
    'Die Limited CAL gibt vollen Lesezugriff auf alle Daten und eingeschränkten Schreibzugriff im Web-, Outlook- und mobilen Client.',
  'R16.S20':
    'Der External Connector wurde im Januar 2014 aus der Preisliste genommen; ab dem Lizenzmodell von CRM 2013 ist der Zugriff externer Benutzer in der Serverlizenz enthalten, und CALs werden nur gebraucht, wenn sie die CRM-Clientanwendungen nutzen.',
  'R16.S27': 'Externe Benutzer brauchen keine CAL, es sei denn, sie nutzen die CRM-Clientanwendungen.',
  'R17.S21':
    'CRM Online 2011 verkaufte ein einziges Benutzerabonnement mit Lese- und Schreibzugriff (etwa 44\u00a0$ pro Benutzer und Monat), das jeder interne Benutzer braucht; externe Benutzer, die auf den Dienst zugreifen, ohne seine Software zu nutzen, brauchen keines.',
  'R17.S22':
    'Ab Update Rollup 12 kamen bei CRM Online der administrative und der nicht interaktive Zugriffsmodus zum selben Preis hinzu; ein Self-Service-Abonnement vergleichbar der ESS CAL wurde nicht angeboten.',
  'R13.P14':
    'Die ESS CAL gibt Lesezugriff auf Firmen, Kontakte, Fälle, Leads, Aktivitäten und Datensätze benutzerdefinierter Entitäten; Datenberechtigungen zum Erstellen dieser Datensätze sowie zum Anfügen, Anfügen an und Aktualisieren von Datensätzen, die andere CRM-Benutzer erstellt haben; die Nutzung jeder Anwendung oder grafischen Benutzeroberfläche außer dem Dynamics CRM-Client; und keine Datenberechtigungen, um Datensätze zuzuweisen, freizugeben oder zu löschen.',
  'R14.P15':
    'Die Limited CAL gibt einem Benutzer vollen Lesezugriff (zum Beispiel für Berichte) und eingeschränkten Schreibzugriff.',
  'R32.P15':
    'Bei einer Geräte-CAL wird die CAL einem Gerät zugewiesen und kann über die Zeit von Benutzern geteilt werden, die es nicht gleichzeitig nutzen.',
  'R15.P12':
    'Externe Benutzer von CRM 2011 sind weder Ihre Mitarbeiter oder die Ihrer verbundenen Unternehmen noch Ihre oder deren Vor-Ort-Auftragnehmer oder -Vertreter noch Benutzer gehosteter Softwaredienste, die bereits über SPLA lizenziert sind. Für jeden Server, der externen Benutzern Zugriff auf die Serversoftware von Dynamics CRM 2011 gewährt, muss ein External Connector erworben werden; die Alternative ist, dass jeder externe Benutzer eine CAL erwirbt.',
  'R15.P13':
    'Das Handbuch vom Februar 2012 erweiterte die Nutzungsrechte des External Connector um unbegrenzten Lesezugriff und eingeschränkten Schreibzugriff.',
  'R17.P24':
    'Eine wiedergegebene Klausel der Nutzungsrechte von CRM Online besagt, dass der Kunde für externe Benutzer, die auf den Dienst zugreifen, ohne dessen Software zu nutzen, keine zusätzlichen Benutzerkonten erwerben muss; „external users“ sind Benutzer, die weder der Kunde noch seine Mitarbeiter, verbundenen Unternehmen, Auftragnehmer oder Vertreter sind.',
  'R18.S23':
    'Ab CRM 2013 gibt es drei Lizenzen, gewählt nach Funktion statt nach Client: Essential (benutzerdefinierte Entitäten, Aktivitäten, das SDK; über die Webanwendung für eigens entwickelte Apps nutzbar), Basic (zusätzlich Firmen, Kontakte, Fälle, Leads, Berichte und Dashboards; Verkaufschancen nur lesend) und Professional (alles).',
  'R18.S25': 'Die Essential-Lizenz gibt keine Rechte an Firmen, Kontakten, Leads oder Fällen.',
  'R19.S24':
    'CRM Online kostete ab Herbst 2013 65\u00a0$ (Professional), 30\u00a0$ (Basic) und 15\u00a0$ (Essential) pro Benutzer und Monat.',
  'R19.S25':
    'Ein neues CRM Online-Abonnement braucht mindestens 5 Professional-Abonnements; danach lassen sich beliebig viele Basic- und Essential-Abonnements hinzufügen.',
  'R20.S27':
    'Lokal wird CRM mit einer Serverlizenz plus CALs lizenziert; jeder interne Benutzer braucht eine CAL, deren Lizenztyp in der Anwendung festgelegt wird, und für jede Stufe gibt es Nutzer- und Geräte-CALs.',
  'R18.P19':
    'Eine Essential-Lizenz würde ein externer Dienst oder eine Anwendung zur Anmeldung bei CRM nutzen oder eine Person, die sich über die CRM-Webanwendung anmeldet, um eine eigens entwickelte Anwendung zu nutzen.',
  'R33.P11':
    'Bei Microsoft Dynamics Marketing und Microsoft Social Engagement müssen externe Benutzer ebenso lizenziert sein wie interne Benutzer.',
  'R21.S32':
    'Externe Benutzer brauchen kein Abonnement: Ihr Zugriff ist in den Abonnements der internen Benutzer enthalten, sie dürfen aber die Anwendungsbildschirme von Customer Engagement nicht nutzen; dafür ist eine Lizenz erforderlich.',
  'R21.S28':
    'Der Zugriff externer Benutzer (Drittbenutzer) ist enthalten; sie brauchen kein Abonnement, es sei denn, sie nutzen die CRM-Clientanwendungen.',
  'R22.S41':
    'Ein Gastbenutzer aus einem anderen Mandanten, der sich bei den Dynamics 365-Apps anmeldet, braucht eine Dynamics 365-Lizenz, die ihm im gastgebenden Mandanten zugewiesen ist; eine Lizenz in seinem eigenen Mandanten zählt nicht.',
  'R23.S34':
    'Ab Oktober 2018 gekaufte Team Members-Lizenzen öffnen nur die dafür vorgesehenen Team Member-Apps (kein Sales Hub, kein Customer Service Hub, keine benutzerdefinierten modellgesteuerten Apps); Firmen sind dort schreibgeschützt.',
  'R24.S51':
    'Seit Oktober 2019 ist die erste Dynamics 365-App eines Benutzers eine Basislizenz zum vollen Preis, weitere berechtigte Apps sind vergünstigte Attach-Lizenzen (2019: 95\u00a0$ Basis, 20\u00a0$ Attach pro Monat).',
  'R24.S52':
    'Sales Hub und die anderen vollständigen Dynamics 365-Apps öffnen sich nur für Benutzer, die die Lizenz der jeweiligen App besitzen.',
  'R25.S38':
    'Administrative Benutzer (nur Einstellungen), nicht interaktive Benutzer (nur API, bis zu 7 pro Umgebung) und Anwendungsbenutzer (Server-zu-Server) brauchen keine Lizenz; die Personen, denen die von ihnen übertragenen Daten zugutekommen, lizenzieren sie jedoch nicht.',
  'R25.S33': 'Administratoren brauchen keine Lizenz, um den Dienst zu konfigurieren und zu verwalten.',
  'R25.S39':
    'Der Lizenztyp (CalType) des Benutzerdatensatzes kennt den Wert Administrative für Benutzer, die das System nur verwalten und keine Lizenz verbrauchen; CRM Online erlaubte fünf kostenlose nicht interaktive Benutzer.',
  'R26.S40':
    'Eine Power Apps-App, die in eingeschränkten Tabellen (Fall, Berechtigung, SLA, Wissensartikel, Ziel, Arbeitsauftrag …) Zeilen erstellt, aktualisiert oder löscht, braucht die passende Dynamics 365-Lizenz; für reinen Lesezugriff genügt Power Apps. Ausnahme für den Mitarbeiter-Self-Service: Ein Power Apps-Benutzer darf Fälle erstellen und die von ihm erstellten Fälle lesen, aktualisieren und löschen, aber nicht als Agent tätig werden.',
  'R21.P10':
    'Der Zugriff externer Benutzer steht Kunden und Dritten in begrenzten Situationen zur Verfügung. Auch nicht vor Ort tätige Anbieter, die nicht in einem mitarbeiterähnlichen Verhältnis stehen (etwa IT-Helpdesk-Anbieter, die mehrere Organisationen betreuen), gelten als externe Benutzer, und diese externen Benutzer brauchen für den Zugriff auf den Dienst keine Benutzerlizenzen (die Kopie bricht in diesem Satz ab).',
  'R23.P4':
    'Mit der Einstiegslizenz Team Members können Mitarbeiter die App Customer Service Team Member für den Self-Service-Support nutzen: Sie erstellen Fälle zu eigenen Anliegen wie Laptopproblemen, Personalfragen und Verwaltungsbelangen und können die selbst erstellten Fälle erstellen, lesen, aktualisieren und schließen, von anderen Benutzern erstellte Fälle aber weder ansehen noch aktualisieren.',
  'R23.P5':
    'Der Verantwortliche der Seite stellt klar, dass ein Team Members-Benutzer Fälle nur im Rahmen von Employee Self Service erstellen und aktualisieren kann: nicht für andere Kundenservice-Szenarien, nicht im Namen anderer und so weiter.',
  'R23.P6':
    'Team Members ist für Benutzer gedacht, die Daten oder Berichte nutzen, aber nicht den vollen Funktionsumfang brauchen. Im Oktober 2018 oder später gekaufte Team Members-Lizenzen sind auf die dafür vorgesehenen Apps beschränkt: Diese Benutzer können nicht mehr auf Customer Service Hub, Sales Hub oder benutzerdefinierte Apps zugreifen.',
  'R8.P7':
    'Ein globaler Administrator, Power Platform-Administrator oder Dynamics 365-Administrator braucht keine Lizenz, um in einer Umgebung aktiviert zu werden; da er nicht lizenziert ist, wird er auf den administrativen Zugriffsmodus gesetzt.',
  'R25.P7':
    'Nicht interaktive Benutzer können nur über SDK-/API-Aufrufe auf Dataverse zugreifen, nicht über die Weboberfläche oder die Admin-Portale, und brauchen keine Lizenz; pro Instanz sind höchstens 7 nicht interaktive Benutzer zulässig.',
  'R35.P7':
    'Anwendungsbenutzer (Server-zu-Server-Authentifizierung) werden mit einem nicht interaktiven Benutzerkonto angelegt, zählen aber nicht zur Grenze von sieben nicht interaktiven Benutzern, und wie viele davon sich in einer Umgebung anlegen lassen, ist nicht begrenzt; alles, was die Anwendung über sie tut, wird als Anwendungsbenutzer ausgeführt, nicht als der Benutzer, der auf die Anwendung zugreift.',
  'R35.P25':
    'Sie können in einer Umgebung einen nicht lizenzierten Anwendungsbenutzer anlegen; er erhält Zugriff auf die Daten der Umgebung im Namen des Benutzers, der Ihre Anwendung nutzt.',
  'R26.P3':
    'Mit Power Apps, Power Automate oder Power Virtual Agents lizenzierte Benutzer können Fälle erstellen und die von ihnen erstellten Fälle lesen, aktualisieren und löschen, um Szenarien wie den Mitarbeiter-Self-Service zu ermöglichen; als Kundenservice-Agent dürfen sie nicht tätig werden.',
  'R26.P9':
    'Power Apps-Benutzer mit einer Power Apps-Lizenz dürfen mit benutzerdefinierten Anwendungen Daten in jeder nicht eingeschränkten Dynamics 365-Tabelle in Dataverse erstellen, lesen, aktualisieren oder löschen; Power Apps-Benutzer und -Geräte, die Daten in eingeschränkten Dynamics 365-Tabellen erstellen, aktualisieren oder löschen müssen, brauchen eine Lizenz für Dynamics 365.',
  'R27-external.S42':
    'Nach derselben Lesart der Produktbestimmungen vom Dezember 2016 brauchen auch externe Benutzer von Dynamics 365 (on-premises) CALs – anders als beim Onlinedienst und bei CRM 2013 bis 2016.',
  'R27.S43':
    'Das Lizenzierungshandbuch für Dynamics 365 (on-premises) hat einen Abschnitt über die Lizenzanforderungen für externe Benutzer, dessen Text sich in den gefundenen Kopien nicht lesen ließ.',
  'R27.P22':
    'Bei Dynamics 365 (on-premises) sind die Serverlizenzen für Dynamics 365 Server im Kauf der Clientzugriffslizenzen enthalten.',
  'R28.S37':
    'Power Pages wird nach Kapazität lizenziert: authentifizierte Benutzer pro Website und Monat in Paketen zu 100, anonyme Benutzer pro Website und Monat in Paketen zu 500. Die Kapazität für authentifizierte Benutzer kann Mitarbeiter ebenso abdecken wie externe Benutzer; Benutzer mit einer Power Apps Premium- oder Dynamics 365 Enterprise-Lizenz im selben Mandanten, die sich mit Entra ID anmelden, werden nicht gezählt.',
  'R28.S36':
    'Vor Power Pages zählten Power Apps-Portale externe authentifizierte Benutzer in Anmeldungen (eine Anmeldung ist ein 24-Stunden-Zugang zu einem Portal) und anonyme Benutzer in Seitenaufrufen; interne Benutzer brauchten Dynamics 365 Enterprise- oder Power Apps-Lizenzen.',
  'R28.P2':
    'Interne authentifizierte Benutzer einer Power Pages-Website können lizenziert sein über Power Apps pro App (eine Website, in der Umgebung, der die Pro-App-Kapazität zugewiesen ist), Power Apps pro Benutzer (beliebig viele Websites), Dynamics 365 Enterprise-Lizenzen (beliebig viele Websites, die dem lizenzierten Dynamics 365-Anwendungskontext und seiner Umgebung zugeordnet sind) oder das Power Pages-Abonnement für authentifizierte Benutzer pro Website. Damit Power Apps pro Benutzer und Dynamics 365 Enterprise-Lizenzen erkannt werden, melden sich die Benutzer mit ihrer Entra ID über den integrierten Anbieter an, und die Lizenz muss ihnen im selben Mandanten zugewiesen sein wie die Website.',
  'R28-anon.P2':
    'Anonyme Benutzer sind Benutzer, die eine Website besuchen, ohne sich anzumelden. Ein Benutzer, der eine Website sowohl anonym als auch authentifiziert aufruft – in derselben Sitzung oder auch nur am selben Tag (24 Stunden, UTC) –, wird als authentifizierter Benutzer gezählt.',
  'R36.S60':
    'Authentifizierte Benutzer von Power Pages werden in Dataverse durch Kontakte dargestellt, nicht durch Systembenutzer.',
  'R29.S10':
    'Ein Anbieter, der CRM als Dienst für andere Organisationen hostet, muss es über das Services Provider License Agreement (SPLA) lizenzieren, mit monatlichen Abonnentenzugriffslizenzen (SALs) für jeden Benutzer, der direkt oder indirekt darauf zugreifen darf; über Einzelhandels- oder Volumenlizenzprogramme gekaufte Lizenzen dürfen nicht genutzt werden, um Dienste für Dritte zu erbringen.',
  'R29.S48':
    'Gehostetes Dynamics wird über SPLA-Abonnentenzugriffslizenzen (SALs) lizenziert (für die On-Premises-Software Dynamics 365: SALs für Sales, Customer Service und Team Members); die Endkunden brauchen keine eigenen Lizenzen.',
  'R30.S9':
    'Ein Lizenzierungspartner sagt, nach den Service-Provider-Bestimmungen von CRM 4.0 sei für externe Benutzer, die ohne den CRM-Client auf CRM zugreifen, keine SAL nötig; das Zitat ist in der archivierten Kopie abgeschnitten.',
  'R31.S49':
    'Mit Software Assurance erlaubt die Lizenzmobilität (License Mobility, ab den Produktbenutzungsrechten vom Juli 2011) einem Kunden, seine eigenen Serverlizenzen auf gemeinsam genutzter Hardware eines autorisierten Partners zu betreiben, wobei jede Instanz einem einzigen Kunden vorbehalten ist.',
  'R30.P18':
    'External Connector-Lizenzen dürfen nicht dazu genutzt werden, Dynamics CRM als gehosteten Dienst weiterzuverkaufen oder neu zu verpacken.',
  'R32.S5':
    'Eine Geräte-CAL lizenziert ein Gerät für beliebig viele Personen, die es nacheinander nutzen (Schichtarbeit, Desk-Sharing); eine Nutzer-CAL lizenziert eine Person auf jedem Gerät.',
  'R32.S27':
    'Nutzer- und Geräte-CALs gibt es für jede Lizenzstufe; eine Geräte-CAL deckt alle ab, die dieses Gerät nutzen.',
  'R32.S54':
    'Die Produktbestimmungen führen Geräteabonnements für Dynamics 365 Customer Service Enterprise und Field Service auf; ein Geräteabonnement wird einem gemeinsam genutzten Konto zugewiesen, das auf diesem Gerät verwendet wird.',
  'R33.S33':
    'Lizenzierungshandbücher sind nicht rechtsverbindlich: Maßgeblich sind die Produktbestimmungen und Ihr Vertrag, und Microsoft kann die Handbücher ohne Ankündigung ändern.',
  'R10.Q9':
    'CRM 4.0: Für jeden Server, auf dem eine Anwendung läuft, die externen Zugriff auf Daten von Microsoft Dynamics CRM 4.0 bietet, muss ein External Connector erworben werden. Gezählt werden die Server der nach außen gerichteten Anwendung (zwei Portal-Webserver mit Lastenausgleich brauchen zwei), nicht die CRM-Server.',
  'R16.Q8':
    'Downgraderechte: Die Organisation darf eine frühere Version eines Produkts nutzen als die Version, die zum Datum des Inkrafttretens des Beitritts aktuell ist. Für Lizenzen, die in der aktuellen Laufzeit des Beitritts erworben wurden, gelten für die Nutzung der früheren Version die Nutzungsrechte der aktuellen Version.',
  'R26.Q1':
    'Power Apps-Benutzer dürfen von anderen Benutzern erstellte Fälle nur lesen; Fälle anderer dürfen sie nicht aktualisieren, lösen, weiterleiten, schließen und so weiter, und als Kundenservice-Agent dürfen sie nicht tätig werden. Fälle erfordern Dynamics 365 Customer Service Professional oder Enterprise, Arbeitsaufträge Dynamics 365 Field Service.',
  'R28.Q2':
    'Mit Power Apps pro App kann eine Person eine benutzerdefinierte App ausführen oder auf eine Power Pages-Website zugreifen, für 5\u00a0$ pro Benutzer, App und Monat; interne Benutzer einer Website können auch über Dynamics 365 Enterprise-Lizenzen oder die Power Pages-Kapazität für authentifizierte Benutzer lizenziert sein.',
  'R28-env.Q2':
    'Die Abonnementkapazität von Power Pages wird Umgebungen zugewiesen: jeder Umgebung mindestens 25 authentifizierte Benutzer und mindestens 200 anonyme Benutzer (darüber hinaus jede Anzahl ab 1); ein Paket mit 100 authentifizierten Benutzern kann drei Websites in drei Umgebungen mit 25, 35 und 40 bedienen.',
  'R23.Q3':
    'Team Members: nur Mitarbeiter-Self-Service – eigene Fälle erstellen, aktualisieren und löschen sowie Wissensdatenbankartikel lesen (Customer Service für Team Members, Zugriff nur über Portal oder API).',
  'R4.Q7':
    'Der Zugriff externer Benutzer erstreckt sich nicht auf Auftragnehmer, Anbieter oder Vertreter des Kunden oder seiner verbundenen Unternehmen, die im Auftrag des Kunden Geschäftsprozesse ausführen oder Microsoft Dynamics 365 nutzen, um irgendeinen Teil ihres eigenen Geschäfts zu verwalten. In diesem Sinne darf der Kunde Microsoft Dynamics 365 nicht nutzen, um für seine Kunden Dienstleistungen im Geschäftsprozess-Outsourcing zu erbringen.',
  'R4.Q11':
    'Das Handbuch vom Juli 2026 in der Wiedergabe eines Dritten: Anbieter oder Vertreter, die im Auftrag des Kunden Geschäftsprozesse ausführen, sind interne Benutzer und brauchen Lizenzen, und weder der interne noch der externe Zugriff erstreckt sich darauf, mit der Umgebung ausgelagerte Geschäftsdienstleistungen zu erbringen.',
  'R32.Q10':
    'Die Produktbestimmungen führen „Dynamics 365 Customer Service Enterprise (Device SL)“ und „Dynamics 365 Field Service (Device SL)“ auf, und der Gerätetext des Handbuchs (wie ein Reseller ihn wiedergibt) nennt zusätzlich Sales Device: Mit einer Gerätelizenz können beliebig viele Benutzer auf ein lizenziertes Gerät zugreifen.',
  'R35.Q5':
    'Pro Instanz sind höchstens sieben nicht interaktive Benutzer zulässig. Agent-Benutzer (Vorschau) haben Agent-Identitäten in Microsoft Entra Agent ID und werden der Dataverse-Umgebung hinzugefügt, um Zugriff auf Daten zu erhalten.',
  'R35.Q11':
    'KI-Agenten werden in Copilot Credits abgerechnet, nicht über Benutzerlizenzen (Wiedergabe des Handbuchs vom Juli 2026 durch einen Dritten).',
  'R37.Q2':
    'Copilot-Chat und das Ausfüllen von Formularen mit Copilot in modellgesteuerten Apps setzen eine dieser Lizenzen voraus: Dynamics 365 Sales Enterprise oder Sales Premium, Dynamics 365 Customer Insights, Dynamics 365 Field Service, Dynamics 365 Project Operations.',
  'R37.Q11':
    'Customer Service Premium umfasst Customer Service Enterprise und Contact Center (Digital + Voice); Contact Center wird auch einzeln pro Benutzer verkauft; Customer Insights (Marketing) wird pro Mandant nach vereinheitlichten bzw. erreichten Personen (unified/interacted people) lizenziert, nicht pro Marketingmitarbeiter (Wiedergabe des Handbuchs vom Juli 2026 durch einen Dritten).',
  'R24.K10':
    'Gemäß vertraglicher Vereinbarung dürfen Sie Enterprise- und Professional-Benutzer nicht in derselben Instanz mischen.',
  'R38.K1':
    'Microsofts Referenz der Servicepläne benennt jedes Dynamics 365-Produkt, das ein Mandant besitzen kann, mit einer Zeichenfolgen-ID und einer GUID, z.\u00a0B. Sales Professional D365_SALES_PRO, Sales Enterprise DYN365_ENTERPRISE_SALES, Customer Service Enterprise DYN365_ENTERPRISE_CUSTOMER_SERVICE, Field Service DYN365_ENTERPRISE_FIELD_SERVICE, und jedes Attach-Angebot mit einer eigenen ID (Produktnamen der Form „… Attach to Qualifying Dynamics 365 Base Offer“).',
  'R39.K4':
    'Mit Lizenzen für Sales Enterprise, Sales Premium und Microsoft Relationship Sales können Sie auf die App Sales Hub zugreifen. Benutzer von Sales Professional sind nur zur Nutzung der App Sales Professional berechtigt.',
  'R39.K5':
    'Sales Enterprise ergänzt den auf einen Teil der Datensätze beschränkten Umfang von Sales Professional um Prognosen (Vertriebsprognosen erstellen), Playbooks (bewährte Vorgehensweisen mit Playbooks durchsetzen) und Marketingkampagnen (Marketingkampagnen durchführen und nachverfolgen); Sales Premium ergänzt Beziehungsintelligenz, Vorhersagemodelle und prädiktive Prognosen.',
  'R39.K6':
    'Wenn Sie die Vertriebsbeschleunigung (Sales Accelerator) mit der Lizenz Dynamics 365 Sales Enterprise einrichten, erhalten Sie nur 1.500 mit Sequenzen verbundene Datensätze pro Monat. Brauchen Sie mehr Kapazität, müssen Sie eine Lizenz für Dynamics 365 Sales Premium erwerben.',
  'R39.K3':
    'Microsoft Relationship Sales ist Sales Enterprise zusammen mit LinkedIn Sales Navigator Enterprise („Microsoft Relationship Sales (Sales Enterprise + LinkedIn Sales Navigator Enterprise)“).',
  'R40.K11':
    'Einheitliches Routing, das Fälle und andere Datensätze automatisch Agenten zuweist, erfordert Customer Service Enterprise: Sie müssen die Lizenz Customer Service Enterprise besitzen.',
  'R40.K10':
    'Customer Service Professional richtet sich an Unternehmen mit geringeren Anforderungen, die nicht den vollen Funktionsumfang von Customer Service Enterprise benötigen.',
  'R40.K13':
    'Dynamics 365 Contact Center (Livechat, Messaging und Sprache) wird entweder eigenständig oder als Add-On für Customer Service Enterprise lizenziert, jeweils als Digital, Voice oder beides.',
  'R41.K17':
    'Für Field Service gibt es zwei Lizenztypen: die Standardlizenz Dynamics 365 Field Service, die alle Kernfunktionen umfasst, und die Lizenz Dynamics 365 Field Service Contractor, die einen Teil der Kernfunktionen für Techniker von Drittanbietern umfasst.',
  'R41.K18':
    'Jede Person, die Zugriff auf die Anwendung Dynamics 365 Field Service braucht, benötigt ein Benutzerkonto, eine Field Service-Lizenz und die passenden Berechtigungen.',
  'R42.K21':
    'Basis- und Attach-Lizenzen: Die erste Basislizenz eines Benutzers wird zum Standardpreis gekauft, weitere Attach-Lizenzen für denselben Benutzer zum Attach-Preis; die Basislizenz muss immer die teurere Lizenz sein; nur zugewiesene Benutzerlizenzen (keine Gerätelizenzen und keine nicht zugewiesenen Lizenzen) können als Attach-Lizenz gekauft werden.',
  'R42-mix.K21':
    'Enterprise- und Professional-Lizenzen dürfen nicht gemischt werden (Handbuch vom März 2024); da eine Enterprise-Lizenz die Professional-Funktionen für dieselbe Workload enthält, darf ein Enterprise-Benutzer auf die Professional-Anwendungsinstanz zugreifen (Handbuch vom April 2020, in einem Zitat wiedergegeben).',
  'R43.K19':
    'Customer Insights – Journeys wird nicht pro Benutzer berechnet: Der Mandant kauft das Angebot, seine Benutzer erhalten kostenlose Benutzerlizenzen, und wer Dynamics 365 Sales, Dynamics 365 Customer Service, Dynamics 365 Field Service (…) mit 10 oder mehr Benutzern hat, kann die vergünstigte Attach-Lizenz kaufen.',
  'R44.Q11':
    'Die Lesart eines Partners zum Handbuch vom Juli 2026: Für Project Operations gilt ein Minimum von 20 Lizenzen, und eine Field Service Contractor-Lizenz setzt mindestens eine Field Service-Lizenz in der Organisation voraus.',
}
