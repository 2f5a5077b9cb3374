import { describe, expect, it } from 'vitest'
import { modelledOn, PRODUCTS, type ProductTerms, withModelled } from './products'
import type { Product } from './types'

describe('a product modelled on another (issue 18 item 1)', () => {
  // Made-up registers, so the cases hold whatever the shipping register holds.
  const plain = { crm4: PRODUCTS.crm4, crm2011: PRODUCTS.crm2011, d365: PRODUCTS.d365 } as Record<Product, ProductTerms>
  const next = 'crm2016' as Product
  const later = 'crm2013' as Product
  const all = {
    ...plain,
    [next]: modelledOn('d365', PRODUCTS.d365, { freeNonInteractive: 9 }),
    [later]: modelledOn(next, PRODUCTS.d365, {}),
  } as Record<Product, ProductTerms>

  it('takes the other’s terms, with what differs', () => {
    expect(all[next]).toMatchObject({ basis: 'd365', family: 'd365', freeNonInteractive: 9 })
    expect(all[next].honorSystem).toEqual(PRODUCTS.d365.honorSystem)
  })

  it('holds the facts, rules and licenses its basis holds (through a chain of bases), and no others', () => {
    expect(withModelled(['d365'], all)).toEqual(['d365', next, later])
    expect(withModelled([next], all)).toEqual([next, later])
    expect(withModelled(['crm4', 'crm2011'], all)).toEqual(['crm4', 'crm2011'])
  })

  it('changes no list where no product is modelled on another', () => {
    for (const list of [['d365'], ['crm4', 'crm2011'], []] as Product[][])
      expect(withModelled(list, plain)).toEqual(list)
  })
})
