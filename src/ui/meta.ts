// index.html's title and description, written in at build time (vite.config.ts, src/prerender.tsx): apart from
// UI_TEXT so the app's own code does not carry them. Its German is meta.de.ts.
import { UI_TEXT } from './content'

const APP = UI_TEXT.app

export const PAGE_META = {
  title: `${APP}: which Dynamics CRM or Dynamics 365 license does this person need?`,
  description:
    'Answer a few questions about one person and find out which Microsoft Dynamics CRM or Dynamics 365 license they need, why, with sources, and how sure the advice is.',
} as const
