import { type FormEvent, useId, useState } from 'react'
import type { Product } from '../domain/types'
import { type UnknownValue, VALUE_FIELD_OF, type ValueMap as Values } from './classify'
import { VALUE_MAP_SHOWN, VALUE_MAP_TEXT } from './content-exports'
import { valueCodes } from './maps'
import type { ValueField } from './vocabulary'

interface Props {
  product: Product
  /** The values the code tables did not know, as the check listed them. */
  unknown: readonly UnknownValue[]
  /** The value map in force; what is chosen here is added to it. */
  value: Values | undefined
  onApply: (values: Values) => void
}

const keyOf = (field: ValueField, value: string) => `${field}\n${value}`

/**
 * The value map of contract §10: one select per distinct unknown value of a coded field, with
 * `data-field` and `data-value` (the value as in the file), whose options' values are the contract's
 * codes. The submit button applies the choices; a value left on "I don't know" stays for review.
 */
export function ValueMap({ product, unknown, value, onApply }: Props) {
  const id = useId()
  const asked = unknown.flatMap((u) => {
    const field = VALUE_FIELD_OF[u.field]
    return field ? [{ field, column: u.column, value: u.value }] : []
  })
  const [draft, setDraft] = useState<Record<string, string>>({})
  if (asked.length === 0) return null

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const next: Partial<Record<ValueField, Record<string, string>>> = {}
    for (const [field, map] of Object.entries(value ?? {}) as [ValueField, Record<string, string>][]) {
      next[field] = Object.assign(Object.create(null), map)
    }
    for (const a of asked) {
      const code = draft[keyOf(a.field, a.value)]
      if (!code) continue
      const map: Record<string, string> = next[a.field] ?? Object.create(null)
      map[a.value] = code
      next[a.field] = map
    }
    onApply(next)
  }

  return (
    <form
      data-testid="value-map"
      aria-labelledby={`${id}-legend`}
      onSubmit={submit}
      className="space-y-3 rounded-xl border-2 border-brand-700 bg-surface p-4"
    >
      <h3 id={`${id}-legend`} className="text-lg font-bold text-brand-900">
        {VALUE_MAP_TEXT.legend}
      </h3>
      <p>{VALUE_MAP_TEXT.intro}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {asked.slice(0, VALUE_MAP_SHOWN).map((a, i) => {
          const selectId = `${id}-${i}`
          return (
            <div key={keyOf(a.field, a.value)} className="flex flex-col gap-1">
              <label htmlFor={selectId} className="font-semibold">
                {VALUE_MAP_TEXT.label(a.column, a.value)}
              </label>
              <select
                id={selectId}
                data-field={a.field}
                data-value={a.value}
                value={draft[keyOf(a.field, a.value)] ?? ''}
                onChange={(e) => setDraft((d) => ({ ...d, [keyOf(a.field, a.value)]: e.target.value }))}
                className="rounded-md border border-line bg-surface p-2"
              >
                <option value="">{VALUE_MAP_TEXT.unknown}</option>
                {valueCodes(a.field, product).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
      </div>
      {asked.length > VALUE_MAP_SHOWN && <p>{VALUE_MAP_TEXT.more(asked.length - VALUE_MAP_SHOWN)}</p>}
      <button type="submit" className="btn-primary">
        {VALUE_MAP_TEXT.submit}
      </button>
    </form>
  )
}
