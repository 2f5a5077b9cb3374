import type { LicenseId } from './types'

/**
 * Each per-user license's per-device twin. Kept apart from the catalogue because routing needs
 * only this (whether to ask about shared devices), and the catalogue's names and prices are not
 * needed until the result is shown.
 */
export const DEVICE_VARIANTS: Readonly<Partial<Record<LicenseId, LicenseId>>> = {
  'full-cal': 'full-device-cal',
  'limited-cal': 'limited-device-cal',
  'ess-cal': 'ess-device-cal',
  'essential-cal': 'essential-device-cal',
  'basic-cal': 'basic-device-cal',
  'professional-cal': 'professional-device-cal',
  'd365-app': 'd365-device',
  'd365-cal': 'd365-device-cal',
}

export function deviceVariantOf(id: LicenseId): LicenseId | undefined {
  return DEVICE_VARIANTS[id]
}
