/**
 * Text that came from a link, as the app's own sentences show it: every character that is invisible
 * or reorders what follows (bidi controls such as U+202E, zero-width characters, other control and
 * format characters, spaces other than the plain one, and letters that render blank) written out
 * as `[U+202E]`, so a value cannot hide, pass for a valid one, or turn the sentence around it.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\u115F\u1160\u3164\uFFA0\u2800]/gu

export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) =>
    char === ' ' ? char : `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  )
}
