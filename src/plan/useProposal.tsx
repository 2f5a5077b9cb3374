import { type RefObject, useEffect, useMemo, useState } from 'react'
import type { LicenseId } from '../domain/types'
import { readPlan } from '../share/link'
import { costsOf } from '../share/prices'
import { paramsOf } from '../share/replay'
import { planTotals } from '../share/totals'
import { currentSearch, replaceSearch } from '../ui/address'
import { linkOf, planInputOf, valuesOf } from './form'
import { namesIn, type ProposalNames, proposalLines, proposalSearch, typedPrices } from './proposal'

/** Today as an ISO day in the person's own time zone: the proposal's date. */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/**
 * The proposal page's state: the plan its address carries, priced, and the names on it, which its
 * address keeps only when the person asks.
 */
export function useProposal(focusOnMount: boolean, headingRef: RefObject<HTMLElement | null>) {
  const [search] = useState(currentSearch)
  const read = useMemo(() => readPlan(paramsOf(search)).plan, [search])
  const [names, setNames] = useState(() => namesIn(search))
  const [keepNames, setKeepNames] = useState(() => names.customer !== '' || names.partner !== '')

  const values = useMemo(() => valuesOf(read), [read])
  const plan = useMemo(() => planInputOf(values), [values])
  const totals = useMemo(() => planTotals(plan), [plan])
  // Prices the link keeps, else those typed in the planner this visit, else the catalogue's.
  const typed: Partial<Record<LicenseId, string>> = read.prices ?? typedPrices()
  const costs = useMemo(() => costsOf(totals.lines, typed), [totals, typed])
  const lines = useMemo(() => proposalLines(totals, costs, typed), [totals, costs, typed])
  const planLink = linkOf(values, read.prices)
  const day = useMemo(today, [])

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount, headingRef])
  useEffect(() => {
    replaceSearch(proposalSearch(planLink, keepNames ? names : undefined))
  }, [planLink, keepNames, names])

  const setName = (key: keyof ProposalNames, value: string) => setNames((n) => ({ ...n, [key]: value }))
  return { search, names, setName, keepNames, setKeepNames, plan, totals, costs, lines, planLink, day }
}
