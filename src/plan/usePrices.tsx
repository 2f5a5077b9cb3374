import { useCallback, useMemo, useState } from 'react'
import type { LicenseId } from '../domain/types'
import type { PriceTexts } from '../share/plan'
import { costsOf, defaultPriceText } from '../share/prices'
import type { PlanTotals } from '../share/totals'

/**
 * The unit prices typed for the plan's licenses, the cost they give, and whether the person keeps them
 * in the plan's link (`kept`, what the link and file write: nothing unless they chose to).
 */
export function usePrices(initial: PriceTexts | undefined, lines: PlanTotals['lines']) {
  const [prices, setPrices] = useState<PriceTexts>(initial ?? {})
  const [keepPrices, setKeepPrices] = useState(initial !== undefined)
  const kept = keepPrices ? prices : undefined
  const priceText = useCallback((id: LicenseId) => prices[id] ?? defaultPriceText(id), [prices])
  const costs = useMemo(() => costsOf(lines, prices), [lines, prices])
  const setPrice = useCallback((id: LicenseId, text: string) => setPrices((p) => ({ ...p, [id]: text })), [])
  /** A plan opened anew brings its own prices, kept in its link, or none. */
  const resetPrices = useCallback((next: PriceTexts | undefined) => {
    setPrices(next ?? {})
    setKeepPrices(next !== undefined)
  }, [])
  return { prices, kept, keepPrices, setKeepPrices, priceText, costs, setPrice, resetPrices }
}
