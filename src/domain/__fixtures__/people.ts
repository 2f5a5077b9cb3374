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

/**
 * A Dynamics 365 online off-site contractor under an agreement signed from 1 October 2024, working over 30 hours a
 * week, doing full work in the product's own apps: the person whose agreement answers a plan and the next person keep.
 */
export const D365_CONTRACTOR_FROM_2024 = {
  product: 'd365',
  deploy: 'online',
  who: 'offsite-contractor',
  signed: 'from-2024-10',
  hours: 'over-30',
  via: 'crm-client',
  does: 'full',
} as const satisfies Answers
