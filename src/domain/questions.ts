import type { AnswerOf, QuestionId } from './types'

/**
 * What people read for each question. Wording is free to change; the ids are the public contract
 * (they are the link's keys and values), so they never change.
 */
export interface QuestionText {
  /** The question, shown as the fieldset's legend. */
  legend: string
  /** "Why we ask this", in one or two sentences. */
  why: string
  answers: { [A in string]: { label: string; hint: string } }
}

type Texts = { [Q in QuestionId]: QuestionText & { answers: Record<AnswerOf<Q>, { label: string; hint: string }> } }

export const QUESTION_TEXT: Texts = {
  product: {
    legend: 'Which product does the organization use?',
    why: 'Every version came with its own license types: CRM 4.0 had Full and Limited CALs, CRM 2011 added Employee Self Service, CRM 2013 to 2016 sold Essential, Basic and Professional, and Dynamics 365 sells app subscriptions.',
    answers: {
      crm4: { label: 'Dynamics CRM 4.0', hint: 'Released 2008. Full and Limited CALs, External Connector.' },
      crm2011: { label: 'Dynamics CRM 2011', hint: 'Released 2011. Adds the Employee Self Service CAL.' },
      crm2013: { label: 'Dynamics CRM 2013 or 2015', hint: 'Essential, Basic and Professional licenses.' },
      crm2016: { label: 'Dynamics CRM 2016', hint: 'The last CRM-branded version; same license tiers as 2013.' },
      d365: {
        label: 'Dynamics 365 Customer Engagement',
        hint: 'Sales, Customer Service, Field Service and the other Customer Engagement apps.',
      },
    },
  },
  deploy: {
    legend: 'Where does it run?',
    why: 'Software on your own servers is licensed with a server license and CALs; the cloud service with subscriptions; a provider hosting it for several customers licenses it through its own agreement.',
    answers: {
      onprem: {
        label: 'On the organization’s own servers, for its own use',
        hint: 'Installed by the organization (or for it) and used only by it and its own users. A company that runs CRM for other organizations chooses the hosting answer below.',
      },
      online: { label: "Microsoft's cloud service", hint: 'CRM Online or Dynamics 365 online, run by Microsoft.' },
      hosted: {
        label: 'Hosted by a service provider for several organizations',
        hint: 'A service provider runs it for several customer organizations. Choose this if you are that provider, too, even on your own servers.',
      },
    },
  },
  who: {
    legend: 'Who is the person?',
    why: 'Internal users (employees and people who work like them) always need a license. External users, such as customers and the staff of other companies, are covered differently in each version.',
    answers: {
      employee: {
        label: 'An employee',
        hint: 'Someone employed by the organization or one of its affiliates. With a hosting provider: an employee of the provider or of a hosted organization.',
      },
      'onsite-contractor': {
        label: 'A contractor, agent or vendor working on site',
        hint: 'Works at the organization’s premises, for example a temp, a consultant or outsourced staff in its offices. On Dynamics 365 under an agreement signed from 1 October 2024, only if they are there every working day or work more than 30 hours a week for the organization; otherwise choose an off-site answer.',
      },
      'offsite-contractor': {
        label: 'A contractor working mainly for the organization, off site',
        hint: 'Works remotely but mostly or only for this organization.',
      },
      'offsite-vendor': {
        label: 'Staff of an off-site vendor that serves many organizations',
        hint: 'For example a help-desk company whose staff handle tickets for several clients.',
      },
      customer: { label: 'An individual customer', hint: 'A consumer who buys from the organization.' },
      'customer-employee': {
        label: 'An employee of a customer or business partner',
        hint: 'Works for another company that buys from or partners with the organization.',
      },
      'tenant-client': {
        label: 'An employee of a client of one of the hosted organizations',
        hint: 'The hosting provider serves organizations, and this person works for one of their clients.',
      },
      'tenant-staff': {
        label: 'Staff of another company that runs its own business in this CRM',
        hint: 'For example a client company whose sales or service work is done in the organization’s system, or a tenant of a multi-tenant deployment.',
      },
      public: {
        label: 'An anonymous member of the public',
        hint: 'Anyone on the internet, without signing in. Someone who signs in, to the product’s own apps or anywhere else, is not anonymous: choose who they are, such as an individual customer.',
      },
      'service-account': {
        label: 'Not a person: an integration, application or service account',
        hint: 'The account another system or an app signs in with. The people whose work goes through it are answered for separately.',
      },
    },
  },
  signed: {
    legend: 'When was the licensing agreement signed?',
    why: 'For agreements signed from 1 October 2024 Microsoft defines external users differently: a contractor or vendor’s staff member who typically works more than 30 hours a week for the organization, or on site every working day, counts as internal.',
    answers: {
      'before-2024-10': {
        label: 'Before 1 October 2024',
        hint: 'The enrollment or agreement in force was signed before that date.',
      },
      'from-2024-10': {
        label: 'On or after 1 October 2024',
        hint: 'A new or renewed agreement signed from that date.',
      },
      unknown: {
        label: 'Not known',
        hint: 'The advice then says what it assumes and what to find out.',
      },
    },
  },
  hours: {
    legend: 'How much does the person work for the organization?',
    why: 'Under agreements signed from 1 October 2024, a contractor or vendor’s staff member who typically works more than 30 hours a week for the organization, or on site every working day, is an internal user.',
    answers: {
      'over-30': {
        label: 'More than 30 hours a week, or on site every working day',
        hint: 'Their typical week, on average, for this organization.',
      },
      'up-to-30': {
        label: '30 hours a week or less, and not on site every working day',
        hint: 'For example a part-time freelancer, or vendor staff shared with other clients.',
      },
      unknown: { label: 'Not known', hint: 'The advice then says what it assumes and what to find out.' },
    },
  },
  via: {
    legend: 'How does the person reach the CRM data?',
    why: 'The product’s own screens need a user license. Portals, custom apps and integrations are allowed for some people at a lower cost, but never reduce the licenses needed (multiplexing).',
    answers: {
      'crm-client': {
        label: 'The product’s own apps',
        hint: 'The web application, the Outlook client or the mobile app.',
      },
      portal: {
        label: 'A portal site',
        hint: 'A self-service or partner site made with a portal product: CRM portal, Dynamics 365 portal or Power Pages.',
      },
      'custom-app': {
        label: 'An application the organization built on the API',
        hint: 'A custom website, line-of-business or mobile app using the SDK or web services, including Power Apps.',
      },
      integration: {
        label: 'Another business system that receives the data automatically',
        hint: 'For example an ERP, SharePoint or a reporting tool fed by an integration.',
      },
      manual: {
        label: 'They only receive data someone exported by hand',
        hint: 'For example a spreadsheet a colleague exported and e-mailed to them.',
      },
    },
  },
  does: {
    legend: 'What does the person do with the data?',
    why: 'Cheaper licenses allow less: reading only, working on your own requests, or light record keeping. The license must cover the most the person does.',
    answers: {
      admin: {
        label: 'Administration and customization only',
        hint: 'Settings, users, security roles and customizations; no business records.',
      },
      read: { label: 'Read only', hint: 'Looks at records, reports and dashboards, and changes nothing.' },
      'self-service': {
        label: 'Creates and follows up their own requests',
        hint: 'For example logs a support case or an HR request and checks on it. Someone who also works on requests or cases others assign to them chooses the next answer.',
      },
      light: {
        label: 'Updates records, including cases assigned to them',
        hint: 'Keeps accounts, contacts, activities or custom records up to date, or updates the cases and requests assigned to them, such as a field technician. Never assigns, shares or deletes other people’s records.',
      },
      full: {
        label: 'Runs sales, service or marketing work',
        hint: 'Works opportunities, case queues or campaigns: assigns, shares or deletes records, including other people’s.',
      },
    },
  },
  records: {
    legend: 'Which kind of records does the person work with?',
    why: 'Some licenses cover only record types made for the purpose (custom entities), not the standard accounts, contacts, cases and leads; Dynamics 365 Team Members keeps contacts and activities but only looks accounts up.',
    answers: {
      contacts: {
        label: 'Contacts, activities and notes',
        hint: 'Accounts are only looked up, never edited.',
      },
      custom: {
        label: 'Only custom record types made for the purpose',
        hint: 'For example HR requests, timesheets or expense claims built as custom entities.',
      },
      core: {
        label: 'Standard records, including editing accounts',
        hint: 'Accounts, cases, leads or opportunities, besides contacts.',
      },
    },
  },
  app: {
    legend: 'Which Dynamics 365 app does the person mainly work in?',
    why: 'Dynamics 365 is ordered app by app: Sales, Customer Service, Field Service and the others are separate licenses at different prices, and the work decides which one covers it.',
    answers: {
      sales: { label: 'Sales', hint: 'Leads, opportunities, quotes, orders and forecasts.' },
      'customer-service': {
        label: 'Customer Service',
        hint: 'Works cases and knowledge articles, in their own queue or others’.',
      },
      'field-service': {
        label: 'Field Service',
        hint: 'Work orders, scheduling and dispatch, or a technician on site.',
      },
      'contact-center': {
        label: 'Contact Center only',
        hint: 'Answers customers by phone, chat or messaging, with the customer records kept outside Dynamics 365 Customer Service.',
      },
      marketing: {
        label: 'Marketing',
        hint: 'Segments, journeys and e-mail campaigns (Customer Insights – Journeys).',
      },
      'project-operations': {
        label: 'Project Operations',
        hint: 'Project quotes, resourcing, delivery and billing.',
      },
      unknown: { label: 'Not known yet', hint: 'The advice then names the app family and what decides it.' },
    },
  },
  also: {
    legend: 'Does the person also work in another Dynamics 365 app?',
    why: 'A second app on the same person is bought as a cheaper attach license on top of the first (the base), and the person’s editions must match.',
    answers: {
      none: { label: 'No other app', hint: 'Only the app chosen above.' },
      sales: { label: 'Also Sales', hint: 'Leads, opportunities, quotes, orders and forecasts.' },
      'customer-service': { label: 'Also Customer Service', hint: 'Cases and knowledge articles.' },
      'field-service': { label: 'Also Field Service', hint: 'Work orders, scheduling and dispatch.' },
      'project-operations': {
        label: 'Also Project Operations',
        hint: 'Project quotes, resourcing, delivery and billing.',
      },
      marketing: { label: 'Also Marketing', hint: 'Segments, journeys and campaigns.' },
      more: { label: 'Two or more other apps', hint: 'The advice names the base and what to check for the others.' },
    },
  },
  device: {
    legend: 'Does the person have their own access, or share a device?',
    why: 'A device license covers one device for everyone who takes turns on it, which is cheaper for shift work and kiosks. A user license covers one person on any device.',
    answers: {
      named: { label: 'Their own access', hint: 'They sign in as themselves, from any device.' },
      shared: {
        label: 'Several people take turns on one device',
        hint: 'Shift workers, a call-centre hot desk or a kiosk. Not at the same time.',
      },
    },
  },
  'sales-needs': {
    legend: 'What does the person’s sales work need?',
    why: 'Sales comes in editions: Professional covers the standard Sales app, Enterprise adds forecasting, playbooks and Copilot, Premium adds AI selling at scale.',
    answers: {
      core: {
        label: 'The standard Sales app',
        hint: 'Accounts, contacts, leads, opportunities, quotes and orders; the organization keeps customization small.',
      },
      advanced: {
        label: 'Also forecasting, playbooks or Copilot',
        hint: 'Or competitors, marketing lists and campaigns, custom apps or heavy customization.',
      },
      ai: {
        label: 'Also AI selling at scale',
        hint: 'Sales sequences or predictive scoring for more than 1,500 records a month, predictive forecasting or relationship analytics.',
      },
      linkedin: {
        label: 'Sales Enterprise with LinkedIn Sales Navigator',
        hint: 'Bought together as Microsoft Relationship Sales, 10 seats or more.',
      },
      unknown: { label: 'Not known', hint: 'The advice then compares the editions.' },
    },
  },
  'service-needs': {
    legend: 'What does the person’s service work need?',
    why: 'Customer Service comes in editions: Professional covers cases and knowledge in the standard app, Enterprise adds automatic routing and Copilot, Premium adds live channels.',
    answers: {
      core: {
        label: 'Cases and knowledge in the standard app',
        hint: 'Work is not routed to agents automatically, no Copilot, small customization.',
      },
      advanced: {
        label: 'Routing rules, Copilot or heavy customization',
        hint: 'Cases reach agents by routing rules, or the agent uses Copilot, multisession or scheduling.',
      },
      channels: {
        label: 'Also talks with customers live',
        hint: 'By chat, messaging or phone inside Dynamics 365.',
      },
      unknown: { label: 'Not known', hint: 'The advice then compares the editions.' },
    },
  },
  bought: {
    legend: 'When were the CRM 2011 licenses bought?',
    why: 'The External Connector, which covers external users of CRM 2011, was on the price list until January 2014; licenses bought later are newer versions used under downgrade rights, whose terms include external access.',
    answers: {
      'before-2014': { label: 'Before 1 January 2014', hint: 'While the External Connector was on the price list.' },
      'from-2014': {
        label: 'On or after 1 January 2014',
        hint: 'For example through downgrade rights from a later version.',
      },
      unknown: { label: 'Not known', hint: 'The advice then says what to find out.' },
    },
  },
}

/** How each confidence is named wherever advice is shown or exported. */
export const CONFIDENCE_TEXT = {
  settled: { label: 'Settled', meaning: 'The cited sources agree on this answer.' },
  review: { label: 'Needs review', meaning: 'The sources are incomplete or disagree on part of this case.' },
} as const
