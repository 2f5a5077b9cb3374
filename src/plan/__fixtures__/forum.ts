import type { Plan } from '../../share/plan'

/**
 * The seed thread's case as the shared scenarios first modelled it ("plan"): on the organization's own
 * servers. The tests that hold the codec, the comparison and the CSV to the shared scenario use it.
 */
export const FORUM_2011: Plan = {
  product: 'crm2011',
  deploy: 'onprem',
  servers: 1,
  groups: [
    {
      name: 'Customer portal users',
      count: 5000,
      // The thread is from 2011, when the External Connector was on the price list.
      answers: { who: 'customer-employee', via: 'portal', does: 'self-service', bought: 'before-2014' },
    },
    { name: 'Field techs', count: 800, answers: { who: 'employee', via: 'portal', does: 'light', device: 'named' } },
    {
      name: 'Field managers',
      count: 40,
      answers: { who: 'employee', via: 'crm-client', does: 'full', device: 'named' },
    },
    { name: 'Executives', count: 20, answers: { who: 'employee', via: 'crm-client', does: 'read', device: 'named' } },
  ],
}
