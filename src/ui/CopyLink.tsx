import { useState } from 'react'
import { UI_TEXT } from './content'

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** A status line announced politely after a copy (or another action), shared by both share panels. */
export function useCopyStatus() {
  const [status, setStatus] = useState('')
  const copy = async (text: string, done: string, blocked: string = UI_TEXT.copyBlocked) =>
    setStatus((await copyText(text)) ? done : blocked)
  return { status, setStatus, copy }
}

/** Where the result of a copy, download or similar action is announced, politely. */
export function StatusLine({ status }: { status: string }) {
  return (
    <p role="status" className="min-h-6 font-semibold text-ok">
      {status}
    </p>
  )
}

/** The link, read-only and selected on focus so it can also be copied by hand. */
export function LinkField({ id, label, link }: { id: string; label: string; link: string }) {
  return (
    <>
      <label htmlFor={id} className="block text-sm font-medium text-muted">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded-md border border-line bg-canvas p-2 font-mono text-sm"
      />
    </>
  )
}
