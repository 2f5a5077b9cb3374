import type { Deploy, Product } from '../domain/types'
import { absoluteUrl, navigate } from '../ui/address'
import { LinkField, StatusLine, useCopyStatus } from '../ui/CopyLink'
import { downloadCsv } from '../ui/download'
import type { CheckResult, Verdict } from './classify'
import { PAGE } from './content'
import { type CheckTotals, groupKeyOf, groupLabelOf } from './groups'
import type { CheckContext, CheckEvent } from './machine'
import { encodeMapping } from './mapping'
import { checkCsv } from './report'

interface Props {
  context: Pick<CheckContext, 'by' | 'answers' | 'columns' | 'values' | 'list' | 'assignments' | 'mappingLink'>
  product: Product
  deploy: Deploy
  result: CheckResult
  verdicts: readonly Verdict[]
  totals: CheckTotals
  planLink: string | undefined
  send: (event: CheckEvent) => void
}

/** The report's way out: print, CSV, the plan, and the mapping saved as a link. */
export function Output({ context, product, deploy, result, verdicts, totals, planLink, send }: Props) {
  const { by, answers, columns, values, list, assignments, mappingLink } = context
  const copy = useCopyStatus()

  function download() {
    downloadCsv(
      checkCsv({
        product,
        deploy,
        files: [list?.name ?? '', ...(assignments ? [assignments.name] : [])],
        checked: result.checked,
        verdicts,
        groupOf: (i) =>
          result.checked[i].settled ? undefined : groupLabelOf(by, groupKeyOf(by, result.checked[i].user)),
        totals,
      }),
      'license-check.csv',
    )
    copy.setStatus(PAGE.csvDone)
  }

  function saveMapping() {
    const link = absoluteUrl(encodeMapping({ product, deploy, by, answers: answers[by], columns, values }))
    send({ type: 'mapping.saved', link })
    void copy.copy(link, PAGE.mappingCopied)
  }

  return (
    <section aria-labelledby="check-output" className="no-print space-y-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="check-output" className="text-2xl font-bold text-brand-900">
        {PAGE.outputTitle}
      </h2>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          {PAGE.print}
        </button>
        <button type="button" className="btn-secondary" onClick={download}>
          {PAGE.csv}
        </button>
        {planLink && (
          <a
            href={planLink}
            className="btn-secondary"
            aria-describedby="check-plan-hint"
            onClick={(e) => {
              e.preventDefault()
              navigate(planLink)
            }}
          >
            {PAGE.openPlan}
          </a>
        )}
        <button type="button" className="btn-secondary" onClick={saveMapping}>
          {PAGE.saveMapping}
        </button>
      </div>
      {planLink && (
        <p id="check-plan-hint" className="text-sm text-muted">
          {PAGE.openPlanHint}
        </p>
      )}
      {mappingLink && (
        <div>
          <LinkField id="check-mapping-link" label={PAGE.mappingLabel} link={mappingLink} />
          <p className="text-sm text-muted">{PAGE.mappingHint}</p>
        </div>
      )}
      <StatusLine status={copy.status} />
    </section>
  )
}
