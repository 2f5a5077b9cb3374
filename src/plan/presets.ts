import type { Plan } from '../share/plan'
import { PRESET_TEXT } from './presetText'

/**
 * Starting points for a plan. Each group holds only the answers on its path; the licenses they
 * come to are checked against advise() in presets.test.ts rather than written down here.
 */

export interface StartingPoint {
  id: 'empty' | 'forum-2011' | 'd365-team'
  label: string
  description: string
  plan: Plan
}

/**
 * The same case as the thread tells it: a company that hosts CRM 2011 for other organizations, whose
 * portal users work for its tenants' clients. Hosting for others is licensed through SPLA, so this is
 * the starting point the planner offers (UX review 4.1).
 */
export const FORUM_2011_HOSTED: Plan = {
  product: 'crm2011',
  deploy: 'hosted',
  servers: 1,
  groups: [
    {
      name: PRESET_TEXT['forum-2011'].groups[0],
      count: 5000,
      answers: { who: 'tenant-client', via: 'portal', does: 'self-service' },
    },
    {
      name: PRESET_TEXT['forum-2011'].groups[1],
      count: 800,
      answers: { who: 'employee', via: 'portal', does: 'light' },
    },
    {
      name: PRESET_TEXT['forum-2011'].groups[2],
      count: 40,
      answers: { who: 'employee', via: 'crm-client', does: 'full' },
    },
    {
      name: PRESET_TEXT['forum-2011'].groups[3],
      count: 20,
      answers: { who: 'employee', via: 'crm-client', does: 'read' },
    },
  ],
}

export const D365_TEAM: Plan = {
  product: 'd365',
  deploy: 'online',
  servers: 1,
  groups: [
    {
      name: PRESET_TEXT['d365-team'].groups[0],
      count: 25,
      answers: {
        who: 'employee',
        via: 'crm-client',
        does: 'full',
        app: 'sales',
        also: 'none',
        device: 'named',
        'sales-needs': 'advanced',
      },
    },
    {
      name: PRESET_TEXT['d365-team'].groups[1],
      count: 6,
      answers: {
        who: 'employee',
        via: 'crm-client',
        does: 'full',
        app: 'customer-service',
        also: 'none',
        device: 'shared',
      },
    },
    {
      name: PRESET_TEXT['d365-team'].groups[2],
      count: 40,
      answers: { who: 'employee', via: 'crm-client', does: 'read' },
    },
    {
      name: PRESET_TEXT['d365-team'].groups[3],
      count: 1200,
      answers: { who: 'customer-employee', via: 'portal', does: 'self-service' },
    },
    { name: PRESET_TEXT['d365-team'].groups[4], count: 3000, answers: { who: 'public', via: 'portal', does: 'read' } },
  ],
}

export const EMPTY_PLAN: Plan = { servers: 1, groups: [] }

export const STARTING_POINTS: readonly StartingPoint[] = [
  {
    id: 'empty',
    label: PRESET_TEXT['empty'].label,
    description: PRESET_TEXT['empty'].description,
    plan: EMPTY_PLAN,
  },
  {
    id: 'forum-2011',
    label: PRESET_TEXT['forum-2011'].label,
    description: PRESET_TEXT['forum-2011'].description,
    plan: FORUM_2011_HOSTED,
  },
  {
    id: 'd365-team',
    label: PRESET_TEXT['d365-team'].label,
    description: PRESET_TEXT['d365-team'].description,
    plan: D365_TEAM,
  },
]
