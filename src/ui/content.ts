/**
 * Every string the questionnaire shows, keyed by id (the question and answer texts live with the rulebook, in
 * src/domain/questions.ts; the result's words in src/ui/resultContent.ts, loaded with the result). Its German is
 * content.de.ts, typed by `Localized` (src/domain/localized.ts).
 */

import { plural } from '../share/format'

const APP = 'CRM License Advisor'

export const UI_TEXT = {
  app: APP,
  intro: {
    title: 'Which Dynamics license does this person need?',
    text: 'Answer a few questions about one person who uses Microsoft Dynamics CRM or Dynamics 365. You get the license they need, the reasons with their sources, how sure the advice is, and a link to share.',
    plan: 'Plan for a whole organization',
    planAfter: '— every group of people at once, with totals and cost.',
    /** A plan is being built in this address: said on every question, so it is never lost from sight. */
    /** The number shows once the plan's reader has loaded (src/ui/Advisor.tsx). */
    building: (groups: number | undefined) =>
      groups === undefined
        ? 'You are building a plan.'
        : `You are building a plan of ${groups} ${plural(groups, 'group', 'groups')}.`,
    openPlan: 'Open the plan',
    check: 'Check the licenses your users hold',
    checkAfter: '— from the user list your CRM exports, read only in this browser.',
  },
  /** What a view shows while its code arrives: in the boot frame, then as React's Suspense fallback. */
  loading: {
    advice: 'Loading the advice…',
    plan: 'Loading the planner…',
    check: 'Loading the compliance check…',
    proposal: 'Loading the proposal…',
  },
  title: {
    question: (legend: string, step: number) => `${legend} – Question ${step} – ${APP}`,
    result: (license: string) => `Advice: ${license} – ${APP}`,
    plan: `Plan for a whole organization – ${APP}`,
    proposal: `Licensing proposal – ${APP}`,
    check: `Check the licenses your users hold – ${APP}`,
    error: (title: string) => `Error: ${title}`,
  },
  shell: {
    skip: 'Skip to main content',
    languages: 'Language',
    legal:
      'This advice is not legal advice. Microsoft’s Product Terms and your own licensing agreement govern what you may do; check them, or ask your Microsoft partner or account team, before you buy.',
    privacy:
      'Your answers stay in your browser and in the link you share. This site sets no cookies and uses no analytics.',
  },
  update: {
    message: 'A new version of the advisor is available.',
    reload: 'Reload to update',
    dismiss: 'Dismiss',
    dismissHidden: 'the update message',
  },
  copyBlocked: 'Copying was blocked by the browser: select the link and copy it by hand.',
  /** The screen shown when the app fails to render (src/ui/ErrorBoundary.tsx). */
  crash: {
    title: 'Something went wrong',
    text: 'The advisor ran into a problem it did not expect, so it could not show this page. Nothing you entered was sent anywhere: your answers stay in this browser and in the page’s link.',
    help: 'Trying again (it loads this page afresh, with your answers) or starting over usually fixes it. If the problem comes back, copy the diagnostic text and send it to whoever looks after this site. It says what went wrong, the address of the page and which browser you use.',
    tryAgain: 'Try again',
    startOver: 'Start over',
    copy: 'Copy diagnostic text',
    copied: 'Copied',
    blocked: 'Copying was blocked by the browser: select the text below and copy it by hand.',
    show: 'Show the diagnostic text',
  },
  question: {
    progress: (step: number, total: number) => `Question ${step} of up to ${total}`,
    why: 'Why we ask this',
    problem: 'There is a problem',
    errorPrefix: 'Error: ',
    required: (legend: string) => `Choose an answer to “${legend}”`,
    continue: 'Continue',
    back: 'Back',
    restart: 'Start over',
  },
} as const
