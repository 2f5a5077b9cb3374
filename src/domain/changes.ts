import { RELEASE_CHANGES } from './changes.data'
import { CHANGE_WHY } from './changeWhy'
import type { Answers, Confidence, LicenseId } from './types'

// A finding is an id with a why (changes.test.ts holds every recorded change to one). The whys are what a translation
// replaces, so they live in changeWhy.ts, and the ids with them.
export type Finding = keyof typeof CHANGE_WHY

export interface ChangedSince {
  /** The rulebook version the link was made under (its `rb`). */
  since: string
  /** What the link's answers gave under that version. */
  wasLicense: LicenseId
  wasConfidence: Confidence
  /** The release that changed it, with its date. */
  release: { version: string; date: string }
  finding: Finding
  why: string
}

const parts = (version: string) => version.split('.').map((n) => Number.parseInt(n, 10) || 0)
/** Negative, zero or positive as version `a` is older than, the same as or newer than `b`. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0)
  return 0
}

interface Change {
  answers: Readonly<Record<string, string>>
  license: LicenseId
  confidence: Confidence
  finding: Finding
}

function readChange(text: string): Change {
  const [path, license, confidence, finding] = text.split('|')
  return {
    answers: Object.fromEntries(path.split('&').map((pair) => pair.split('=') as [string, string])),
    license: license as LicenseId,
    confidence: confidence as Confidence,
    finding: finding as Finding,
  }
}

let releases: { version: string; date: string; since: string; changes: Change[] }[] | undefined
const recorded = () => {
  releases ??= RELEASE_CHANGES.map((r) => ({ ...r, changes: r.changes.map(readChange) }))
  return releases
}

/** The oldest rulebook version whose links the records can follow. */
export const OLDEST_RECORDED = RELEASE_CHANGES[0].since

/**
 * What a link made under rulebook `since` said, where a later release changed its license or confidence and the
 * advice now differs from it; undefined where nothing changed, where `since` is not older than the release now, or
 * where the records do not reach back to `since` (links made before 1.1.1 carried no `rb`). Never throws.
 */
export function changedSince(
  since: string,
  answers: Answers,
  now: { license: LicenseId; confidence: Confidence },
): ChangedSince | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(since) || compareVersions(since, OLDEST_RECORDED) < 0) return undefined
  const given = answers as Readonly<Record<string, string | undefined>>
  for (const release of recorded()) {
    if (compareVersions(release.version, since) <= 0) continue
    const change = release.changes.find((c) => Object.entries(c.answers).every(([q, v]) => given[q] === v))
    if (!change) continue
    if (change.license === now.license && change.confidence === now.confidence) return undefined
    return {
      since,
      wasLicense: change.license,
      wasConfidence: change.confidence,
      release: { version: release.version, date: release.date },
      finding: change.finding,
      why: CHANGE_WHY[change.finding],
    }
  }
  return undefined
}
