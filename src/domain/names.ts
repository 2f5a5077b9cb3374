import type { LicenseId, Product } from './types'

/**
 * Short names of the catalogue's licenses and products, for tables where the full names (up to 130
 * characters) would not fit six columns on a phone. Full names stay in the totals, the CSV and the advice.
 */
export const SHORT_NAME: Record<LicenseId, string> = {
  none: 'No license',
  'full-cal': 'CRM CAL (user)',
  'full-device-cal': 'CRM CAL (device)',
  'limited-cal': 'Limited CAL (user)',
  'limited-device-cal': 'Limited CAL (device)',
  'ess-cal': 'Employee Self Service CAL (user)',
  'ess-device-cal': 'Employee Self Service CAL (device)',
  'external-connector': 'External Connector',
  'limited-external-connector': 'Limited External Connector',
  'crm-online-usl': 'CRM Online subscription',
  'essential-cal': 'Essential CAL (user)',
  'essential-device-cal': 'Essential CAL (device)',
  'basic-cal': 'Basic CAL (user)',
  'basic-device-cal': 'Basic CAL (device)',
  'professional-cal': 'Professional CAL (user)',
  'professional-device-cal': 'Professional CAL (device)',
  'essential-usl': 'Essential subscription',
  'basic-usl': 'Basic subscription',
  'professional-usl': 'Professional subscription',
  'd365-app': 'Dynamics 365 app subscription',
  'd365-team-members': 'Team Members subscription',
  'd365-device': 'Dynamics 365 device subscription',
  'power-apps': 'Power Apps',
  'power-pages-authenticated': 'Power Pages, authenticated',
  'power-pages-anonymous': 'Power Pages, anonymous',
  'd365-cal': 'Dynamics 365 app CAL (user)',
  'd365-device-cal': 'Dynamics 365 app CAL (device)',
  'd365-team-members-cal': 'Team Members CAL',
  'spla-sal': 'SPLA Subscriber Access License',
  undetermined: 'Not determined',
}

export const PRODUCT_SHORT: Record<Product, string> = {
  crm4: 'CRM 4.0',
  crm2011: 'CRM 2011',
  crm2013: 'CRM 2013/2015',
  crm2016: 'CRM 2016',
  d365: 'Dynamics 365',
}
