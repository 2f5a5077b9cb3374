import type { Localized } from './localized'
import type * as En from './names'

/**
 * Microsoft's German Product Terms keep the license and SKU names in English and mark the kind of CAL with
 * "(Nutzer)" / "(Gerät)"; only the generic words (subscription, device, tenant) are German here. A name that starts
 * with its product's short name (PRODUCT_SHORT) must keep doing so: the verdict heading adds the product otherwise.
 */
export const SHORT_NAME: Localized<typeof En.SHORT_NAME> = {
  none: 'Keine Lizenz',
  'full-cal': 'CRM CAL (Nutzer)',
  'full-device-cal': 'CRM CAL (Gerät)',
  'limited-cal': 'Limited CAL (Nutzer)',
  'limited-device-cal': 'Limited CAL (Gerät)',
  'ess-cal': 'Employee Self Service CAL (Nutzer)',
  'ess-device-cal': 'Employee Self Service CAL (Gerät)',
  'external-connector': 'External Connector',
  'limited-external-connector': 'Limited External Connector',
  'crm-online-usl': 'CRM Online-Abonnement',
  'essential-cal': 'Essential CAL (Nutzer)',
  'essential-device-cal': 'Essential CAL (Gerät)',
  'basic-cal': 'Basic CAL (Nutzer)',
  'basic-device-cal': 'Basic CAL (Gerät)',
  'professional-cal': 'Professional CAL (Nutzer)',
  'professional-device-cal': 'Professional CAL (Gerät)',
  'essential-usl': 'Essential-Abonnement',
  'basic-usl': 'Basic-Abonnement',
  'professional-usl': 'Professional-Abonnement',
  'd365-app': 'Dynamics 365-App-Abonnement',
  'd365-team-members': 'Team Members-Abonnement',
  'd365-device': 'Dynamics 365-Geräteabonnement',
  'power-apps': 'Power Apps',
  'power-pages-authenticated': 'Power Pages, authentifiziert',
  'power-pages-anonymous': 'Power Pages, anonym',
  'd365-cal': 'Dynamics 365-App-CAL (Nutzer)',
  'd365-device-cal': 'Dynamics 365-App-CAL (Gerät)',
  // The on-premises CAL is the one name Microsoft's German translates: "Dynamics 365 Teammitglieder On-premises CAL".
  'd365-team-members-cal': 'Teammitglieder-CAL',
  'spla-sal': 'SPLA Subscriber Access License',
  undetermined: 'Nicht bestimmt',
  'd365-sales-professional': 'Sales Professional',
  'd365-sales-enterprise': 'Sales Enterprise',
  'd365-sales-premium': 'Sales Premium',
  'd365-relationship-sales': 'Relationship Sales',
  'd365-customer-service-professional': 'Customer Service Professional',
  'd365-customer-service-enterprise': 'Customer Service Enterprise',
  'd365-customer-service-premium': 'Customer Service Premium',
  'd365-field-service': 'Field Service',
  'd365-field-service-contractor': 'Field Service Contractor',
  'd365-contact-center': 'Contact Center',
  'd365-contact-center-addon': 'Contact Center-Add-On',
  'd365-project-operations': 'Project Operations',
  'd365-customer-insights': 'Customer Insights (Mandant)',
  'd365-customer-insights-attach': 'Customer Insights Attach (Mandant)',
  'd365-sales-device': 'Sales-Geräteabonnement',
  'd365-customer-service-device': 'Customer Service-Geräteabonnement',
  'd365-field-service-device': 'Field Service-Geräteabonnement',
  'd365-sales-professional-attach': 'Sales Professional Attach',
  'd365-sales-enterprise-attach': 'Sales Enterprise Attach',
  'd365-customer-service-professional-attach': 'Customer Service Professional Attach',
  'd365-customer-service-enterprise-attach': 'Customer Service Enterprise Attach',
  'd365-field-service-attach': 'Field Service Attach',
  'd365-project-operations-attach': 'Project Operations Attach',
}

// Product names read the same in German.
export { PRODUCT_SHORT } from './names'
