import type { ADVICE_TEXT } from './adviceText'
import type { APP_TEXT } from './appText'
import { withModelled } from './eras'
import type { FactId } from './facts'
import type { RULE_TEXT } from './ruleText'
import type { Answers, Bought, Deploy, Does, LicenseId, Product, QuestionId, Records, Via } from './types'
import type { UncertaintyId } from './uncertainties'

/**
 * The decision table. Each row names the answers it applies to (a missing key means "any answer,
 * or not asked"), the license it recommends and the facts that justify it. Rows never overlap and
 * there is no catch-all: the tests enumerate every reachable path and require exactly one row.
 *
 * People are first sorted into audiences (see audience.ts): internal users always need a license;
 * external users and anonymous visitors are covered differently in each version.
 */
export type Audience = 'internal' | 'external' | 'public' | 'service'

export interface Alternative {
  license: LicenseId
  /** The condition, by id; its words are `whenText` (alternativeText.ts), loaded with the advice, not the routing. */
  when: AlternativeWhen
}

/** Every condition an alternative can name: the rules', the app refinement's (apps.ts) and the advice's own. */
export type AlternativeWhen = AlternativeTextId | keyof typeof APP_TEXT | keyof typeof ADVICE_TEXT

export interface RuleWhen {
  product: readonly Product[]
  deploy: readonly Deploy[]
  audience?: readonly Audience[]
  via?: readonly Via[]
  does?: readonly Does[]
  records?: readonly Records[]
  bought?: readonly Bought[]
}

export interface Rule {
  id: string
  when: RuleWhen
  license: LicenseId
  facts: readonly FactId[]
  alternatives?: readonly Alternative[]
  /** What the sources do not settle (texts in uncertainties.ts, loaded only with the advice). */
  uncertain?: UncertaintyId
  /** Set where a device license would make no sense (people reaching the data from their own devices outside). */
  userOnly?: true
}

/** The rules' conditions, by the id each is given where it is first used (ruleText.ts). */
type AlternativeTextId = keyof typeof RULE_TEXT

const CRM_PRODUCTS: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016']
const ALL_PRODUCTS: readonly Product[] = [...CRM_PRODUCTS, 'd365']
const OWN: readonly Deploy[] = ['onprem', 'online']
export const INDIRECT: readonly Via[] = ['portal', 'custom-app', 'integration']
const USING: readonly Via[] = ['crm-client', 'portal', 'custom-app', 'integration']
const OUTSIDERS: readonly Audience[] = ['external', 'public']
/** Everyone but service accounts, which have rules of their own. */
const PEOPLE: readonly Audience[] = ['internal', 'external', 'public']
const WORK: readonly Does[] = ['read', 'self-service', 'light', 'full']
const UP_TO_LIGHT: readonly Does[] = ['read', 'self-service', 'light']

const universal: Rule[] = [
  {
    id: 'any.manual',
    when: { product: ALL_PRODUCTS, deploy: ['onprem', 'online', 'hosted'], audience: PEOPLE, via: ['manual'] },
    license: 'none',
    facts: ['R6.S44', 'R5.S8'],
    alternatives: [],
  },
  {
    id: 'crm4.admin',
    when: { product: ['crm4'], deploy: OWN, audience: PEOPLE, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R8.S3', 'R8.S4'],
  },
  {
    id: 'crm.admin',
    when: { product: ['crm2011', 'crm2013', 'crm2016'], deploy: OWN, audience: PEOPLE, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R25.S39'],
  },
  {
    id: 'd365.admin',
    when: { product: ['d365'], deploy: ['onprem'], audience: PEOPLE, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R25.S33', 'R25.S38'],
  },
  {
    id: 'd365.online.admin',
    when: { product: ['d365'], deploy: ['online'], audience: PEOPLE, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R8.P7', 'R25.S33', 'R25.S38'],
  },
]

const hosted: Rule[] = [
  {
    id: 'hosted.admin',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], audience: PEOPLE, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R29.S10', 'R8.S3', 'R25.S39'],
    alternatives: [{ license: 'spla-sal', when: 'spla-counts-admins' }],
    uncertain: 'hosted-admin',
  },
  {
    id: 'hosted.client',
    when: { product: CRM_PRODUCTS, deploy: ['hosted'], audience: PEOPLE, via: ['crm-client'], does: WORK },
    license: 'spla-sal',
    facts: ['R29.S10', 'R29.S48'],
  },
  {
    id: 'hosted.internal-indirect',
    when: { product: CRM_PRODUCTS, deploy: ['hosted'], audience: ['internal'], via: INDIRECT, does: WORK },
    license: 'spla-sal',
    facts: ['R29.S10', 'R5.S8'],
  },
  {
    id: 'hosted.d365.licensed',
    when: { product: ['d365'], deploy: ['hosted'], audience: PEOPLE, via: ['crm-client'], does: WORK },
    license: 'spla-sal',
    facts: ['R29.S48', 'R4.S32'],
    uncertain: 'd365-hosted',
  },
  {
    id: 'hosted.d365.internal-indirect',
    when: { product: ['d365'], deploy: ['hosted'], audience: ['internal'], via: INDIRECT, does: WORK },
    license: 'spla-sal',
    facts: ['R29.S48', 'R4.S32', 'R5.S8'],
    uncertain: 'd365-hosted',
  },
  {
    id: 'hosted.outsider-indirect',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'none',
    facts: ['R30.S9', 'R29.S10'],
    alternatives: [{ license: 'spla-sal', when: 'spla-requires-sal' }],
    uncertain: 'spla-external',
  },
]

const crm4: Rule[] = [
  {
    id: 'crm4.onprem.internal.read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['read'] },
    license: 'limited-cal',
    facts: ['R9.S5', 'R5.S8'],
    alternatives: [{ license: 'full-cal', when: 'changes-data' }],
  },
  {
    id: 'crm4.onprem.internal.client-write',
    when: {
      product: ['crm4'],
      deploy: ['onprem'],
      audience: ['internal'],
      via: ['crm-client'],
      does: ['self-service', 'light', 'full'],
    },
    license: 'full-cal',
    facts: ['R9.S5'],
  },
  {
    id: 'crm4.onprem.internal.indirect-write',
    when: {
      product: ['crm4'],
      deploy: ['onprem'],
      audience: ['internal'],
      via: INDIRECT,
      does: ['self-service', 'light', 'full'],
    },
    license: 'full-cal',
    facts: ['R9.S14', 'R9.S5', 'R10.S2', 'R5.S8'],
  },
  {
    id: 'crm4.onprem.outsider.client-read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: ['read'] },
    license: 'limited-cal',
    facts: ['R10.S2', 'R9.S5'],
    alternatives: [{ license: 'full-cal', when: 'changes-data' }],
  },
  {
    id: 'crm4.onprem.outsider.client-write',
    when: {
      product: ['crm4'],
      deploy: ['onprem'],
      audience: OUTSIDERS,
      via: ['crm-client'],
      does: ['self-service', 'light', 'full'],
    },
    license: 'full-cal',
    facts: ['R10.S2', 'R9.S5'],
  },
  {
    id: 'crm4.onprem.outsider.indirect-read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: OUTSIDERS, via: INDIRECT, does: ['read'] },
    license: 'limited-external-connector',
    facts: ['R10.S1', 'R2.S1'],
    alternatives: [{ license: 'limited-cal', when: 'limited-cal-each-external' }],
  },
  {
    id: 'crm4.onprem.external.indirect-write',
    when: {
      product: ['crm4'],
      deploy: ['onprem'],
      audience: ['external'],
      via: INDIRECT,
      does: ['self-service', 'light', 'full'],
    },
    license: 'external-connector',
    facts: ['R10.S1', 'R2.S1'],
    alternatives: [{ license: 'full-cal', when: 'cal-each-external' }],
  },
  {
    id: 'crm4.onprem.public.web-form',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    facts: ['R11.S7', 'R10.S1'],
    alternatives: [{ license: 'external-connector', when: 'visitors-see-data-or-use-rights' }],
    uncertain: 'crm4-web-form',
  },
  {
    id: 'crm4.onprem.public.indirect-maintain',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['light', 'full'] },
    license: 'external-connector',
    facts: ['R10.S1', 'R2.S1'],
  },
]

const crm4Online: Rule[] = [
  {
    id: 'crm4.online.internal',
    when: { product: ['crm4'], deploy: ['online'], audience: ['internal'], via: USING, does: WORK },
    license: 'crm-online-usl',
    facts: ['M1.S56', 'R1.S1', 'R5.S8'],
    uncertain: 'crm4-online',
  },
  {
    id: 'crm4.online.outsider.client',
    when: { product: ['crm4'], deploy: ['online'], audience: OUTSIDERS, via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    facts: ['M1.S56', 'R2.S1'],
    uncertain: 'crm4-online',
  },
  {
    id: 'crm4.online.outsider.indirect',
    when: { product: ['crm4'], deploy: ['online'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'undetermined',
    facts: ['M1.S56'],
    uncertain: 'crm4-online-external',
  },
]

/**
 * The CRM 2011 External Connector, settled for licenses bought while it was on the price list (audit F02). Licenses
 * bought from 2014 are newer versions used under downgrade rights, whose use rights include external access (audit
 * G02): no connector, under review until it is confirmed that no older server license serves these people.
 */
function connectorRows(id: string, audience: readonly Audience[], does: readonly Does[], alternatives: Alternative[]) {
  const when = { product: ['crm2011'], deploy: ['onprem'], audience, via: INDIRECT, does } as const
  const facts: readonly FactId[] = ['R15.P12', 'R15.P13']
  return [
    { id, when: { ...when, bought: ['before-2014'] }, license: 'external-connector', facts, alternatives },
    {
      id: `${id}-after-2014`,
      when: { ...when, bought: ['from-2014'] },
      license: 'none',
      facts: ['R16.Q8', 'R16.S20'],
      alternatives: [
        {
          license: 'external-connector',
          when: 'server-bought-before-2014',
        },
      ],
      uncertain: 'ec-after-2014',
    },
    {
      id: `${id}-bought-unknown`,
      when: { ...when, bought: ['unknown'] },
      license: 'external-connector',
      facts,
      alternatives,
      uncertain: 'ec-purchase-date',
    },
  ] satisfies Rule[]
}

const crm2011: Rule[] = [
  {
    id: 'crm2011.onprem.internal.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    facts: ['R14.S12', 'R14.P15', 'R13.P14'],
    alternatives: [{ license: 'full-cal', when: 'assigns-others-records' }],
  },
  {
    id: 'crm2011.onprem.internal.full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['full'] },
    license: 'full-cal',
    facts: ['R12.S12', 'R14.P15', 'R5.S8'],
  },
  {
    // The ESS CAL reads accounts, contacts, cases, leads, activities and custom records, not reports (audit F40).
    id: 'crm2011.onprem.internal.ess-read',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: INDIRECT, does: ['read'] },
    license: 'ess-cal',
    facts: ['R13.P14', 'R14.P15', 'R5.S8'],
    alternatives: [{ license: 'limited-cal', when: 'reads-reports' }],
    uncertain: 'ess-reports',
  },
  {
    // An automated integration is an "application other than the CRM client" like a portal (audit F37).
    id: 'crm2011.onprem.internal.ess',
    when: {
      product: ['crm2011'],
      deploy: ['onprem'],
      audience: ['internal'],
      via: INDIRECT,
      does: ['self-service', 'light'],
    },
    license: 'ess-cal',
    facts: ['R13.P14', 'R13.S12', 'R5.S8'],
    alternatives: [
      {
        license: 'limited-cal',
        when: 'beyond-self-service',
      },
      { license: 'full-cal', when: 'assigns-records' },
    ],
  },
  {
    id: 'crm2011.onprem.outsider.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    facts: ['R15.P12', 'R14.S12'],
    alternatives: [{ license: 'full-cal', when: 'assigns-others-records' }],
  },
  {
    id: 'crm2011.onprem.outsider.client-full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: ['full'] },
    license: 'full-cal',
    facts: ['R15.P12', 'R12.S12'],
  },
  ...connectorRows('crm2011.onprem.external.connector', ['external'], WORK, [
    { license: 'limited-cal', when: 'cal-each-external' },
  ]),
  ...connectorRows('crm2011.onprem.public.connector', ['public'], ['read', 'light', 'full'], []),
  {
    id: 'crm2011.onprem.public.web-form',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    facts: ['R11.S7', 'R15.P12'],
    alternatives: [{ license: 'external-connector', when: 'visitors-see-data' }],
    uncertain: 'crm2011-web-form',
  },
  {
    id: 'crm2011.online.internal.client',
    when: { product: ['crm2011'], deploy: ['online'], audience: ['internal'], via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    facts: ['R17.S21'],
  },
  {
    id: 'crm2011.online.internal.indirect',
    when: { product: ['crm2011'], deploy: ['online'], audience: ['internal'], via: INDIRECT, does: WORK },
    license: 'crm-online-usl',
    facts: ['R17.S21', 'R17.S22', 'R5.S8'],
    uncertain: 'crm2011-online-self-service',
  },
  {
    id: 'crm2011.online.outsider.client',
    when: { product: ['crm2011'], deploy: ['online'], audience: OUTSIDERS, via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    facts: ['R17.S21'],
  },
  {
    id: 'crm2011.online.outsider.indirect',
    when: { product: ['crm2011'], deploy: ['online'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'none',
    facts: ['R17.S21', 'R5.S8'],
  },
]

/** CRM 2013 to 2016 sell the same three tiers as CALs on premises and as subscriptions online. */
function tiers(deploy: 'onprem' | 'online'): Rule[] {
  const product: readonly Product[] = ['crm2013', 'crm2016']
  const tier = (t: 'essential' | 'basic' | 'professional'): LicenseId => (deploy === 'onprem' ? `${t}-cal` : `${t}-usl`)
  const model: readonly FactId[] = deploy === 'onprem' ? ['R20.S27'] : ['R19.S24']
  const outsiderBasis: readonly FactId[] = deploy === 'onprem' ? ['R16.S27'] : ['R21.S28']
  const rows = (who: 'internal' | 'outsider', via: readonly Via[], basis: readonly FactId[]): Rule[] => {
    const audience = who === 'internal' ? ['internal' as const] : OUTSIDERS
    return [
      {
        id: `crm2013-16.${deploy}.${who}.essential`,
        when: { product, deploy: [deploy], audience, via, does: UP_TO_LIGHT, records: ['custom'] },
        license: tier('essential'),
        facts: [...basis, 'R18.S23', ...model],
        alternatives: [{ license: tier('basic'), when: 'works-core-records' }],
      },
      {
        id: `crm2013-16.${deploy}.${who}.basic`,
        // Basic covers the standard records, contacts and activities among them; Essential only custom ones.
        when: { product, deploy: [deploy], audience, via, does: UP_TO_LIGHT, records: ['contacts', 'core'] },
        license: tier('basic'),
        facts: [...basis, 'R18.S23', 'R18.S25', ...model],
        alternatives: [
          {
            license: tier('professional'),
            when: 'runs-processes',
          },
        ],
      },
      {
        id: `crm2013-16.${deploy}.${who}.professional`,
        when: { product, deploy: [deploy], audience, via, does: ['full'] },
        license: tier('professional'),
        facts: [...basis, 'R18.S23', ...model],
      },
    ]
  }
  return [
    ...rows('internal', USING, deploy === 'onprem' ? ['R1.S27'] : ['R1.S28']),
    ...rows('outsider', ['crm-client'], outsiderBasis),
    {
      id: `crm2013-16.${deploy}.outsider.included`,
      when: { product, deploy: [deploy], audience: OUTSIDERS, via: INDIRECT, does: WORK },
      license: 'none',
      facts: deploy === 'onprem' ? ['R16.S20', 'R16.S27'] : ['R21.S28', 'R5.S8'],
    },
  ]
}

/**
 * The product's own apps on Dynamics 365 online. Team Members bought from October 2018 reads accounts
 * and keeps contacts, activities, notes and a few custom tables, and its Customer Service Team Member
 * app lets an employee log and follow up their own cases (audit F12, F13). People from outside using
 * these screens must be licensed as internal users are; their own cases are not employee self-service.
 */
const d365ClientRows = (audience: readonly Audience[], basis: readonly FactId[], tag: string): Rule[] => {
  const when = { product: ['d365'], deploy: ['online'], audience, via: ['crm-client'] } as const
  const upgrade: Alternative = {
    license: 'd365-app',
    when: 'edits-accounts',
  }
  const ownCases: Rule[] =
    tag === 'internal'
      ? [
          {
            id: `d365.online.${tag}.client-self-service`,
            when: { ...when, does: ['self-service'] },
            license: 'd365-team-members',
            facts: [...basis, 'R23.P4', 'R23.P5'],
            alternatives: [upgrade],
          },
        ]
      : [
          {
            id: `d365.online.${tag}.client-self-service-light-records`,
            when: { ...when, does: ['self-service'], records: ['contacts', 'custom'] },
            license: 'd365-team-members',
            facts: [...basis, 'R23.S34', 'R23.P6'],
            alternatives: [upgrade],
          },
          {
            id: `d365.online.${tag}.client-self-service-core`,
            when: { ...when, does: ['self-service'], records: ['core'] },
            license: 'd365-app',
            facts: [...basis, 'R23.P5', 'R24.S52'],
            alternatives: [
              {
                license: 'power-apps',
                when: 'own-requests-in-power-apps',
              },
            ],
          },
        ]
  return [
    {
      id: `d365.online.${tag}.client-team-members`,
      when: { ...when, does: ['read'] },
      license: 'd365-team-members',
      facts: [...basis, 'R23.P6', 'R23.S34'],
      alternatives: [upgrade],
    },
    {
      id: `d365.online.${tag}.client-light-records`,
      when: { ...when, does: ['light'], records: ['contacts', 'custom'] },
      license: 'd365-team-members',
      facts: [...basis, 'R23.S34', 'R23.P6'],
      alternatives: [upgrade],
    },
    {
      id: `d365.online.${tag}.client-light`,
      when: { ...when, does: ['light'], records: ['core'] },
      license: 'd365-app',
      facts: [...basis, 'R23.S34', 'R24.S52'],
      alternatives: [
        {
          license: 'd365-team-members',
          when: 'looks-accounts-up-online',
        },
      ],
    },
    ...ownCases,
    {
      id: `d365.online.${tag}.client-full`,
      when: { ...when, does: ['full'] },
      license: 'd365-app',
      facts: [...basis, 'R24.S52', 'R24.S51'],
    },
  ]
}

/** Own cases through a portal or the API are in Team Members' rights (audit G09: the 2021 guide, appendix C). */
const TEAM_MEMBERS_OWN_CASES: Alternative = {
  license: 'd365-team-members',
  when: 'team-members-own-cases',
}
const CAPACITY_OWN_CASES: Alternative = {
  license: 'power-pages-authenticated',
  when: 'capacity-own-cases',
}

const d365Online: Rule[] = [
  ...d365ClientRows(['internal'], ['R1.S32'], 'internal'),
  ...d365ClientRows(OUTSIDERS, ['R4.P10'], 'outsider'),
  {
    id: 'd365.online.internal.portal-capacity',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['portal'], does: ['read'] },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R28.P2'],
    alternatives: [
      { license: 'power-apps', when: 'power-apps-other-apps' },
      {
        license: 'd365-app',
        when: 'enterprise-covers-site',
      },
    ],
  },
  {
    id: 'd365.online.internal.portal-light-records',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['light'],
      records: ['contacts', 'custom'],
    },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R28.P2'],
    alternatives: [
      { license: 'power-apps', when: 'power-apps-other-apps' },
      {
        license: 'd365-app',
        when: 'enterprise-covers-site',
      },
    ],
  },
  {
    // Updating cases or work orders others created is a Customer Service or Field Service right, which nothing
    // extends to site capacity (audit G05); whether this person's work touches those records is the open question.
    id: 'd365.online.internal.portal-light-core',
    userOnly: true,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['light'],
      records: ['core'],
    },
    license: 'd365-app',
    facts: ['R26.Q1', 'R28.P2'],
    alternatives: [
      {
        license: 'power-pages-authenticated',
        when: 'site-updates-unrestricted',
      },
      { license: 'power-apps', when: 'power-apps-same-condition' },
    ],
    uncertain: 'portal-agent-work',
  },
  {
    id: 'd365.online.internal.portal-self-service-custom',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['self-service'],
      records: ['contacts', 'custom'],
    },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R28.P2'],
    alternatives: [{ license: 'power-apps', when: 'power-apps' }],
  },
  {
    id: 'd365.online.internal.portal-self-service-cases',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['self-service'],
      records: ['core'],
    },
    // Power Apps per app covers one site and its users may create and follow up their own cases (audit G09): settled.
    license: 'power-apps',
    facts: ['R26.P3', 'R28.Q2', 'R23.Q3'],
    alternatives: [TEAM_MEMBERS_OWN_CASES, CAPACITY_OWN_CASES],
  },
  {
    id: 'd365.online.internal.portal-full-core',
    userOnly: true,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['full'],
      records: ['core'],
    },
    license: 'd365-app',
    facts: ['R26.S40', 'R28.S37'],
  },
  {
    id: 'd365.online.internal.portal-full-custom',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['full'],
      records: ['contacts', 'custom'],
    },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R26.S40'],
    alternatives: [{ license: 'power-apps', when: 'power-apps' }],
  },
  {
    id: 'd365.online.internal.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['custom-app'], does: ['read'] },
    license: 'power-apps',
    facts: ['R26.S40'],
  },
  {
    id: 'd365.online.internal.custom-app-self-service',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['custom-app'],
      does: ['self-service'],
    },
    license: 'power-apps',
    facts: ['R26.S40', 'R26.P3', 'R23.Q3'],
    alternatives: [TEAM_MEMBERS_OWN_CASES],
  },
  {
    id: 'd365.online.internal.custom-app-light-records',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['custom-app'],
      does: ['light'],
      records: ['contacts', 'custom'],
    },
    license: 'power-apps',
    facts: ['R26.S40', 'R26.Q1'],
  },
  {
    // Power Apps users may only read cases others created, and work orders need Field Service (audit G04).
    id: 'd365.online.internal.custom-app-light-core',
    userOnly: true,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['custom-app'],
      does: ['light'],
      records: ['core'],
    },
    license: 'd365-app',
    facts: ['R26.Q1', 'R26.S40'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'app-updates-unrestricted',
      },
    ],
  },
  {
    id: 'd365.online.internal.custom-app-full-core',
    userOnly: true,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['custom-app'],
      does: ['full'],
      records: ['core'],
    },
    license: 'd365-app',
    facts: ['R26.S40', 'R5.S44'],
  },
  {
    id: 'd365.online.internal.custom-app-full-custom',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['custom-app'],
      does: ['full'],
      records: ['contacts', 'custom'],
    },
    license: 'power-apps',
    facts: ['R26.S40', 'R26.P9'],
  },
  {
    id: 'd365.online.internal.integration',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['integration'], does: ['read'] },
    license: 'd365-team-members',
    facts: ['R5.S44', 'R25.S38', 'R23.P6'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'reads-outside-apps',
      },
    ],
    uncertain: 'd365-integration',
  },
  {
    id: 'd365.online.internal.integration-write',
    userOnly: true,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['integration'],
      does: ['self-service', 'light', 'full'],
    },
    license: 'd365-app',
    facts: ['R5.S44', 'R26.P9', 'R26.P3'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'writes-outside-apps',
      },
    ],
    uncertain: 'd365-integration-tables',
  },
  {
    id: 'd365.online.external.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['external'], via: ['portal'], does: WORK },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R28.P2', 'R21.P10'],
  },
  {
    id: 'd365.online.public.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['public'], via: ['portal'], does: ['read'] },
    license: 'power-pages-anonymous',
    facts: ['R28.S37', 'R28-anon.P2'],
    alternatives: [{ license: 'power-pages-authenticated', when: 'visitors-sign-in' }],
  },
  {
    // Anyone who signs in to follow up, the same day, is counted as authenticated (audit F23).
    id: 'd365.online.public.portal-writes',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['public'],
      via: ['portal'],
      does: ['self-service', 'light', 'full'],
    },
    license: 'power-pages-anonymous',
    facts: ['R28.S37', 'R28-anon.P2'],
    alternatives: [
      {
        license: 'power-pages-authenticated',
        when: 'visitors-sign-in-to-follow-up',
      },
    ],
    uncertain: 'portal-sign-in',
  },
  {
    id: 'd365.online.external.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: ['external'], via: ['custom-app'], does: WORK },
    license: 'none',
    facts: ['R21.S32', 'R22.S41'],
    alternatives: [{ license: 'power-apps', when: 'guests-in-power-apps' }],
    uncertain: 'd365-external-custom-app',
  },
  {
    // Someone who never signs in cannot be a guest in the tenant: the guest question cannot arise (audit G14).
    id: 'd365.online.public.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: ['public'], via: ['custom-app'], does: WORK },
    license: 'none',
    facts: ['R21.P10', 'R21.S32'],
  },
  {
    id: 'd365.online.outsider.integration',
    when: { product: ['d365'], deploy: ['online'], audience: OUTSIDERS, via: ['integration'], does: WORK },
    license: 'none',
    facts: ['R21.S32', 'R5.S8'],
  },
]

function d365OnPremRows(tag: string, audience: readonly Audience[], via: readonly Via[], external: boolean): Rule[] {
  const basis: readonly FactId[] = external ? ['R27.P22', 'R27-external.S42', 'R27.S43'] : ['R27.P22', 'R1.S32']
  // For external users the open question is whether they need a CAL at all; it comes before the CAL's rights.
  const review = (u: UncertaintyId): { uncertain?: UncertaintyId } => ({
    uncertain: external ? 'd365-onprem-external' : u,
  })
  const settled = external ? { uncertain: 'd365-onprem-external' as const } : {}
  const alt: Alternative[] = external ? [{ license: 'none', when: 'guide-includes-external' }] : []
  const userOnly = external ? { userOnly: true as const } : {}
  const when = { product: ['d365'], deploy: ['onprem'], audience, via } as const
  const teamMembers = (id: string, does: readonly Does[], records?: readonly Records[]): Rule => ({
    id: `d365.onprem.${tag}.${id}`,
    ...userOnly,
    when: { ...when, does, ...(records ? { records } : {}) },
    license: 'd365-team-members-cal',
    facts: basis,
    alternatives: [{ license: 'd365-cal', when: 'changes-beyond-contacts' }, ...alt],
    ...review('team-members-cal'),
  })
  return [
    teamMembers('team-members', ['read']),
    teamMembers('light-records', ['self-service', 'light'], ['contacts', 'custom']),
    {
      id: `d365.onprem.${tag}.core`,
      ...userOnly,
      when: { ...when, does: ['self-service', 'light'], records: ['core'] },
      license: 'd365-cal',
      facts: [...basis, 'R7.P4'],
      alternatives: [
        ...alt,
        ...(external
          ? []
          : [
              {
                license: 'd365-team-members-cal' as const,
                when: 'looks-accounts-up-onprem' as const,
              },
            ]),
      ],
      ...settled,
    },
    {
      id: `d365.onprem.${tag}.full`,
      ...userOnly,
      when: { ...when, does: ['full'] },
      license: 'd365-cal',
      facts: basis,
      alternatives: alt,
      ...settled,
    },
  ]
}

const d365OnPrem: Rule[] = [
  ...d365OnPremRows('internal', ['internal'], USING, false),
  ...d365OnPremRows('outsider-client', OUTSIDERS, ['crm-client'], false),
  ...d365OnPremRows('outsider-indirect', OUTSIDERS, INDIRECT, true),
]

/**
 * An integration, application or service account that signs in is not a person: what it needs depends
 * on the product, not on what it does, so no more is asked (audit F17, F36). The people whose work
 * flows through it are licensed on their own answers (the multiplexing caveat).
 */
const service = (product: readonly Product[], deploy: Deploy, rest: Omit<Rule, 'when' | 'userOnly'>): Rule => ({
  ...rest,
  when: { product, deploy: [deploy], audience: ['service'] },
  userOnly: true,
})

const serviceAccounts: Rule[] = [
  service(['crm4'], 'onprem', {
    id: 'service.crm4.onprem',
    license: 'full-cal',
    facts: ['R9.S5'],
    alternatives: [{ license: 'limited-cal', when: 'account-reads' }],
  }),
  service(['crm4'], 'online', { id: 'service.crm4.online', license: 'crm-online-usl', facts: ['M1.S56'] }),
  service(['crm2011'], 'onprem', {
    id: 'service.crm2011.onprem',
    license: 'full-cal',
    facts: ['R12.S12', 'R13.P14'],
    alternatives: [
      { license: 'limited-cal', when: 'account-limited-writes' },
      { license: 'ess-cal', when: 'account-within-self-service' },
    ],
  }),
  service(['crm2011'], 'online', {
    id: 'service.crm2011.online',
    license: 'crm-online-usl',
    facts: ['R17.S22'],
    alternatives: [{ license: 'none', when: 'non-interactive-free' }],
  }),
  service(['crm2013', 'crm2016'], 'onprem', {
    id: 'service.crm2013-16.onprem',
    license: 'essential-cal',
    facts: ['R18.P19'],
  }),
  service(['crm2013', 'crm2016'], 'online', {
    id: 'service.crm2013-16.online',
    license: 'essential-usl',
    facts: ['R18.P19'],
    alternatives: [{ license: 'none', when: 'non-interactive-crm-online' }],
  }),
  service(['d365'], 'online', {
    id: 'service.d365.online',
    license: 'none',
    facts: ['R35.P25', 'R35.P7', 'R5.P8'],
  }),
  service(['d365'], 'onprem', {
    id: 'service.d365.onprem',
    license: 'd365-team-members-cal',
    facts: ['R27.P22'],
    alternatives: [{ license: 'd365-cal', when: 'account-writes-beyond-contacts' }],
  }),
  service(ALL_PRODUCTS, 'hosted', { id: 'service.hosted', license: 'spla-sal', facts: ['R29.S10', 'R29.S48'] }),
]

// A product modelled on another (products.ts) follows the other's rules.
export const RULES: readonly Rule[] = [
  ...universal,
  ...serviceAccounts,
  ...hosted,
  ...crm4,
  ...crm4Online,
  ...crm2011,
  ...tiers('onprem'),
  ...tiers('online'),
  ...d365Online,
  ...d365OnPrem,
].map((r) => ({ ...r, when: { ...r.when, product: withModelled(r.when.product) } }))

/**
 * What a rule tells the person: the license and the others that would also do. Two readings of a
 * person with the same advice need not be told apart (audit F25: a contractor on the product's own
 * screens needs the same license whether counted as internal or external).
 */
export function adviceKey(r: Rule): string {
  let key = adviceKeys.get(r)
  if (key === undefined) {
    key = `${r.license} ${JSON.stringify(r.alternatives ?? [])}`
    adviceKeys.set(r, key)
  }
  return key
}
// Routing compares these for every prefix it visits; each rule's key is worked out once.
const adviceKeys = new WeakMap<Rule, string>()

/** The questions the decision table matches on directly; `who` reaches it through the audience. */
export const RULE_QUESTIONS = ['product', 'deploy', 'via', 'does', 'records', 'bought'] as const satisfies readonly (
  | QuestionId
  | keyof RuleWhen
)[]
export type RuleQuestion = (typeof RULE_QUESTIONS)[number]

/**
 * Whether a rule could still decide these answers for one of these audiences: every question it
 * names is unanswered or answered with a value it accepts. With every question answered, this is
 * "the rule applies".
 */
export function couldApply(rule: Rule, answers: Answers, audiences: readonly Audience[] | undefined): boolean {
  if (audiences && rule.when.audience && !audiences.some((x) => rule.when.audience?.includes(x))) return false
  return RULE_QUESTIONS.every((q) => {
    const allowed = rule.when[q] as readonly string[] | undefined
    const value = answers[q]
    return allowed === undefined || value === undefined || allowed.includes(value)
  })
}

/** Whether a rule applies to complete answers: every question it names is answered and accepted. */
export function applies(rule: Rule, answers: Answers, audience: Audience): boolean {
  if (rule.when.audience && !rule.when.audience.includes(audience)) return false
  return RULE_QUESTIONS.every((q) => {
    const allowed = rule.when[q] as readonly string[] | undefined
    const value = answers[q]
    return allowed === undefined || (value !== undefined && allowed.includes(value))
  })
}
