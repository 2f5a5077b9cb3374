import { Fragment, type RefObject } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import type { GroupResult } from '../share/totals'
import type { JustAdded } from '../ui/justAdded'
import { PLAN_TEXT } from './content'
import type { PlanValues } from './form'
import { GroupFields } from './GroupFields'
import { GroupSummary } from './GroupSummary'
import { JustAddedNotice } from './JustAddedNotice'
import { PeopleList } from './PeopleList'

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>
  /** The field keys of the groups, in order; a render ahead of `groups` right after an append. */
  keys: readonly string[]
  groups: readonly GroupResult[]
  compact: boolean
  opened: ReadonlySet<string>
  justAdded: JustAdded | undefined
  /** Per group, the fields whose problems are shown (see GroupFields). */
  shown: readonly string[]
  register: UseFormRegister<PlanValues>
  onAdd: () => void
  onRemove: (index: number) => void
  onDuplicate: (index: number) => void
  onEdit: (index: number) => void
  onOpenAdvice: (index: number) => void
  adviceSearch: (index: number) => string
  /** The questionnaire for one more person, and going there. */
  anotherSearch: () => string
  onAnother: () => void
  /** Whether the plan has its product and deployment, which the questionnaire for another person keeps. */
  offerAnother: boolean
}

/** The groups of people: the short list, each group's fields (or its one line in a large plan), and Add. */
export function GroupList(props: Props) {
  const { keys, groups, compact, opened, justAdded, shown, anotherSearch, onAnother, offerAnother } = props
  return (
    <section aria-labelledby="groups-title" className="space-y-4">
      <h2 id="groups-title" ref={props.headingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900">
        {PLAN_TEXT.groupsTitle}
      </h2>
      {keys.length === 0 && <p className="text-muted">{PLAN_TEXT.noGroups}</p>}
      {compact && keys.length > 0 && <p className="text-muted">{PLAN_TEXT.compact.hint(keys.length)}</p>}
      {!compact && keys.length > 0 && groups.length === keys.length && (
        <PeopleList groups={groups} onRemove={props.onRemove} />
      )}
      {keys.map((key, i) =>
        !groups[i] ? null : compact && !opened.has(key) ? (
          <GroupSummary key={key} index={i} result={groups[i]} onEdit={props.onEdit} />
        ) : (
          <Fragment key={key}>
            {i === justAdded?.index && (
              <JustAddedNotice added={justAdded} anotherHref={anotherSearch()} onAnother={onAnother} />
            )}
            <GroupFields
              index={i}
              result={groups[i]}
              shown={shown[i] ?? ''}
              register={props.register}
              onRemove={props.onRemove}
              onDuplicate={props.onDuplicate}
              onOpenAdvice={props.onOpenAdvice}
              adviceSearch={props.adviceSearch}
            />
          </Fragment>
        ),
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn-primary" onClick={props.onAdd}>
          {PLAN_TEXT.addGroup}
        </button>
        {offerAnother && (
          <a
            href={anotherSearch()}
            aria-describedby="plan-another-hint"
            className="btn-secondary"
            onClick={(e) => {
              e.preventDefault()
              onAnother()
            }}
          >
            {PLAN_TEXT.another}
          </a>
        )}
      </div>
      {offerAnother && (
        <p id="plan-another-hint" className="text-sm text-muted">
          {PLAN_TEXT.anotherHint}
        </p>
      )}
    </section>
  )
}
