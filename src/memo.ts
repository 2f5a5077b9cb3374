/**
 * A function's results remembered by a text key, forgotten all at once past `max` entries: for
 * pure evaluations asked again and again with the same inputs (a plan's groups on every edit, the
 * check's groups on every render). The remembered objects are shared, so callers never mutate them.
 */
export function rememberedBy<T>(max: number): (key: string, make: () => T) => T {
  const known = new Map<string, T>()
  return (key, make) => {
    const hit = known.get(key)
    if (hit !== undefined) return hit
    if (known.size >= max) known.clear()
    const made = make()
    known.set(key, made)
    return made
  }
}
