import { describe, expect, it } from 'vitest'
import { modelledOn, PRODUCTS, type ProductTerms, withModelled } from './products'
import type { Product } from './types'

describe('a product modelled on another (issue 18 item 1)', () => {
  // The shipping products are modelled on none; a made-up era stands in for the next one.
  const next = 'crm2016' as Product
  const all = { ...PRODUCTS, [next]: modelledOn('d365', PRODUCTS.d365, { freeNonInteractive: 9 }) } as Record<
    Product,
    ProductTerms
  >

  it('takes the other’s terms, with what differs', () => {
    expect(all[next]).toMatchObject({ basis: 'd365', family: 'd365', freeNonInteractive: 9 })
    expect(all[next].honorSystem).toEqual(PRODUCTS.d365.honorSystem)
  })

  it('holds the facts, rules and licenses its basis holds, and no others', () => {
    expect(withModelled(['d365'], all)).toEqual(['d365', next])
    expect(withModelled(['crm4', 'crm2011'], all)).toEqual(['crm4', 'crm2011'])
    expect(withModelled([next], all)).toEqual([next])
  })

  it('changes nothing while no product is modelled on another', () => {
    for (const list of [['d365'], ['crm2013', 'crm2016'], []] as Product[][]) expect(withModelled(list)).toEqual(list)
  })
})
