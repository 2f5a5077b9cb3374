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
