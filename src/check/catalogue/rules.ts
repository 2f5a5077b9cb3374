import type { LicenseId } from '../../domain/types'
import { REVIEW_TEXT } from './reviewText'
import type { ProductRule } from './types'

/**
 * The license each Dynamics 365, Dynamics CRM, Power Apps and Power Pages product in Microsoft's table
 * gives a CRM user, by String ID. Written by hand from the product names in the table (N9) and the
 * research notes (design/compliance-check.md §1.5, licensing/d365-sku-2026-12.md §1.1, §6.6); where the
 * sources do not settle a product it is `review` with what is uncertain. Classify by String ID, never by
 * the service plans a product contains (d365-sku §1.1: plan lists are not a statement of use rights).
 * A product that looks like one of these and is missing here fails catalogue.test.ts.
 */

/**
 * A base or attach license at the SKU a partner orders (contract section 9). Legacy bundles that cover several apps
 * at Enterprise level keep the family id, `d365-app`, which covers the Enterprise level of Sales, Customer Service
 * and Field Service (d365-sku-2026-12.md section 6.6).
 */
const APP = (note: string, license: LicenseId = 'd365-app'): ProductRule => ({ kind: 'base', license, note })
const ATTACH = (note: string, license: LicenseId): ProductRule => ({ kind: 'attach', license, note })
const TEAM: ProductRule = {
  kind: 'team-members',
  license: 'd365-team-members',
  note: 'Dynamics 365 Team Members user license',
}
const POWER_APPS = (note: string): ProductRule => ({ kind: 'power-apps', license: 'power-apps', note })
const TRIAL = (note: string): ProductRule => ({ kind: 'trial', note })
const CAPACITY = (note: string): ProductRule => ({ kind: 'capacity', note })
const ADDON = (note: string): ProductRule => ({ kind: 'addon', note })
const OUTSIDE = (note: string): ProductRule => ({ kind: 'outside', note })
const REVIEW = (note: string): ProductRule => ({ kind: 'review', note })

const STORAGE = CAPACITY('storage or instance capacity for the organization, not a user license')
const PORTAL = CAPACITY('portal or Power Pages capacity, counted per site, not a user license')
const PAGES = CAPACITY('Power Pages capacity pack (users per site per month), not a CRM user license')
const CHANNEL = ADDON('a channel add-in for Customer Service users; it gives no app license of its own')
const CC_ADDON = ADDON('Contact Center add-on for Customer Service Enterprise users; it needs that base license')
const BC = OUTSIDE('Dynamics 365 Business Central: no Customer Engagement app rights')
const FO = OUTSIDE('Dynamics 365 finance and operations app: no Customer Engagement app rights')
const MIXED = OUTSIDE('Dynamics 365 mixed-reality app: no Customer Engagement app rights')
const VOICE = OUTSIDE('Dynamics 365 Customer Voice: surveys, no Customer Engagement app rights')
const MARKETING = CAPACITY('Marketing / Customer Insights capacity, counted per tenant, not a user license')
const INSIGHTS = CAPACITY('Customer Insights is licensed per tenant, not per user (d365-sku K19)')

export const RULES: Readonly<Record<string, ProductRule>> = {
  // Sales
  DYN365_ENTERPRISE_SALES: APP('Sales Enterprise', 'd365-sales-enterprise'),
  DYN365_ENTERPRISE_SALES_GOV: APP('Sales Enterprise (Government)', 'd365-sales-enterprise'),
  D365_ENTERPRISE_SALES_GOV: APP('Sales Enterprise (Government)', 'd365-sales-enterprise'),
  D365_SALES_PRO: APP('Sales Professional', 'd365-sales-professional'),
  D365_SALES_PRO_GOV: APP('Sales Professional (Government)', 'd365-sales-professional'),
  DYN365_SALES_PREMIUM: APP('Sales Premium', 'd365-sales-premium'),
  DYN365_ENTERPRISE_RELATIONSHIP_SALES: APP(
    'Microsoft Relationship Sales (Sales Enterprise with LinkedIn Sales Navigator)',
    'd365-relationship-sales',
  ),
  D365_SALES_ENT_ATTACH: ATTACH('Sales Enterprise attach', 'd365-sales-enterprise-attach'),
  D365_SALES_PRO_ATTACH: ATTACH('Sales Professional attach', 'd365-sales-professional-attach'),
  D365_SALES_PRO_IW: TRIAL('Sales Professional trial'),
  Dynamics_365_Sales_Premium_Viral_Trial: TRIAL('Sales Premium trial'),
  Microsoft_Copilot_for_Sales: ADDON('Copilot for Sales add-on; it gives no app license of its own'),
  Microsoft_Viva_Sales: ADDON('Sales Copilot add-on; it gives no app license of its own'),
  SOCIAL_ENGAGEMENT_APP_USER: ADDON('AI for Market Insights preview; no app license'),
  // Customer Service and Contact Center
  DYN365_ENTERPRISE_CUSTOMER_SERVICE: APP('Customer Service Enterprise', 'd365-customer-service-enterprise'),
  DYN365_ENTERPRISE_CUSTOMER_SERVICE_GOV: APP(
    'Customer Service Enterprise (Government)',
    'd365-customer-service-enterprise',
  ),
  D365_ENTERPRISE_CUSTOMER_SERVICE_GOV: APP(
    'Customer Service Enterprise (Government)',
    'd365-customer-service-enterprise',
  ),
  DYN365_CUSTOMER_SERVICE_PRO: APP('Customer Service Professional', 'd365-customer-service-professional'),
  DYN365_ENTERPRISE_CASE_MANAGEMENT: APP(
    'Case Management Enterprise (legacy Customer Service app)',
    'd365-customer-service-enterprise',
  ),
  DYN365_ENTERPRISE_CASE_MANAGEMENT_GOV: APP(
    'Case Management Enterprise (Government)',
    'd365-customer-service-enterprise',
  ),
  D365_ENTERPRISE_CASE_MANAGEMENT_GOV: APP(
    'Case Management Enterprise (Government)',
    'd365-customer-service-enterprise',
  ),
  D365_CUSTOMER_SERVICE_ENT_ATTACH: ATTACH(
    'Customer Service Enterprise attach',
    'd365-customer-service-enterprise-attach',
  ),
  D365_CUSTOMER_SERVICE_PRO_ATTACH: ATTACH(
    'Customer Service Professional attach',
    'd365-customer-service-professional-attach',
  ),
  DYNAMICS_365_CONTACT_CENTER: APP('Contact Center (standalone)', 'd365-contact-center'),
  DYNAMICS_365_CONTACT_CENTER_DIGITAL: APP('Contact Center Digital (standalone)', 'd365-contact-center'),
  DYNAMICS_365_CONTACT_CENTER_VOICE: APP('Contact Center Voice (standalone)', 'd365-contact-center'),
  DYNAMICS_365_CONTACT_CENTER_ADD_ON_FOR_CUSTOMER_SERVICE_ENTERPRISE: CC_ADDON,
  DYNAMICS_365_CONTACT_CENTER_DIGITAL_ADD_ON_FOR_CUSTOMER_SERVICE_ENTERPRISE: CC_ADDON,
  DYNAMICS_365_CONTACT_CENTER_VOICE_ADD_ON_FOR_CUSTOMER_SERVICE_ENTERPRISE: CC_ADDON,
  DYN365_CS_CHAT: CHANNEL,
  DYN365_CS_CHAT_GOV: CHANNEL,
  DYN365_CS_MESSAGING_GOV: CHANNEL,
  DYN365_CS_OC_MESSAGING_VOICE_GOV: CHANNEL,
  DYN365_CS_OC_MESSAGING_VOICE_GOV_TEST: CHANNEL,
  DYN365_CS_VOICE: CHANNEL,
  Dynamics_365_Customer_Service_Enterprise_viral_trial: TRIAL('Customer Service Enterprise trial'),
  Dynamics_365_Customer_Service_Enterprise_admin_trial: TRIAL('Customer Service Enterprise admin trial'),
  DYN365_AI_SERVICE_INSIGHTS: TRIAL('Customer Service Insights trial'),
  // Field Service and Project
  DYN365_ENTERPRISE_FIELD_SERVICE: APP('Field Service', 'd365-field-service'),
  DYN365_ENTERPRISE_FIELD_SERVICE_GOV: APP('Field Service (Government)', 'd365-field-service'),
  D365_ENTERPRISE_FIELD_SERVICE_GOV: APP('Field Service (Government)', 'd365-field-service'),
  D365_FIELD_SERVICE_ATTACH: ATTACH('Field Service attach', 'd365-field-service-attach'),
  D365_FIELD_SERVICE_CONTRACTOR: REVIEW(REVIEW_TEXT['D365_FIELD_SERVICE_CONTRACTOR']),
  D365_FIELD_SERVICE_CONTRACTOR_GOV: REVIEW(REVIEW_TEXT['D365_FIELD_SERVICE_CONTRACTOR_GOV']),
  Dynamics_365_Field_Service_Enterprise_viral_trial: TRIAL('Field Service trial'),
  CRM_AUTO_ROUTING_ADDON: CAPACITY('Resource Scheduling Optimization, licensed per resource, not a user license'),
  DYN365_PROJECT_OPERATIONS: APP('Project Operations', 'd365-project-operations'),
  DYN365_PROJECT_OPERATIONS_ATTACH: ATTACH('Project Operations attach', 'd365-project-operations-attach'),
  DYN365_ENTERPRISE_PROJECT_SERVICE_AUTOMATION_GOV: APP(
    'Project Service Automation (Government)',
    'd365-project-operations',
  ),
  D365_ENTERPRISE_PROJECT_SERVICE_AUTOMATION_GOV: APP(
    'Project Service Automation (Government)',
    'd365-project-operations',
  ),
  // Plans and bundles
  DYN365_ENTERPRISE_PLAN1: APP(
    'Customer Engagement Plan (legacy; Sales, Customer Service, Field Service at Enterprise level)',
  ),
  DYN365_ENTERPRISE_SALES_CUSTOMERSERVICE: APP('Sales and Customer Service Enterprise (legacy bundle)'),
  Dynamics_365_Multi_app_: APP('Multi-app (legacy bundle of Enterprise apps)'),
  DYN365_ENTERPRISE_P1_IW: TRIAL('Dynamics 365 P1 trial for information workers'),
  Dynamics_365_Sales_Field_Service_and_Customer_Service_Partner_Sandbox: REVIEW(
    REVIEW_TEXT['Dynamics_365_Sales_Field_Service_and_Customer_Service_Partner_Sandbox'],
  ),
  // Team Members
  DYN365_TEAM_MEMBERS: TEAM,
  DYN365_ENTERPRISE_TEAM_MEMBERS: TEAM,
  DYN365_ENTERPRISE_TEAM_MEMBERS_GOV: TEAM,
  // Dynamics CRM Online (before Dynamics 365)
  CRMSTANDARD: { kind: 'crm-online', tier: 'professional', note: 'Dynamics CRM Online (Professional)' },
  CRMSTANDARD_GCC: { kind: 'crm-online', tier: 'professional', note: 'Dynamics CRM Online (Professional, Government)' },
  CRMPLAN2: { kind: 'crm-online', tier: 'basic', note: 'Dynamics CRM Online Basic' },
  CRMPLAN2_GCC: { kind: 'crm-online', tier: 'basic', note: 'Dynamics CRM Online Basic (Government)' },
  CRMSTORAGE: STORAGE,
  CRMSTORAGE_GCC: STORAGE,
  CRMINSTANCE: STORAGE,
  CRMINSTANCE_GCC: STORAGE,
  CRMTESTINSTANCE: STORAGE,
  CRMTESTINSTANCE_GCC: STORAGE,
  CRMTESTINSTANCE_NOPREREQ: STORAGE,
  CRM_ONLINE_PORTAL: PORTAL,
  CRM_ONLINE_PORTAL_GCC: PORTAL,
  CRM_ONLINE_PORTAL_NOPREREQ: PORTAL,
  CRM_HYBRIDCONNECTOR: CAPACITY('Hybrid Connector, a tenant service, not a user license'),
  // Marketing and Customer Insights
  D365_MARKETING_USER: REVIEW(REVIEW_TEXT['D365_MARKETING_USER']),
  DYN365_BUSINESS_MARKETING: REVIEW(REVIEW_TEXT['DYN365_BUSINESS_MARKETING']),
  DYN365_MARKETING_APP_ATTACH: REVIEW(REVIEW_TEXT['DYN365_MARKETING_APP_ATTACH']),
  DYN365_MARKETING_APPLICATION_ADDON: MARKETING,
  DYN365_MARKETING_SANDBOX_APPLICATION_ADDON: MARKETING,
  DYN365_MARKETING_CONTACT_ADDON: MARKETING,
  DYN365_MARKETING_CONTACT_ADDON_T3: MARKETING,
  DYN365_MARKETING_CONTACT_ADDON_T5: MARKETING,
  Dynamics_365_Customer_Insights_Journeys_T3_Interacted_People: MARKETING,
  DYN365_CUSTOMER_INSIGHTS_BASE: INSIGHTS,
  DYN365_CUSTOMER_INSIGHTS_ATTACH: INSIGHTS,
  Dynamics_365_Customer_Insights_Attach_New: INSIGHTS,
  Dynamics_365_Customer_Insights_User_License: ADDON(
    'Customer Insights user license: free, no app license (d365-sku K26)',
  ),
  DYN365_CUSTOMER_INSIGHTS_VIRAL: TRIAL('Customer Insights trial'),
  // Customer Voice
  DYN365_CUSTOMER_VOICE_BASE: VOICE,
  Forms_Pro_USL: VOICE,
  DYN365_CUSTOMER_VOICE_ADDON: CAPACITY('Customer Voice responses, not a user license'),
  Forms_Pro_AddOn: CAPACITY('Customer Voice responses, not a user license'),
  FORMS_PRO: TRIAL('Customer Voice trial'),
  // Dynamics 365 outside Customer Engagement
  DYN365_BUSCENTRAL_ESSENTIAL: BC,
  DYN365_BUSCENTRAL_PREMIUM: BC,
  DYN365_BUSCENTRAL_TEAM_MEMBER: BC,
  DYN365_FINANCIALS_ACCOUNTANT_SKU: BC,
  DYN365_FINANCIALS_BUSINESS_SKU: BC,
  Dynamics_365_Business_Central_Essentials_Attach: BC,
  DYN365_BUSCENTRAL_ADD_ENV_ADDON: CAPACITY('Business Central environment, not a user license'),
  DYN365_BUSCENTRAL_DB_CAPACITY: CAPACITY('Business Central database capacity, not a user license'),
  PROJECT_MADEIRA_PREVIEW_IW_SKU: TRIAL('Business Central for information workers (preview)'),
  DYN365_FINANCE: FO,
  DYN365_FINANCE_ATTACH: FO,
  DYN365_FINANCE_ATTACH_ISVEMB_PROJOPS: FO,
  DYN365_SCM: FO,
  DYN365_SCM_ATTACH: FO,
  Dynamics_365_Supply_Chain_Management_Premium: FO,
  DYN365_RETAIL: FO,
  DYN365_HUMAN_RESOURCES_ATTACH: FO,
  Dynamics_365_for_Operations: FO,
  Dynamics_365_for_Operations_Devices: FO,
  Dyn365_Operations_Activity: FO,
  Dynamics_365_Hiring_SKU: FO,
  DYNAMICS_365_ONBOARDING_SKU: FO,
  DYN365_ASSETMANAGEMENT: CAPACITY('Asset Management assets, not a user license'),
  DYN365_IOT_INTELLIGENCE_ADDL_MACHINES: CAPACITY('Sensor Data Intelligence machines, not a user license'),
  DYN365_IOT_INTELLIGENCE_SCENARIO: CAPACITY('Sensor Data Intelligence scenario, not a user license'),
  Dynamics_365_for_Operations_Sandbox_Tier2_SKU: CAPACITY('finance and operations sandbox, not a user license'),
  Dynamics_365_for_Operations_Sandbox_Tier4_SKU: CAPACITY('finance and operations sandbox, not a user license'),
  DYN365_RETAIL_TRIAL: TRIAL('Commerce trial'),
  DYN365_REGULATORY_SERVICE: TRIAL('Regulatory Service trial'),
  SKU_Dynamics_365_for_HCM_Trial: TRIAL('Talent trial'),
  AX7_USER_TRIAL: TRIAL('Dynamics AX7 user trial'),
  GUIDES_USER: MIXED,
  MICROSOFT_REMOTE_ASSIST: MIXED,
  MICROSOFT_REMOTE_ASSIST_HOLOLENS: MIXED,
  Dynamics_365_Guides_vTrial: TRIAL('Guides trial'),
  // Power Apps
  POWERAPPS_PER_USER: POWER_APPS('Power Apps Premium (per user)'),
  POWERAPPS_PER_USER_GCC: POWER_APPS('Power Apps Premium (Government)'),
  POWERAPPS_PER_APP: POWER_APPS('Power Apps per app'),
  POWERAPPS_PER_APP_NEW: POWER_APPS('Power Apps per app (1 app or website)'),
  POWERAPPS_PER_APP_GCC: POWER_APPS('Power Apps per app (Government)'),
  POWERAPPS_PER_APP_GCC_NEW: POWER_APPS('Power Apps per app (1 app or website, Government)'),
  POWERAPPS_PER_USER_ISVEMB: REVIEW(REVIEW_TEXT['POWERAPPS_PER_USER_ISVEMB']),
  POWERAPPS_PER_USER_BD_ONLY: REVIEW(REVIEW_TEXT['POWERAPPS_PER_USER_BD_ONLY']),
  POWERAPPS_PER_APP_BD_ONLY_GCC: REVIEW(REVIEW_TEXT['POWERAPPS_PER_APP_BD_ONLY_GCC']),
  'Power_Apps_per_app_plan_(1_app_or_portal)_BD_Only_GCC': REVIEW(
    REVIEW_TEXT['Power_Apps_per_app_plan_(1_app_or_portal)_BD_Only_GCC'],
  ),
  POWERFLOW_P2: REVIEW(REVIEW_TEXT['POWERFLOW_P2']),
  POWERAPPS_P1_GOV: REVIEW(REVIEW_TEXT['POWERAPPS_P1_GOV']),
  POWERAPPS_PER_APP_IW: REVIEW(REVIEW_TEXT['POWERAPPS_PER_APP_IW']),
  POWERAPPS_INDIVIDUAL_USER: TRIAL('Power Apps and Logic Flows (free individual plan)'),
  POWERAPPS_VIRAL: TRIAL('Power Apps Plan 2 trial'),
  POWERAPPS_DEV: TRIAL('Power Apps developer plan (not for production use)'),
  POWERFLOWGCC_TEST: TRIAL('Power Apps & Flow GCC test plans'),
  POWERAPPS_PORTALS_LOGIN_T2: PORTAL,
  POWERAPPS_PORTALS_LOGIN_T2_GCC: PORTAL,
  POWERAPPS_PORTALS_LOGIN_T3: PORTAL,
  POWERAPPS_PORTALS_PAGEVIEW: PORTAL,
  POWERAPPS_PORTALS_PAGEVIEW_GCC: PORTAL,
  // Power Pages
  'Power_Pages_authenticated_users_T1_100_users/per_site/month_capacity_pack': PAGES,
  'Power Pages authenticated users T1_CN_CN': PAGES,
  'Power_Pages_authenticated_users_T1_100_users/per_site/month_capacity_pack_GCC': PAGES,
  'Power_Pages_authenticated_users_T1_100_users/per_site/month_capacity_pack_USGOV_DOD': PAGES,
  'Power_Pages_authenticated_users_T1_100_users/per_site/month_capacity_pack_USGOV_GCCHIGH': PAGES,
  'Power_Pages_authenticated_users_T2_min_100_units_100_users/per_site/month_capacity_pack': PAGES,
  'Power Pages authenticated users T2_CN_CN': PAGES,
  'Power_Pages_authenticated_users_T2_min_100_units_100_users/per_site/month_capacity_pack_GCC': PAGES,
  'Power_Pages_authenticated_users_T2_min_100_units_100_users/per_site/month_capacity_pack_USGOV_DOD': PAGES,
  'Power_Pages_authenticated_users_T2_min_100_units_100_users/per_site/month_capacity_pack_USGOV_GCCHIGH': PAGES,
  'Power_Pages_authenticated_users_T3_min_1,000_units_100_users/per_site/month_capacity_pack': PAGES,
  'Power Pages authenticated users T3_CN_CN': PAGES,
  'Power_Pages_authenticated_users_T3_min_1,000_units_100_users/per_site/month_capacity_pack_GCC': PAGES,
  'Power_Pages_authenticated_users_T3_min_1,000_units_100_users/per_site/month_capacity_pack_USGOV_DOD': PAGES,
  'Power_Pages_authenticated_users_T3_min_1,000_units_100_users/per_site/month_capacity_pack_USGOV_GCCHIGH': PAGES,
  Power_Pages_vTrial_for_Makers: TRIAL('Power Pages trial for makers'),
}

/** A product name or String ID that names a Dynamics 365, Dynamics CRM, Power Apps or Power Pages product. */
const DYNAMICS =
  /dynamics|\bcrm|dyn365|d365|power\s*apps|powerapps|power\s*pages|relationship\s*sales|sales\s*copilot|copilot\s*for\s*sales/i

export function looksDynamics(text: string): boolean {
  return DYNAMICS.test(text.replace(/[_-]+/g, ' '))
}
