// Why paths changed, by audit finding (changes.ts); the German is changeWhy.de.ts (Localized).
/**
 * Why paths changed, by the audit finding behind each change (docs/rulebook-changelog.md). A release that changes
 * what a path recommends adds its changes with scripts/rulebook-changes.mjs and the why of each finding here; a test
 * holds every change to a why.
 */
export const CHANGE_WHY = {
  G02: 'CRM 2011 licenses bought from 2014 are used under the rights of CRM 2013 and later, whose server license includes external access; the CRM 2011 External Connector left the price list in January 2014.',
  G06: 'Staff of an off-site vendor who update or run records may be doing the customer’s own business processes, which Microsoft’s guides treat as the customer’s users: the sources pull both ways.',
  G07: 'Staff of another organization running its own business in this Dynamics 365 environment: Microsoft’s guides pull both ways on whether they are the organization’s users.',
  G09: 'Employees who only follow their own cases through a site are covered by Power Apps, as Microsoft’s restricted-tables page reads; Team Members is the alternative.',
  G10: 'The Product Terms list the Dynamics 365 device licenses, so a shared device on the product’s own screens is settled; through a portal, a custom app or an integration a person needs an app license of their own.',
  G14: 'Someone who never signs in is not a guest user: an anonymous member of the public using a custom app needs no license.',
} as const satisfies Record<string, string>
