import { useMachine } from '@xstate/react'
import { useCallback, useEffect, useRef } from 'react'
import { RULEBOOK } from '../domain/advise'
import { currentSearch, replaceSearch } from '../ui/address'
import { UI_TEXT } from '../ui/content'
import { useDocumentTitle } from '../ui/PageTitle'
import { ColumnMapOffer } from './ColumnMap'
import { ReaderClient, STALE } from './client'
import { PAGE } from './content'
import { Files } from './Files'
import { Groups } from './Groups'
import { Intro } from './Intro'
import { checkMachine, type ReadFile } from './machine'
import { encodeMapping } from './mapping'
import { Output } from './Output'
import { ResultSummary } from './ResultSummary'
import { Setup } from './Setup'
import { TodoSummary } from './TodoSummary'
import { Totals } from './Totals'
import { UnknownValues } from './UnknownValues'
import { Users } from './Users'
import { useCheckView } from './useCheckView'
import { ValueMap } from './ValueMap'

/** Reads files in the worker (src/check/client.ts); one worker for the page, started with it so no request is made while a file is read. */
function useReader(): ReadFile {
  const client = useRef<ReaderClient | null>(null)
  useEffect(() => {
    const reader = new ReaderClient(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }))
    client.current = reader
    return () => reader.close()
  }, [])
  return useCallback(
    (kind, file, progress, columns) => client.current?.read(kind, file, progress, columns) ?? Promise.resolve(STALE),
    [],
  )
}

/** The compliance check page (`?v=2&view=check`, contract §6): the machine's state, rendered a section at a time. */
export function Check({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const read = useReader()
  const [snapshot, send] = useMachine(checkMachine, { input: { search: currentSearch(), read } })
  const context = snapshot.context
  const { product, deploy, by, answers, columns, values, list, assignments, problems } = context
  const { result, totals, todo, ...view } = useCheckView(context)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useDocumentTitle(problems.length > 0 ? UI_TEXT.title.error(UI_TEXT.title.check) : UI_TEXT.title.check)

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])

  // The address holds the product, the grouping, each group's answers and the maps as they are given
  // (never a row of the file), so a reload, Back or a trip to the plan keeps them (issue 20).
  useEffect(() => {
    replaceSearch(encodeMapping({ product, deploy, by, answers: answers[by], columns, values }))
  }, [product, deploy, by, answers, columns, values])

  const unmapped = context.unmapped
  return (
    <div className="space-y-10">
      <Intro titleRef={headingRef} product={product} deploy={deploy} restored={context.restored} />
      <Setup product={product} deploy={deploy} send={send} />
      <Files reading={context.reading} send={send} />

      <div role="alert" className="space-y-2">
        {problems.map((p) => (
          <p key={p} className="rounded-md border-2 border-danger bg-danger-50 p-3 font-semibold text-danger">
            {p}
          </p>
        ))}
      </div>
      <p role="status" className="font-semibold text-ok">
        {context.status}
      </p>
      {(unmapped ?? list) && (
        <ColumnMapOffer
          asked={unmapped !== undefined}
          file={unmapped?.name ?? list?.name ?? ''}
          headers={unmapped?.headers ?? list?.value.headers ?? []}
          recognised={unmapped ? [] : Object.values(list?.value.columns ?? {})}
          value={columns}
          onApply={(map) => send({ type: 'columns', columns: map })}
        />
      )}

      {list && !(product && deploy) && <p className="font-semibold">{PAGE.chooseFirst}</p>}

      {result && product && deploy && totals && (
        <>
          <UnknownValues unknown={result.unknown} unit={list?.value.unit} />
          <ValueMap
            product={product}
            unknown={result.unknown}
            value={values}
            onApply={(map) => send({ type: 'values', values: map })}
          />
          {todo && <TodoSummary todo={todo} />}
          <ResultSummary
            files={`${list?.name ?? ''}${assignments ? `, ${assignments.name}` : ''}`}
            product={product}
            deploy={deploy}
            counts={view.counts}
          />
          <Groups
            context={context}
            product={product}
            deploy={deploy}
            checked={result.checked}
            shared={view.shared}
            firstGroup={view.firstGroup}
            send={send}
          />
          <Totals totals={totals} />
          <Users
            context={context}
            checked={result.checked}
            verdicts={view.verdicts}
            counts={view.counts}
            matching={view.matching}
            send={send}
          />
          <Output
            context={context}
            product={product}
            deploy={deploy}
            result={result}
            verdicts={view.verdicts}
            totals={totals}
            planLink={view.planLink}
            send={send}
          />
          <p className="text-sm text-muted">{PAGE.reportFooter(RULEBOOK.version)}</p>
        </>
      )}
    </div>
  )
}
