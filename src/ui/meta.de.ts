import type { Localized } from '../domain/localized'
import { UI_TEXT } from './content'
import type * as En from './meta'

const APP = UI_TEXT.app

export const PAGE_META: Localized<typeof En.PAGE_META> = {
  title: `${APP}: Welche Lizenz für Dynamics CRM oder Dynamics 365 braucht diese Person?`,
  description:
    'Beantworten Sie einige Fragen zu einer Person und erfahren Sie, welche Lizenz für Microsoft Dynamics CRM oder Dynamics 365 sie braucht, warum, mit Quellen, und wie sicher die Empfehlung ist.',
}
