import { useEffect, useRef, useState } from 'react'
import type { Answers } from '../../domain/types'
import { addToPlan, carriedSummary, sameGroup } from '../../share/addToPlan'
import { encodeAnswers } from '../../share/advice'
import { type Carried, withCarried } from '../../share/carry'
import { handOver } from '../justAdded'
import { groupName, RESULT_TEXT } from '../resultContent'

const T = RESULT_TEXT.result

/**
 * What to do with this person: add them to the plan being built (into a new group or the same one), go back to the
 * plan they came from, or go on to another person of the same organization.
 */
export function PlanActions({
  answers,
  carried,
  onAnother,
  onOpenPlan,
}: {
  answers: Answers
  carried: Carried
  onAnother: (plan?: string) => void
  onOpenPlan: (search: string) => void
}) {
  const groups = carried.plan === undefined ? 0 : carriedSummary(carried.plan).groups
  // A plan opened from the plan is the way back, not a place to add to.
  const same = carried.fromPlan ? undefined : sameGroup(carried.plan, answers)
  const [into, setInto] = useState<'new' | 'same'>('new')
  const added = addToPlan(carried.plan, answers, groupName(answers), same ? into : 'new')
  const openWithAdded = () => {
    handOver({ ...added, back: withCarried(encodeAnswers(answers), carried) })
    onOpenPlan(added.search)
  }
  // "Another person" before "Add to plan" asks first, so nobody is dropped without a word.
  const [askAdd, setAskAdd] = useState(false)
  const askRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (askAdd) askRef.current?.focus()
  }, [askAdd])

  return (
    <nav aria-label={T.actions} className="no-print flex flex-wrap gap-3">
      {same && (
        <fieldset className="w-full rounded-md border border-line bg-surface p-4" data-testid="add-into">
          <legend className="float-left w-full font-semibold text-ink">{T.into.legend(same.name, same.count)}</legend>
          <div className="clear-left space-y-2 pt-2">
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="add-into"
                value="new"
                className="mt-1.5 h-4 w-4 accent-brand-700"
                checked={into === 'new'}
                aria-describedby="add-into-new-hint"
                onChange={() => setInto('new')}
              />
              <span>
                {T.into.new}
                <span id="add-into-new-hint" className="block text-sm text-muted">
                  {T.into.newHint}
                </span>
              </span>
            </label>
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="add-into"
                value="same"
                className="mt-1.5 h-4 w-4 accent-brand-700"
                checked={into === 'same'}
                onChange={() => setInto('same')}
              />
              <span>{T.into.same(same.name, same.count)}</span>
            </label>
          </div>
        </fieldset>
      )}
      {carried.fromPlan && carried.plan !== undefined ? (
        <a
          href={carried.plan}
          className="btn-primary"
          onClick={(e) => {
            e.preventDefault()
            onOpenPlan(carried.plan as string)
          }}
        >
          {T.backToPlan}
        </a>
      ) : (
        <a
          href={added.search}
          className="btn-primary"
          aria-describedby="add-to-plan-hint"
          onClick={(e) => {
            e.preventDefault()
            openWithAdded()
          }}
        >
          {T.addToPlan}
        </a>
      )}
      <a
        href={withCarried(encodeAnswers({ product: answers.product, deploy: answers.deploy }), {
          plan: carried.plan,
          fromPlan: false,
        })}
        className="btn-secondary"
        aria-describedby="another-hint"
        aria-expanded={carried.fromPlan ? undefined : askAdd}
        onClick={(e) => {
          e.preventDefault()
          if (carried.fromPlan) onAnother()
          else setAskAdd(true)
        }}
      >
        {T.another}
      </a>
      <p className="w-full text-sm text-muted">
        {!carried.fromPlan && <span id="add-to-plan-hint">{T.addToPlanHint(groups)} </span>}
        <span id="another-hint">{T.anotherHint}</span>
      </p>
      {askAdd && (
        <section
          aria-labelledby="ask-add-title"
          data-testid="ask-add"
          className="w-full space-y-3 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4"
        >
          <h2 id="ask-add-title" ref={askRef} tabIndex={-1} className="font-bold text-ink focus:outline-none">
            {T.askAdd.title}
          </h2>
          <p className="text-ink">{T.askAdd.text(groups)}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-primary" onClick={() => onAnother(added.search)}>
              {T.askAdd.add}
            </button>
            <button type="button" className="btn-secondary" onClick={() => onAnother()}>
              {T.askAdd.skip}
            </button>
          </div>
        </section>
      )}
    </nav>
  )
}
