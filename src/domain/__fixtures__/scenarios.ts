/**
 * The team's public acceptance scenarios (shared licensing/scenarios.json), copied so the project
 * never reads outside itself. Names are full sentences, so a failure reads as a claim that broke.
 */
import type { Answers, Confidence, LicenseId } from '../types'

export interface Scenario {
  id: string
  says: string
  answers: Answers
  expect: { license?: LicenseId; confidence?: Confidence }
  basis: string
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'P01',
    says: 'A CRM 4.0 employee who creates and edits their own cases through an intranet portal needs a full CAL: CRM 4.0 has no self-service CAL.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'self-service',
      device: 'named',
    },
    expect: {
      license: 'full-cal',
      confidence: 'settled',
    },
    basis: 'R1, R5, R9; T1',
  },
  {
    id: 'P02',
    says: 'A CRM 4.0 employee who only reads records through a portal needs a Limited CAL.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'read',
      device: 'named',
    },
    expect: {
      license: 'limited-cal',
    },
    basis: 'R5, R9; T2',
  },
  {
    id: 'P03',
    says: 'Employees of a customer who update their details and log cases through a CRM 4.0 portal are covered by the External Connector.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
    },
    expect: {
      license: 'external-connector',
    },
    basis: 'R2, R10; T3',
  },
  {
    id: 'P04',
    says: 'Customers who only read their order status through a CRM 4.0 portal need the Limited External Connector.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'customer',
      via: 'portal',
      does: 'read',
    },
    expect: {
      license: 'limited-external-connector',
    },
    basis: 'R10; T4',
  },
  {
    id: 'P05',
    says: "A customer's employee given a login to the CRM 4.0 web client needs a CAL: the connector never covers the CRM clients.",
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'crm-client',
      does: 'light',
      device: 'named',
    },
    expect: {
      license: 'full-cal',
    },
    basis: 'R10; T7',
  },
  {
    id: 'P06',
    says: 'Call-centre agents taking shifts on one CRM 4.0 PC can share one full device CAL.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      device: 'shared',
    },
    expect: {
      license: 'full-device-cal',
    },
    basis: 'R9, R32; T8',
  },
  {
    id: 'P07',
    says: 'An administrator who only works in Settings needs no CAL.',
    answers: {
      product: 'crm4',
      deploy: 'onprem',
      who: 'employee',
      via: 'crm-client',
      does: 'admin',
    },
    expect: {
      license: 'none',
      confidence: 'settled',
    },
    basis: 'R8, R25; T9',
  },
  {
    id: 'P08',
    says: 'A CRM 2011 employee who opens and updates helpdesk tickets through an intranet portal needs the Employee Self Service CAL.',
    answers: {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'self-service',
      device: 'named',
    },
    expect: {
      license: 'ess-cal',
      confidence: 'settled',
    },
    basis: 'R13; T11',
  },
  {
    id: 'P09',
    says: 'A CRM 2011 employee who tracks e-mail in the Outlook client needs at least a Limited CAL: the self-service CAL forbids the CRM clients.',
    answers: {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'crm-client',
      does: 'light',
      device: 'named',
    },
    expect: {
      license: 'limited-cal',
    },
    basis: 'R13, R14; T12',
  },
  {
    id: 'P10',
    says: 'A CRM 2011 sales rep doing full opportunity management needs a full CAL.',
    answers: {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      device: 'named',
    },
    expect: {
      license: 'full-cal',
      confidence: 'settled',
    },
    basis: 'R12, R14; T13',
  },
  {
    id: 'P11',
    says: 'Employees of customers who read and write their account data through a CRM 2011 portal are covered by the External Connector.',
    answers: {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
    },
    expect: {
      license: 'external-connector',
    },
    basis: 'R2, R15; T14',
  },
  {
    id: 'P12',
    says: 'Anyone who only receives a hand-made export by e-mail needs no license.',
    answers: {
      product: 'crm2011',
      deploy: 'onprem',
      who: 'employee',
      via: 'manual',
    },
    expect: {
      license: 'none',
      confidence: 'settled',
    },
    basis: 'R6; T16',
  },
  {
    id: 'P13',
    says: 'A CRM 2013 employee who files HR requests held in custom entities needs only an Essential CAL.',
    answers: {
      product: 'crm2013',
      deploy: 'onprem',
      who: 'employee',
      via: 'portal',
      does: 'self-service',
      records: 'custom',
      device: 'named',
    },
    expect: {
      license: 'essential-cal',
    },
    basis: 'R18, R20; T19',
  },
  {
    id: 'P14',
    says: "Customers' employees reading and writing their own data through a CRM 2013/2015 portal need nothing: external access comes with the server license.",
    answers: {
      product: 'crm2013',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      records: 'core',
    },
    expect: {
      license: 'none',
      confidence: 'settled',
    },
    basis: 'R16; T21',
  },
  {
    id: 'P15',
    says: 'A CRM 2016 Online sales rep doing full sales work needs a Professional subscription.',
    answers: {
      product: 'crm2016',
      deploy: 'online',
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      records: 'core',
    },
    expect: {
      license: 'professional-usl',
    },
    basis: 'R18, R19; T22',
  },
  {
    id: 'P16',
    says: 'Shift workers who maintain contacts and log activities on one CRM 2016 kiosk PC can share one Basic device CAL.',
    answers: {
      product: 'crm2016',
      deploy: 'onprem',
      who: 'employee',
      via: 'crm-client',
      does: 'light',
      records: 'core',
      device: 'shared',
    },
    expect: {
      license: 'basic-device-cal',
    },
    basis: 'R18, R20, R32; T24',
  },
  {
    id: 'P17',
    says: "An off-site help-desk vendor's staff who update tickets in the Dynamics 365 web app need a Dynamics 365 app license: external users may not use the app's own screens.",
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'offsite-vendor',
      via: 'crm-client',
      does: 'full',
      records: 'core',
      device: 'named',
    },
    expect: {
      license: 'd365-app',
    },
    basis: 'R2, R21; T25',
  },
  {
    id: 'P18',
    says: 'A dedicated off-site contractor under an agreement signed before October 2024 cannot be classified with certainty.',
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'offsite-contractor',
      signed: 'before-2024-10',
      via: 'portal',
      does: 'light',
      records: 'core',
    },
    expect: {
      confidence: 'review',
    },
    basis: 'R1, R3; T26',
  },
  {
    id: 'P19',
    says: "Customers' employees who view and update their cases on a Power Pages site use authenticated-user capacity, not user licenses.",
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      records: 'core',
    },
    expect: {
      license: 'power-pages-authenticated',
      confidence: 'settled',
    },
    basis: 'R2, R21, R28; T29',
  },
  {
    id: 'P20',
    says: 'Anonymous visitors browsing a Power Pages knowledge base use anonymous-user capacity.',
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'public',
      via: 'portal',
      does: 'read',
      records: 'core',
    },
    expect: {
      license: 'power-pages-anonymous',
    },
    basis: 'R28; T30',
  },
  {
    id: 'P21',
    says: 'A Dynamics 365 sales manager working in Sales Hub needs a Dynamics 365 app license.',
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      records: 'core',
      device: 'named',
    },
    expect: {
      license: 'd365-app',
      confidence: 'settled',
    },
    basis: 'R24; T31',
  },
  {
    id: 'P22',
    says: 'An employee who creates and follows up their own IT cases in a canvas app needs only a Power Apps license.',
    answers: {
      product: 'd365',
      deploy: 'online',
      who: 'employee',
      via: 'custom-app',
      does: 'self-service',
      records: 'core',
      device: 'named',
    },
    expect: {
      license: 'power-apps',
    },
    basis: 'R26; T33',
  },
  {
    id: 'P23',
    says: "Customers' employees on a custom portal of Dynamics 365 on-premises: the sources disagree.",
    answers: {
      product: 'd365',
      deploy: 'onprem',
      who: 'customer-employee',
      via: 'portal',
      does: 'self-service',
      records: 'core',
    },
    expect: {
      confidence: 'review',
    },
    basis: 'R27, R16; T37',
  },
  {
    id: 'P24',
    says: "An employee of one of the organizations a provider hosts on a shared CRM 2011 server is licensed through the provider's SPLA.",
    answers: {
      product: 'crm2011',
      deploy: 'hosted',
      who: 'employee',
      via: 'crm-client',
      does: 'full',
      device: 'named',
    },
    expect: {
      license: 'spla-sal',
    },
    basis: 'R29',
  },
]

export interface PlanScenario {
  says: string
  product: Answers['product']
  deploy: Answers['deploy']
  groups: readonly { name: string; count: number; answers: Answers }[]
  expect: readonly { license: LicenseId; quantity: number }[]
}

export const SEED_PLAN: PlanScenario = {
  says: 'The 2011 forum case: about 5000 customer users on a customer portal, 800 field techs updating cases on a ticket portal, 40 managers with full access and 20 executives reading dashboards, on CRM 2011 on-premises.',
  product: 'crm2011',
  deploy: 'onprem',
  groups: [
    {
      name: 'Customer portal users',
      count: 5000,
      answers: {
        who: 'customer-employee',
        via: 'portal',
        does: 'self-service',
      },
    },
    {
      name: 'Field techs',
      count: 800,
      answers: {
        who: 'employee',
        via: 'portal',
        does: 'light',
        device: 'named',
      },
    },
    {
      name: 'Field managers',
      count: 40,
      answers: {
        who: 'employee',
        via: 'crm-client',
        does: 'full',
        device: 'named',
      },
    },
    {
      name: 'Executives',
      count: 20,
      answers: {
        who: 'employee',
        via: 'crm-client',
        does: 'read',
        device: 'named',
      },
    },
  ],
  expect: [
    {
      license: 'external-connector',
      quantity: 1,
    },
    {
      license: 'ess-cal',
      quantity: 800,
    },
    {
      license: 'full-cal',
      quantity: 40,
    },
    {
      license: 'limited-cal',
      quantity: 20,
    },
  ],
}
