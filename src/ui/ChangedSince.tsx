import type { ChangedSince } from '../domain/changes'
import { SHORT_NAME } from '../domain/names'
import { CONFIDENCE_TEXT } from '../domain/questions'
import { RULEBOOK } from '../domain/rulebook'
import type { Confidence, LicenseId } from '../domain/types'
import { CHANGELOG_HREF } from './changelog'
import { RESULT_TEXT } from './resultContent'

const C = RESULT_TEXT.result.changed

/** What a link said under its rulebook, what it says now, and why it changed: one result's or one plan group's. */
export function ChangedSinceText({
  changed,
  license,
  confidence,
}: {
  changed: ChangedSince
  license: LicenseId
  confidence: Confidence
}) {
  return (
    <>
      {C.was(changed.since, SHORT_NAME[changed.wasLicense], CONFIDENCE_TEXT[changed.wasConfidence].label)}{' '}
      {C.now(RULEBOOK.version, RULEBOOK.date, SHORT_NAME[license], CONFIDENCE_TEXT[confidence].label)}{' '}
      <span className="font-semibold">{C.why}</span>
      {changed.why}{' '}
      <a href={CHANGELOG_HREF} className="text-brand-700 underline underline-offset-2">
        {C.changelog(changed.release.version)}
      </a>
    </>
  )
}
