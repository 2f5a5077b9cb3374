// The check's facts' statements in English, by fact id (sources.ts); their German is sourceText.de.ts (Localized).
export const CHECK_FACT_STATEMENTS = {
  'app-user.N6':
    'Microsoft’s system and application users (many shown with a leading “# ” in Full Name) do not consume any service licenses.',
  'app-user.S38':
    'An application user is identified by the presence of the ApplicationId attribute and needs no license; support users have access mode 3 and delegated admins access mode 5.',
  'non-interactive.S38':
    'Non-interactive users need no license, with a maximum limit of 7 non-interactive users per instance.',
  'non-interactive.S39':
    'Non-interactive users do not use up a license; CRM Online allowed five free non-interactive users.',
  'disabled.N7':
    'Disabling a system user adds to the available license count, as disabled system users do not count against paid licenses.',
  'disabled.S38':
    'Removing a user from the environment’s security group does not remove the user’s license: a user disabled that way still holds it in Microsoft 365.',
  'disabled.N16':
    'With “Activities for users without licenses” on, Dataverse creates disabled user records for people added as e-mail or appointment recipients: a disabled row is not necessarily a leaver.',
  'codes-2011.N1':
    'CRM 2011 records Access Mode 0 Read-Write, 1 Administrative, 2 Read, 3 Support User, 4 Non-interactive, and License Type 0 Full, 1 Administrative, 2 Limited, 3 Device Full, 4 Device Limited.',
  'codes-2013.N2':
    'From CRM 2013 on, License Type is recorded as 0 Professional, 1 Administrative, 2 Basic, 3 Device Professional, 4 Device Basic, 5 Essential, 6 Device Essential, 7 Enterprise, 8 Device Enterprise, 9 Sales, 10 Service, 11 Field Service, 12 Project Service; Access Mode adds 5 Delegated Admin.',
  'labels-2016.S27':
    'CRM 2016 shows the Essential, Basic and Professional license types as “None”, “Limited” and “Full”.',
  'online-caltype.N3':
    'License Type is used only in the on-premises version of the product; online licenses are managed through the Microsoft 365 admin portal, and User Licensed is set by the system.',
  'sku.N9':
    'Microsoft 365 license exports name each product by its product name or String ID (e.g. DYN365_ENTERPRISE_SALES for Dynamics 365 for Sales Enterprise Edition, DYN365_TEAM_MEMBERS for Team Members).',
}
