import { useState } from 'react'
import { RULEBOOK } from '../domain/advise'
import { checkLinkStart } from '../share/advice'
import { planTotals } from '../share/totals'
import { absoluteUrl, currentSearch } from '../ui/address'
import { Later } from '../ui/kit/Later'
import { LinkNotice } from '../ui/LinkNotice'
import { PlanComparison } from './ComparePanel'
import { PLAN_TEXT } from './content'
import { planCsv } from './csv'
import { ExportPanel } from './ExportPanel'
import { planInputOf, planToWrite } from './form'
import { GroupList } from './GroupList'
import { type Loaded, readPlanSearch } from './load'
import { OrganizationFields } from './OrganizationFields'
import { PlanFile } from './PlanFile'
import { PlanIntro } from './PlanIntro'
import { ChangedGroups, ChooseAppNotice, ErrorSummary, PlanLinkNotice } from './PlanNotices'
import { PlanSummary, TotalsBar } from './PlanSummary'
import { PrintGroups } from './PrintGroups'
import { handPrices, proposalSearch } from './proposal'
import { StartingPoints } from './StartingPoints'
import { TotalsPanel } from './TotalsPanel'
import { usePlanner } from './usePlanner'

/**
 * The planner page, opened on the address's plan. That plan is read and evaluated here, in a render of
 * its own before the page's: React yields between components in a transition, so a shared plan link's
 * first render is two tasks rather than one long one.
 */
export function Planner({ focusOnMount = false }: { focusOnMount?: boolean }) {
  const [opening] = useState(() => {
    const loaded = readPlanSearch(currentSearch())
    // Its totals are thrown away: evaluateGroup remembers each group, so the page's own render finds them done.
    planTotals(planInputOf(loaded.values))
    return loaded
  })
  return <PlannerPage focusOnMount={focusOnMount} opening={opening} />
}

/** A plan form for a whole organization, its totals, costs, comparison and exports. */
function PlannerPage({ focusOnMount, opening }: { focusOnMount: boolean; opening: Loaded }) {
  const page = usePlanner(focusOnMount, opening)
  const { state, prices, actions, search, keys } = page
  const { values, plan, totals, fields, notices, edited } = state
  const { shown, planProblems, summary } = page.problems
  const { costs } = prices
  const link = absoluteUrl(search)

  return (
    <div className="space-y-10">
      <PlanIntro
        headingRef={page.headingRef}
        checkSearch={checkLinkStart(values.product || undefined, values.deploy || undefined)}
        onLeave={actions.leaveTo}
      />

      {state.versionNotice && <LinkNotice notice={state.versionNotice} />}
      {state.since && !edited && <ChangedGroups since={state.since} groups={totals.groups} />}
      {notices.length > 0 && <PlanLinkNotice notices={notices} />}
      <ChooseAppNotice groups={totals.groups} />
      {page.showErrors && <ErrorSummary entries={summary} />}
      <p role="status" aria-live="polite" data-testid="plan-live" className="sr-only">
        {page.announcement}
      </p>

      {fields.length > 0 && <PlanSummary totals={totals} costs={costs} />}
      <StartingPoints folded={fields.length > 0} onChoose={actions.choose} />

      <form
        noValidate
        aria-label={PLAN_TEXT.planLabel}
        className="no-print space-y-10"
        onSubmit={(e) => e.preventDefault()}
        onChange={actions.onFormChange}
      >
        <OrganizationFields plan={plan} problems={planProblems} register={state.register} />
        <GroupList
          headingRef={page.groupsHeadingRef}
          keys={keys}
          groups={totals.groups}
          compact={page.compact}
          opened={page.opened}
          justAdded={page.justAdded}
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
        prices={prices.prices}
        priceText={prices.priceText}
        onPrice={prices.setPrice}
        keepPrices={prices.keepPrices}
        onKeepPrices={prices.setKeepPrices}
      />

      <Later>
        <PlanComparison plan={page.later.plan} totals={page.later.totals} product={plan.product} />

        <ExportPanel
          search={search}
          csv={() => planCsv(plan, totals, costs, { link, date: new Date().toISOString().slice(0, 10) })}
          proposal={{
            href: proposalSearch(search),
            open: () => {
              handPrices(prices.prices)
              actions.leaveTo(proposalSearch(actions.currentLink()))
            },
          }}
        />

        <PlanFile search={search} plan={() => planToWrite(state.getValues(), prices.kept)} onOpen={actions.openFile} />

        <p className="text-sm text-muted">{PLAN_TEXT.rulebookNote(RULEBOOK.version, RULEBOOK.date)}</p>
      </Later>

      {fields.length > 0 && <TotalsBar totals={totals} />}
    </div>
  )
}
