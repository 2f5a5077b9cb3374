import { describe, expect, it } from 'vitest'
import { FACTS, type FactId } from '../domain/facts'
import { LICENSES } from '../domain/licenses'
import { sourceOf } from '../domain/sources'
import { LICENSE_IDS, type LicenseId } from '../domain/types'
import { money } from './format'
import {
  billedMonthly,
  cataloguePrice,
  costsOf,
  defaultPriceText,
  environmentsServed,
  parsePrice,
  periodOf,
  type QuantityLine,
  tierReached,
  withMonthlyBilling,
} from './prices'

const line = (license: LicenseId, quantity: number): QuantityLine => ({ license, quantity, low: quantity })

describe('prices', () => {
  it('offers a default only where the catalogue publishes a numeric amount', () => {
    const priced = LICENSE_IDS.filter((id) => cataloguePrice(id) !== undefined)
    expect(priced).toEqual([
      'crm-online-usl',
      'essential-usl',
      'basic-usl',
      'professional-usl',
      'd365-app',
      'd365-team-members',
      'power-apps',
      'power-pages-authenticated',
      'power-pages-anonymous',
      // Version 3's SKUs with an amount read (contract section 9); the rest say where no price was found.
      'd365-sales-professional',
      'd365-sales-enterprise',
      'd365-sales-premium',
      'd365-customer-service-professional',
      'd365-customer-service-enterprise',
      'd365-customer-service-premium',
      'd365-field-service',
      'd365-field-service-contractor',
      'd365-project-operations',
      'd365-sales-enterprise-attach',
      'd365-customer-service-enterprise-attach',
      'd365-field-service-attach',
    ])
    const online = LICENSE_IDS.filter((l) => l.startsWith('d365-') && !l.endsWith('-cal'))
    for (const id of online.filter((l) => cataloguePrice(l) === undefined))
      expect(LICENSES[id].prices.length > 0 || LICENSES[id].noPrice !== undefined, id).toBe(true)
    expect(defaultPriceText('ess-cal')).toBe('')
    expect(defaultPriceText('external-connector')).toBe('')
    expect(cataloguePrice('d365-app')).toMatchObject({
      amount: 105,
      currency: 'USD',
      period: 'month',
      asOf: '2026-08-13',
      disputed: true,
    })
    expect(cataloguePrice('d365-team-members')).toMatchObject({ amount: 8, asOf: '2017-05-01', disputed: true })
    expect(cataloguePrice('power-apps')).toMatchObject({ amount: 20, asOf: '2025-03-31', disputed: false })
    expect(cataloguePrice('power-pages-authenticated')?.source.title).toBe('Power Platform licensing FAQs')
  })

  it('offers the newest published amount, never an older or historical one', () => {
    for (const id of LICENSE_IDS) {
      const price = cataloguePrice(id)
      if (!price) continue
      expect(LICENSES[id].prices.find((p) => p.text === price.text)?.historical, id).toBeUndefined()
      for (const p of LICENSES[id].prices) if (p.amount !== undefined) expect(p.asOf <= price.asOf, id).toBe(true)
    }
  })

  it('knows subscriptions are monthly and CALs and connectors one-off', () => {
    expect(periodOf('d365-team-members')).toBe('month')
    expect(periodOf('d365-device')).toBe('month')
    expect(periodOf('spla-sal')).toBe('month')
    expect(periodOf('full-cal')).toBe('one-off')
    expect(periodOf('external-connector')).toBe('one-off')
    expect(periodOf('d365-cal')).toBe('one-off')
  })

  it.each([
    ['95', 95],
    [' 12.5 ', 12.5],
    ['0', 0],
    ['', undefined],
    ['-1', undefined],
    ['1,000', undefined],
    ['12,50', 12.5],
    ['7,5', 7.5],
    ['1.234', undefined],
    ['abc', undefined],
  ])('reads a typed price %j as %j', (text, value) => {
    expect(parsePrice(text)).toBe(value)
  })

  it('multiplies in cents and sums monthly and one-off costs apart, leaving unpriced licenses out', () => {
    const costs = costsOf(
      [line('d365-app', 25), line('full-cal', 3), line('ess-cal', 800), line('d365-team-members', 40)],
      {
        'full-cal': '1000.10',
        'd365-team-members': '8',
      },
    )
    expect(costs.lines.map((c) => c.cents)).toEqual([262500, 300030, undefined, 32000])
    expect(costs.sums).toEqual([
      { currency: 'USD', period: 'month', cents: 294500, centsLow: 294500 },
      { currency: 'USD', period: 'one-off', cents: 300030, centsLow: 300030 },
    ])
    expect(costs.unpriced).toEqual(['ess-cal'])
  })

  it('lets a typed price replace the catalogue’s, and an emptied one remove it', () => {
    expect(costsOf([line('d365-app', 2)], { 'd365-app': '105' }).lines[0].cents).toBe(21000)
    expect(costsOf([line('d365-app', 2)], { 'd365-app': '' }).unpriced).toEqual(['d365-app'])
  })

  it('formats money', () => {
    expect(money(237500, 'USD')).toBe('$2,375.00')
  })
})

describe('billing, tiers and capacity (audit2 G15, G16)', () => {
  it('derives the 5% monthly-billing uplift in whole cents', () => {
    expect(withMonthlyBilling(10_500)).toBe(11_025)
    expect(withMonthlyBilling(0)).toBe(0)
    expect(withMonthlyBilling(333)).toBe(350)
  })

  it('applies the uplift to the monthly sum of Dynamics 365 subscriptions only', () => {
    const d365 = billedMonthly(costsOf([{ ...line('d365-sales-enterprise', 2), low: 1 }], {}))
    expect(d365).toEqual({ currency: 'USD', period: 'month', cents: 22_050, centsLow: 11_025 })
    // CRM Online's subscriptions ended long before April 2025.
    expect(billedMonthly(costsOf([line('crm-online-usl', 2)], {}))).toBeUndefined()
    expect(billedMonthly(costsOf([line('ess-cal', 2)], { 'ess-cal': '30' }))).toBeUndefined()
  })

  it('names the Power Pages volume tier a quantity reaches, and none below the first', () => {
    expect(tierReached('power-pages-anonymous', 19)).toBeUndefined()
    expect(tierReached('power-pages-anonymous', 20)).toEqual({ from: 20, amount: 37.5 })
    expect(tierReached('power-pages-anonymous', 250)).toEqual({ from: 200, amount: 25 })
    expect(tierReached('power-pages-authenticated', 99)).toBeUndefined()
    expect(tierReached('power-pages-authenticated', 1000)).toEqual({ from: 1000, amount: 50 })
    expect(tierReached('d365-app', 5000)).toBeUndefined()
  })

  it('counts the environments a capacity line can serve at the minimum allocation', () => {
    expect(environmentsServed('power-pages-authenticated', 100)).toBe(4)
    expect(environmentsServed('power-pages-anonymous', 500)).toBe(2)
    expect(environmentsServed('d365-app', 100)).toBeUndefined()
  })

  it('cites rulebook facts and registered sources for every allocation and missing price', () => {
    for (const license of Object.values(LICENSES)) {
      if (license.allocation) expect(FACTS[license.allocation.fact as FactId]).toBeDefined()
      if (license.noPrice) expect(sourceOf(license.noPrice.source)).toBeDefined()
      for (const price of license.prices)
        for (const tier of price.tiers ?? []) expect(tier.amount).toBeLessThan(price.amount ?? 0)
    }
  })
})

describe('how a license is paid', () => {
  // The period is data (a price's `period`, else the license's `billed`), never read from the words, which a
  // translation changes; the English words must agree with it.
  it.each(LICENSE_IDS)('%s is paid as its English unit text says', (id) => {
    const monthly =
      /per month|subscription/.test(LICENSES[id].unitText) || ['auth-pack', 'anon-pack'].includes(LICENSES[id].unit)
    expect(periodOf(id)).toBe(monthly ? 'month' : 'one-off')
  })
})
