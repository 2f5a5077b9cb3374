/**
 * What a translation of a content module provides (issue 23): the same keys, any text where the English has text,
 * and functions with the same parameters. A German module is the English module's sibling (`content.de.ts` beside
 * `content.ts`) whose exports are typed `Localized<typeof English.X>`, so a missing key or a wrong parameter is a
 * compile error; language-neutral data (ids, numbers, samples) it re-exports from the English module.
 */
export type Localized<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Localized<R>
    : T extends readonly (infer U)[]
      ? readonly Localized<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Localized<T[K]> }
        : T
