import { describe, expect, it } from 'vitest'
import { withModelled } from './eras'
import { modelledOn, PRODUCTS } from './products'
import { ANSWER_IDS, MODELLED_ON, type Product } from './types'

describe('a product modelled on another (issue 18 item 1)', () => {
  it('takes the other’s terms, with what differs', () => {
    const next = modelledOn('d365', PRODUCTS.d365, { freeNonInteractive: 9 })
    expect(next).toMatchObject({ basis: 'd365', family: 'd365', freeNonInteractive: 9 })
    expect(next.honorSystem).toEqual(PRODUCTS.d365.honorSystem)
  })

  it('is named as modelled in MODELLED_ON exactly where its terms say so', () => {
    for (const p of ANSWER_IDS.product) expect(MODELLED_ON[p], p).toBe(PRODUCTS[p].basis)
  })

  it('holds the facts, rules and licenses its basis holds (through a chain of bases), and no others', () => {
    // A made-up register: crm2016 modelled on d365, crm2013 on crm2016.
    const register = { crm2016: 'd365', crm2013: 'crm2016' } as const satisfies { [P in Product]?: Product }
    expect(withModelled(['d365'], register)).toEqual(['d365', 'crm2016', 'crm2013'])
    expect(withModelled(['crm2016'], register)).toEqual(['crm2016', 'crm2013'])
    expect(withModelled(['crm4', 'crm2011'], register)).toEqual(['crm4', 'crm2011'])
  })

  it('changes no list where no product is modelled on another', () => {
    for (const list of [['d365'], ['crm4', 'crm2011'], []] as Product[][]) expect(withModelled(list, {})).toEqual(list)
  })
})
