import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { RULEBOOK } from '../domain/advise'
import { LICENSES } from '../domain/licenses'
import { SHORT_NAME } from '../domain/names'
import { answerLabel, QUESTION_TEXT } from '../domain/questions'
import { ANSWER_IDS, type Answers, type Deploy, type Product } from '../domain/types'
import { planLinkStart } from '../share/advice'
import { money } from '../share/format'
import { PERIOD_TEXT } from '../share/prices'
import { absoluteUrl, currentSearch, navigate, replaceSearch } from '../ui/address'
import { LinkField, StatusLine, useCopyStatus } from '../ui/CopyLink'
import { citation } from '../ui/citation'
import { UI_TEXT } from '../ui/content'
import { downloadCsv } from '../ui/download'
import { FileField } from '../ui/kit/FileField'
import { Radios } from '../ui/kit/Radios'
import { PageTitle, useDocumentTitle } from '../ui/PageTitle'
import { PhoneLabel } from '../ui/PhoneLabel'
import type { Assignments } from './assignments'
import { ColumnMapOffer } from './ColumnMap'
import { checkUsers, type Held, type ValueMap as Values } from './classify'
import { ReaderClient, STALE } from './client'
import {
  ACTION_TEXT,
  ASSIGNMENT_ERRORS,
  COLUMN_TEXT,
  EXPORT_GUIDE,
  GROUP_BY_TEXT,
  PAGE,
  readErrorText,
  SAMPLE_TEXT,
  SAMPLES,
  STATUS_TEXT,
  UNKNOWN_SHOWN,
  UNKNOWN_TEXT,
} from './content'
import { FLAG_TEXT } from './content-exports'
import { GroupForm } from './GroupForm'
import { GroupPager } from './GroupPager'
import {
  aloneIndex,
  aloneKey,
  groupKeyOf,
  groupLabelOf,
  groupState,
  groupsOf,
  planLinkOf,
  totalsOf,
  verdictsOf,
  withAlone,
} from './groups'
import { decodeMapping, encodeMapping } from './mapping'
import type { WorkerRequest } from './protocol'
import { checkCsv } from './report'
import { TodoSummary } from './TodoSummary'
import type { ReadError } from './table'
import { actionOf, todoOf } from './todo'
import type { ColumnMap as Columns, UserList } from './users'
import { ValueMap } from './ValueMap'
import { GROUP_BYS, type GroupBy, STATUSES, type Status } from './vocabulary'

/** Users listed at once, more on request: a long list renders in proportion to what is on screen. */
const PAGE_SIZE = 100
/** Groups shown at once: the page renders in proportion to what is on screen, not to the file. */
const GROUP_PAGE = 50

type Reading = { name: string; done: number }
type Loaded<T> = { name: string; value: T }

/** Reads files in the worker (src/check/client.ts); one worker for the page, started with it so no request is made while a file is read. */
function useReader() {
  const client = useRef<ReaderClient | null>(null)
  useEffect(() => {
    const reader = new ReaderClient(() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }))
    client.current = reader
    return () => reader.close()
  }, [])
  return useCallback(
    (kind: WorkerRequest['kind'], file: Blob, progress: (done: number) => void, columns?: Columns) =>
      client.current?.read(kind, file, progress, columns) ?? Promise.resolve(STALE),
    [],
  )
}

const heldText = (held: Held | 'unknown') => (held === 'unknown' ? COLUMN_TEXT.unknown : SHORT_NAME[held])

/** The compliance check page (`?v=2&view=check`, contract §6). */
export function Check({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const [restored] = useState(() => decodeMapping(currentSearch()))
  const [product, setProduct] = useState<Product | undefined>(restored.product)
  const [deploy, setDeploy] = useState<Deploy | undefined>(restored.deploy)
  const [by, setBy] = useState<GroupBy>(restored.by)
  const [answers, setAnswers] = useState<Record<GroupBy, ReadonlyMap<string, Answers>>>(() => ({
    role: new Map(),
    unit: new Map(),
    domain: new Map(),
    title: new Map(),
    [restored.by]: restored.answers,
  }))
  const [list, setList] = useState<Loaded<UserList>>()
  const [assignments, setAssignments] = useState<Loaded<Assignments>>()
  const [reading, setReading] = useState<Reading>()
  const [problems, setProblems] = useState<string[]>([])
  useDocumentTitle(problems.length > 0 ? UI_TEXT.title.error(UI_TEXT.title.check) : UI_TEXT.title.check)
  const [status, setStatus] = useState('')
  const [filter, setFilter] = useState<Status | ''>('')
  const [search, setSearch] = useState('')
  const [shown, setShown] = useState(PAGE_SIZE)
  const [groupPage, setGroupPage] = useState(0)
  const [mappingLink, setMappingLink] = useState<string>()
  const [dragging, setDragging] = useState(false)
  // Contract §10: the column and value maps in force, and the last user list, to read again through a new column map.
  const [columns, setColumns] = useState<Columns | undefined>(restored.columns)
  const [values, setValues] = useState<Values | undefined>(restored.values)
  const [unmapped, setUnmapped] = useState<{ name: string; headers: string[] }>()
  const lastUsers = useRef<{ file: Blob; name: string }>(undefined)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const read = useReader()
  const copy = useCopyStatus()

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])

  async function readUsers(file: Blob, name: string, map = columns) {
    setReading({ name, done: 0 })
    setProblems([])
    lastUsers.current = { file, name }
    const reply = await read('users', file, (done) => setReading({ name, done }), map)
    // A file chosen after this one is being read: only its answer may be shown.
    if (reply === STALE) return
    setReading(undefined)
    if (reply.type !== 'users') {
      setProblems([PAGE.readerFailed(name)])
      return
    }
    if (!reply.result.ok) {
      setList(undefined)
      setProblems([readErrorText(name, reply.result.error)])
      const headers = reply.result.error.headers
      setUnmapped(headers && headers.length > 0 ? { name, headers } : undefined)
      return
    }
    setUnmapped(undefined)
    setList({ name, value: reply.result.value })
    setShown(PAGE_SIZE)
    const users = reply.result.value
    setStatus(
      users.encoding === 'windows-1252'
        ? `${PAGE.read(users.users.length, name)} ${PAGE.windows1252(name)}`
        : PAGE.read(users.users.length, name),
    )
  }

  async function readAssignments(file: Blob, name: string) {
    setReading({ name, done: 0 })
    const reply = await read('assignments', file, (done) => setReading({ name, done }))
    if (reply === STALE) return
    setReading(undefined)
    if (reply.type !== 'assignments') {
      setProblems((p) => [...p, PAGE.readerFailed(name)])
      return
    }
    if (!reply.result.ok) {
      const e: ReadError = reply.result.error
      setAssignments(undefined)
      setProblems((p) => [
        ...p,
        e.code === 'no-user-name' ? ASSIGNMENT_ERRORS.noColumns(name, e.detail ?? '') : readErrorText(name, e),
      ])
      return
    }
    setAssignments({ name, value: reply.result.value })
  }

  async function trySample(sample: (typeof SAMPLES)[number]) {
    setProduct(sample.product)
    setDeploy(sample.deploy)
    try {
      const fetchFile = async (file: string) => {
        const response = await fetch(`${import.meta.env.BASE_URL}samples/${file}`)
        if (!response.ok) throw new Error(file)
        return response.blob()
      }
      if ('assignments' in sample) await readAssignments(await fetchFile(sample.assignments), sample.assignments)
      else setAssignments(undefined)
      await readUsers(await fetchFile(sample.file), sample.file)
    } catch {
      setProblems([SAMPLE_TEXT.failed(sample.file)])
    }
  }

  function onDrop(e: DragEvent<HTMLFieldSetElement>) {
    e.preventDefault()
    setDragging(false)
    const [first, second] = Array.from(e.dataTransfer.files)
    if (first) void readUsers(first, first.name)
    if (second) void readAssignments(second, second.name)
  }

  const result = useMemo(
    () =>
      list && product && deploy
        ? checkUsers({
            product,
            deploy,
            users: list.value.users,
            columns: list.value.columns,
            assignments: assignments?.value,
            values,
          })
        : undefined,
    [list, product, deploy, assignments, values],
  )
  // Users answered on their own (by row of this file): a group of one each, kept on this page only.
  const [alone, setAlone] = useState<ReadonlyMap<number, Answers>>(() => new Map())
  useEffect(() => {
    if (result) setAlone((a) => (a.size === 0 ? a : new Map()))
  }, [result])
  const byGroup = useMemo(() => (result ? groupsOf(result.checked, by) : []), [result, by])
  const groups = useMemo(() => withAlone(byGroup, new Set(alone.keys())), [byGroup, alone])
  const ownAnswers = useCallback(
    (key: string) => {
      const row = aloneIndex(key)
      return row === undefined ? answers[by].get(key) : alone.get(row)
    },
    [answers, by, alone],
  )
  const states = useMemo(() => {
    const map = new Map<string, ReturnType<typeof groupState>>()
    if (product && deploy) for (const g of groups) map.set(g.key, groupState(product, deploy, ownAnswers(g.key)))
    return map
  }, [groups, ownAnswers, product, deploy])
  const shared = useMemo(() => groups.filter((g) => aloneIndex(g.key) === undefined), [groups])
  const answerAlone = (row: number) => {
    if (!result) return
    setAlone((a) => new Map(a).set(row, answers[by].get(groupKeyOf(by, result.checked[row].user)) ?? {}))
    // The user's own questions, where the person continues.
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`#check-alone-${row} input[type="radio"]`)?.focus(),
    )
  }
  const verdicts = useMemo(() => (result ? verdictsOf(result.checked, groups, states) : []), [result, groups, states])
  const totals = useMemo(
    () =>
      result && product && deploy ? totalsOf(product, deploy, result.checked, verdicts, groups, states) : undefined,
    [result, product, deploy, verdicts, groups, states],
  )

  // The address holds the product, the grouping, each group's answers and the maps as they are given
  // (never a row of the file), so a reload, Back or a trip to the plan keeps them (issue 20).
  useEffect(() => {
    replaceSearch(encodeMapping({ product, deploy, by, answers: answers[by], columns, values }))
  }, [product, deploy, by, answers, columns, values])

  const onApply = useCallback(
    (key: string, given: Answers) => {
      const row = aloneIndex(key)
      if (row !== undefined) {
        setAlone((a) => new Map(a).set(row, given))
        return
      }
      setAnswers((all) => ({ ...all, [by]: new Map(all[by]).set(key, given) }))
      setMappingLink(undefined)
    },
    [by],
  )

  const counts = useMemo(() => {
    const c = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
    for (const v of verdicts) c[v.status]++
    return c
  }, [verdicts])

  const todo = useMemo(
    () => (result ? todoOf(verdicts.map((verdict, i) => ({ verdict, flags: result.checked[i].flags }))) : undefined),
    [result, verdicts],
  )

  const matching = useMemo(() => {
    if (!result) return []
    const needle = search.trim().toLowerCase()
    const out: number[] = []
    result.checked.forEach((c, i) => {
      if (filter && verdicts[i].status !== filter) return
      if (needle) {
        const hay = `${c.user.fullName ?? ''} ${c.user.userName ?? ''} ${c.user.email ?? ''}`.toLowerCase()
        if (!hay.includes(needle)) return
      }
      out.push(i)
    })
    return out
  }, [result, verdicts, filter, search])

  // The page of groups shown, kept in range when a new file or grouping has fewer groups.
  const firstGroup = Math.min(groupPage, Math.max(0, Math.ceil(shared.length / GROUP_PAGE) - 1)) * GROUP_PAGE
  const planLink = useMemo(
    () => (product && deploy && groups.length > 0 ? planLinkOf(product, deploy, by, groups, states) : undefined),
    [product, deploy, by, groups, states],
  )
  const restoredCount = restored.answers.size

  return (
    <div className="space-y-10">
      <section aria-labelledby="check-title" className="space-y-3">
        <PageTitle id="check-title" titleRef={headingRef}>
          {PAGE.title}
        </PageTitle>
        <p className="max-w-prose text-lg leading-relaxed text-muted">{PAGE.intro}</p>
        <p className="max-w-prose rounded-md border border-line bg-surface p-3 font-semibold">{PAGE.privacy}</p>
        <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
          <a
            href="?"
            onClick={(e) => {
              e.preventDefault()
              navigate('')
            }}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {PAGE.backToAdvice}
          </a>
          <a
            href={planLinkStart(product, deploy)}
            onClick={(e) => {
              e.preventDefault()
              navigate(planLinkStart(product, deploy))
            }}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {PAGE.toPlanner}
          </a>
        </p>
        {restoredCount > 0 && <p className="text-muted">{PAGE.mappingRestored(restoredCount)}</p>}
      </section>

      <section aria-labelledby="check-setup" className="no-print space-y-4">
        <h2 id="check-setup" className="text-2xl font-bold text-brand-900">
          {PAGE.setupTitle}
        </h2>
        <Radios
          name="product"
          legend={QUESTION_TEXT.product.legend}
          values={ANSWER_IDS.product}
          value={product}
          label={(v) => answerLabel('product', v)}
          onChange={setProduct}
        />
        <Radios
          name="deploy"
          legend={QUESTION_TEXT.deploy.legend}
          values={ANSWER_IDS.deploy}
          value={deploy}
          label={(v) => answerLabel('deploy', v)}
          onChange={setDeploy}
        />
      </section>

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
            onFile={readUsers}
          />
          <FileField
            id="check-assignments"
            label={PAGE.assignments}
            hint={PAGE.assignmentsHint}
            accept=".csv,.txt,.xlsx,.xml,.json,text/csv"
            onFile={readAssignments}
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
              <button key={s.id} type="button" className="btn-secondary" onClick={() => void trySample(s)}>
                {SAMPLE_TEXT.button(s.label)}
              </button>
            ))}
          </div>
        </div>
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
      </section>

      <div role="alert" className="space-y-2">
        {problems.map((p) => (
          <p key={p} className="rounded-md border-2 border-danger bg-danger-50 p-3 font-semibold text-danger">
            {p}
          </p>
        ))}
      </div>
      <p role="status" className="font-semibold text-ok">
        {status}
      </p>
      {(unmapped ?? list) && (
        <ColumnMapOffer
          asked={unmapped !== undefined}
          file={unmapped?.name ?? list?.name ?? ''}
          headers={unmapped?.headers ?? list?.value.headers ?? []}
          recognised={unmapped ? [] : Object.values(list?.value.columns ?? {})}
          value={columns}
          onApply={(map) => {
            setColumns(map)
            setMappingLink(undefined)
            if (lastUsers.current) void readUsers(lastUsers.current.file, lastUsers.current.name, map)
          }}
        />
      )}

      {list && !(product && deploy) && <p className="font-semibold">{PAGE.chooseFirst}</p>}

      {result && product && deploy && totals && (
        <>
          {result.unknown.length > 0 && (
            <div role="alert" className="rounded-md border-2 border-danger bg-danger-50 p-3">
              <p className="font-semibold text-danger">{UNKNOWN_TEXT.title(result.unknown.length)}</p>
              <ul className="list-disc pl-5">
                {result.unknown.slice(0, UNKNOWN_SHOWN).map((u) => (
                  <li key={`${u.column}\n${u.value}`}>
                    <bdi>{u.column}</bdi> “<bdi>{u.value}</bdi>”:{' '}
                    {UNKNOWN_TEXT.where(
                      u.at.length,
                      `${list?.value.unit ?? 'row'} ${u.at.slice(0, 10).join(', ')}${u.at.length > 10 ? ', …' : ''}`,
                    )}
                  </li>
                ))}
              </ul>
              {result.unknown.length > UNKNOWN_SHOWN && (
                <p>{UNKNOWN_TEXT.more(result.unknown.length - UNKNOWN_SHOWN)}</p>
              )}
            </div>
          )}
          <ValueMap
            product={product}
            unknown={result.unknown}
            value={values}
            onApply={(map) => {
              setValues(map)
              setMappingLink(undefined)
            }}
          />

          {todo && <TodoSummary todo={todo} />}

          <section aria-labelledby="check-result" className="space-y-3">
            <h2 id="check-result" ref={resultRef} tabIndex={-1} className="text-2xl font-bold text-brand-900">
              {PAGE.resultTitle}
            </h2>
            <p>
              {list?.name}
              {assignments ? `, ${assignments.name}` : ''}: {QUESTION_TEXT.product.answers[product].label},{' '}
              {QUESTION_TEXT.deploy.answers[deploy].label}.
            </p>
            <ul className="flex flex-wrap gap-2">
              {STATUSES.map((s) => (
                <li
                  key={s}
                  data-testid="check-count"
                  data-status={s}
                  className="rounded-md border border-line px-3 py-1"
                >
                  {STATUS_TEXT[s]}: <strong>{counts[s]}</strong>
                </li>
              ))}
            </ul>
          </section>

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
              onChange={(v) => {
                setBy(v)
                setGroupPage(0)
                setMappingLink(undefined)
              }}
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
                        name: result.checked[row].user.fullName || result.checked[row].user.userName || '',
                        onBack: () =>
                          setAlone((a) => {
                            const next = new Map(a)
                            next.delete(row)
                            return next
                          }),
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
                onPage={setGroupPage}
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

          <section aria-labelledby="check-totals" className="space-y-3">
            <h2 id="check-totals" className="text-2xl font-bold text-brand-900">
              {PAGE.totalsTitle}
            </h2>
            <p className="text-muted">{PAGE.totalsIntro}</p>
            {/* Scrolls sideways on a phone: focusable, so the keyboard can scroll it too. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (WCAG 2.1.1). */}
            <section className="overflow-x-auto" tabIndex={0} aria-label={PAGE.totalsScroll}>
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.license}
                    </th>
                    <th scope="col" className="p-2 text-right">
                      {COLUMN_TEXT.heldCount}
                    </th>
                    <th scope="col" className="p-2 text-right">
                      {COLUMN_TEXT.neededCount}
                    </th>
                    <th scope="col" className="p-2 text-right">
                      {COLUMN_TEXT.difference}
                    </th>
                    <th scope="col" className="p-2 text-right">
                      {COLUMN_TEXT.cost}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {totals.rows.map((t) => (
                    <tr
                      key={t.license}
                      data-testid="check-total"
                      data-license={t.license}
                      data-held={t.held}
                      data-needed={t.needed}
                      className="border-b border-line"
                    >
                      <th scope="row" className="p-2 font-medium">
                        {LICENSES[t.license].name}
                        <span className="block text-xs font-normal text-muted">{LICENSES[t.license].unitText}</span>
                      </th>
                      <td className="p-2 text-right">{t.held}</td>
                      <td className="p-2 text-right">{t.needed}</td>
                      <td className="p-2 text-right">
                        {t.needed - t.held > 0 ? `+${t.needed - t.held}` : t.needed - t.held}
                      </td>
                      <td className="p-2 text-right">
                        {t.costCents !== undefined && t.currency && t.period
                          ? `${money(t.costCents, t.currency)} ${PERIOD_TEXT[t.period]}`
                          : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {totals.unanswered > 0 && <p className="font-semibold">{PAGE.totalsUnanswered(totals.unanswered)}</p>}
          </section>

          <section aria-labelledby="check-users-title" className="space-y-3">
            <h2 id="check-users-title" className="text-2xl font-bold text-brand-900">
              {PAGE.usersTitle}
            </h2>
            <div className="no-print flex flex-wrap gap-4">
              <div>
                <label htmlFor="check-filter" className="block text-sm font-medium">
                  {PAGE.filterStatus}
                </label>
                <select
                  id="check-filter"
                  value={filter}
                  onChange={(e) => setFilter(e.currentTarget.value as Status | '')}
                  className="rounded-md border border-line bg-surface p-2"
                >
                  <option value="">{PAGE.filterAll}</option>
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_TEXT[s]} ({counts[s]})
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="check-search" className="block text-sm font-medium">
                  {PAGE.search}
                </label>
                <input
                  id="check-search"
                  type="search"
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  className="rounded-md border border-line bg-surface p-2"
                />
              </div>
            </div>
            <p className="no-print text-sm text-muted">
              {PAGE.shown(Math.min(shown, matching.length), matching.length)}
            </p>
            {/* On a phone each user is a card of labelled lines: no sideways scrolling. */}
            <div className="sm:overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm max-sm:block">
                <thead className="max-sm:sr-only">
                  <tr className="border-b border-line">
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.user}
                    </th>
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.held}
                    </th>
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.needed}
                    </th>
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.status}
                    </th>
                    <th scope="col" className="p-2">
                      {COLUMN_TEXT.why}
                    </th>
                  </tr>
                </thead>
                <tbody className="max-sm:block">
                  {matching.slice(0, shown).map((i) => {
                    const c = result.checked[i]
                    const v = verdicts[i]
                    return (
                      <tr
                        key={c.user.at}
                        data-testid="check-user"
                        data-user={c.user.userName ?? ''}
                        data-held={v.held}
                        data-needed={v.needed}
                        data-status={v.status}
                        data-action={actionOf(v, c.flags)}
                        data-flags={c.flags.length > 0 ? c.flags.join(' ') : undefined}
                        className="border-b border-line align-top max-sm:block max-sm:py-2"
                      >
                        <th scope="row" className="p-2 font-medium break-words max-sm:block max-sm:py-0.5">
                          <bdi>{c.user.fullName}</bdi>
                          <bdi className="block text-xs font-normal text-muted">{c.user.userName}</bdi>
                          {!c.settled &&
                            (alone.has(i) ? (
                              <span className="no-print block text-xs font-normal text-muted">{PAGE.aloneShown}</span>
                            ) : (
                              <button
                                type="button"
                                className="no-print btn-link text-xs font-normal"
                                aria-label={`${PAGE.aloneAnswer}: ${c.user.fullName || c.user.userName}`}
                                onClick={() => answerAlone(i)}
                              >
                                {PAGE.aloneAnswer}
                              </button>
                            ))}
                        </th>
                        <td className="p-2 max-sm:block max-sm:py-0.5">
                          <PhoneLabel text={COLUMN_TEXT.held} />
                          {heldText(v.held)}
                        </td>
                        <td className="p-2 max-sm:block max-sm:py-0.5">
                          <PhoneLabel text={COLUMN_TEXT.needed} />
                          {heldText(v.needed)}
                        </td>
                        <td className="p-2 max-sm:block max-sm:py-0.5">
                          {STATUS_TEXT[v.status]}
                          <span className="block font-semibold">
                            {ACTION_TEXT[actionOf(v, c.flags)](
                              heldText(v.held),
                              v.needed === 'none' ? 'none' : heldText(v.needed),
                            )}
                          </span>
                          {c.flags.length > 0 && (
                            <span className="block text-xs text-muted">
                              {c.flags.map((f) => FLAG_TEXT[f]).join(' · ')}
                            </span>
                          )}
                        </td>
                        <td className="p-2 max-sm:block max-sm:py-0.5">
                          {v.why}
                          {v.reasons[0] && (
                            <cite className="block text-xs text-muted">
                              {citation(v.reasons[0].source, v.reasons[0].fact.locator)}
                            </cite>
                          )}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            {matching.length > shown && (
              <button type="button" className="no-print btn-secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                {PAGE.showMore}
              </button>
            )}
          </section>

          <section
            aria-labelledby="check-output"
            className="no-print space-y-3 rounded-xl border border-line bg-surface p-5"
          >
            <h2 id="check-output" className="text-2xl font-bold text-brand-900">
              {PAGE.outputTitle}
            </h2>
            <div className="flex flex-wrap gap-3">
              <button type="button" className="btn-secondary" onClick={() => window.print()}>
                {PAGE.print}
              </button>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => {
                  downloadCsv(
                    checkCsv({
                      product,
                      deploy,
                      files: [list?.name ?? '', ...(assignments ? [assignments.name] : [])],
                      checked: result.checked,
                      verdicts,
                      groupOf: (i) =>
                        result.checked[i].settled
                          ? undefined
                          : groupLabelOf(by, groupKeyOf(by, result.checked[i].user)),
                      totals,
                    }),
                    'license-check.csv',
                  )
                  copy.setStatus(PAGE.csvDone)
                }}
              >
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
              <button
                type="button"
                className="btn-secondary"
                onClick={() => {
                  const link = absoluteUrl(
                    encodeMapping({ product, deploy, by, answers: answers[by], columns, values }),
                  )
                  setMappingLink(link)
                  void copy.copy(link, PAGE.mappingCopied)
                }}
              >
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
          <p className="text-sm text-muted">{PAGE.reportFooter(RULEBOOK.version)}</p>
        </>
      )}
    </div>
  )
}
