import type { Localized } from '../domain/localized'
import type * as En from './text'

export const SHARE_TEXT: Localized<typeof En.SHARE_TEXT> = {
  group: (n) => `Gruppe ${n}`,
  period: { month: 'pro Monat', 'one-off': 'einmalig' },
}
