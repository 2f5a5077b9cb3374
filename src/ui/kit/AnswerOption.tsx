/**
 * One answer of a question as a card: a native radio, its label stretched over the card so a tap anywhere on it
 * selects, and the hint outside the label, read once as the radio's description.
 */
export function AnswerOption({
  id,
  name,
  value,
  label,
  hint,
  invalid,
  defaultChecked,
}: {
  id: string
  name: string
  value: string
  label: string
  hint: string | undefined
  invalid?: boolean
  defaultChecked?: boolean
}) {
  return (
    <div className="answer relative flex gap-3 rounded-lg border border-line bg-surface p-3">
      <input
        id={id}
        type="radio"
        value={value}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid ? true : undefined}
        name={name}
        defaultChecked={defaultChecked}
        className="relative z-10 mt-1 size-5 shrink-0 accent-brand-700"
      />
      <div>
        <label
          htmlFor={id}
          className="block cursor-pointer font-semibold text-ink after:absolute after:inset-0 after:content-['']"
        >
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      </div>
    </div>
  )
}
