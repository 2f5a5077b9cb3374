import { describe, expect, it } from 'vitest'
import { WHOLE_TREE } from '../test-runs'
import { ADVICE_TEXT } from './adviceText'
import { advise } from './advise'
import { whenText } from './alternativeText'
import { APP_TEXT } from './appText'
import { enumeratePaths } from './routing'
import { RULE_TEXT } from './ruleText'

describe('the conditions of alternatives (Alternative.when is an id; its words load with the advice)', () => {
  it('has words for every condition an answer path shows, and no words no path shows', WHOLE_TREE, () => {
    const shown = new Set<string>()
    for (const answers of enumeratePaths()) {
      for (const a of advise(answers)?.alternatives ?? []) {
        expect(whenText(a.when), a.when).toMatch(/\w/)
        shown.add(a.when)
      }
    }
    const written = [...Object.keys(RULE_TEXT), ...Object.keys(APP_TEXT), ...Object.keys(ADVICE_TEXT)]
    // The other reading of who someone is is never the public or a service account today; the type keeps words for
    // every audience, so a rule that brings one is shown in words at once.
    expect(written.filter((id) => !shown.has(id))).toEqual(['if-public', 'if-service'])
  })
})
