// The words the shared plan engine writes (a group's default name, how often a price is paid); their German is
// text.de.ts (Localized).
export const SHARE_TEXT = {
  group: (n: number) => `Group ${n}`,
  period: { month: 'per month', 'one-off': 'one-off' },
} as const
