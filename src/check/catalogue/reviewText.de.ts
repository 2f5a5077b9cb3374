import type { Localized } from '../../domain/localized'
import type * as En from './reviewText'

export const REVIEW_TEXT: Localized<typeof En.REVIEW_TEXT> = {
  D365_FIELD_SERVICE_CONTRACTOR:
    'Field Service Contractor: ein Teil von Field Service für Techniker Dritter; ob es eine vollständige App-Lizenz ist, ist offen (d365-sku §8, Frage 4)',
  D365_FIELD_SERVICE_CONTRACTOR_GOV:
    'Field Service Contractor (Government): ob es eine vollständige App-Lizenz ist, ist offen (d365-sku §8, Frage 4)',
  Dynamics_365_Sales_Field_Service_and_Customer_Service_Partner_Sandbox:
    'Sandbox-Produkt für Partner: Die Tabelle sagt nicht, ob es Benutzer in der Produktion lizenziert',
  D365_MARKETING_USER: 'Marketing-Benutzerlizenz (alt): Das Regelwerk hat keine Lizenz dafür',
  DYN365_BUSINESS_MARKETING: 'Marketing Business Edition (alt): Das Regelwerk hat keine Lizenz dafür',
  DYN365_MARKETING_APP_ATTACH: 'Marketing-Attach (alt, je Mandant): Das Regelwerk hat keine Lizenz dafür',
  POWERAPPS_PER_USER_ISVEMB: 'Power Apps Premium, in eine ISV-Lösung eingebettet: auf diese Lösung beschränkt',
  POWERAPPS_PER_USER_BD_ONLY: 'Power Apps pro Benutzer „BD Only“: Die Tabelle sagt nicht, was es lizenziert',
  POWERAPPS_PER_APP_BD_ONLY_GCC: 'Power Apps pro App „BD Only“: Die Tabelle sagt nicht, was es lizenziert',
  'Power_Apps_per_app_plan_(1_app_or_portal)_BD_Only_GCC':
    'Power Apps pro App „BD Only“: Die Tabelle sagt nicht, was es lizenziert',
  POWERFLOW_P2: 'Power Apps Plan 2 (alter Plan pro Benutzer): Das Regelwerk hat keine Lizenz dafür',
  POWERAPPS_P1_GOV: 'Power Apps Plan 1 (alt): Das Regelwerk hat keine Lizenz dafür',
  POWERAPPS_PER_APP_IW: 'Power Apps pro App, Basiszugriff: Die Tabelle sagt nicht, was es lizenziert',
}
