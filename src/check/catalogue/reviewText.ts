// Why a product in Microsoft's table needs review, by String ID (rules.ts `REVIEW`), as the check shows it; its German
// is reviewText.de.ts (Localized). Product names stay as Microsoft writes them.
export const REVIEW_TEXT = {
  D365_FIELD_SERVICE_CONTRACTOR:
    'Field Service Contractor: a subset of Field Service for third-party technicians; whether it is a full app license is open (d365-sku §8, question 4)',
  D365_FIELD_SERVICE_CONTRACTOR_GOV:
    'Field Service Contractor (Government): whether it is a full app license is open (d365-sku §8, question 4)',
  Dynamics_365_Sales_Field_Service_and_Customer_Service_Partner_Sandbox:
    'partner sandbox product: the table does not say whether it licenses production users',
  D365_MARKETING_USER: 'Marketing user license (legacy): the rulebook has no license for it',
  DYN365_BUSINESS_MARKETING: 'Marketing Business Edition (legacy): the rulebook has no license for it',
  DYN365_MARKETING_APP_ATTACH: 'Marketing attach (legacy, per tenant): the rulebook has no license for it',
  POWERAPPS_PER_USER_ISVEMB: 'Power Apps Premium embedded in an ISV solution: limited to that solution',
  POWERAPPS_PER_USER_BD_ONLY: 'Power Apps per user "BD Only": the table does not say what it licenses',
  POWERAPPS_PER_APP_BD_ONLY_GCC: 'Power Apps per app "BD Only": the table does not say what it licenses',
  'Power_Apps_per_app_plan_(1_app_or_portal)_BD_Only_GCC':
    'Power Apps per app "BD Only": the table does not say what it licenses',
  POWERFLOW_P2: 'Power Apps Plan 2 (legacy per-user plan): the rulebook has no license for it',
  POWERAPPS_P1_GOV: 'Power Apps Plan 1 (legacy): the rulebook has no license for it',
  POWERAPPS_PER_APP_IW: 'Power Apps per app baseline access: the table does not say what it licenses',
} as const
