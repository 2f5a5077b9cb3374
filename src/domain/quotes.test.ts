import { describe, expect, it } from 'vitest'
import { FACTS } from './facts'
import { sourceOf } from './sources'

describe('Microsoft’s own words beside a fact (issue 19 item 2)', () => {
  const quoted = Object.values(FACTS).filter((f) => f.quote !== undefined)

  it('gives every fact resting on a Microsoft text its quote, but for the one whose text no copy shows', () => {
    // R27.S43 says the on-premises guide has an external-users section whose text could not be read anywhere.
    const unquoted = Object.values(FACTS)
      .filter((f) => ['microsoft', 'microsoft-hosted', 'mirror'].includes(sourceOf(f.source)?.kind ?? ''))
      .filter((f) => f.quote === undefined)
      .map((f) => f.id)
    expect(unquoted).toEqual(['R27.S43'])
  })

  it('quotes only documents by Microsoft or copies of them, in at most about 300 characters, as published', () => {
    for (const f of quoted) {
      expect(['microsoft', 'microsoft-hosted', 'mirror'], f.id).toContain(sourceOf(f.source)?.kind)
      expect(f.quote?.trim().length, f.id).toBeGreaterThan(40)
      expect(f.quote?.length, f.id).toBeLessThanOrEqual(320)
      // Cut with an ellipsis, never wrapped in quotation marks of its own: the page sets the marks.
      expect(f.quote, f.id).not.toMatch(/^[“"][^“”"]*[”"]$/)
    }
  })
})
