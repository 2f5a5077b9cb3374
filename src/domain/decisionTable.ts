import { advise, RULEBOOK } from './advise'
import { answerLabel } from './answerText'
import { LICENSES } from './licenses'
import { enumeratePaths } from './routing'
import { ANSWER_IDS, type Answers, LICENSE_IDS, QUESTION_IDS } from './types'
import { UNCERTAINTIES, type Uncertainty } from './uncertainties'

/** The columns of answers: every question but the two each section is about. */
const COLUMNS = QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy')

/**
 * The whole rulebook as one line per answer path, for partners to audit. Generated, never edited:
 * `npm run decision-table` rewrites docs/decision-table.md and a unit test fails when it is stale.
 */
export function renderDecisionTable(): string {
  return [
    '# Decision table',
    '',
    `Rulebook ${RULEBOOK.version} (${RULEBOOK.date}). Generated from \`src/domain\` by \`npm run decision-table\`; do not edit by hand.`,
    '',
    decisionTableBody(),
  ].join('\n')
}

/** The table without its version line: what a release's fingerprint is taken of (docs/rulebook-changelog.md). */
export function decisionTableBody(): string {
  const paths = enumeratePaths()
  const out: string[] = [
    `Every answer path the questionnaire can take (${paths.length} in all), with the license it recommends,`,
    'its confidence (`settled`: the cited sources agree; `review`: they are incomplete or disagree) and the rule',
    'of `src/domain/rules.ts` that decides it. Answers are given by id, in question order',
    `(${COLUMNS.map((q) => `\`${q}\``).join(' · ')}); a dash means the question is not asked on that path.`,
    '',
    '## Licenses',
    '',
    ...LICENSE_IDS.map((id) => `- \`${id}\`: ${LICENSES[id].name} — ${LICENSES[id].unitText}`),
    '',
  ]
  for (const product of ANSWER_IDS.product) {
    for (const deploy of ANSWER_IDS.deploy) {
      const rows = paths.filter((p) => p.product === product && p.deploy === deploy)
      out.push(`## ${answerLabel('product', product)} — ${answerLabel('deploy', deploy)}`, '')
      out.push(`| ${COLUMNS.join(' | ')} | license | confidence | rule |`)
      out.push(`|${'---|'.repeat(COLUMNS.length + 3)}`)
      for (const p of rows) out.push(row(p))
      out.push('')
    }
  }
  return out.join('\n')
}

function row(p: Answers): string {
  const advice = advise(p)
  const cell = (v: string | undefined) => v ?? '–'
  // Version 3's several apps: the base, then each attach license and what is bought besides (contract section 9).
  const license = advice
    ? [
        `\`${advice.license}\``,
        ...advice.attach.map((l) => `attach \`${l}\``),
        ...advice.extra.map((l) => `and \`${l}\``),
      ].join(' + ')
    : 'no advice'
  return `| ${COLUMNS.map((q) => cell(p[q])).join(' | ')} | ${license} | ${advice?.confidence ?? '–'} | ${advice?.ruleId ?? '–'} |`
}

const UNCERTAINTY_ID = new Map<Uncertainty, string>(Object.entries(UNCERTAINTIES).map(([id, u]) => [u, id]))

/**
 * Every path's whole advice by ids, one line a path: license, attach and extra licenses, confidence, rule, the facts
 * of its reasons, each caveat with the facts it cites, the alternatives' licenses and the uncertainties. What a
 * release's advice fingerprint is taken of (docs/rulebook-changelog.md): unlike the decision table's, it changes
 * when a reason, caveat, alternative or open question changes on any path, and never with a label's wording.
 */
export function adviceByIds(): string {
  return enumeratePaths()
    .map((p) => {
      const a = advise(p)
      if (!a) return `${JSON.stringify(p)} no advice`
      return [
        JSON.stringify(p),
        [a.license, ...a.attach, ...a.extra].join('+'),
        a.confidence,
        a.ruleId,
        a.reasons.map((r) => r.fact.id).join(','),
        a.caveats.map((c) => `${c.id}(${c.facts.join(',')})`).join(','),
        a.alternatives.map((x) => x.license).join(','),
        a.uncertain.map((u) => UNCERTAINTY_ID.get(u) ?? '?').join(','),
      ].join(' | ')
    })
    .join('\n')
}
