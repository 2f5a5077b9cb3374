import { useCallback, useRef } from 'react'
import { RULEBOOK } from '../domain/advise'
import { checkLinkStart } from '../share/advice'
import { absoluteUrl } from '../ui/address'
import { UI_TEXT } from '../ui/content'
import { LinkNotice } from '../ui/LinkNotice'
import { useDocumentTitle } from '../ui/PageTitle'
import { ComparePanel } from './ComparePanel'
import { PLAN_TEXT } from './content'
import { planCsv } from './csv'
import { ExportPanel } from './ExportPanel'
import { planToWrite } from './form'
import { GroupList } from './GroupList'
import { formProblems } from './issues'
import type { Loaded } from './load'
import { OrganizationFields } from './OrganizationFields'
import { PlanFile } from './PlanFile'
import { PlanIntro } from './PlanIntro'
import { ChangedGroups, ChooseAppNotice, ErrorSummary, PlanLinkNotice } from './PlanNotices'
import { PlanSummary, TotalsBar } from './PlanSummary'
import { PrintGroups } from './PrintGroups'
import { handPrices, proposalSearch } from './proposal'
import { StartingPoints } from './StartingPoints'
import { TotalsPanel } from './TotalsPanel'
import { useAnnouncer } from './useAnnouncer'
import { useCompactGroups } from './useCompactGroups'
import { useJustAdded } from './useJustAdded'
import { usePendingFocus } from './usePendingFocus'
import { usePlanActions } from './usePlanActions'
import { usePlanLink, usePlanState } from './usePlanState'
import { usePrices } from './usePrices'

/** The planner page: a plan form for a whole organization, its totals, costs, comparison and exports. */
export function Planner({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const groupsHeadingRef = useRef<HTMLHeadingElement>(null)
  const state = usePlanState()
  const { initial, values, plan, totals, fields, notices, edited, getValues } = state
  const { prices, kept, keepPrices, setKeepPrices, priceText, costs, setPrice, resetPrices } = usePrices(
    initial.prices,
    totals.lines,
  )
  const { announcement, announce, announceSoon } = useAnnouncer(totals)
  const focusAfterRender = usePendingFocus()
  const { justAdded, clearJustAdded } = useJustAdded({ focusOnMount, headingRef, focusAfterRender, announce })
  const keys = fields.map((f) => f.id)
  const { shown, planProblems, summary } = formProblems(values, state.touched, totals.groups, keys.length)
  const { compact, opened, openGroups, resetCompact } = useCompactGroups(initial.values, {
    keys,
    groups: values.groups,
    shown,
    notices,
    justAdded: justAdded?.index,
  })

  const { loadPlan } = state
  const load = useCallback(
    (next: Loaded) => {
      loadPlan(next)
      resetPrices(next.prices)
      resetCompact(next.values)
      clearJustAdded()
    },
    [loadPlan, resetPrices, resetCompact, clearJustAdded],
  )
  const { search, comparison } = usePlanLink(state, kept, load)
  const actions = usePlanActions({
    getValues,
    fields,
    groups: state,
    plan,
    kept,
    markEdited: state.markEdited,
    load,
    clearJustAdded,
    announceSoon,
    focusAfterRender,
    openGroups,
    groupsHeadingRef,
  })

  const showErrors = edited && summary.length > 0
  useDocumentTitle(showErrors ? UI_TEXT.title.error(UI_TEXT.title.plan) : UI_TEXT.title.plan)
  const link = absoluteUrl(search)

  return (
    <div className="space-y-10">
      <PlanIntro
        headingRef={headingRef}
        checkSearch={checkLinkStart(values.product || undefined, values.deploy || undefined)}
        onLeave={actions.leaveTo}
      />

      {state.versionNotice && <LinkNotice notice={state.versionNotice} />}
      {state.since && !edited && <ChangedGroups since={state.since} groups={totals.groups} />}
      {notices.length > 0 && <PlanLinkNotice notices={notices} />}
      <ChooseAppNotice groups={totals.groups} />
      {showErrors && <ErrorSummary entries={summary} />}
      <p role="status" aria-live="polite" data-testid="plan-live" className="sr-only">
        {announcement}
      </p>

      {fields.length > 0 && <PlanSummary totals={totals} costs={costs} />}
      <StartingPoints folded={fields.length > 0} onChoose={actions.choose} />

      <form
        noValidate
        aria-label="The plan"
        className="no-print space-y-10"
        onSubmit={(e) => e.preventDefault()}
        onChange={actions.onFormChange}
      >
        <OrganizationFields plan={plan} problems={planProblems} register={state.register} />
        <GroupList
          headingRef={groupsHeadingRef}
          keys={keys}
          groups={totals.groups}
          compact={compact}
          opened={opened}
          justAdded={justAdded}
          shown={shown}
          register={state.register}
          onAdd={actions.addGroup}
          onRemove={actions.onRemove}
          onDuplicate={actions.onDuplicate}
          onEdit={actions.onEdit}
          onOpenAdvice={actions.onOpenAdvice}
          adviceSearch={actions.adviceSearch}
          anotherSearch={actions.anotherSearch}
          onAnother={() => actions.leaveTo(actions.anotherSearch())}
          offerAnother={Boolean(plan.product && plan.deploy)}
        />
      </form>

      <PrintGroups plan={plan} groups={totals.groups} keys={keys} link={link} />

      <TotalsPanel
        totals={totals}
        costs={costs}
        prices={prices}
        priceText={priceText}
        onPrice={setPrice}
        keepPrices={keepPrices}
        onKeepPrices={setKeepPrices}
      />

      {comparison && plan.product && <ComparePanel comparison={comparison} product={plan.product} />}

      <ExportPanel
        search={search}
        csv={() => planCsv(plan, totals, costs, { link, date: new Date().toISOString().slice(0, 10) })}
        proposal={{
          href: proposalSearch(search),
          open: () => {
            handPrices(prices)
            actions.leaveTo(proposalSearch(actions.currentLink()))
          },
        }}
      />

      <PlanFile search={search} plan={() => planToWrite(getValues(), kept)} onOpen={actions.openFile} />

      <p className="text-sm text-muted">{PLAN_TEXT.rulebookNote(RULEBOOK.version, RULEBOOK.date)}</p>

      {fields.length > 0 && <TotalsBar totals={totals} />}
    </div>
  )
}
