import { Fragment, memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { type FieldNamesMarkedBoolean, useFieldArray, useForm, useWatch } from 'react-hook-form'
import { RULEBOOK } from '../domain/advise'
import { answerLabel } from '../domain/answerText'
import { changedSince } from '../domain/changes'
import { SHORT_NAME } from '../domain/names'
import { PRODUCTS } from '../domain/products'
import { QUESTION_TEXT } from '../domain/questions'
import { ANSWER_IDS, type Answers, type LicenseId, QUESTION_IDS } from '../domain/types'
import { checkLinkStart, encodeAnswers } from '../share/advice'
import { withCarried } from '../share/carry'
import { decodeLink, type Notice } from '../share/link'
import { type PlanNotice, type PriceTexts, parseServers } from '../share/plan'
import { costsOf, defaultPriceText } from '../share/prices'
import { paramsOf } from '../share/replay'
import { connectorPossible, type GroupResult, type PlanInput, type PlanTotals, planTotals } from '../share/totals'
import {
  absoluteUrl,
  currentEntry,
  currentSearch,
  navigate,
  onAddressChange,
  openedWithRulebook,
  pushSearch,
  replaceSearch,
} from '../ui/address'
import { ChangedSinceText } from '../ui/ChangedSince'
import { UI_TEXT } from '../ui/content'
import { FieldLink } from '../ui/FieldLink'
import { forgetJustAdded, type JustAdded, justAddedTo } from '../ui/justAdded'
import { LinkNotice, LinkText } from '../ui/LinkNotice'
import { showInvisible } from '../ui/linkText'
import { PageTitle, useDocumentTitle } from '../ui/PageTitle'
import { ComparePanel } from './ComparePanel'
import { comparePlan } from './compare'
import { PLAN_TEXT } from './content'
import { planCsv } from './csv'
import { ExportPanel } from './ExportPanel'
import { describedBy, FieldError, INPUT, QuestionSelect } from './fields'
import { blankGroup, type GroupValues, linkOf, type PlanValues, planInputOf, planToWrite, valuesOf } from './form'
import { GroupFields, groupFieldId } from './GroupFields'
import { GroupSummary } from './GroupSummary'
import { GROUP_NOTICE_TAIL, issueText, noticeText, quantityText, SERVERS_INVALID } from './messages'
import { PeopleList } from './PeopleList'
import { PlanFile } from './PlanFile'
import { lineText, PlanSummary, TotalsBar } from './PlanSummary'
import { STARTING_POINTS, type StartingPoint } from './presets'
import { handPrices, proposalSearch } from './proposal'
import { TotalsPanel } from './TotalsPanel'

interface Loaded {
  values: PlanValues
  notices: PlanNotice[]
  versionNotice?: Notice
  /** Prices the link keeps: the person chose to keep them there. */
  prices?: PriceTexts
}

function read(search: string): Loaded {
  const decoded = decodeLink(search)
  if (decoded.view !== 'plan') return { values: valuesOf({ servers: 1, groups: [] }), notices: [] }
  // A group just added is unfinished, not a broken link: it is flagged in the list instead. A group that stops at
  // `app` (contract section 9) is still counted: the page says so in a status notice, not as a broken link.
  const notices = decoded.notices.filter(
    (n) =>
      !decoded.plan.groups[n.group]?.blank &&
      !n.problems.every((p) => p.kind === 'rules-updated' && p.question === 'app'),
  )
  return { values: valuesOf(decoded.plan), notices, versionNotice: decoded.versionNotice, prices: decoded.plan.prices }
}

type Touched = Partial<Readonly<FieldNamesMarkedBoolean<PlanValues>>>

/**
 * Which of a group's problems to show: all of them for a group that came from a link or a starting
 * point; for one being filled in, only on fields the person has left or typed into, so a new group
 * is not covered in errors before anything was entered.
 */
function shownFields(result: GroupResult, values: Partial<GroupValues> | undefined, touched: Touched, index: number) {
  const mine = touched.groups?.[index] as Partial<Record<string, boolean>> | undefined
  return result.issues
    .filter(
      (issue) =>
        (values?.loaded && !result.blank) ||
        mine?.[issue.field] ||
        (issue.field === 'count' && (values?.count ?? '').trim() !== ''),
    )
    .map((issue) => issue.field)
    .join(',')
}

/** How long the live region waits after the last change before it speaks, so typing is not read out key by key. */
const ANNOUNCE_AFTER_MS = 700

/** What the live region says after a change: the group's outcome (when one changed), then the totals. */
export function outcomeText(totals: PlanTotals, group: number | undefined): string {
  const g = group === undefined ? undefined : totals.groups[group]
  const head =
    g === undefined
      ? ''
      : g.advice && g.status !== 'invalid'
        ? `${PLAN_TEXT.live.group(g.label, SHORT_NAME[g.advice.license], PLAN_TEXT.confidence[g.advice.confidence])} `
        : `${PLAN_TEXT.live.notCounted(g.label)} `
  const lines = totals.lines.map(lineText).join(', ')
  return head + (lines === '' ? PLAN_TEXT.live.noTotals : PLAN_TEXT.live.totals(lines))
}

/** The group a form field belongs to, from its id (`group-3-count` is group index 2). */
const groupOfField = (id: string): number | undefined => {
  const match = /^group-(\d+)-/.exec(id)
  return match ? Number(match[1]) - 1 : undefined
}

/** A group's answers with the plan's product and deployment, as the advice reads them. */
const withPlanStart = (plan: PlanInput, answers: Answers): Answers => ({
  ...answers,
  product: plan.product,
  deploy: plan.deploy,
})

/**
 * A plan opened with more groups than this shows each on one line until it is edited. Every full
 * group is about two hundred elements (its selects' options most of them), so 20 of them still open in
 * well under a tenth of a second, and the starting points and the plans people type in stay below it;
 * past it a person scans lines rather than forms. Decided when a plan is opened, so nothing folds
 * away under someone adding groups.
 */
export const COMPACT_OVER = 20

const isLarge = (values: PlanValues) => values.groups.length > COMPACT_OVER

/** Focuses a field by id, if it is on the page; the count of a person just added is 1, so typing replaces it. */
function focusField(id: string): boolean {
  const target = document.getElementById(id)
  if (!target) return false
  target.focus()
  if (target instanceof HTMLInputElement && target.id.endsWith('-count')) target.select()
  return true
}

interface SummaryEntry {
  target: string
  message: string
}

/** The planner page: a plan form for a whole organization, its totals, costs, comparison and exports. */
export function Planner({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const [initial] = useState(() => read(currentSearch()))
  const [notices, setNotices] = useState(initial.notices)
  const [versionNotice, setVersionNotice] = useState(initial.versionNotice)
  const [edited, setEdited] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  // The person just added from their advice, said at their group until the plan changes shape.
  const [justAdded, setJustAdded] = useState(() => justAddedTo(currentSearch()))
  // Opened from a plan link made under an older rulebook: what changed since, per group, until the plan is edited.
  const [since] = useState(() => {
    const opened = openedWithRulebook()
    return opened && opened.search === currentSearch() ? opened.version : undefined
  })
  const arrived = useRef(justAdded)
  const [prices, setPrices] = useState<Partial<Record<LicenseId, string>>>(initial.prices ?? {})
  const [keepPrices, setKeepPrices] = useState(initial.prices !== undefined)
  const kept = keepPrices ? prices : undefined
  const headingRef = useRef<HTMLHeadingElement>(null)
  const groupsHeadingRef = useRef<HTMLHeadingElement>(null)

  const { control, register, reset, getValues, formState } = useForm<PlanValues>({ defaultValues: initial.values })
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'groups' })
  // A folded group mounts no inputs; its values stay in the form (shouldUnregister is false).
  const [compact, setCompact] = useState(() => isLarge(initial.values))
  /** Field keys of the groups of a compact plan shown in full: once opened, a group stays open. */
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set())
  const values = useWatch({ control }) as Partial<PlanValues>
  const touched = formState.touchedFields

  const plan = useMemo(() => planInputOf(values), [values])
  const totals = useMemo(() => planTotals(plan), [plan])
  const priceText = useCallback((id: LicenseId) => prices[id] ?? defaultPriceText(id), [prices])
  const costs = useMemo(() => costsOf(totals.lines, prices), [totals, prices])
  // The groups and totals answer each keystroke; the comparison, the link and the address follow in a
  // deferred render, so with hundreds of groups typing stays within a frame (scripts/bench-plan.mjs).
  // `entry`: the history entry these values belong to, so a late address write never lands on another.
  const now = useMemo(() => ({ plan, totals, values, entry: currentEntry() }), [plan, totals, values])
  const later = useDeferredValue(now)
  const comparison = useMemo(() => comparePlan(later.plan, later.totals), [later])
  const search = useMemo(() => linkOf(later.values, kept), [later, kept])

  useEffect(() => {
    // Added from the advice, focus goes to the new group's count instead (below).
    if (focusOnMount && !arrived.current) headingRef.current?.focus()
    // Once: a reload, Back or a shared link never offers the Undo again.
    forgetJustAdded()
  }, [focusOnMount])

  // One polite live region speaks outcomes and totals (WCAG 4.1.3), a moment after the last change.
  const latest = useRef({ totals, plan })
  latest.current = { totals, plan }
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const announceSoon = useCallback((group: number | undefined, before = '') => {
    clearTimeout(announceTimer.current)
    announceTimer.current = setTimeout(() => {
      setAnnouncement(`${before}${outcomeText(latest.current.totals, group)}`)
    }, ANNOUNCE_AFTER_MS)
  }, [])
  useEffect(() => () => clearTimeout(announceTimer.current), [])

  // The address always holds the plan. Edits rewrite the current entry, so typing a name does not
  // fill the history; adding or removing a group and choosing a starting point push (see below).
  useEffect(() => {
    if (search !== currentSearch()) replaceSearch(search, later.entry)
  }, [search, later.entry])

  const load = useCallback(
    (next: Loaded) => {
      reset(next.values)
      setPrices(next.prices ?? {})
      setKeepPrices(next.prices !== undefined)
      setNotices(next.notices)
      setVersionNotice(next.versionNotice)
      setEdited(false)
      setCompact(isLarge(next.values))
      setOpened(new Set())
      setJustAdded(undefined)
    },
    [reset],
  )

  // Back and Forward between plan entries (a group added, a starting point chosen) reload that entry.
  // The move that opened the planner may still be telling its listeners: that address is already loaded,
  // and loading it again would remount the groups under the focus.
  const openedOn = useRef<string | undefined>(currentSearch())
  useEffect(
    () =>
      onAddressChange((address) => {
        const first = openedOn.current
        openedOn.current = undefined
        const same = first !== undefined && paramsOf(first).toString() === paramsOf(address).toString()
        if (!same && decodeLink(address).view === 'plan') load(read(address))
      }),
    [load],
  )

  // Once the plan is edited, what the link held is history: the error summary takes over from its notice.
  const markEdited = (event?: { target: EventTarget | null }) => {
    const target = event?.target
    if (target instanceof HTMLElement) announceSoon(groupOfField(target.id))
    setEdited(true)
    setNotices((n) => (n.length === 0 ? n : []))
    setVersionNotice(undefined)
  }

  // The new group renders once the watched values catch up with the field list, a render after the
  // append, so focus waits for its name field to exist.
  const pendingFocus = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (pendingFocus.current && focusField(pendingFocus.current)) pendingFocus.current = undefined
  })

  // Added from the advice: land on the group's count, and say what happened.
  useEffect(() => {
    const added = arrived.current
    if (!added) return
    const count = groupFieldId(added.index, 'count')
    if (!focusField(count)) pendingFocus.current = count
    setAnnouncement(PLAN_TEXT.added.text(added.name, added.count, added.merged, added.devices))
  }, [])

  const addGroup = () => {
    const current = getValues()
    pushSearch(linkOf({ ...current, groups: [...current.groups, blankGroup()] }, kept))
    markEdited()
    append(blankGroup(), { shouldFocus: false })
    setJustAdded(undefined)
    pendingFocus.current = groupFieldId(current.groups.length, 'name')
  }

  const removeRef = useRef<(index: number) => void>(() => {})
  removeRef.current = (index: number) => {
    const current = getValues()
    const label = current.groups[index]?.name.trim() || `Group ${index + 1}`
    pushSearch(linkOf({ ...current, groups: current.groups.filter((_, i) => i !== index) }, kept))
    markEdited()
    remove(index)
    setJustAdded(undefined)
    announceSoon(undefined, `${PLAN_TEXT.live.removed(label)} `)
    groupsHeadingRef.current?.focus()
  }
  const onRemove = useCallback((index: number) => removeRef.current(index), [])

  const duplicateRef = useRef<(index: number) => void>(() => {})
  duplicateRef.current = (index: number) => {
    const current = getValues()
    const source = current.groups[index]
    if (!source) return
    const copy = { ...source, name: PLAN_TEXT.copyName(source.name), loaded: false }
    const groups = [...current.groups.slice(0, index + 1), copy, ...current.groups.slice(index + 1)]
    pushSearch(linkOf({ ...current, groups }, kept))
    markEdited()
    insert(index + 1, copy, { shouldFocus: false })
    setJustAdded(undefined)
    pendingFocus.current = groupFieldId(index + 1, 'name')
    announceSoon(index + 1, `${PLAN_TEXT.live.duplicated(source.name.trim() || `Group ${index + 1}`)} `)
  }
  const onDuplicate = useCallback((index: number) => duplicateRef.current(index), [])

  const editRef = useRef<(index: number) => void>(() => {})
  editRef.current = (index: number) => {
    const key = fields[index]?.id
    if (key === undefined) return
    setOpened((o) => new Set(o).add(key))
    pendingFocus.current = groupFieldId(index, 'name')
  }
  const onEdit = useCallback((index: number) => editRef.current(index), [])

  // A group's full advice carries the plan as it is at the moment of the click, so "Back to your plan"
  // returns to it; the link's address is refreshed as it is pointed at or focused, for a new tab too.
  const adviceSearch = useCallback(
    (index: number) => {
      const current = getValues()
      const { plan: now } = latest.current
      const answers = now.groups[index]?.answers ?? {}
      return withCarried(encodeAnswers(withPlanStart(now, answers)), { plan: linkOf(current), fromPlan: true })
    },
    [getValues],
  )
  const onOpenAdvice = useCallback(
    (index: number) => {
      // The deferred address write may not have happened yet; Back should find the plan as it is.
      replaceSearch(linkOf(getValues(), kept))
      navigate(adviceSearch(index))
    },
    [adviceSearch, getValues, kept],
  )

  const anotherSearch = () =>
    withCarried(encodeAnswers({ product: plan.product, deploy: plan.deploy }), {
      plan: linkOf(getValues()),
      fromPlan: false,
    })

  const choose = (start: StartingPoint) => {
    const next = valuesOf(start.plan)
    pushSearch(linkOf(next))
    load({ values: next, notices: [] })
    announceSoon(
      undefined,
      `${PLAN_TEXT.live.loaded(start.label.replace(/^An? |^The /, 'the '), start.plan.groups.length)} `,
    )
  }

  // Right after an append the field list is one render ahead of the watched values.
  const shown = fields.map((_, i) =>
    totals.groups[i] ? shownFields(totals.groups[i], values.groups?.[i], touched, i) : '',
  )
  const planProblems = planIssues(values, touched, totals.groups)
  const summary: SummaryEntry[] = [
    ...planProblems.map((p) => ({ target: p.target, message: p.message })),
    ...totals.groups.flatMap((g, i) => {
      const visible = new Set(shown[i]?.split(','))
      return g.issues
        .filter((issue) => visible.has(issue.field))
        .map((issue) => ({ target: groupFieldId(i, issue.field), message: issueText(issue, g.label) }))
    }),
  ]
  // In a compact plan a group opens, and stays open, when it is new (added or duplicated), when it shows
  // a problem or when the link's notice names it, so every error and notice links to its field.
  if (compact && values.groups?.length === fields.length) {
    const named = new Set(notices.map((n) => n.group))
    const more = fields
      .filter(
        (f, i) =>
          !opened.has(f.id) &&
          (values.groups?.[i]?.loaded === false || shown[i] || named.has(i) || i === justAdded?.index),
      )
      .map((f) => f.id)
    if (more.length > 0) setOpened(new Set([...opened, ...more]))
  }
  const problemOf = (target: string) => planProblems.find((p) => p.target === target)?.message
  const product = plan.product
  const showErrors = edited && summary.length > 0
  useDocumentTitle(showErrors ? UI_TEXT.title.error(UI_TEXT.title.plan) : UI_TEXT.title.plan)
  const startingPoints = (
    <ul className="grid gap-3 sm:grid-cols-3">
      {STARTING_POINTS.map((start) => (
        <li key={start.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
          <button type="button" className="btn-secondary justify-center text-center" onClick={() => choose(start)}>
            {start.label}
          </button>
          <p className="text-sm text-muted">{start.description}</p>
        </li>
      ))}
    </ul>
  )

  return (
    <div className="space-y-10">
      <section aria-labelledby="plan-title" className="space-y-3">
        <PageTitle id="plan-title" titleRef={headingRef}>
          {PLAN_TEXT.title}
        </PageTitle>
        <p className="no-print max-w-prose text-lg leading-relaxed text-muted">{PLAN_TEXT.intro}</p>
        <p className="no-print">
          <a
            href="?"
            onClick={(e) => {
              e.preventDefault()
              // The deferred address write may not have happened yet; Back should find the plan as it is.
              replaceSearch(linkOf(getValues(), kept))
              navigate('')
            }}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {PLAN_TEXT.onePerson}
          </a>{' '}
          <a
            href={checkLinkStart(values.product || undefined, values.deploy || undefined)}
            onClick={(e) => {
              e.preventDefault()
              replaceSearch(linkOf(getValues(), kept))
              navigate(checkLinkStart(values.product || undefined, values.deploy || undefined))
            }}
            className="ml-4 font-semibold text-brand-700 underline underline-offset-2"
          >
            {PLAN_TEXT.check}
          </a>
        </p>
      </section>

      {versionNotice && <LinkNotice notice={versionNotice} />}
      {since && !edited && <ChangedGroups since={since} groups={totals.groups} />}
      {notices.length > 0 && <PlanLinkNotice notices={notices} />}
      <ChooseAppNotice groups={totals.groups} />
      {showErrors && <ErrorSummary entries={summary} />}
      <p role="status" aria-live="polite" data-testid="plan-live" className="sr-only">
        {announcement}
      </p>

      {fields.length > 0 && <PlanSummary totals={totals} costs={costs} />}

      {/* A plan with groups opens on its summary: the starting points, which replace it, fold away. */}
      {fields.length > 0 ? (
        <details className="no-print rounded-xl border border-line bg-surface p-4">
          <summary className="cursor-pointer font-semibold text-brand-700">{PLAN_TEXT.startFromOther}</summary>
          <div className="mt-3">{startingPoints}</div>
        </details>
      ) : (
        <section aria-labelledby="start-title" className="no-print space-y-3">
          <h2 id="start-title" className="text-2xl font-bold text-brand-900">
            {PLAN_TEXT.startFrom}
          </h2>
          {startingPoints}
        </section>
      )}

      <form
        noValidate
        aria-label="The plan"
        className="no-print space-y-10"
        onSubmit={(e) => e.preventDefault()}
        onChange={markEdited}
      >
        <section aria-labelledby="org-title" className="space-y-4">
          <h2 id="org-title" className="text-2xl font-bold text-brand-900">
            The organization
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
                  {PLAN_TEXT.servers(plan.product && PRODUCTS[plan.product].connector).label}
                </label>
                <input
                  id="plan-servers"
                  type="number"
                  min={1}
                  max={1000}
                  step={1}
                  inputMode="numeric"
                  aria-invalid={problemOf('plan-servers') ? true : undefined}
                  aria-describedby={describedBy(
                    'plan-servers-hint',
                    problemOf('plan-servers') !== undefined && 'plan-servers-error',
                  )}
                  className={`${INPUT} mt-1 sm:w-40`}
                  {...register('servers')}
                />
                <p id="plan-servers-hint" className="mt-1 text-sm text-muted">
                  {PLAN_TEXT.servers(plan.product && PRODUCTS[plan.product].connector).hint}
                </p>
                <FieldError id="plan-servers-error" message={problemOf('plan-servers')} />
              </div>
            )}
          </div>
        </section>

        <section aria-labelledby="groups-title" className="space-y-4">
          <h2 id="groups-title" ref={groupsHeadingRef} tabIndex={-1} className="text-2xl font-bold text-brand-900">
            {PLAN_TEXT.groupsTitle}
          </h2>
          {fields.length === 0 && <p className="text-muted">{PLAN_TEXT.noGroups}</p>}
          {compact && fields.length > 0 && <p className="text-muted">{PLAN_TEXT.compact.hint(fields.length)}</p>}
          {!compact && fields.length > 0 && totals.groups.length === fields.length && (
            <PeopleList groups={totals.groups} onRemove={onRemove} />
          )}
          {fields.map((field, i) =>
            !totals.groups[i] ? null : compact && !opened.has(field.id) ? (
              <GroupSummary key={field.id} index={i} result={totals.groups[i]} onEdit={onEdit} />
            ) : (
              <Fragment key={field.id}>
                {i === justAdded?.index && (
                  <JustAddedNotice
                    added={justAdded}
                    anotherHref={anotherSearch()}
                    onAnother={() => {
                      replaceSearch(linkOf(getValues(), kept))
                      navigate(anotherSearch())
                    }}
                  />
                )}
                <GroupFields
                  index={i}
                  result={totals.groups[i]}
                  shown={shown[i] ?? ''}
                  register={register}
                  onRemove={onRemove}
                  onDuplicate={onDuplicate}
                  onOpenAdvice={onOpenAdvice}
                  adviceSearch={adviceSearch}
                />
              </Fragment>
            ),
          )}
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className="btn-primary" onClick={addGroup}>
              {PLAN_TEXT.addGroup}
            </button>
            {plan.product && plan.deploy && (
              <a
                href={anotherSearch()}
                aria-describedby="plan-another-hint"
                className="btn-secondary"
                onClick={(e) => {
                  e.preventDefault()
                  replaceSearch(linkOf(getValues(), kept))
                  navigate(anotherSearch())
                }}
              >
                {PLAN_TEXT.another}
              </a>
            )}
          </div>
          {plan.product && plan.deploy && (
            <p id="plan-another-hint" className="text-sm text-muted">
              {PLAN_TEXT.anotherHint}
            </p>
          )}
        </section>
      </form>

      <PrintGroups plan={plan} groups={totals.groups} keys={fields.map((f) => f.id)} link={absoluteUrl(search)} />

      <TotalsPanel
        totals={totals}
        costs={costs}
        prices={prices}
        priceText={priceText}
        onPrice={(id, text) => setPrices((p) => ({ ...p, [id]: text }))}
        keepPrices={keepPrices}
        onKeepPrices={setKeepPrices}
      />

      {comparison && product && <ComparePanel comparison={comparison} product={product} />}

      <ExportPanel
        search={search}
        csv={() =>
          planCsv(plan, totals, costs, { link: absoluteUrl(search), date: new Date().toISOString().slice(0, 10) })
        }
        proposal={{
          href: proposalSearch(search),
          open: () => {
            // The deferred address write may not have happened yet; Back should find the plan as it is.
            const now = linkOf(getValues(), kept)
            replaceSearch(now)
            handPrices(prices)
            navigate(proposalSearch(now))
          },
        }}
      />

      <PlanFile
        search={search}
        plan={() => planToWrite(getValues(), kept)}
        onOpen={(file) => {
          const next = read(file)
          pushSearch(linkOf(next.values, next.prices))
          load(next)
        }}
      />

      <p className="text-sm text-muted">
        Rulebook {RULEBOOK.version}, {RULEBOOK.date}. This is not legal advice: Microsoft’s Product Terms and your
        agreement in force when the licenses were bought govern.
      </p>

      {fields.length > 0 && <TotalsBar totals={totals} />}
    </div>
  )
}

function planIssues(values: Partial<PlanValues>, touched: Touched, groups: readonly GroupResult[]) {
  const started = groups.some((g) => !g.blank)
  const out: SummaryEntry[] = []
  if (!values.product && (touched.product || started))
    out.push({ target: 'plan-product', message: 'Choose the product the organization uses.' })
  if (!values.deploy && (touched.deploy || started))
    out.push({ target: 'plan-deploy', message: 'Choose where the product runs.' })
  const product = values.product as Answers['product']
  const deploy = values.deploy as Answers['deploy']
  if (connectorPossible(product, deploy) && parseServers((values.servers ?? '').trim()) === undefined)
    out.push({ target: 'plan-servers', message: SERVERS_INVALID })
  return out
}

function ErrorSummary({ entries }: { entries: SummaryEntry[] }) {
  return (
    <div role="alert" aria-labelledby="plan-problem" className="rounded-md border-2 border-danger bg-danger-50 p-4">
      <h2 id="plan-problem" className="font-bold text-danger">
        There {entries.length === 1 ? 'is a problem' : `are ${entries.length} problems`}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {entries.map((e) => (
          <li key={`${e.target}-${e.message}`}>
            <FieldLink target={e.target} className="font-medium text-danger underline underline-offset-2">
              {e.message}
            </FieldLink>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Each group whose advice changed since the plan link was made, as a single result says it (contract section 7). */
function ChangedGroups({ since, groups }: { since: string; groups: readonly GroupResult[] }) {
  const changed = groups.flatMap((g, index) => {
    const c = g.advice && changedSince(since, g.answers, g.advice)
    return c && g.advice ? [{ index, group: g, advice: g.advice, changed: c }] : []
  })
  if (changed.length === 0) return null
  return (
    <section aria-labelledby="changed-title" className="space-y-2 rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <h2 id="changed-title" className="font-bold text-ink">
        {PLAN_TEXT.changedTitle(changed.length)}
      </h2>
      <div className="space-y-2">
        {changed.map(({ index, group, advice, changed: c }) => (
          <p
            key={index}
            role="status"
            data-testid="changed-since"
            data-group={index}
            data-was-license={c.wasLicense}
            data-was-confidence={c.wasConfidence}
          >
            <FieldLink target={groupFieldId(index, 'name')} className="font-semibold text-ink underline">
              {group.label}
            </FieldLink>
            {': '}
            <ChangedSinceText changed={c} license={advice.license} confidence={advice.confidence} />
          </p>
        ))}
      </div>
    </section>
  )
}

/** Names the groups of a plan link that could not be used; what they held is shown as plain text. */
/** Groups counted under the family license until their app is chosen (rulebook 1.3.0, contract section 9). */
function ChooseAppNotice({ groups }: { groups: readonly GroupResult[] }) {
  const waiting = groups.filter((g) => g.chooseApp).length
  if (waiting === 0) return null
  return (
    <p
      role="status"
      data-testid="choose-app"
      className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-ink"
    >
      {PLAN_TEXT.chooseApp(waiting)}
    </p>
  )
}

function PlanLinkNotice({ notices }: { notices: PlanNotice[] }) {
  return (
    <div role="alert" className="rounded-md border-l-4 border-warn bg-warn-50 p-4">
      <p className="font-bold text-warn">This plan link could not be read in full</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {notices.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: notices are read once per link and never reordered.
          <li key={i} className="break-words">
            {n.group >= 0 ? (
              <>
                <FieldLink target={groupFieldId(n.group, 'name')} className="font-semibold text-ink underline">
                  Group {n.group + 1}
                  {n.name && (
                    <>
                      {' “'}
                      <LinkText>{n.name}</LinkText>”
                    </>
                  )}
                </FieldLink>
                : {showInvisible(noticeText(n))} {GROUP_NOTICE_TAIL}
              </>
            ) : (
              showInvisible(noticeText(n))
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** On paper the form is hidden; this table says what each group is and needs. */
function PrintGroups({
  plan,
  groups,
  keys,
  link,
}: {
  plan: PlanInput
  groups: readonly GroupResult[]
  keys: readonly string[]
  link: string
}) {
  if (groups.length === 0) return null
  const facts = [
    plan.product && QUESTION_TEXT.product.answers[plan.product].label,
    plan.deploy && QUESTION_TEXT.deploy.answers[plan.deploy].label,
    plan.servers !== undefined && `${quantityText('server', plan.servers)} that external users’ applications access`,
  ].filter(Boolean)
  return (
    <section aria-labelledby="print-groups-title" className="hidden space-y-2 print:block">
      <p className="font-semibold">{facts.join(' · ')}</p>
      <h2 id="print-groups-title" className="text-xl font-bold text-brand-900">
        Groups of people
      </h2>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-line">
            <th scope="col">{PLAN_TEXT.print.group}</th>
            <th scope="col">{PLAN_TEXT.print.count}</th>
            <th scope="col">{PLAN_TEXT.print.answers}</th>
            <th scope="col">{PLAN_TEXT.print.license}</th>
            <th scope="col">{PLAN_TEXT.print.confidence}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => (
            <PrintRow key={keys[i] ?? g.label} group={g} />
          ))}
        </tbody>
      </table>
      <p className="break-all text-sm">
        {PLAN_TEXT.print.link}
        {link}
      </p>
    </section>
  )
}

// Memoised like the group fieldsets: an edit re-renders the one row whose result changed.
const PrintRow = memo(function PrintRow({ group: g }: { group: GroupResult }) {
  return (
    <tr className="border-b border-line">
      <td>{g.label}</td>
      <td className="tabular-nums">
        {g.count === undefined
          ? g.countText
          : quantityText(g.answers.device === 'shared' ? 'device' : 'person', g.count, g.low)}
      </td>
      <td className="text-sm">
        {QUESTION_IDS.filter((q) => q !== 'product' && q !== 'deploy' && g.answers[q] !== undefined)
          .map((q) => answerLabel(q, g.answers[q] as string))
          .join(' · ')}
      </td>
      <td>{g.advice ? SHORT_NAME[g.advice.license] : PLAN_TEXT.print.notCounted}</td>
      <td>
        {g.advice ? PLAN_TEXT.confidence[g.advice.confidence] : ''}
        {g.status !== 'counted' ? PLAN_TEXT.print.notInTotals : ''}
      </td>
    </tr>
  )
})

/** What was just added, by the group that holds it: Undo goes back to the advice, the plan as it was. */
function JustAddedNotice({
  added,
  anotherHref,
  onAnother,
}: {
  added: JustAdded
  anotherHref: string
  onAnother: () => void
}) {
  const T = PLAN_TEXT.added
  return (
    <div data-testid="just-added" className="rounded-md border-l-4 border-ok bg-ok-50 p-4 text-ink">
      <p className="font-semibold">{T.text(added.name, added.count, added.merged, added.devices)}</p>
      {!added.merged && <p className="text-sm text-muted">{T.hint}</p>}
      <p className="mt-2 flex flex-wrap gap-4">
        <a
          href={anotherHref}
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(e) => {
            e.preventDefault()
            onAnother()
          }}
        >
          {T.another}
        </a>
        <a
          href={added.back}
          className="font-semibold text-brand-700 underline underline-offset-2"
          onClick={(e) => {
            e.preventDefault()
            navigate(added.back)
          }}
        >
          {T.undo}
          <span className="sr-only">{T.undoHidden}</span>
        </a>
      </p>
    </div>
  )
}
