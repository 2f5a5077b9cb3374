/**
 * The conditions under which another license would do (`Alternative.when`), shown after its name in the advice's
 * "What else would do". Keyed by an id named where the text is defined in rules.ts, not by rule id: one text serves
 * many rules (the CRM 2013–2016 tiers, the Dynamics 365 client rows and the CRM 2011 connector rows are built by
 * functions for several audiences and deployments), so each is translated once, and the id says what the condition
 * is, which stays true when rules are split or renamed. Its German is ruleText.de.ts (Localized).
 */

export const RULE_TEXT = {
  'spla-counts-admins': 'if the provider’s SPLA terms count administrators as authorized users',
  'spla-requires-sal': 'if the provider’s SPLA terms require a SAL for them',
  'changes-data': 'if they also change any data',
  'limited-cal-each-external': 'a Limited CAL for each external user, when there are only a few',
  'cal-each-external': 'a CAL for each external user, when there are only a few',
  'visitors-see-data-or-use-rights': 'if visitors see any CRM data, or if the Product Use Rights say so',
  'server-bought-before-2014':
    'if a CRM 2011 server license bought before 2014 serves these people, whose use rights need the connector',
  'assigns-others-records': 'if they assign, share or delete records created by others',
  'reads-reports': 'if they read reports or dashboards, which need the Limited CAL',
  'beyond-self-service':
    'if they also use the web, Outlook or mobile client, or read beyond accounts, contacts, cases, leads, activities and custom records',
  'assigns-records': 'if they assign, share or delete records',
  'visitors-see-data': 'if visitors see any CRM data',
  'works-core-records': 'if they also work with accounts, contacts, cases or leads',
  'runs-processes': 'if they also work opportunities or run sales, service or marketing processes',
  'edits-accounts': 'if they edit accounts or work leads, opportunities or other people’s cases',
  'own-requests-in-power-apps': 'if their own requests are handled in a Power Apps app instead of the Dynamics 365 app',
  'looks-accounts-up-online':
    'if they only look accounts up and keep contacts, activities and notes: Team Members bought from October 2018 cannot edit accounts',
  'team-members-own-cases':
    'Team Members, whose rights include employee self-service on their own cases through a portal or the API',
  'capacity-own-cases':
    'cheaper, only if the case self-service exception also covers employees counted on site capacity, which no text says',
  'power-apps-other-apps': 'Power Apps per app (one site) or Premium, if they also use other apps',
  'enterprise-covers-site':
    'a Dynamics 365 Enterprise license they already hold covers the site in the same environment',
  'site-updates-unrestricted':
    'if they update only accounts, contacts and custom tables on the site, never cases or work orders others created',
  'power-apps-same-condition': 'Power Apps per app (one site) or Premium, on the same condition',
  'power-apps': 'Power Apps per app (one site) or Premium',
  'app-updates-unrestricted':
    'if they update only accounts and other tables outside Microsoft’s list of restricted tables, never cases or work orders others created',
  'reads-outside-apps': 'if what reaches them is limited to Dataverse tables outside the Dynamics 365 apps',
  'writes-outside-apps':
    'if the other system writes only tables outside the Dynamics 365 apps, or only the person’s own cases',
  'visitors-sign-in': 'for visitors who sign in',
  'visitors-sign-in-to-follow-up': 'for visitors who sign in, for example to follow up a request or keep records',
  'guests-in-power-apps': 'each, assigned in your tenant, if they sign in to a Power Apps app as guests',
  'guide-includes-external': 'if the guide confirms that external access is included',
  'changes-beyond-contacts': 'if they also change data beyond contacts and activities',
  'looks-accounts-up-onprem': 'if they only look accounts up and keep contacts and activities',
  'account-reads': 'if the account only reads',
  'account-limited-writes': 'if the account only reads, with limited writes',
  'account-within-self-service': 'if what it does stays within the Employee Self Service rights',
  'non-interactive-free': 'if it is a non-interactive user and your terms made those free',
  'non-interactive-crm-online': 'if it is one of the free non-interactive users CRM Online allowed',
  'account-writes-beyond-contacts': 'if it writes data beyond contacts and activities',
} as const
