import { useCallback } from 'react'
import type { Answers, Deploy, Product } from '../domain/types'
import { Radios } from '../ui/kit/Radios'
import type { Checked } from './classify'
import { GROUP_BY_TEXT, PAGE } from './content'
import { GroupForm } from './GroupForm'
import { GroupPager } from './GroupPager'
import { aloneKey, type UserGroup } from './groups'
import { type CheckContext, type CheckEvent, GROUP_PAGE } from './machine'
import { GROUP_BYS } from './vocabulary'

interface Props {
  context: Pick<CheckContext, 'by' | 'answers' | 'alone'>
  product: Product
  deploy: Deploy
  checked: readonly Checked[]
  /** The groups of the grouping shown, without the users answered alone. */
  shared: readonly UserGroup[]
  firstGroup: number
  send: (event: CheckEvent) => void
}

/** The users no row settles, answered a group at a time (contract §6), and those answered alone. */
export function Groups({ context, product, deploy, checked, shared, firstGroup, send }: Props) {
  const { by, answers, alone } = context
  // Stable, so a group's form renders again only when its own answers change.
  const onApply = useCallback((key: string, given: Answers) => send({ type: 'answer', key, answers: given }), [send])
  return (
    <section aria-labelledby="check-groups" className="no-print space-y-4">
      <h2 id="check-groups" className="text-2xl font-bold text-brand-900">
        {PAGE.groupsTitle}
      </h2>
      <p className="max-w-prose text-muted">{PAGE.groupsIntro}</p>
      <Radios
        name="group-by"
        legend={PAGE.groupBy}
        values={GROUP_BYS}
        value={by}
        label={(v) => GROUP_BY_TEXT[v].label}
        onChange={(v) => send({ type: 'groupBy', by: v })}
      />
      {alone.size > 0 && (
        <div className="space-y-3">
          <h3 className="text-xl font-bold text-brand-900">{PAGE.aloneTitle}</h3>
          <p className="text-sm text-muted">{PAGE.aloneIntro}</p>
          {[...alone.keys()]
            .sort((a, b) => a - b)
            .map((row) => (
              <GroupForm
                key={aloneKey(row)}
                index={row}
                by={by}
                groupKey={aloneKey(row)}
                size={1}
                product={product}
                deploy={deploy}
                answers={alone.get(row)}
                onApply={onApply}
                alone={{
                  name: checked[row].user.fullName || checked[row].user.userName || '',
                  onBack: () => send({ type: 'alone.back', row }),
                }}
              />
            ))}
        </div>
      )}
      {shared.length > GROUP_PAGE && (
        <GroupPager
          page={firstGroup / GROUP_PAGE}
          size={GROUP_PAGE}
          total={shared.length}
          onPage={(page) => send({ type: 'groupPage', page })}
        />
      )}
      <div className="space-y-4">
        {shared.slice(firstGroup, firstGroup + GROUP_PAGE).map((g, i) => (
          <GroupForm
            key={`${by}\n${g.key}`}
            index={firstGroup + i}
            by={by}
            groupKey={g.key}
            size={g.members.length}
            product={product}
            deploy={deploy}
            answers={answers[by].get(g.key)}
            onApply={onApply}
          />
        ))}
      </div>
    </section>
  )
}
