import type { UseFormRegister } from 'react-hook-form'
import { PRODUCTS } from '../domain/products'
import { ANSWER_IDS } from '../domain/types'
import { connectorPossible, type PlanInput } from '../share/totals'
import { PLAN_TEXT } from './content'
import { describedBy, FieldError, INPUT, QuestionSelect } from './fields'
import type { PlanValues } from './form'
import type { SummaryEntry } from './issues'

/** What belongs to the whole plan: the product, where it runs, and the servers an External Connector counts. */
export function OrganizationFields({
  plan,
  problems,
  register,
}: {
  plan: PlanInput
  problems: readonly SummaryEntry[]
  register: UseFormRegister<PlanValues>
}) {
  const problemOf = (target: string) => problems.find((p) => p.target === target)?.message
  const servers = PLAN_TEXT.servers(plan.product && PRODUCTS[plan.product].connector)
  const serversError = problemOf('plan-servers')
  return (
    <section aria-labelledby="org-title" className="space-y-4">
      <h2 id="org-title" className="text-2xl font-bold text-brand-900">
        {PLAN_TEXT.organization}
      </h2>
      <div className="space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5">
        <QuestionSelect
          id="plan-product"
          question="product"
          options={ANSWER_IDS.product}
          value={plan.product}
          error={problemOf('plan-product')}
          registration={register('product')}
        />
        <QuestionSelect
          id="plan-deploy"
          question="deploy"
          options={ANSWER_IDS.deploy}
          value={plan.deploy}
          error={problemOf('plan-deploy')}
          registration={register('deploy')}
        />
        {connectorPossible(plan.product, plan.deploy) && (
          <div>
            <label htmlFor="plan-servers" className="block font-semibold text-ink">
              {servers.label}
            </label>
            <input
              id="plan-servers"
              type="number"
              min={1}
              max={1000}
              step={1}
              inputMode="numeric"
              aria-invalid={serversError ? true : undefined}
              aria-describedby={describedBy('plan-servers-hint', serversError !== undefined && 'plan-servers-error')}
              className={`${INPUT} mt-1 sm:w-40`}
              {...register('servers')}
            />
            <p id="plan-servers-hint" className="mt-1 text-sm text-muted">
              {servers.hint}
            </p>
            <FieldError id="plan-servers-error" message={serversError} />
          </div>
        )}
      </div>
    </section>
  )
}
