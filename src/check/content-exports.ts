import { plural, wholeNumber } from '../share/format'
import type { Flag, MapField } from './vocabulary'

/**
 * The words of what the check reads from real tenant exports (contract §10): why a license held is what it
 * is, the flags on a user row, and the column and value maps.
 */

const list = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ')

export const EXPORT_WHY = {
  unknownProducts: (names: readonly string[]) =>
    `${list(names)} ${plural(names.length, 'is', 'are')} not in Microsoft’s product table this check uses: check what ${plural(names.length, 'it licenses', 'they license')}.`,
  reviewProducts: (notes: readonly string[]) => `Review what this license gives a CRM user: ${notes.join('; ')}.`,
  trialOnly: (names: readonly string[]) =>
    `Holds only a trial (${list(names)}): a trial is not a production license; check when it ends.`,
  attachWithoutBase: (names: readonly string[]) =>
    `Holds ${list(names)}, an attach license, but no qualifying base license: an attach license needs a base license on the same person.`,
  attachOutsideBase: (attach: readonly string[], base: readonly string[]) =>
    `Holds ${list(attach)} (attach) with ${list(base)}: the base/attach matrix read here does not say whether that qualifies as the base.`,
  crmOnlineTier: (name: string) =>
    `Holds “${name}”, a Dynamics CRM Online subscription that does not match this product’s version: check it.`,
  blockedHolding: (license: string) =>
    `Blocked from signing in, but still holds ${license}: the license can be freed or reassigned.`,
  blockedNone: 'Blocked from signing in, and holds no license: nothing to do.',
  disabledLicensedYes:
    'Disabled, but User Licensed says Yes: a license is still assigned in Microsoft 365 and can be freed or reassigned.',
  heldProducts: (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'a license'),
} as const

export const FLAG_TEXT: Record<Flag, string> = {
  blocked: 'Blocked from signing in',
  guest: 'Guest account',
  trial: 'Trial',
  'unknown-product': 'Unknown product',
  'attach-without-base': 'Attach license without a base',
}

export const MAP_FIELD_TEXT: Record<MapField, string> = {
  user: 'User name (the sign-in name)',
  name: 'Full name',
  email: 'Primary e-mail',
  unit: 'Business unit',
  title: 'Title',
  'access-mode': 'Access mode',
  'license-type': 'License type',
  status: 'Status (enabled or disabled)',
  roles: 'Security roles',
  licensed: 'User licensed',
  application: 'Application ID',
}

export const COLUMN_MAP_TEXT = {
  legend: 'Which column holds what?',
  intro: (file: string) =>
    `The column headers of ${file} are not ones this page knows (another language, or renamed columns). Choose the column for each field; the user name is needed, the rest helps.`,
  none: '— not in the file —',
  submit: 'Read the file with these columns',
  needUser: 'Choose the column that holds the user name.',
  skipped: (headers: readonly string[]) =>
    `${plural(headers.length, 'One column was', `${headers.length} columns were`)} not recognised and not read (${list(headers.slice(0, 8))}${headers.length > 8 ? ', …' : ''}): choose what ${plural(headers.length, 'it holds', 'they hold')}`,
} as const

export const VALUE_MAP_TEXT = {
  legend: 'What do these values mean?',
  intro:
    'These values are not ones this page knows (the export is in another language, or uses custom labels). Choose what each one means; nothing is sent anywhere.',
  label: (column: string, value: string) => `“${value}” in ${column}`,
  unknown: '— I don’t know —',
  submit: 'Apply these meanings',
  /** A language has a handful of labels per field: hundreds of unknown values mean the column is not the one the page thinks. */
  more: (n: number) =>
    `… and ${wholeNumber(n)} more. So many unknown values usually mean this column holds something else: check the column map, or export the list again.`,
} as const

/** How many unknown values the value map asks about at once. */
export const VALUE_MAP_SHOWN = 50
