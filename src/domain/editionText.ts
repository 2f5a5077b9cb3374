// The edition tables' titles and words, by workload and row (editions.ts); German: editionText.de.ts (Localized).
export const EDITION_TEXT = {
  sales: {
    title: 'Sales editions compared',
    rows: {
      app: {
        capability: 'App',
        cells: { professional: 'Sales Professional app only', enterprise: 'Sales Hub', premium: 'Sales Hub' },
      },
      forecasting: {
        capability: 'Forecasting, playbooks, marketing campaigns',
        cells: { enterprise: 'Yes', premium: 'Yes' },
      },
      sequences: {
        capability: 'Sequences and predictive scoring',
        cells: { enterprise: 'Up to 1,500 records a month', premium: 'Beyond 1,500 records a month' },
      },
      'relationship-intelligence': {
        capability: 'Relationship intelligence, predictive forecasting',
        cells: { premium: 'Yes' },
      },
    },
  },
  'customer-service': {
    title: 'Customer Service editions compared',
    rows: {
      audience: {
        capability: 'Who it is for',
        cells: {
          professional: 'Businesses with fewer needs',
          enterprise: 'The full Customer Service capabilities',
          premium: 'Enterprise with live channels',
        },
      },
      'unified-routing': {
        capability: 'Unified routing (automatic assignment)',
        cells: { enterprise: 'Yes', premium: 'Yes' },
      },
      'live-channels': {
        capability: 'Live chat, messaging and voice',
        cells: { enterprise: 'Contact Center add-on', premium: 'Included (a partner’s reading)' },
      },
    },
  },
}
