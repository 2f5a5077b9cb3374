/** Saves text as a file the person downloads, without a request: the text never leaves the browser. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked on the next task: some browsers read the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** A CSV file, with the byte order mark that makes Excel read it as UTF-8, so names with accents survive. */
export function downloadCsv(text: string, fileName: string): void {
  downloadText(`\uFEFF${text}`, fileName, 'text/csv;charset=utf-8')
}
