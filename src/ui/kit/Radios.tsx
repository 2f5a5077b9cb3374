/** A row of native radios under a legend; each option's id is `<name>-<value>`, so a label names it. */
export function Radios<T extends string>(props: {
  name: string
  legend: string
  values: readonly T[]
  value: T | undefined
  label: (v: T) => string
  onChange: (v: T) => void
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold text-ink">{props.legend}</legend>
      <div className="flex flex-wrap gap-2">
        {props.values.map((v) => (
          <div key={v} className="answer flex items-center gap-2 rounded-lg border border-line bg-surface px-3 py-2">
            <input
              type="radio"
              id={`${props.name}-${v}`}
              name={props.name}
              value={v}
              checked={props.value === v}
              onChange={() => props.onChange(v)}
              className="size-5 accent-brand-700"
            />
            <label htmlFor={`${props.name}-${v}`} className="cursor-pointer">
              {props.label(v)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}
