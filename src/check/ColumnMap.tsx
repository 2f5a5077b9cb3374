import { type FormEvent, useEffect, useId, useState } from 'react'
import { COLUMN_MAP_TEXT, MAP_FIELD_TEXT } from './content-exports'
import { type ColumnMap as Columns, suggestColumns } from './users'
import { MAP_FIELDS } from './vocabulary'

interface Props {
  /** The file whose headers are asked about. */
  file: string
  /** Its header texts, in file order. */
  headers: readonly string[]
  /** The column map in force (restored from a saved mapping, or chosen before). */
  value: Columns | undefined
  onApply: (columns: Columns) => void
}

/**
 * The column map of contract §10: one labelled select per field (`data-field`), whose options' values
 * are the file's header texts. The selects start from what the page recognised and from the map in
 * force; the submit button reads the file again with the map. Nothing is sent anywhere.
 */
export function ColumnMap({ file, headers, value, onApply }: Props) {
  const id = useId()
  const start = () => {
    const map: Columns = { ...suggestColumns(headers) }
    for (const f of MAP_FIELDS) {
      const chosen = value?.[f]
      if (chosen && headers.includes(chosen)) map[f] = chosen
    }
    return map
  }
  const [draft, setDraft] = useState<Columns>(start)
  const [missing, setMissing] = useState(false)
  // A new file brings new headers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new file resets the draft
  useEffect(() => setDraft(start()), [headers])

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    if (!draft.user) {
      setMissing(true)
      document.getElementById(`${id}-user`)?.focus()
      return
    }
    setMissing(false)
    onApply(draft)
  }

  return (
    <form
      data-testid="column-map"
      aria-labelledby={`${id}-legend`}
      onSubmit={submit}
      className="space-y-3 rounded-xl border-2 border-brand-700 bg-surface p-4"
    >
      <h3 id={`${id}-legend`} className="text-lg font-bold text-brand-900">
        {COLUMN_MAP_TEXT.legend}
      </h3>
      <p>{COLUMN_MAP_TEXT.intro(file)}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {MAP_FIELDS.map((field) => (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field}`} className="font-semibold">
              {MAP_FIELD_TEXT[field]}
            </label>
            <select
              id={`${id}-${field}`}
              data-field={field}
              value={draft[field] ?? ''}
              aria-invalid={field === 'user' && missing ? true : undefined}
              aria-describedby={field === 'user' && missing ? `${id}-missing` : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value || undefined }))}
              className="rounded-md border border-line bg-surface p-2"
            >
              <option value="">{COLUMN_MAP_TEXT.none}</option>
              {headers.map((h, i) => (
                // Two columns may share a header text; the first one is the one read.
                // biome-ignore lint/suspicious/noArrayIndexKey: header texts may repeat
                <option key={`${i}-${h}`} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {missing && (
        <p id={`${id}-missing`} className="font-semibold text-danger">
          {COLUMN_MAP_TEXT.needUser}
        </p>
      )}
      <button type="submit" className="btn-primary">
        {COLUMN_MAP_TEXT.submit}
      </button>
    </form>
  )
}

/**
 * Where the page offers the column map: open when the user list could not be read (no user-name
 * column recognised), folded under a line naming the headers it skipped when it was read but some
 * columns were not recognised. Nothing when every column was.
 */
export function ColumnMapOffer(props: Props & { asked: boolean; recognised: readonly string[] }) {
  const { asked, recognised, ...rest } = props
  if (asked) return <ColumnMap {...rest} />
  const known = new Set(recognised)
  const skipped = rest.headers.filter((h) => !known.has(h))
  if (skipped.length === 0) return null
  return (
    <details className="rounded-md border border-line p-3">
      <summary className="cursor-pointer text-brand-700 underline underline-offset-2">
        {COLUMN_MAP_TEXT.skipped(skipped)}
      </summary>
      <div className="mt-3">
        <ColumnMap {...rest} />
      </div>
    </details>
  )
}
