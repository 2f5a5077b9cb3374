import type { Answers } from '../types'

/**
 * A Dynamics 365 online employee doing full sales work in the product's own apps, with forecasting and playbooks:
 * Sales Enterprise, settled (contract section 9). The person most tests of apps, plans and the check start from.
 */
export const SALES_ENTERPRISE_SELLER = {
  who: 'employee',
  via: 'crm-client',
  does: 'full',
  app: 'sales',
  also: 'none',
  device: 'named',
  'sales-needs': 'advanced',
} as const satisfies Answers
