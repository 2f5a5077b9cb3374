import { ADVICE_TEXT } from './adviceText'
import { APP_TEXT } from './appText'
import type { AlternativeWhen } from './rules'
import { RULE_TEXT } from './ruleText'

// Apart from the rules, so the routing the start page runs carries ids, and the words load with the advice.
const TEXTS: Readonly<Record<AlternativeWhen, string>> = { ...RULE_TEXT, ...APP_TEXT, ...ADVICE_TEXT }

/** The words of an alternative's condition, by the id the rules give it (`Alternative.when`). */
export const whenText = (when: AlternativeWhen): string => TEXTS[when]
