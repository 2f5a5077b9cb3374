import { type DragEvent, useState } from 'react'
import { FileField } from '../ui/kit/FileField'
import { EXPORT_GUIDE, PAGE, SAMPLE_TEXT, SAMPLES } from './content'
import type { CheckContext, CheckEvent } from './machine'

/** The user list and the license assignments: chosen, dropped, or one of the samples; and how to export them. */
export function Files({ reading, send }: { reading: CheckContext['reading']; send: (event: CheckEvent) => void }) {
  // Only the drop zone's look: the files themselves go to the machine.
  const [dragging, setDragging] = useState(false)

  function onDrop(e: DragEvent<HTMLFieldSetElement>) {
    e.preventDefault()
    setDragging(false)
    const [first, second] = Array.from(e.dataTransfer.files)
    if (first) send({ type: 'file.users', file: first, name: first.name })
    if (second) send({ type: 'file.assignments', file: second, name: second.name })
  }

  return (
    <section aria-labelledby="check-files" className="no-print space-y-4">
      <h2 id="check-files" className="text-2xl font-bold text-brand-900">
        {PAGE.filesTitle}
      </h2>
      <fieldset
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`min-w-0 space-y-4 rounded-xl border-2 border-dashed p-4 ${dragging ? 'border-brand-700 bg-brand-50' : 'border-line'}`}
      >
        <legend className="px-1 font-semibold">{PAGE.dropZone}</legend>
        <FileField
          id="check-users"
          label={PAGE.userList}
          hint={PAGE.userListHint}
          accept=".csv,.txt,.xlsx,.xml,.json,text/csv,application/json"
          onFile={(file, name) => send({ type: 'file.users', file, name })}
        />
        <FileField
          id="check-assignments"
          label={PAGE.assignments}
          hint={PAGE.assignmentsHint}
          accept=".csv,.txt,.xlsx,.xml,.json,text/csv"
          onFile={(file, name) => send({ type: 'file.assignments', file, name })}
        />
        <p className="text-sm text-muted">{PAGE.dropHere}</p>
      </fieldset>
      {reading && (
        <div className="space-y-1">
          <label htmlFor="check-progress">{PAGE.reading(reading.name)}</label>
          <progress id="check-progress" className="progress h-2 w-full" max={1} value={reading.done} />
        </div>
      )}
      <div className="space-y-2">
        <h3 className="text-lg font-bold text-brand-900">{PAGE.samplesTitle}</h3>
        <p className="text-sm text-muted">{PAGE.samplesIntro}</p>
        <div className="flex flex-wrap gap-2">
          {SAMPLES.map((s) => (
            <button
              key={s.id}
              type="button"
              className="btn-secondary"
              onClick={() => send({ type: 'sample', sample: s })}
            >
              {SAMPLE_TEXT.button(s.label)}
            </button>
          ))}
        </div>
      </div>
      <ExportGuide />
    </section>
  )
}

/** Where each CRM version and the admin center export the files this page reads. */
function ExportGuide() {
  return (
    <details className="rounded-md">
      <summary className="cursor-pointer font-semibold text-brand-700 underline underline-offset-2">
        {PAGE.guideTitle}
      </summary>
      <div className="mt-3 space-y-4">
        {EXPORT_GUIDE.map((g) => (
          <div key={g.title}>
            <h3 className="font-bold">{g.title}</h3>
            <ol className="list-decimal space-y-1 pl-5">
              {g.steps.map((s) => (
                <li key={s} className="break-words">
                  {s}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </details>
  )
}
