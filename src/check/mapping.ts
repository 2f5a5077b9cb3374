import { keepOnPath } from '../domain/routing'
import { ANSWER_IDS, type Answers, type Deploy, type Product } from '../domain/types'
import { LINK_VERSION } from '../share/advice'
import { OWN_QUESTIONS } from '../share/totals'
import type { ValueMap } from './classify'
import { appendMaps, readMaps } from './maps'
import type { ColumnMap } from './users'
import { GROUP_BYS, type GroupBy } from './vocabulary'

/**
 * The saved mapping: `?v=2&view=check&product=…&deploy=…&by=…` and one `m` per answered group,
 * `who:employee;via:crm-client|<group key>`. It holds the group keys (a role set, unit, domain or
 * title as in the file) and their answers, never a user name or any other row. It also keeps the
 * column and value maps (contract §10: `col=user|Benutzername`, `val=access-mode|0|Lesen/Schreiben`),
 * header texts and option labels as in the file. Reading never throws.
 */

export interface Mapping {
  product?: Product
  deploy?: Deploy
  by: GroupBy
  answers: ReadonlyMap<string, Answers>
  /** The column map: the file's header text for each field the page asked about. */
  columns?: ColumnMap
  /** The value map: a value as in the file → its code, per coded field. */
  values?: ValueMap
}

export const MAX_MAPPED = 500
const MAX_KEY = 500

export function encodeMapping(mapping: Mapping): string {
  const params = new URLSearchParams({ v: LINK_VERSION, view: 'check' })
  if (mapping.product) params.set('product', mapping.product)
  if (mapping.deploy) params.set('deploy', mapping.deploy)
  params.set('by', mapping.by)
  for (const [key, answers] of [...mapping.answers].slice(0, MAX_MAPPED)) {
    const pairs = OWN_QUESTIONS.filter((q) => answers[q] !== undefined).map((q) => `${q}:${answers[q]}`)
    if (pairs.length > 0) params.append('m', `${pairs.join(';')}|${key.slice(0, MAX_KEY)}`)
  }
  appendMaps(params, mapping.columns, mapping.values)
  return `?${params.toString()}`
}

const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value)

function strip(path: Answers): Answers {
  const { product: _p, deploy: _d, ...own } = path
  return own
}

export function decodeMapping(search: string): Mapping {
  const answers = new Map<string, Answers>()
  const mapping: Mapping = { by: 'role', answers }
  try {
    const params = new URLSearchParams(search)
    const product = params.get('product')
    const deploy = params.get('deploy')
    if (isOneOf(ANSWER_IDS.product, product)) mapping.product = product
    if (isOneOf(ANSWER_IDS.deploy, deploy)) mapping.deploy = deploy
    const by = params.get('by')
    if (isOneOf(GROUP_BYS, by)) mapping.by = by
    const maps = readMaps(params, mapping.product)
    if (Object.keys(maps.columns).length > 0) mapping.columns = maps.columns
    if (Object.keys(maps.values).length > 0) mapping.values = maps.values
    for (const text of params.getAll('m').slice(0, MAX_MAPPED)) {
      const bar = text.indexOf('|')
      if (bar < 0) continue
      const key = text.slice(bar + 1, bar + 1 + MAX_KEY)
      const given: Record<string, string> = {}
      for (const pair of text.slice(0, bar).split(';')) {
        const [q, a] = pair.split(':')
        if (q !== undefined && a !== undefined && !Object.hasOwn(given, q)) given[q] = a
      }
      const own: Answers = {}
      for (const q of OWN_QUESTIONS) if (Object.hasOwn(given, q)) Object.assign(own, { [q]: given[q] })
      // Without the product and deployment the answers cannot be checked against the routing.
      const kept =
        mapping.product && mapping.deploy
          ? keepOnPath({ ...own, product: mapping.product, deploy: mapping.deploy })
          : undefined
      if (!kept) continue
      const kept2 = strip(kept)
      if (Object.keys(kept2).length > 0 && !answers.has(key)) answers.set(key, kept2)
    }
  } catch {
    // A hostile address: what was read so far stands.
  }
  return mapping
}
