/** A labelled file input with its hint; the chosen file goes to `onFile` with its name. */
export function FileField(props: {
  id: string
  label: string
  hint: string
  accept: string
  onFile: (file: File, name: string) => unknown
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <p id={`${props.id}-hint`} className="text-sm text-muted">
        {props.hint}
      </p>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) void props.onFile(file, file.name)
        }}
        className="mt-1 block"
      />
    </div>
  )
}
