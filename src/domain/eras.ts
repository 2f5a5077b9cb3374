import { MODELLED_ON, type Product } from './types'

/**
 * A list of products as the rulebook's data names them (a rule's, a fact's, a license's), with every product modelled
 * on one of them (`MODELLED_ON`, through a chain of bases). Never reorders or repeats.
 */
export function withModelled(
  products: readonly Product[],
  modelledOn: { readonly [P in Product]?: Product } = MODELLED_ON,
): Product[] {
  const out = [...products]
  for (const id of Object.keys(modelledOn) as Product[]) {
    for (let basis = modelledOn[id]; basis !== undefined && !out.includes(id); basis = modelledOn[basis]) {
      if (out.includes(basis)) out.push(id)
    }
  }
  return out
}
