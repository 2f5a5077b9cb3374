import type { Localized } from '../domain/localized'
import { plural } from '../share/format'
import type * as En from './content'

const APP = 'CRM-Lizenzberater'

export const UI_TEXT: Localized<typeof En.UI_TEXT> = {
  app: APP,
  intro: {
    title: 'Welche Dynamics-Lizenz braucht diese Person?',
    text: 'Beantworten Sie einige Fragen zu einer Person, die Microsoft Dynamics CRM oder Dynamics 365 nutzt. Sie erhalten die Lizenz, die sie braucht, die Gründe mit ihren Quellen, wie sicher die Empfehlung ist, und einen Link zum Teilen.',
    plan: 'Für eine ganze Organisation planen',
    planAfter: '– alle Personengruppen auf einmal, mit Summen und Kosten.',
    building: (groups) =>
      groups === undefined
        ? 'Sie erstellen gerade einen Plan.'
        : `Sie erstellen gerade einen Plan mit ${groups} ${plural(groups, 'Gruppe', 'Gruppen')}.`,
    openPlan: 'Plan öffnen',
    check: 'Die Lizenzen Ihrer Benutzer prüfen',
    checkAfter: '– anhand der Benutzerliste, die Ihr CRM exportiert; sie wird nur in diesem Browser gelesen.',
  },
  loading: {
    advice: 'Die Empfehlung wird geladen …',
    plan: 'Der Planer wird geladen …',
    check: 'Die Lizenzprüfung wird geladen …',
    proposal: 'Das Angebot wird geladen …',
  },
  title: {
    question: (legend, step) => `${legend} – Frage ${step} – ${APP}`,
    result: (license) => `Empfehlung: ${license} – ${APP}`,
    plan: `Für eine ganze Organisation planen – ${APP}`,
    proposal: `Lizenzangebot – ${APP}`,
    check: `Die Lizenzen Ihrer Benutzer prüfen – ${APP}`,
    error: (title) => `Fehler: ${title}`,
  },
  shell: {
    skip: 'Zum Hauptinhalt springen',
    languages: 'Sprache',
    legal:
      'Diese Empfehlung ist keine Rechtsberatung. Was Sie dürfen, regeln die Produktbestimmungen von Microsoft und Ihr eigener Lizenzvertrag; prüfen Sie diese oder fragen Sie Ihren Microsoft-Partner oder Ihr Microsoft-Account-Team, bevor Sie kaufen.',
    privacy:
      'Ihre Antworten bleiben in Ihrem Browser und in dem Link, den Sie teilen. Diese Website setzt keine Cookies und nutzt keine Analysewerkzeuge.',
  },
  update: {
    message: 'Eine neue Version des Beraters ist verfügbar.',
    reload: 'Neu laden und aktualisieren',
    dismiss: 'Schließen',
    dismissHidden: 'den Hinweis auf die neue Version',
  },
  copyBlocked: 'Der Browser hat das Kopieren blockiert: Markieren Sie den Link und kopieren Sie ihn von Hand.',
  crash: {
    title: 'Etwas ist schiefgelaufen',
    text: 'Der Berater ist auf ein unerwartetes Problem gestoßen und konnte diese Seite nicht anzeigen. Nichts von dem, was Sie eingegeben haben, wurde gesendet: Ihre Antworten bleiben in diesem Browser und im Link der Seite.',
    help: 'Meist hilft es, es erneut zu versuchen (die Seite wird mit Ihren Antworten neu geladen) oder neu zu beginnen. Tritt das Problem wieder auf, kopieren Sie den Diagnosetext und senden Sie ihn an die Person, die diese Website betreut. Er nennt den Fehler, die Adresse der Seite und Ihren Browser.',
    tryAgain: 'Erneut versuchen',
    startOver: 'Neu beginnen',
    copy: 'Diagnosetext kopieren',
    copied: 'Kopiert',
    blocked: 'Der Browser hat das Kopieren blockiert: Markieren Sie den Text unten und kopieren Sie ihn von Hand.',
    show: 'Diagnosetext anzeigen',
  },
  question: {
    progress: (step, total) => `Frage ${step} von höchstens ${total}`,
    why: 'Warum wir das fragen',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler: ',
    required: (legend) => `Wählen Sie eine Antwort auf „${legend}“`,
    continue: 'Weiter',
    back: 'Zurück',
    restart: 'Neu beginnen',
  },
}
