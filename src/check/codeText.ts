// Why a license type in the user list needs review (src/check/codes.ts); its German is codeText.de.ts (Localized).
export const CODE_REVIEW = {
  onlineTier: 'an online (Enterprise) tier on an on-premises row: the rulebook has no CAL for it',
  oldTier:
    'a CRM 2013–2016 license type on a Dynamics 365 row: Dynamics 365 on-premises CALs are not recorded this way',
} as const
