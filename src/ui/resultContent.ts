import type { Answers, SaleUnit } from '../domain/types'
import { plural } from '../share/format'

/**
 * What the result (and the share panel) says, keyed by id: loaded with the result view, not on the first screen
 * (src/ui/content.ts holds the questionnaire's words). A translation is another module of this shape.
 */
export const RESULT_TEXT = {
  /** The advice as plain text, to paste into an e-mail or a ticket (src/ui/summary.ts). */
  plainText: {
    license: (name: string, unit: string) => `License: ${name} (${unit})`,
    confidence: (label: string, meaning: string) => `Confidence: ${label}: ${meaning}`,
    uncertain: (what: string) => `Uncertain: ${what}`,
    ask: (ask: string) => `To ask: ${ask}`,
    why: 'Why:',
    alternatives: 'What else would do:',
    answers: 'Answers:',
    footer: (version: string, date: string) =>
      `Rulebook ${version} (${date}). Not legal advice: Microsoft's Product Terms and your agreement govern.`,
  },
  /** The same answers under every other version (src/ui/OtherVersions.tsx). */
  otherVersions: {
    title: 'The same answers under other versions',
    version: 'Version',
    license: 'License',
    confidence: 'Confidence',
    needsMore: (legend: string) => `Needs more answers, starting with: ${legend}`,
  },
  result: {
    eyebrow: 'The license this person needs',
    for: 'For: ',
    unit: 'Unit: ',
    /** Then the source's title (in English), then `read`. */
    price: (text: string, disputed: boolean, asOf: string) =>
      `Published price: ${text}${disputed ? ' (unverified)' : ''} — as of ${asOf}; `,
    read: (day: string) => `, read ${day}`,
    attach: 'Plus, for the same person, at the attach price:',
    capability: 'What the edition gives',
    priceRow: 'Price',
    sourceColumn: 'Source',
    pricesAbove: 'Dated and sourced with each license',
    extra: 'Bought besides:',
    historicalPrice: (text: string, asOf: string) => `No current price is known. ${text} — as of ${asOf}; `,
    /** Then the source's title, `read` and a closing parenthesis. */
    noPrice: (text: string) => `${text} (`,
    reviewExtra: 'This is our best recommendation; check the points below before you buy.',
    uncertain: 'What is uncertain',
    ask: 'What to ask: ',
    why: 'Why',
    quote: (publisher: string) => `${publisher}’s words`,
    quoteWhere: (locator: string, edition: string) => `${locator}; ${edition}`,
    thirdParty: 'A partner’s reading: no Microsoft text was found for this.',
    source: 'Source: ',
    confidence: (kind: string, confidence: string) => `${kind}, confidence ${confidence}`,
    alternatives: 'What else would do',
    watch: 'What to watch for',
    answers: 'Your answers',
    change: 'Change',
    changeHidden: (legend: string) => ` the answer to “${legend}”`,
    footer: (version: string, date: string) =>
      `Rulebook ${version}, ${date}. This is not legal advice: Microsoft’s Product Terms and your agreement in force when the licenses were bought govern.`,
    back: 'Back',
    restart: 'Start over',
    another: 'Another person',
    anotherHint: 'Keeps the product, where it runs and the agreement answers, and starts at “Who is the person?”.',
    addToPlan: 'Add to plan',
    addToPlanHint: (groups: number) =>
      groups === 0
        ? 'Starts a plan for the organization with this person as its first group.'
        : `Adds this person to your plan of ${plural(groups, '1 group', `${groups} groups`)}.`,
    /** A plan group has this person's answers: ask, never merge silently (issue 22). */
    into: {
      legend: (name: string, count: number) =>
        `Your plan already has a group with the same answers: “${name}” (${count}). Add this person as`,
      new: 'A new group (recommended)',
      newHint: 'Keeps people you may want to count, name or price apart in their own group.',
      same: (name: string, count: number) => `One more in “${name}” (${count} → ${count + 1})`,
    },
    /** "Another person" on advice not yet in the plan: ask, never drop the person silently. */
    askAdd: {
      title: 'Add this person to the plan first?',
      text: (groups: number) =>
        groups === 0
          ? 'Otherwise this person’s advice is not kept: the next person starts without a plan.'
          : `Otherwise this person is not in your plan of ${plural(groups, '1 group', `${groups} groups`)}.`,
      add: 'Add, then another person',
      skip: 'Another person, without adding',
    },
    /** A link made under an older rulebook whose advice has changed since (contract section 7). */
    changed: {
      title: 'The advice has changed since this link was made',
      was: (version: string, license: string, confidence: string) =>
        `Under rulebook ${version}, this link said: ${license} (${confidence}).`,
      now: (version: string, date: string, license: string, confidence: string) =>
        `Rulebook ${version} of ${date} says: ${license} (${confidence}).`,
      why: 'Why: ',
      changelog: (version: string) => `What changed in rulebook ${version}`,
    },
    backToPlan: 'Back to your plan',
    actions: 'What next',
  },
  /** The one sentence a partner can say out loud, by the license's unit of sale (the catalogue's unit text). */
  verdict: {
    person: (name: string, unit: string) => `This person needs one ${name} of their own: ${unit}.`,
    device: (name: string, unit: string) => `The device this person shares needs one ${name}: ${unit}.`,
    server: (name: string, unit: string) => `This person needs no license of their own; buy the ${name}: ${unit}.`,
    'auth-pack': (name: string, unit: string) => `Count this person in the site’s ${name}: ${unit}.`,
    'anon-pack': (name: string, unit: string) => `Count this person in the site’s ${name}: ${unit}.`,
    tenant: (name: string, unit: string) =>
      `This person needs no paid license of their own; the organization needs the ${name}: ${unit}.`,
    none: () => 'This person needs no license of their own.',
    undetermined: () => 'The sources do not settle which license this person needs: ask before you buy.',
    review: 'Check the open points below before you buy.',
  } satisfies Record<SaleUnit | 'undetermined', (name: string, unit: string) => string> & { review: string },
  nextSteps: {
    title: 'Next steps',
    buy: 'Where to buy',
    assign: 'Assign it',
    record: 'Record the license basis',
    plan: 'Plan the rest of the organization',
    ask: 'When the advice needs review',
    buyNothing: 'There is nothing to buy for this person.',
    buyChannel:
      'Buy it through the channel your organization licenses through: its Microsoft partner or reseller, or its own agreement with Microsoft. Name the license above and how many you need.',
    buyHosted:
      'As the hosting provider, license it through your Services Provider License Agreement (SPLA), reported month by month; licenses bought under retail or volume programs may not serve other organizations.',
    buyMinimum:
      'A CRM Online subscription needed at least five Professional subscriptions before Basic and Essential ones could be added.',
    buyAttach:
      'A person’s first Dynamics 365 app is a full-price base license; a further qualifying app on the same person is a cheaper attach license.',
    buyConnector:
      'One External Connector is counted per CRM server that external users’ applications access, not per person or per portal.',
    buyConnectorCrm4:
      'One CRM 4.0 External Connector is counted per server that hosts the application giving external users access (two load-balanced portal web servers need two), not per person or per CRM server.',
    assignNothing: 'There is nothing to assign: keep this advice’s link with the organization’s license records.',
    assignUndetermined:
      'Assign nothing yet: settle which license this person needs first (see “When the advice needs review”), then assign what you buy.',
    assignServer:
      'The External Connector is not assigned to anyone: it licenses each CRM server that external users’ applications access, for all of them. Record which servers it covers with the organization’s license records.',
    assignServerCrm4:
      'The External Connector is not assigned to anyone: it licenses each server that hosts the application giving external users access, for all of them. Record which servers it covers with the organization’s license records.',
    assignCapacity:
      'Nobody’s user account gets this license: the people who sign in to the site are contacts, not users. In the Power Platform admin center, allocate the capacity to the environment of each site, at least 25 authenticated users to each environment.',
    assignCapacityAnon:
      'Nobody’s user account gets this license: anonymous visitors have none. In the Power Platform admin center, allocate the capacity to the environment of each site, at least 200 anonymous users to each environment.',
    assignTenantLicense:
      'The organization buys this license once for its tenant; give the person the free Customer Insights user license and the security roles their work needs.',
    assignUser: 'Assign the license to the person’s own user account.',
    assignTenant:
      'Assign the license to the person’s user account in your own tenant; a license assigned in another company’s tenant does not count.',
    assignDevice:
      'Assign the license to the shared device, not to a person: the people who take turns on it are covered.',
    assignDeviceD365: 'Assign the device subscription to the shared account used on that device.',
    assignCalType:
      'Set the person’s user record to the license type the product records (Full, Limited, Device Full or Device Limited); Employee Self Service and Essential have no value there, so record them as below.',
    recordBasis:
      'Record the person’s license basis, for example in a custom “License basis” field on their user record, and give them security roles that match it: the product checks few or none of the license’s limits (see “What to watch for”).',
    recordGeneric:
      'Keep this advice’s link with the purchase record, so an audit can see what each license was bought for.',
    planText:
      'Add this person to a plan as a group of one, then answer for the next person: the product, where it runs and the agreement answers are kept. In the plan, change the count to everyone who works the same way.',
    askReview: (ask: string) => `Ask your Microsoft partner or account team before you buy. ${ask}`,
    askSettled:
      'If an answer does not fit the person, change it above. For a second opinion, send this advice’s link to your Microsoft partner or account team.',
  },
  share: {
    title: 'Share this advice',
    link: 'Link to this advice (it holds your answers and nothing else)',
    copy: 'Copy link',
    copied: 'Link copied',
    mail: 'E-mail the link',
    print: 'Print',
    summary: 'Copy summary',
    summaryCopied: 'Summary copied',
    blocked: 'Copying was blocked by the browser: print the page, or copy the advice from it by hand.',
    subject: (license: string, confidence: string) => `License advice: ${license} (${confidence})`,
    body: (lines: readonly string[], link: string) =>
      `${lines.join('\n')}\n\nThe reasons, their sources and how sure we are:\n${link}`,
  },
} as const

/** A group's name made from one person's answers, e.g. "Employees, update records, via a portal". */
export const GROUP_NAME = {
  who: {
    employee: 'Employees',
    'onsite-contractor': 'On-site contractors',
    'offsite-contractor': 'Off-site contractors',
    'offsite-vendor': 'Off-site vendor staff',
    customer: 'Customers',
    'customer-employee': 'Customers’ employees',
    'tenant-client': 'Hosted organizations’ clients',
    'tenant-staff': 'Staff of businesses run in this CRM',
    public: 'Members of the public',
    'service-account': 'Service accounts',
  },
  via: {
    'crm-client': '',
    portal: 'via a portal',
    'custom-app': 'via a custom app',
    integration: 'via an integration',
    manual: 'from exports',
  },
  does: {
    admin: 'administration',
    read: 'read only',
    'self-service': 'own requests',
    light: 'update records',
    full: 'sales or service work',
  },
  shared: 'shared devices',
} as const

export function groupName(answers: Answers): string {
  const parts: string[] = [answers.who ? GROUP_NAME.who[answers.who] : '']
  if (answers.does) parts.push(GROUP_NAME.does[answers.does])
  if (answers.via) parts.push(GROUP_NAME.via[answers.via])
  if (answers.device === 'shared') parts.push(GROUP_NAME.shared)
  return parts.filter((p) => p !== '').join(', ')
}
