import type { Localized } from '../domain/localized'
import type * as En from './codeText'

export const CODE_REVIEW: Localized<typeof En.CODE_REVIEW> = {
  onlineTier: 'eine Online-Stufe (Enterprise) in einer lokalen Zeile: Das Regelwerk hat dafür keine CAL',
  oldTier:
    'ein Lizenztyp von CRM 2013–2016 in einer Dynamics 365-Zeile: CALs für Dynamics 365 (lokal) werden so nicht erfasst',
}
