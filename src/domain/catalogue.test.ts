import { describe, expect, it } from 'vitest'
import { deviceVariantOf } from './devices'
import { LICENSES } from './licenses'
import { SOURCE_IDS, SOURCES, sourceOf } from './sources'
import { LICENSE_IDS, type Price } from './types'

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

describe('license catalogue', () => {
  it.each(LICENSE_IDS)('has an entry for %s under its own id, with a name and a unit in words', (id) => {
    const license = LICENSES[id]
    expect(license.id).toBe(id)
    expect(license.name.trim()).not.toBe('')
    expect(license.unitText.trim()).not.toBe('')
    expect(license.products.length).toBeGreaterThan(0)
  })

  it('has no entry beyond the contract’s license ids', () => {
    expect(Object.keys(LICENSES).sort()).toEqual([...LICENSE_IDS].sort())
  })

  it('links each device variant to an existing per-device license', () => {
    for (const id of LICENSE_IDS) {
      const variant = deviceVariantOf(id)
      if (variant === undefined) continue
      expect(LICENSE_IDS, `${id} → ${variant}`).toContain(variant)
      expect(LICENSES[variant].unit, `${id} → ${variant}`).toBe('device')
    }
  })

  it('cites a registered source and an ISO date for every price', () => {
    for (const license of Object.values(LICENSES)) {
      for (const price of license.prices) {
        expect(sourceOf(price.source), `${license.id}: ${price.text}`).toBeDefined()
        expect(price.asOf, `${license.id}: ${price.text}`).toMatch(ISO_DATE)
        expect(price.text.trim()).not.toBe('')
      }
    }
  })

  // The result shows a license's first price and the planner its first price with an amount (src/ui/Result.tsx,
  // src/share/prices.ts), so each must be the newest of its kind: a 2019 price is never shown when a newer one is known.
  // ISO dates compare as strings; a less precise date ('2019') sorts before the more precise ones within it.
  it.each(LICENSE_IDS)('shows the newest price of %s first, in the result and in the planner', (id) => {
    const prices = LICENSES[id].prices
    const newest = (ps: readonly Price[]) =>
      ps
        .map((p) => p.asOf)
        .sort()
        .at(-1)
    if (prices.length > 0) expect(prices[0].asOf).toBe(newest(prices))
    const priced = prices.filter((p) => p.amount !== undefined)
    if (priced.length > 0) expect(priced[0].asOf).toBe(newest(priced))
    const dates = prices.map((p) => p.asOf)
    expect(dates, 'newest first').toEqual([...dates].sort().reverse())
  })

  it('flags every price that rests only on third-party pages', () => {
    for (const license of Object.values(LICENSES)) {
      for (const price of license.prices) {
        if (sourceOf(price.source)?.kind !== 'third-party') continue
        expect(price.disputed, `${license.id}: ${price.text}`).toBe(true)
      }
    }
  })

  it('gives an amount only with its currency and period', () => {
    for (const license of Object.values(LICENSES)) {
      for (const price of license.prices) {
        if (price.amount === undefined) continue
        expect(price.amount, `${license.id}: ${price.text}`).toBeGreaterThan(0)
        expect(price.currency, `${license.id}: ${price.text}`).toBeDefined()
        expect(price.period, `${license.id}: ${price.text}`).toBeDefined()
      }
    }
  })
})

describe('source register', () => {
  it('holds S1 to S62 from the research, P1 to P25 from the audit and after, Q1 to Q12 from the second audit, then the SKU note’s K-sources the rules cite and N35, none missing and no others', () => {
    const expected = [
      ...Array.from({ length: 62 }, (_, i) => `S${i + 1}`),
      ...Array.from({ length: 25 }, (_, i) => `P${i + 1}`),
      ...Array.from({ length: 12 }, (_, i) => `Q${i + 1}`),
      'K10',
      'K25',
      // Version 3's sources (contract section 9), added with rulebook 1.3.0.
      'K1',
      'K3',
      'K4',
      'K5',
      'K6',
      'K11',
      'K13',
      'K17',
      'K18',
      'K19',
      'K21',
      // The compliance-check research's Partner Center page: when price lists change (proposal validity).
      'N35',
    ]
    expect([...SOURCE_IDS]).toEqual(expected)
    expect(Object.keys(SOURCES).sort()).toEqual([...expected].sort())
  })

  it.each(SOURCE_IDS)('describes %s with its id, title, publisher, edition and dates', (id) => {
    const source = SOURCES[id]
    expect(source.id).toBe(id)
    expect(source.title.trim()).not.toBe('')
    expect(source.publisher.trim()).not.toBe('')
    expect(source.edition.trim()).not.toBe('')
    if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\/\S+$/)
    expect(source.checked).toMatch(ISO_DAY)
    // An unknown date is left out, never written as `published: undefined`.
    if (Object.hasOwn(source, 'published')) expect(source.published).toMatch(ISO_DATE)
    if (source.published !== undefined) expect(source.published <= source.checked, id).toBe(true)
  })

  it('dates the research’s sources by the research and the audits’ by the audits', () => {
    const checked = { S: '2026-11-28', P: '2026-12-01', Q: '2026-12-03', K: '2026-12-03', N: '2026-12-03' }
    for (const id of SOURCE_IDS) {
      expect(SOURCES[id].checked, id).toBe(checked[id[0] as keyof typeof checked])
    }
  })

  it('lacks a publication date only for these sources, whose documents give none', () => {
    const undated = SOURCE_IDS.filter((id) => SOURCES[id].published === undefined)
    expect(undated).toEqual([
      'S2', // c. 2010
      'S12', // undated
      'S18', // c. 2011
      'S26', // several guides in one row
      'S27', // c. 2016
      'S29', // c. 2015
      'S35', // several pages in one row
      'S38', // current version of the page, no date recorded
      'S44', // the brief is undated
      'S48', // recent; undated
      'S49', // two documents, no address
      'S51', // several partner pages
      'S53', // undated
      'S54', // current
      'S57', // undated
      'S59', // 2022-23
      'S60', // undated
      'S62', // undated
      'P15', // undated
      'P16', // 2008–2010 edition
      'P17', // c. 2010
      'P18', // undated
      'P20', // current
      'P23', // 2020–2021, two posts
      'P24', // undated
      'Q8', // undated agreement clause
      'Q9', // 2008–2010
      'Q10', // current
      'Q12', // several pages, 2024–2026
      'K25', // several pages, 2025–2026
      'K21', // guide editions from April 2020 to March 2024
      'N35', // current Partner Center page
    ])
  })

  it('keeps the edition as printed next to the ISO date', () => {
    expect(SOURCES.S37).toMatchObject({ edition: 'ms.date 03/31/2025', published: '2025-03-31' })
    expect(SOURCES.S1).toMatchObject({ edition: 'Jan 2011 (earlier editions 2008-2010)', published: '2011-01' })
    expect(SOURCES.P1).toMatchObject({ edition: '2024-06-25', published: '2024-06-25', kind: 'mirror' })
  })

  it('looks sources up by id and returns nothing for unknown or inherited keys', () => {
    expect(sourceOf('S37')?.title).toBe('Power Platform licensing FAQs')
    expect(sourceOf('P7')?.title).toBe('Create users')
    expect(sourceOf('S63')).toBeUndefined()
    expect(sourceOf('P26')).toBeUndefined()
    expect(sourceOf('Q1')?.title).toMatch(/^Restricted tables/)
    expect(sourceOf('Q13')).toBeUndefined()
    expect(sourceOf('S1a')).toBeUndefined()
    expect(sourceOf('toString')).toBeUndefined()
  })
})
