import type { Localized } from './localized'
import type * as En from './ruleText'

/*
 * Each text follows a license's name and a dash ("<Lizenz> — wenn …"), so most start lower case with "wenn". The
 * English "they" is the person the advice is for ("die Person"), or the visitors or the account where the English
 * names them. Dynamics' German entity names as in questions.de.ts (Firma, Verkaufschance, Fall, Arbeitsauftrag);
 * "Power Apps pro App" as Microsoft's German docs name the per app plan.
 */
export const RULE_TEXT: Localized<typeof En.RULE_TEXT> = {
  'spla-counts-admins':
    'wenn die SPLA-Bestimmungen des Dienstanbieters Administratoren als berechtigte Benutzer zählen',
  'spla-requires-sal': 'wenn die SPLA-Bestimmungen des Dienstanbieters für sie eine SAL verlangen',
  'changes-data': 'wenn die Person auch Daten ändert',
  'limited-cal-each-external': 'eine Limited CAL für jeden externen Benutzer, wenn es nur wenige sind',
  'cal-each-external': 'eine CAL für jeden externen Benutzer, wenn es nur wenige sind',
  'visitors-see-data-or-use-rights':
    'wenn Besucher CRM-Daten sehen oder wenn die Produktbenutzungsrechte (PUR) es so vorsehen',
  'server-bought-before-2014':
    'wenn diese Personen über eine vor 2014 gekaufte CRM 2011-Serverlizenz bedient werden, deren Nutzungsrechte den Connector verlangen',
  'assigns-others-records': 'wenn die Person Datensätze, die andere angelegt haben, zuweist, freigibt oder löscht',
  'reads-reports': 'wenn die Person Berichte oder Dashboards liest, wofür sie die Limited CAL braucht',
  'beyond-self-service':
    'wenn die Person auch den Web-, Outlook- oder mobilen Client nutzt oder mehr liest als Firmen, Kontakte, Fälle, Leads, Aktivitäten und benutzerdefinierte Datensätze',
  'assigns-records': 'wenn die Person Datensätze zuweist, freigibt oder löscht',
  'visitors-see-data': 'wenn Besucher CRM-Daten sehen',
  'works-core-records': 'wenn die Person auch mit Firmen, Kontakten, Fällen oder Leads arbeitet',
  'runs-processes':
    'wenn die Person auch Verkaufschancen bearbeitet oder Vertriebs-, Service- oder Marketingprozesse ausführt',
  'edits-accounts':
    'wenn die Person Firmen bearbeitet oder mit Leads, Verkaufschancen oder den Fällen anderer arbeitet',
  'own-requests-in-power-apps':
    'wenn die eigenen Anfragen der Person in einer Power Apps-App statt in der Dynamics 365-App bearbeitet werden',
  'looks-accounts-up-online':
    'wenn die Person Firmen nur nachschlägt und Kontakte, Aktivitäten und Notizen pflegt: Mit ab Oktober 2018 gekauften Team Members-Lizenzen lassen sich Firmen nicht bearbeiten',
  'team-members-own-cases':
    'Team Members, deren Rechte den Self-Service von Mitarbeitern für ihre eigenen Fälle über ein Portal oder die API einschließen',
  'capacity-own-cases':
    'günstiger, aber nur, wenn die Ausnahme für den Self-Service bei eigenen Fällen auch Mitarbeiter abdeckt, die auf die Kapazität der Website angerechnet werden – was kein Text sagt',
  'power-apps-other-apps': 'Power Apps pro App (eine Website) oder Premium, wenn die Person auch andere Apps nutzt',
  'enterprise-covers-site':
    'eine Dynamics 365 Enterprise-Lizenz, die die Person bereits hat, deckt die Website in derselben Umgebung ab',
  'site-updates-unrestricted':
    'wenn die Person auf der Website nur Firmen, Kontakte und benutzerdefinierte Tabellen aktualisiert, nie Fälle oder Arbeitsaufträge, die andere angelegt haben',
  'power-apps-same-condition': 'Power Apps pro App (eine Website) oder Premium, unter derselben Bedingung',
  'power-apps': 'Power Apps pro App (eine Website) oder Premium',
  'app-updates-unrestricted':
    'wenn die Person nur Firmen und andere Tabellen außerhalb von Microsofts Liste der eingeschränkten Tabellen aktualisiert, nie Fälle oder Arbeitsaufträge, die andere angelegt haben',
  'reads-outside-apps':
    'wenn das, was die Person erreicht, auf Dataverse-Tabellen außerhalb der Dynamics 365-Apps beschränkt ist',
  'writes-outside-apps':
    'wenn das andere System nur in Tabellen außerhalb der Dynamics 365-Apps oder nur in die eigenen Fälle der Person schreibt',
  'visitors-sign-in': 'für Besucher, die sich anmelden',
  'visitors-sign-in-to-follow-up':
    'für Besucher, die sich anmelden, etwa um ein Anliegen weiterzuverfolgen oder Datensätze zu pflegen',
  'guests-in-power-apps':
    'eine je Person, in Ihrem Mandanten zugewiesen, wenn sich diese Personen als Gastbenutzer bei einer Power Apps-App anmelden',
  'guide-includes-external': 'wenn das Lizenzierungshandbuch bestätigt, dass der externe Zugriff eingeschlossen ist',
  'changes-beyond-contacts': 'wenn die Person auch andere Daten als Kontakte und Aktivitäten ändert',
  'looks-accounts-up-onprem': 'wenn die Person Firmen nur nachschlägt und Kontakte und Aktivitäten pflegt',
  'account-reads': 'wenn das Konto nur liest',
  'account-limited-writes': 'wenn das Konto nur liest und nur eingeschränkt schreibt',
  'account-within-self-service': 'wenn das, was das Konto tut, im Rahmen der Employee Self Service-Rechte bleibt',
  'non-interactive-free':
    'wenn das Konto ein nicht interaktiver Benutzer ist und solche Benutzer nach Ihren Bestimmungen kostenlos waren',
  'non-interactive-crm-online':
    'wenn das Konto einer der kostenlosen nicht interaktiven Benutzer ist, die CRM Online erlaubte',
  'account-writes-beyond-contacts': 'wenn das Konto andere Daten als Kontakte und Aktivitäten schreibt',
}
