import { answerLabel } from '../../domain/answerText'
import { PRODUCT_SHORT, SHORT_NAME } from '../../domain/names'
import { type Answers, type LicenseId, QUESTION_IDS } from '../../domain/types'

/** The short name of the license under the person's own version, for the heading and the title. */
export function adviceName(license: keyof typeof SHORT_NAME, answers: Answers): string {
  return verdictName(SHORT_NAME[license], license, answers.product && PRODUCT_SHORT[answers.product])
}

/** "For: …": the person as answered, then the organization's product and where it runs. */
export function forLine(answers: Answers): string {
  const own = QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && answers[q] !== undefined)
  return [...own, 'product' as const, 'deploy' as const]
    .filter((q) => answers[q] !== undefined)
    .map((q) => answerLabel(q, answers[q] as string))
    .join(' · ')
}

/** Licenses whose short name is the same under every product, so it needs no product in front. */
const PRODUCT_FREE: ReadonlySet<LicenseId> = new Set([
  'none',
  'undetermined',
  'power-apps',
  'power-pages-authenticated',
  'power-pages-anonymous',
])

/**
 * The version's short name of a license, for the verdict heading: "CRM 2011 External Connector" instead
 * of the catalogue's name, which bundles every version's variant.
 */
function verdictName(short: string, license: LicenseId, product: string | undefined): string {
  if (PRODUCT_FREE.has(license) || product === undefined || short.startsWith(product)) return short
  return `${product} ${short}`
}
