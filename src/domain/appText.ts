/** The conditions of the alternatives that the Dynamics 365 app refinement (apps.ts) adds to the advice, keyed by an id named where each is used. Its German is appText.de.ts (Localized). */

export const APP_TEXT = {
  'one-channel-enough':
    'on top of Customer Service Enterprise, if one channel (digital or voice) is enough or the two cost less than Premium',
  'environment-needs-enterprise':
    'if other people in the same environment need Enterprise: Professional and Enterprise users may not share one',
  'not-a-contractor': 'if the technician is not a third party’s, or needs what the Contractor license leaves out',
} as const
