import { describe, expect, it } from 'vitest'
import { deviceVariantOf } from './devices'
import { LICENSES } from './licenses'
import { SOURCE_IDS, SOURCES, sourceOf } from './sources'
import { LICENSE_IDS } from './types'

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

  it('cites a registered source and a date for every price', () => {
    for (const license of Object.values(LICENSES)) {
      for (const price of license.prices) {
        expect(sourceOf(price.source), `${license.id}: ${price.text}`).toBeDefined()
        expect(price.date.trim(), `${license.id}: ${price.text}`).not.toBe('')
        expect(price.text.trim()).not.toBe('')
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
  it('holds S1 to S62, none missing and no others', () => {
    const expected = Array.from({ length: 62 }, (_, i) => `S${i + 1}`)
    expect([...SOURCE_IDS]).toEqual(expected)
    expect(Object.keys(SOURCES).sort()).toEqual([...expected].sort())
  })

  it.each(SOURCE_IDS)('describes %s with its id, title, publisher and edition', (id) => {
    const source = SOURCES[id]
    expect(source.id).toBe(id)
    expect(source.title.trim()).not.toBe('')
    expect(source.publisher.trim()).not.toBe('')
    expect(source.edition.trim()).not.toBe('')
    if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\/\S+$/)
  })

  it('looks sources up by id and returns nothing for unknown or inherited keys', () => {
    expect(sourceOf('S37')?.title).toBe('Power Platform licensing FAQs')
    expect(sourceOf('S63')).toBeUndefined()
    expect(sourceOf('S1a')).toBeUndefined()
    expect(sourceOf('toString')).toBeUndefined()
  })
})
