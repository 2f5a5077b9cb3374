import type { LicenseId } from '../../domain/types'

/**
 * What a Microsoft 365 product gives a CRM user, as the check reads it. `base` and `attach` are full
 * Dynamics 365 Customer Engagement app licenses (an attach license needs a qualifying base on the same
 * person); `crm-online` the CRM Online subscriptions before Dynamics 365; `capacity` and `addon` give no
 * user license of their own; `outside` is a Dynamics 365 product outside Customer Engagement; `review`
 * marks a product whose meaning for a CRM user the sources do not settle.
 */
export type ProductKind =
  | 'base'
  | 'attach'
  | 'team-members'
  | 'power-apps'
  | 'crm-online'
  | 'trial'
  | 'capacity'
  | 'addon'
  | 'outside'
  | 'review'

export interface ProductRule {
  kind: ProductKind
  /** The license it gives, where the kind gives one the rulebook names. */
  license?: LicenseId
  /** For `crm-online`: the subscription tier, mapped to a license per CRM version. */
  tier?: 'professional' | 'basic'
  /** Why, in a few words (shown in reasons and in review notes). */
  note: string
}

export interface CatalogueProduct extends ProductRule {
  /** The String ID (Graph `skuPartNumber`) as Microsoft prints it. */
  id: string
  /** The GUID (Graph `skuId`), lower case. */
  guid: string
  /** Every display name the product has been listed under. */
  names: string[]
}

export interface CatalogueSource {
  title: string
  url: string
  /** Where the dated copy came from. */
  copy: string
  /** The date Microsoft printed on the table. */
  date: string
  file: string
  sha256: string
  rows: number
}
