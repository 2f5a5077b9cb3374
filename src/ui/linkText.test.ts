import { describe, expect, it } from 'vitest'
import { showInvisible } from './linkText'

describe('showInvisible', () => {
  it('review 10: writes out bidi controls and zero-width characters, so they neither reorder nor hide', () => {
    expect(showInvisible('\u202Emerpno')).toBe('[U+202E]merpno')
    expect(showInvisible('onprem\u200B')).toBe('onprem[U+200B]')
    expect(showInvisible('a\u2066b\u2069\u200F\u200D\uFEFF')).toBe('a[U+2066]b[U+2069][U+200F][U+200D][U+FEFF]')
    expect(showInvisible('tab\there\u0000\u00A0\u3164')).toBe('tab[U+0009]here[U+0000][U+00A0][U+3164]')
  })

  it('review 10: leaves ordinary text alone, plain spaces and right-to-left letters included', () => {
    expect(showInvisible('Sales team 1')).toBe('Sales team 1')
    expect(showInvisible('צוות מכירות')).toBe('צוות מכירות')
    expect(showInvisible('Équipe — ventes 😀')).toBe('Équipe — ventes 😀')
  })
})
