import { LICENSES } from '../domain/licenses'
import type { Localized } from '../domain/localized'
import { QUESTION_TEXT } from '../domain/questions'
import type { QuestionId, SaleUnit } from '../domain/types'
import { plural, wholeNumber } from '../share/format'
import type { UncountedReason } from '../share/planCodes'
import type * as En from './messages'

const legend = (q: QuestionId) => QUESTION_TEXT[q].legend

const COUNT_RULE = 'eine ganze Zahl von 1 bis 1.000.000 oder ein Bereich wie 200–800'

export const COUNT_HINT = 'Eine ganze Zahl von 1 bis 1.000.000 oder, wenn Sie unsicher sind, ein Bereich wie 200–800'

/** One problem of a plan link, as a sentence; a group's problems follow "Gruppe 3 „Name“: ". */
export const problemText: Localized<typeof En.problemText> = (problem) => {
  switch (problem.kind) {
    case 'count-missing':
      return 'Die Anzahl fehlt.'
    case 'count-invalid':
      return `Die Anzahl „${problem.text}“ ist nicht ${COUNT_RULE}.`
    case 'no-plan-start':
      return 'Die Antworten der Gruppe lassen sich ohne Produkt und Bereitstellung des Plans nicht prüfen.'
    case 'answer-dropped':
      return `Die Antwort „${problem.value}“ auf „${legend(problem.question)}“ konnte nicht verwendet werden.`
    case 'rules-updated':
      return `Die Regeln wurden aktualisiert, seit dieser Link erstellt wurde: Es fehlt eine Antwort auf „${legend(problem.question)}“.`
    case 'answers-missing':
      return `Es fehlen Antworten, beginnend mit „${legend(problem.question)}“.`
    case 'plan-answer-dropped':
      return `Die Antwort „${problem.value}“ des Plans auf „${legend(problem.question)}“ konnte nicht verwendet werden.`
    case 'servers-invalid':
      return `Die Anzahl der Server „${problem.text}“ ist keine ganze Zahl von 1 bis 1.000, daher wird 1 verwendet.`
    case 'too-many-groups':
      return `Der Plan hat ${problem.found} Gruppen; nur die ersten ${problem.max} wurden gelesen.`
    case 'price-invalid':
      return `Der Preis „${problem.text}“ für „${problem.license}“ konnte nicht verwendet werden, daher wird der veröffentlichte Preis angezeigt.`
  }
}

/** A notice's problems, one sentence each (as the English module: it reads this module's problemText). */
export const noticeText: Localized<typeof En.noticeText> = (notice) => notice.problems.map(problemText).join(' ')

export const GROUP_NOTICE_TAIL =
  'Die Gruppe wird unten markiert angezeigt und zählt nicht zu den Summen, bis das Problem behoben ist.'

/** A problem to fix in the form, naming the group. */
export const issueText: Localized<typeof En.issueText> = (issue, label) => {
  switch (issue.code) {
    case 'count-empty':
      return `Geben Sie an, wie viele zu „${label}“ gehören: ${COUNT_RULE}.`
    case 'count-invalid':
      return `Die Anzahl für „${label}“ muss ${COUNT_RULE} sein (nur Ziffern).`
    case 'answer-needed':
      return `Wählen Sie für „${label}“ eine Antwort auf „${legend(issue.field)}“.`
  }
}

const UNCOUNTED: Record<UncountedReason, string> = {
  none: 'braucht keine Lizenz',
  undetermined: 'Lizenz anhand der Quellen nicht bestimmbar',
  blank: 'noch nicht ausgefüllt',
  waiting: 'wartet auf Produkt und Bereitstellung',
  problem: 'hat ein Problem, das zu beheben ist',
}

/** Why a group is not in the totals, in a few words. */
export const uncountedText: Localized<typeof En.uncountedText> = (reason) => UNCOUNTED[reason]

export const SERVERS_INVALID =
  'Geben Sie die Anzahl der Server ein: eine ganze Zahl von 1 bis 1.000. Bis dahin wird 1 gezählt.'
export const SERVERS_DEFAULTED =
  'Der External Connector wird für 1 Server gezählt, bis die Anzahl der Server eine ganze Zahl von 1 bis 1.000 ist.'

const UNIT_WORDS: Record<SaleUnit, [string, string]> = {
  person: ['Person', 'Personen'],
  device: ['Gerät', 'Geräte'],
  server: ['Server', 'Server'],
  'auth-pack': ['Paket', 'Pakete'],
  'anon-pack': ['Paket', 'Pakete'],
  tenant: ['Mandant', 'Mandanten'],
  none: ['', ''],
}

/** „Server“, „Person“ oder „Personen“. */
export const unitWord: Localized<typeof En.unitWord> = (unit, quantity) => {
  const [one, other] = UNIT_WORDS[unit]
  return plural(quantity, one, other)
}

/** „1 Server“, „800 Personen“, „12 Pakete“; „200–800 Personen“ for a range. */
export const quantityText: Localized<typeof En.quantityText> = (unit, quantity, low = quantity) => {
  if (low === quantity) return `${wholeNumber(quantity)} ${unitWord(unit, quantity)}`
  return `${wholeNumber(low)}–${wholeNumber(quantity)} ${unitWord(unit, quantity)}`
}

export const LINK_TEXT: Localized<typeof En.LINK_TEXT> = {
  tooLongTitle: 'Dieser Plan ist zu groß für einen Link',
  tooLong: (length, budget) =>
    `Der Link zu diesem Plan ist ${wholeNumber(length)} Zeichen lang, und viele Webserver lehnen Links mit mehr als etwa ${wholeNumber(budget)} Zeichen ab: Bei anderen öffnet er sich womöglich nicht, und das Neuladen dieser Seite kann fehlschlagen. Speichern Sie den Plan als Datei, um ihn aufzubewahren oder weiterzugeben; die Datei kann jeder hier öffnen.`,
  save: 'Plan als Datei speichern',
  open: 'Plandatei öffnen',
  saved: 'Plan als Datei gespeichert',
  opened: (groups) => `Plandatei geöffnet: ${groups} ${plural(groups, 'Gruppe', 'Gruppen')}.`,
  fileTitle: 'Plan als Datei speichern oder öffnen',
  fileHint: 'Die Datei enthält den ganzen Plan, egal wie groß, und die Preise, wenn Sie sie im Link behalten.',
  keepPrices: 'Meine Preise im Link und in der Datei des Plans behalten',
  keepPricesHint:
    'Standardmäßig aus: Angebotene Preise können vertraulich sein, und veröffentlichte Preise ändern sich.',
}

/** Why a plan file could not be opened. */
export const FILE_PROBLEM_TEXT: Localized<typeof En.FILE_PROBLEM_TEXT> = {
  'not-json': 'Diese Datei ist kein vom Lizenzberater gespeicherter Plan (kein JSON).',
  'not-a-plan': 'Diese Datei ist kein vom Lizenzberater gespeicherter Plan.',
  'too-big': 'Diese Datei ist zu groß für einen Plan (mehr als 5 MB).',
}

// A total line in a few words and what the live region says are the same in every language: they are made of the
// page's own texts and numbers.
export { lineText, outcomeText } from './messages'

const groupsText = (n: number) => `${n} ${plural(n, 'Gruppe', 'Gruppen')}`

const span = (low: number, high: number) =>
  low === high ? wholeNumber(high) : `${wholeNumber(low)}–${wholeNumber(high)}`

/** Whom a total line covers, in its unit of sale: „800 Personen in 1 Gruppe“, „für 40 Personen in 2 Gruppen; …“. */
export const coverageText: Localized<typeof En.coverageText> = (line) => {
  const who = line.unit === 'device' ? 'Geräte' : 'Personen'
  const groups = groupsText(line.groups.length)
  const covered = span(line.coveredLow, line.covered)
  switch (line.unit) {
    case 'server':
      return `für ${covered} Personen in ${groups}; ${LICENSES[line.license].unitText}`
    case 'auth-pack':
      return `${covered} authentifizierte Benutzer in ${groups}, 100 je Paket, aufgerundet`
    case 'anon-pack':
      return `${covered} anonyme Benutzer in ${groups}, 500 je Paket, aufgerundet`
    default:
      return `${covered} ${who} in ${groups}`
  }
}

/** A total line that counts groups whose advice needs review. */
export const includesReviewText: Localized<typeof En.includesReviewText> = (n) =>
  `Enthält ${groupsText(n)}, die geprüft werden ${plural(n, 'muss', 'müssen')}:`
