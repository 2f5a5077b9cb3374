import type { Answers, App, LicenseId, QuestionId } from './types'

/**
 * Which of version 3's questions a path asks (contract section 9): routing needs only these, so they stay apart from
 * apps.ts, whose SKU tables load with the advice, not on the first screen.
 */

/** Apps with a device license (the Product Terms list Sales, Customer Service and Field Service devices, Q10). */
export const DEVICE_OF: Readonly<Partial<Record<App, LicenseId>>> = {
  sales: 'd365-sales-device',
  'customer-service': 'd365-customer-service-device',
  'field-service': 'd365-field-service-device',
  unknown: 'd365-device',
}

export const deviceOfApp = (app: App): LicenseId | undefined => DEVICE_OF[app]

/** Whether every app of the person has a device license, so that sharing a device is a question at all. */
export function appsHaveDevices(answers: Answers): boolean {
  const { app, also } = answers
  if (app === undefined || DEVICE_OF[app] === undefined) return false
  return also === undefined || also === 'none' || DEVICE_OF[also as App] !== undefined
}

const WORKLOAD: Readonly<Record<'sales-needs' | 'service-needs', App>> = {
  'sales-needs': 'sales',
  'service-needs': 'customer-service',
}

/** The edition questions are asked for an app the person works in, unless a device license (Enterprise) covers it. */
export function asksEdition(q: Extract<QuestionId, 'sales-needs' | 'service-needs'>, answers: Answers): boolean {
  const app = WORKLOAD[q]
  return (answers.app === app || answers.also === app) && answers.device !== 'shared'
}
