// What a link that could not be used whole says (src/ui/LinkNotice.tsx, loaded only then); a value from the link sits
// between the parts. Its German is noticeText.de.ts (Localized).
export const NOTICE_TEXT = {
  rulesUpdated: (date: string) => `The rules were updated on ${date}`,
  notAsked: (version: string, legend: string) =>
    `This link was made with an earlier version of the rules (now ${version}), which did not ask “${legend}” here. Please answer it to see the advice; your other answers are kept.`,
  unreadable: 'This link could not be read in full',
  dropped: {
    before: 'Its answer “',
    after: (legend: string) =>
      `” to “${legend}” is not one we can use at that point. We kept the answers before it: please answer that question again.`,
  },
  unknownVersion: {
    before: 'It was made for link version “',
    after: '”, which this advisor does not know, so nothing in it was used. You can start again below.',
  },
} as const
