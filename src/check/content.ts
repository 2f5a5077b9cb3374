import { plural, wholeNumber } from '../share/format'
import type { AccessMode } from './codes'
import type { ReadError } from './table'
import { MAX_BYTES, MAX_ROWS } from './table'
import type { Action, GroupBy, Status } from './vocabulary'

/** Every sentence the compliance check shows, in one place (the house rule: copy by id, not in the logic). */

const MB = Math.round(MAX_BYTES / (1024 * 1024))
const ROWS = wholeNumber(MAX_ROWS)

export const PAGE = {
  title: 'Check the licenses your users hold',
  intro:
    'Export the user list from your CRM and drop it here. For every user you get the license they hold, the license they need, the gap and why, with the source. What a file cannot say (who the person is, how they reach the data, what they do) you answer once per group of users.',
  privacy:
    'Your files are read here, in this browser. Nothing from them is uploaded, sent or stored: close the tab and it is gone.',
  backToAdvice: 'Advice for one person',
  toPlanner: 'Plan for a whole organization',
  setupTitle: 'Your CRM',
  filesTitle: 'Your files',
  userList: 'User list',
  userListHint: `A .csv, .xlsx, Excel 2003 .xml spreadsheet or Web API .json file, up to ${MB} MB and ${ROWS} rows.`,
  assignments: 'License assignments (optional)',
  assignmentsHint:
    'For online tenants: the Microsoft 365 or Entra export of users with their licenses (a “User principal name” and a “Licenses” column), joined to the user list by user name.',
  dropHere: 'Or drop the files here: the first is read as the user list, a second as the license assignments.',
  dropZone: 'Choose or drop your files',
  samplesTitle: 'Try it with a sample',
  samplesIntro: 'Made-up files with the documented column names. Choosing one also sets the product and deployment.',
  reading: (name: string) => `Reading ${name}…`,
  read: (count: number, name: string) =>
    `${wholeNumber(count)} ${plural(count, 'user', 'users')} read from ${name}. The results are below.`,
  /** Said after `read` when a file was not UTF-8 or UTF-16 and was read as Windows-1252 (src/check/readers.ts). */
  windows1252: (name: string) =>
    `${name} is not in UTF-8, so it was read as Windows-1252 (Western European, what Excel’s “CSV” writes in those locales). If names look wrong, save the file from Excel as “CSV UTF-8” and choose it again.`,
  readerFailed: (name: string) =>
    `${name} could not be read: this page’s file reader stopped or did not answer. Reload the page and try again, or save the file as CSV.`,
  chooseFirst: 'Choose the product and where it runs, then the user list.',
  guideTitle: 'How to export your user list',
  resultTitle: 'Users and their licenses',
  groupsTitle: 'What the file cannot say',
  /** The groups come a page at a time (src/check/machine.ts GROUP_PAGE): a tenant grouped by title can have thousands. */
  groupsShown: (from: number, to: number, total: number) => {
    return `Groups ${wholeNumber(from)}–${wholeNumber(to)} of ${wholeNumber(total)}, largest first.`
  },
  groupsPages: 'Pages of groups',
  previousGroups: 'Previous groups',
  nextGroups: 'Next groups',
  groupsIntro:
    'Answer the questionnaire’s questions once for each group of users; the answers apply to everyone in the group. Free accounts and disabled users are settled by the file and are in no group.',
  groupBy: 'Group users by',
  aloneTitle: 'Users answered on their own',
  aloneIntro:
    'Each is answered apart from their group; these answers stay on this page and are not kept in its address.',
  aloneUser: 'answered on their own',
  aloneBack: 'Back to their group',
  aloneApply: 'Apply to this user',
  aloneAnswer: 'Answer for this user alone',
  aloneShown: 'Answered on their own',
  groupChange: 'Change',
  groupApply: 'Apply to the group',
  groupComplete: 'Answered',
  groupWhy: 'Why',
  groupMissing: (question: string) => `Choose an answer to “${question}”.`,
  groupUsers: (n: number) => plural(n, '1 user', `${n} users`),
  totalsScroll: 'The totals table',
  totalsTitle: 'Totals',
  totalsIntro:
    'Licenses held and needed, in each license’s unit of sale; the cost difference where a list price is known.',
  totalsUnanswered: (n: number) =>
    `Not known yet: ${plural(n, '1 user', `${n} users`)} in groups not answered, in neither column (what they hold is not counted as spare). Answer their group’s questions.`,
  usersTitle: 'Every user',
  filterStatus: 'Show users with status',
  filterAll: 'Any status',
  search: 'Search by name',
  shown: (shown: number, total: number) => `Showing ${shown} of ${total} users.`,
  showMore: 'Show more users',
  outputTitle: 'Report',
  print: 'Print the report',
  csv: 'Download as CSV',
  csvDone: 'The CSV file was downloaded.',
  openPlan: 'Open as a plan',
  openPlanHint: 'The answered groups and their numbers of users, as a plan in the planner.',
  saveMapping: 'Save the mapping as a link',
  mappingLabel: 'Mapping link',
  mappingHint:
    'Holds only the product, deployment, the grouping and each group’s key and answers: never a user name or any other row. Open it with next quarter’s file to check it the same way.',
  mappingCopied: 'The mapping link was copied.',
  mappingRestored: (n: number) =>
    `Your answers for ${plural(n, '1 group are', `${n} groups are`)} kept in this page’s address. Choose the same user list again: they apply as soon as it is read. The file itself is never stored.`,
  reportFooter: (rulebook: string) => `Checked against rulebook ${rulebook}.`,
} as const

export const GROUP_BY_TEXT: Record<GroupBy, { label: string; none: string }> = {
  role: { label: 'Security roles', none: '(no security role)' },
  unit: { label: 'Business unit', none: '(no business unit)' },
  domain: { label: 'E-mail domain', none: '(no domain)' },
  title: { label: 'Title', none: '(no title)' },
}

export const STATUS_TEXT: Record<Status, string> = {
  ok: 'OK',
  under: 'Under-licensed',
  over: 'Over-licensed',
  free: 'Needs no license',
  disabled: 'Disabled, still licensed',
  review: 'Needs review',
  unanswered: 'Group not answered',
}

/** What to do about a user (src/check/todo.ts), by action, with the licenses held and needed in words. */
export const ACTION_TEXT: Record<Action, (held: string, needed: string) => string> = {
  buy: (_, needed) => `Buy: ${needed}.`,
  'step-up': (held, needed) => `Step up from ${held} to ${needed}.`,
  reassign: (held, needed) =>
    needed === 'none' || needed === ''
      ? `Spare ${held}: reassign it to a user who needs one, or let it go.`
      : `Spare ${held}: reassign it to a user who needs one, and give this user ${needed}.`,
  reclaim: (held) => `Reclaim the ${held}: the user is disabled.`,
  'check-trial': (_, needed) => `Check the trial: buy ${needed} before it ends, or let it end.`,
  review: () => 'Check the open points first.',
  answer: () => 'Answer this group’s questions above.',
  none: () => 'Nothing to do.',
}

/** The "What to do" summary, first on the page and in the report. */
export const TODO_TEXT = {
  title: 'What to do',
  nothing: 'Nothing to do: every answered user holds what they need.',
  buy: (users: number, license: string, fromSpare: number) =>
    `${license}: ${users} ${plural(users, 'user needs', 'users need')} it${
      fromSpare > 0 ? `; ${fromSpare} can come from spare licenses below, buy ${users - fromSpare}` : ''
    }.`,
  spare: (count: number, license: string) =>
    `${count} spare ${license} ${plural(count, 'license', 'licenses')} held by over-licensed or disabled users.`,
  reclaim: (n: number) => `Reclaim the licenses of ${n} disabled ${plural(n, 'user', 'users')}.`,
  trial: (n: number) => plural(n, 'Check 1 trial before it ends.', `Check ${n} trials before they end.`),
  review: (n: number) => `${n} ${plural(n, 'user needs', 'users need')} review before anything is bought.`,
  answer: (n: number) => `${n} ${plural(n, 'user is', 'users are')} in groups not answered yet: not known yet.`,
}

export const COLUMN_TEXT = {
  user: 'User',
  held: 'Holds',
  needed: 'Needs',
  status: 'Status',
  why: 'Why',
  license: 'License',
  heldCount: 'Held',
  neededCount: 'Needed',
  difference: 'Difference',
  cost: 'Cost difference',
  unknown: 'unknown',
} as const

const ACCESS_TEXT: Record<AccessMode, string> = {
  'read-write': 'Read-Write',
  administrative: 'Administrative',
  read: 'Read',
  support: 'Support User',
  'non-interactive': 'Non-interactive',
  'delegated-admin': 'Delegated Admin',
}

/** The per-user reasons, in plain words; the cited source follows each on the page and in the CSV. */
export const WHY = {
  applicationUser: 'An application user (it has an Application ID): needs no license.',
  systemUser: 'One of Microsoft’s system accounts: needs no license.',
  accessMode: (mode: AccessMode) => `Access Mode ${ACCESS_TEXT[mode]}: needs no license.`,
  administrativeType: 'License Type Administrative: settings only, needs no license.',
  nonInteractive: (limit: number | undefined) =>
    limit === undefined
      ? 'Access Mode Non-interactive: needs no license.'
      : `Access Mode Non-interactive: needs no license, within the ${limit} free per instance.`,
  overNonInteractiveLimit: (limit: number, n: number) =>
    `Non-interactive user number ${n} in this file: only ${limit} per instance are free, so this one may need a license.`,
  disabledHolding: (license: string) =>
    `Disabled, but still holds ${license}: disabled users need none, so it can be freed or reassigned (a disabled row is not always a leaver).`,
  disabledNone: 'Disabled, and holds no license: nothing to do.',
  disabledUnknown: 'Disabled: needs no license, but the file cannot tell whether one is still assigned to it.',
  notInAssignments: 'Not in the License assignments file, so the license held is not known.',
  fromAssignments: (products: readonly string[]) =>
    products.length === 0 ? 'No license in the assignments file.' : `Assigned: ${products.join(', ')}.`,
  userLicensedNo: 'User Licensed says No: holds no license.',
  userLicensedYes:
    'User Licensed says Yes, but which license is set in Microsoft 365: add the License assignments file.',
  onlineNoAssignments: 'Online licenses are assigned in Microsoft 365: add the License assignments file to know which.',
  noLicenseType: 'License Type is empty in this row.',
  noLicenseTypeColumn: 'The file has no License Type column, so the license held is not known.',
  fromLicenseType: (value: string) => `License Type “${value}”.`,
  unknownValue: (column: string, value: string) => `“${value}” in ${column} is not a value this check knows.`,
  labelReview: (value: string, why: string) => `License Type “${value}” is ${why}.`,
  noUserName: 'This row has no user name.',
  unanswered: 'Answer the questions of this user’s group to know the license needed.',
  undetermined: 'The sources do not settle the license for this group’s answers.',
  adviceReview: (what: readonly string[]) => `The advice for this group needs review: ${what.join(' ')}`,
  needs: (license: string) => `The group’s answers need ${license}.`,
  twoBase: (license: string) => `Holds two base licenses (${license}): one base and attach licenses are enough.`,
  same: (license: string) => `Holds ${license}, which the group’s answers need.`,
  deviceCal: (held: string, needed: string) =>
    `Holds a device license (${held}); the answers need ${needed}. A device CAL cannot be checked per user: count the shared devices.`,
  notPerUser: (needed: string, unit: string) => `Needs ${needed}, which is bought ${unit}: check it is bought.`,
  needsNone: (held: string) => `Holds ${held}, but the group’s answers need no license.`,
  holdsNone: (needed: string) => `Holds no license; needs ${needed}.`,
  lower: (held: string, needed: string) => `Holds ${held}, a lower tier than the ${needed} needed.`,
  higher: (held: string, needed: string) => `Holds ${held}, a higher tier than the ${needed} needed.`,
  missingApp: (held: string, needed: string) =>
    `Holds ${held}; the group’s answers also need ${needed}, which that does not cover.`,
  moreApps: (held: string, needed: string) => `Holds ${held}; the group’s answers need only ${needed}.`,
  otherKind: (held: string, needed: string) => `Holds ${held}, a different kind of license from the ${needed} needed.`,
} as const

const where = (e: ReadError) => (e.at === undefined ? '' : ` (${e.unit ?? 'row'} ${e.at})`)
const textWhere = (e: ReadError) => (e.line === undefined ? '' : ` (line ${e.line}, column ${e.col ?? 1})`)

/** The alert for a file that cannot be read: the problem, and the row or column where there is one. */
export function readErrorText(file: string, e: ReadError): string {
  switch (e.code) {
    case 'empty':
      return `${file} is empty.`
    case 'too-large':
      return `${file} is larger than the ${MB} MB this page reads. Export fewer columns, or split the list.`
    case 'too-many-rows':
      return `${file} has more than ${ROWS} rows, the most this page reads. Split the list.`
    case 'too-many-columns':
      return `${file} has more than ${wholeNumber(Number(e.detail))} columns, the most this page reads. Export the users with fewer columns.`
    case 'not-a-table':
      return `${file} is not a table: save it as CSV, .xlsx, an Excel 2003 XML spreadsheet, or a Web API JSON result.`
    case 'no-user-name':
      return `${file} has no User Name column${where(e)}. Columns found: ${e.detail || 'none'}. Add User Name (domainname) to the view and export again.`
    case 'broken-spreadsheet':
      return `${file} is a broken or unreadable .xlsx spreadsheet. Open it in Excel and save it again, or export it again.`
    case 'encrypted':
      return `${file} is an encrypted (password-protected) workbook or an old .xls file. Save it as .xlsx without a password, or as CSV.`
    case 'broken-csv':
      return `${file} has a quoted field that is never closed${where(e)}.`
    case 'broken-json':
      return `${file} is not valid JSON${textWhere(e)}: paste the Web API result, or several of its pages, as the browser shows them.`
    case 'broken-xml':
      return `${file} is a broken XML spreadsheet${textWhere(e)}: ${e.detail ?? ''}`
  }
}

/** The report's spreadsheet (src/check/report.ts): its column headings and labels; the id columns' values never change. */
export const REPORT_TEXT = {
  users: [
    'Row',
    'Full Name',
    'User Name',
    'Business Unit',
    'Security Roles',
    'Title',
    'Group',
    'Holds (id)',
    'Holds',
    'Needs (id)',
    'Needs',
    'Status',
    'Why',
    'Source',
    'Locator',
    'What to do',
  ],
  totals: ['License id', 'License', 'Held', 'Needed', 'Difference', 'Cost difference', 'Currency', 'Paid'],
  product: 'Product',
  deploy: 'Deployment',
  files: 'Files',
  rulebook: 'Rulebook',
  unknown: 'unknown',
}

export const ASSIGNMENT_ERRORS = {
  noColumns: (file: string, found: string) =>
    `${file} has no “User principal name” and “Licenses” columns. Columns found: ${found || 'none'}.`,
} as const

export const UNKNOWN_TEXT = {
  title: (n: number) =>
    `${plural(n, '1 value in the file is', `${wholeNumber(n)} values in the file are`)} not in this check’s code tables. The users with them are kept and marked for review:`,
  /** After the column and the value, each shown as the file has them (isolated, src/check/UnknownValues.tsx). */
  where: (rows: number, unit: 'row' | 'record', at: string) =>
    `${plural(rows, '1 row', `${wholeNumber(rows)} rows`)} (${unit} ${at})`,
  /** The list shows the first values only: a hostile file can hold tens of thousands. */
  more: (n: number) =>
    `… and ${wholeNumber(n)} more ${plural(n, 'value', 'values')} not in the tables, each marked on its users’ rows below and in the CSV.`,
} as const

/** How many unknown values the page lists by name. */
export const UNKNOWN_SHOWN = 10

/** How to get the file, per version (design/compliance-check.md §1.2, §1.3). */
export const EXPORT_GUIDE: readonly { title: string; steps: readonly string[] }[] = [
  {
    title: 'CRM 2011 and 2013',
    steps: [
      'Settings › Administration › Users, view “Enabled Users” (or Advanced Find on Users for all of them).',
      'Edit the columns: Full Name, User Name, Business Unit, Title, Access Mode, License Type, Status.',
      'Export to Excel, “Static worksheet”: CRM 2011 and 2013 save an Excel 2003 XML spreadsheet (.xml). Drop it here as it is.',
    ],
  },
  {
    title: 'CRM 2015 and 2016, Dynamics 365 on-premises',
    steps: [
      'Advanced Find › Look for: Users › Edit Columns: add Full Name, User Name, Primary Email, Business Unit, Title, Access Mode, License Type, Status, Application ID.',
      'Export to Excel as a static worksheet (.xlsx), or save it as CSV. The hidden “(Do Not Modify)” columns are ignored.',
      'Security roles cannot be a column of a user view: run one Advanced Find per role, or use the Web API file below.',
    ],
  },
  {
    title: 'Dynamics 365 online (Web API)',
    steps: [
      'Signed in, open in the browser: [org]/api/data/v9.2/systemusers?$select=fullname,domainname,internalemailaddress,title,jobtitle,accessmode,caltype,isdisabled,islicensed,applicationid,_businessunitid_value&$expand=systemuserroles_association($select=name)',
      'Save the page as a .json file. With more than 5,000 users, open each “@odata.nextLink” too and paste the pages one after another into the same file.',
      'For the licenses, export the users with their licenses from the Microsoft 365 admin center and add it as “License assignments”.',
    ],
  },
]

export const SAMPLES = [
  {
    id: 'crm2011',
    label: 'CRM 2011 on-premises (Excel 2003 XML)',
    file: 'crm2011-users.xml',
    product: 'crm2011',
    deploy: 'onprem',
  },
  {
    id: 'crm2016',
    label: 'CRM 2016 on-premises (CSV)',
    file: 'crm2016-users.csv',
    product: 'crm2016',
    deploy: 'onprem',
  },
  {
    id: 'd365',
    label: 'Dynamics 365 online (Web API JSON and license assignments)',
    file: 'd365-online-users.json',
    assignments: 'd365-online-assignments.csv',
    product: 'd365',
    deploy: 'online',
  },
] as const

export const SAMPLE_TEXT = {
  button: (label: string) => `Try it with a sample: ${label}`,
  failed: (file: string) => `The sample ${file} could not be loaded. Check your connection and try again.`,
} as const
