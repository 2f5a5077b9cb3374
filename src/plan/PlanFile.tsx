import { useState } from 'react'
import { LINK_BUDGET, type PlanToWrite } from '../share/plan'
import { PLAN_FILE_NAME, planFileText, readPlanFile } from '../share/planFile'
import { withRulebook } from '../ui/address'
import { downloadText } from '../ui/download'
import { FileField } from '../ui/kit/FileField'
import { FILE_PROBLEM_TEXT, LINK_TEXT } from './messages'

interface Props {
  /** The plan's link as the address holds it. */
  search: string
  /** Built on demand, like the CSV: a big plan is not written out on every keystroke. */
  plan: () => PlanToWrite
  /** A file was read: its plan as a link's search string, for the planner to load. */
  onOpen: (search: string) => void
}

/**
 * Saving and opening the plan as a file, for a plan whose link is too long for common servers to
 * accept (review item 2): the page says so as soon as the link grows past LINK_BUDGET.
 */
export function PlanFile({ search, plan, onOpen }: Props) {
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  // Measured as written: the address carries the rulebook version too.
  const length = withRulebook(search).length
  const tooLong = length > LINK_BUDGET

  const open = async (file: File | undefined) => {
    if (!file) return
    const read = readPlanFile(await file.text())
    if ('problem' in read) {
      setStatus('')
      setProblem(FILE_PROBLEM_TEXT[read.problem])
      return
    }
    setProblem(undefined)
    setStatus(LINK_TEXT.opened(new URLSearchParams(read.search).getAll('g').length))
    onOpen(read.search)
  }

  return (
    <section
      aria-labelledby="plan-file-title"
      className="no-print space-y-3 rounded-xl border border-line bg-surface p-5"
    >
      <h2 id="plan-file-title" className="text-2xl font-bold text-brand-900">
        {LINK_TEXT.fileTitle}
      </h2>
      {tooLong && (
        <div data-testid="link-too-long" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
          <p className="font-bold text-warn">{LINK_TEXT.tooLongTitle}</p>
          <p className="mt-1">{LINK_TEXT.tooLong(length, LINK_BUDGET)}</p>
        </div>
      )}
      <p className="text-sm text-muted">{LINK_TEXT.fileHint}</p>
      <div className="flex flex-wrap items-end gap-3">
        <button
          type="button"
          className={tooLong ? 'btn-primary' : 'btn-secondary'}
          onClick={() => {
            downloadText(planFileText(plan()), PLAN_FILE_NAME, 'application/json')
            setProblem(undefined)
            setStatus(LINK_TEXT.saved)
          }}
        >
          {LINK_TEXT.save}
        </button>
        <FileField
          id="plan-file-open"
          label={LINK_TEXT.open}
          accept=".json,application/json"
          describedBy={problem ? 'plan-file-problem' : undefined}
          reopen
          onFile={open}
        />
      </div>
      {problem && (
        <p id="plan-file-problem" role="alert" className="font-semibold text-danger">
          {problem}
        </p>
      )}
      <p role="status" className="text-sm text-muted">
        {status}
      </p>
    </section>
  )
}
