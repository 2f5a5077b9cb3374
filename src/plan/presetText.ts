// The planner's starting points, in words: each one's label, description and its groups' names, in order
// (presets.ts); their German is presetText.de.ts (Localized).
export const PRESET_TEXT = {
  empty: {
    label: 'An empty plan',
    description: 'No product, no groups: build your own.',
  },
  'forum-2011': {
    label: 'The CRM 2011 forum case',
    description:
      'CRM 2011 hosted by a service provider for several organizations: 5,000 tenant portal users, 800 field technicians, 40 managers, 20 executives.',
    groups: ['Tenant customer portal users', 'Field technicians', 'Field managers', 'Executives'],
  },
  'd365-team': {
    label: 'A Dynamics 365 sales and service team',
    description:
      'Dynamics 365 online: sales reps, shared kiosks, operations staff, a customer portal and a public site.',
    groups: [
      'Sales reps',
      'Service agents on shared kiosks',
      'Operations staff',
      'Customer portal users',
      'Knowledge base visitors',
    ],
  },
} as const
