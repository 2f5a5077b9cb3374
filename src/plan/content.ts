import type { ProductTerms } from '../domain/products'
import { RULEBOOK } from '../domain/rulebook'
import { plural } from '../share/format'

/**
 * The planner's words, keyed by id: the page, its summary, what the live region says, and the CSV's
 * column names. A translation is another module of this shape. (Question and answer texts live with
 * the rulebook, in src/domain/questions.ts.)
 */

const groups = (n: number) => plural(n, '1 group', `${n} groups`)

export const PLAN_TEXT = {
  title: 'Plan the licenses for a whole organization',
  intro:
    'Describe each group of people who use the CRM: how many they are and how they use it. You get the license each group needs and why, the totals to buy in each license’s unit of sale, the cost, and the same plan under every other version.',
  /** The servers field counts External Connectors, which each version counts its own way (audit G01). */
  servers: (connector: ProductTerms['connector']) =>
    connector === 'application-server'
      ? {
          label: 'Servers that host the applications external users reach CRM through',
          hint: 'Counts CRM 4.0 External Connector licenses: one per server hosting the external-facing application (two load-balanced portal web servers: two), whatever the number of people or CRM servers. A whole number from 1 to 1,000.',
        }
      : {
          label: 'CRM servers that external users’ applications access',
          hint: 'Counts External Connector licenses (CRM 4.0 and 2011): for CRM 2011 one per such CRM server, whatever the number of people or organizations on it; for CRM 4.0 one per server hosting the external-facing application. A whole number from 1 to 1,000.',
        },
  onePerson: 'Advice for one person',
  check: 'Check the licenses your users hold',
  another: 'Another person',
  anotherHint:
    'Answer the questions for one more person; the product and where it runs are kept, and Add to plan brings them back here.',
  summary: {
    title: 'Summary',
    nothing: 'Nothing to buy yet: the totals appear as groups are completed.',
    review: (n: number, people: string) =>
      n === 0
        ? 'No group needs review.'
        : `${groups(n)} (${people} people) ${plural(n, 'rests', 'rest')} on an unsettled reading: needs review.`,
    reviewGroup: (label: string, what: string) => `${label}: ${what}, needs review`,
    cost: 'Cost',
    noPrice: 'No price entered yet.',
    unpriced: (license: string) => ` + ${license}: no price entered`,
    monthly: (percent: number, amount: string) => `Billed monthly (+${percent}% from April 2025): ${amount} per month.`,
    jump: 'The licenses to buy, in detail',
    bar: 'Totals',
    barReview: (n: number) => (n === 0 ? '' : ` · ${n} need${plural(n, 's', '')} review`),
  },
  organization: 'The organization',
  /** The error summary's heading. */
  problems: (n: number) => plural(n, 'There is a problem', `There are ${n} problems`),
  linkNotice: {
    title: 'This plan link could not be read in full',
    group: (n: number) => `Group ${n}`,
  },
  rulebookNote: (version: string, date: string) =>
    `Rulebook ${version}, ${date}. This is not legal advice: Microsoft’s Product Terms and your agreement in force when the licenses were bought govern.`,
  startFrom: 'Start from',
  startFromOther: 'Start from another plan',
  groupsTitle: 'Groups of people',
  noGroups: 'No groups yet. Add one for each set of people who use the CRM the same way.',
  addGroup: 'Add a group',
  duplicate: 'Duplicate',
  copyName: (name: string) => (name.trim() === '' ? '' : `${name} (copy)`),
  remove: 'Remove',
  /** One group's fieldset and what it says of its outcome. */
  group: {
    name: 'Name',
    waiting: 'Choose the product and where it runs, above, to see this group’s questions.',
    fullAdvice: 'The full advice for this group',
    none: 'Needs no license, so it is not in the totals.',
    undetermined: 'The sources do not settle its license, so it is not in the totals.',
    blank: 'Not counted yet: give it a count and answer its questions.',
    noStart: 'Not counted yet: choose the product and where it runs.',
    leftOut: (n: number, issues: string) =>
      `Left out of the totals until ${plural(n, 'this is', 'these are')} fixed: ${issues}`,
    notYet: (issues: string) => `Not counted yet: ${issues}`,
  },
  /** A group counts people, or devices where one is shared (contract section 3). */
  countLabel: (devices: boolean) => (devices ? 'Number of shared devices' : 'Number of people'),
  changedTitle: (n: number) =>
    plural(
      n,
      'The advice for 1 group has changed since this plan link was made',
      `The advice for ${n} groups has changed since this plan link was made`,
    ),
  /** The short list of groups before their questions. */
  people: {
    caption: (n: number) => `People in this plan: ${groups(n)}`,
    group: 'Group',
    count: 'Number',
    license: 'License',
    actions: 'Change or remove',
    change: 'Change',
  },
  /** Said and shown where a person was just added from their advice (issue 22). */
  added: {
    text: (name: string, count: number, merged: boolean, devices: boolean) =>
      merged
        ? `Added one more to “${name}”: ${count - 1} → ${count}.`
        : `Added: ${name} (1). How many ${devices ? 'shared devices' : 'people'} like this?`,
    hint: 'Type the number in the group’s field below; everything else is kept.',
    another: 'Add another person',
    undo: 'Undo',
    undoHidden: ' adding this person',
  },
  /** The printable proposal made from the plan (issue 22 item 4). */
  /** The plan's link, CSV and print (src/plan/ExportPanel.tsx). */
  export: {
    title: 'Share, download or print the plan',
    link: 'Link to this plan: its groups and answers, kept up to date as you edit (prices only if you keep them)',
    copy: 'Copy link',
    copied: 'Link copied',
    csv: 'Download CSV',
    csvDone: 'CSV downloaded',
    print: 'Print',
  },
  /** The whole plan under every version (src/plan/ComparePanel.tsx). */
  compare: {
    title: 'The same plan under every version',
    intro:
      'Each group keeps the answers that still apply under that version. A group that version would ask more about is counted under “Needs more answers”: open its full advice to answer it.',
    license: 'License',
    thisPlan: 'this plan',
    none: 'none',
    needsMore: 'Needs more answers',
    noLicense: 'No license needed',
    undetermined: 'Not determined',
    groups: (names: readonly string[]) =>
      names.length === 0 ? '–' : `${plural(names.length, '1 group', `${names.length} groups`)}: ${names.join(', ')}`,
    leftOut: (names: string) => `Left out of every version until their count is fixed: ${names}.`,
  },
  planLabel: 'The plan',
  chooseProduct: 'Choose the product the organization uses.',
  chooseDeploy: 'Choose where the product runs.',
  fieldError: 'Error: ',
  chooseAnswer: 'Choose an answer',
  proposal: {
    open: 'Make a proposal to print',
    openHint:
      'A page to print or save as PDF: the lines with prices and their sources, the assumptions and what needs review.',
    title: 'Licensing proposal',
    for: 'Prepared for',
    by: 'Prepared by',
    date: 'Date',
    validUntil: 'Valid until',
    /** Around the source's title, which is shown as it is titled (in English). */
    validWhy: (quote: string) =>
      [
        `Microsoft’s partner price lists are “${quote}” (`,
        '): the prices below hold until the end of this month.',
      ] as const,
    product: 'Product',
    rulebook: 'Rulebook',
    lines: 'Licenses to order',
    columns: {
      license: 'License',
      sku: 'Microsoft String ID',
      quantity: 'Quantity',
      unitPrice: 'Unit price',
      priceSource: 'Price source',
      cost: 'Cost',
    },
    per: (unit: string) => `per ${unit}`,
    noPrice: 'no price entered',
    typedPrice: 'price entered by the partner',
    /** Around the source's title, as validWhy. */
    publishedPrice: (asOf: string, disputed: boolean) =>
      ['published price, ', `, as of ${asOf}${disputed ? ' (unverified)' : ''}`] as const,
    total: 'Total',
    terms:
      'List prices, excluding tax. Microsoft’s Product Terms and the customer’s agreement govern; this proposal is not legal advice. Quantities follow the assumptions below: a change to them changes the licenses.',
    assumptions: 'Assumptions: who uses the CRM, and how',
    notCounted: 'not in the totals',
    why: 'Why each license',
    review: 'What needs review before ordering',
    noReview: 'Nothing: every group rests on settled sources.',
    ask: 'What to ask: ',
    link: 'The plan, to open and change it: ',
    nothing: 'This plan has no licenses to order yet: add groups in the planner first.',
    names: 'Names on the proposal',
    customer: 'Customer',
    partner: 'Partner (prepared by)',
    keepNames: 'Keep the names in this page’s link',
    keepNamesHint: 'Off by default: a link you send or bookmark then carries no names.',
    print: 'Print or save as PDF',
    copy: 'Copy the lines as a table',
    copied: 'Lines copied as a table: paste them into a spreadsheet or an e-mail.',
    copyBlocked: 'Copying was blocked by the browser: select the table and copy it by hand.',
    back: 'Back to the plan',
  },
  /** A large plan shows each group on one line until it is opened (see COMPACT_OVER in load.ts). */
  compact: {
    hint: (n: number) =>
      `This plan has ${groups(n)}, so each is shown on one line with its license: Edit opens a group’s questions. Groups you add open at once.`,
    edit: 'Edit',
    noCount: 'no count',
    notCounted: 'not counted',
    notInTotals: ' (not in the totals)',
  },
  /** The polite live region, spoken a moment after the last change. */
  live: {
    group: (label: string, license: string, confidence: string) => `${label}: ${license}, ${confidence}.`,
    notCounted: (label: string) => `${label}: not counted yet.`,
    totals: (lines: string) => `Totals: ${lines}.`,
    noTotals: 'Totals: nothing to buy yet.',
    removed: (label: string) => `Removed ${label}.`,
    duplicated: (label: string) => `Duplicated ${label}.`,
    /** `label` is a starting point's, such as "An empty plan": "Loaded the empty plan". */
    loaded: (label: string, n: number) => `Loaded ${label.replace(/^An? |^The /, 'the ')}: ${groups(n)}.`,
  },
  confidence: { settled: 'settled', review: 'needs review' },
  /** Rulebook 1.3.0 names the Dynamics 365 app and edition: older groups wait for their app, still counted. */
  chooseApp: (n: number) =>
    `The rules were updated on ${RULEBOOK.date}: Dynamics 365 advice now names the app and edition to order. ${plural(
      n,
      '1 group is',
      `${n} groups are`,
    )} counted as a Dynamics 365 app subscription until you choose the app.`,
  chooseAppFlag:
    'Choose the app to get the license to order; until then it is counted as a Dynamics 365 app subscription.',
  /** What the totals say where no price is known: an instruction on screen, a fact on paper. */
  totals: {
    title: 'Licenses to buy',
    priceInvalid: 'Enter a price of 0 or more, with at most two decimals, such as 95 or 12.50.',
    unitPrice: 'Unit price',
    /** Read after "Unit price" by a screen reader, which hears no card around the field. */
    unitPriceOf: (license: string) => `of the ${license} `,
    published: (price: string) => `Published price: ${price}. `,
    yourPrice: (price: string, period: string) => `Your price. Published: ${price} ${period}, `,
    asOf: (day: string, disputed: boolean) => `, as of ${day}${disputed ? ' (unverified)' : ''}`,
    cost: 'Cost: ',
    planCost: 'Cost of the plan',
    period: { month: 'Every month', 'one-off': 'Once' },
    notIncluded: (licenses: string) => `Not included, for want of a price: ${licenses}.`,
    uncountedTitle: 'Groups not in the totals',
    noListPrice: 'No published list price: enter the price you were quoted.',
    noListPricePrint: 'No published list price.',
    enterPrices: 'Enter unit prices above to see the cost.',
    noPrice: 'no price entered',
    noPriceSentence: 'No price entered.',
    read: (day: string) => `, read ${day}`,
    insightsAttach:
      'Customer Insights is counted at its attach offer: the plan has 10 or more users of one of Sales, Customer Service or Field Service (“with 10 or more users, you can purchase the reduced price “attach” license”). Licenses held outside this plan count too; check the tenant’s total.',
    mixedEditions:
      'Professional and Enterprise users can’t share an environment (“As per contractual agreement, you can’t mix Enterprise and Professional users on the same instance”): move the Professional groups to Enterprise, or plan a separate environment for them.',
    /** Microsoft's minimum allocation per environment and the volume tiers (audit2 G16). */
    environments: (users: string, per: number, served: number) =>
      `Capacity is allocated to the environment of each site, at least ${per} users to each: these ${users} users can serve up to ${plural(served, 'one environment', `${served} environments`)}. More sites in more environments may need more packs.`,
    tier: (packs: string, from: string, price: string) =>
      `At ${packs} packs the volume tier from ${from} packs applies: ${price} per pack in Microsoft’s FAQ. Enter it as the unit price if your agreement gets it.`,
    monthlyBilling: (percent: number, amount: string) =>
      `Subscription prices here are for an annual commitment paid yearly. Billed monthly, the same commitment costs ${percent}% more from April 2025: ${amount} every month.`,
    monthlyBillingSource: (source: string, day: string) =>
      `A partner’s reading (${source}, read ${day}); no Microsoft text found.`,
  },
  print: {
    servers: (servers: string) => `${servers} that external users’ applications access`,
    answers: 'Answers',
    group: 'Group',
    count: 'Count',
    license: 'License',
    confidence: 'Confidence',
    notInTotals: ' (not in the totals)',
    notCounted: 'not counted',
    link: 'Plan link: ',
  },
  csv: {
    group: 'Group',
    count: 'Count',
    product: 'Product',
    deploy: 'Deployment',
    license: 'License',
    licenseId: 'License id',
    confidence: 'Confidence',
    reason: 'Reason',
    sourceTitle: 'Source title',
    publisher: 'Publisher',
    edition: 'Edition',
    locator: 'Locator',
    inTotals: 'In the totals',
    yes: 'yes',
    no: (why: string) => `no: ${why}`,
    noPrice: 'no price entered',
    quantity: 'Quantity',
    unit: 'Unit',
    groups: 'Groups',
    review: 'Needs review',
    unitPrice: 'Unit price',
    currency: 'Currency',
    paid: 'Paid',
    cost: 'Cost',
    total: (period: string) => `Total ${period}`,
    servers: 'Servers',
    rulebook: 'Rulebook',
    link: 'Plan link',
    date: 'Exported on',
  },
} as const
