import type { Localized } from '../domain/localized'
import type * as En from './noticeText'

export const NOTICE_TEXT: Localized<typeof En.NOTICE_TEXT> = {
  rulesUpdated: (date) => `Die Regeln wurden am ${date} aktualisiert`,
  notAsked: (version, legend) =>
    `Dieser Link wurde mit einer früheren Version der Regeln erstellt (jetzt ${version}), die hier nicht „${legend}“ gefragt hat. Bitte beantworten Sie diese Frage, um die Empfehlung zu sehen; Ihre übrigen Antworten bleiben erhalten.`,
  unreadable: 'Dieser Link konnte nicht vollständig gelesen werden',
  dropped: {
    before: 'Seine Antwort „',
    after: (legend) =>
      `“ auf „${legend}“ können wir an dieser Stelle nicht verwenden. Die Antworten davor sind erhalten: Bitte beantworten Sie diese Frage erneut.`,
  },
  unknownVersion: {
    before: 'Er wurde für die Linkversion „',
    after:
      '“ erstellt, die dieser Berater nicht kennt; daher wurde nichts daraus übernommen. Sie können unten neu beginnen.',
  },
}
