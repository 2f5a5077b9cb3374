import { useEffect, useRef } from 'react'

/**
 * A labelled file input, with its hint where there is one; the chosen file goes to `onFile` with its name. `reopen`
 * empties the input once `onFile` is done, so the same file can be chosen again after it changed. `describedBy` adds
 * an element that describes the field (a problem with the last file).
 */
export function FileField(props: {
  id: string
  label: string
  hint?: string
  accept: string
  describedBy?: string
  reopen?: boolean
  onFile: (file: File, name: string) => unknown
}) {
  const described = [props.hint === undefined ? undefined : `${props.id}-hint`, props.describedBy].filter(Boolean)
  const inputRef = useRef<HTMLInputElement>(null)
  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0]
    if (!file) return
    void Promise.resolve(props.onFile(file, file.name)).finally(() => {
      if (props.reopen) input.value = ''
    })
  }
  // A prerendered page (the check's is in index.html) shows the field before the app has taken it over: a
  // file chosen then raised no event the app heard, so it is read once the app is here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the app takes the field over.
  useEffect(() => {
    if (inputRef.current) choose(inputRef.current)
  }, [])
  return (
    <div className="max-w-full">
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      {props.hint !== undefined && (
        <p id={`${props.id}-hint`} className="text-sm text-muted">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        aria-describedby={described.length > 0 ? described.join(' ') : undefined}
        ref={inputRef}
        onChange={(e) => choose(e.currentTarget)}
        className="mt-1 block max-w-full"
      />
    </div>
  )
}
