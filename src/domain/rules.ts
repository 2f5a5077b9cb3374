import type { FactId } from './facts'
import type { Answers, Deploy, Does, LicenseId, Product, QuestionId, Via } from './types'
import type { UncertaintyId } from './uncertainties'

/**
 * The decision table. Each row names the answers it applies to (a missing key means "any answer,
 * or not asked"), the license it recommends and the facts that justify it. Rows never overlap and
 * there is no catch-all: the tests enumerate every reachable path and require exactly one row.
 *
 * People are first sorted into audiences (see audience.ts): internal users always need a license;
 * external users and anonymous visitors are covered differently in each version.
 */
export type Audience = 'internal' | 'external' | 'public'

export interface Alternative {
  license: LicenseId
  when: string
}

export interface RuleWhen {
  product: readonly Product[]
  deploy: readonly Deploy[]
  audience?: readonly Audience[]
  via?: readonly Via[]
  does?: readonly Does[]
  records?: readonly ('custom' | 'core')[]
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

const CRM_PRODUCTS: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016']
const ALL_PRODUCTS: readonly Product[] = [...CRM_PRODUCTS, 'd365']
const OWN: readonly Deploy[] = ['onprem', 'online']
export const INDIRECT: readonly Via[] = ['portal', 'custom-app', 'integration']
const USING: readonly Via[] = ['crm-client', 'portal', 'custom-app', 'integration']
const OUTSIDERS: readonly Audience[] = ['external', 'public']
const WORK: readonly Does[] = ['read', 'self-service', 'light', 'full']
const UP_TO_LIGHT: readonly Does[] = ['read', 'self-service', 'light']

const universal: Rule[] = [
  {
    id: 'any.manual',
    when: { product: ALL_PRODUCTS, deploy: ['onprem', 'online', 'hosted'], via: ['manual'] },
    license: 'none',
    facts: ['R6.S44', 'R5.S8'],
    alternatives: [],
  },
  {
    id: 'crm4.admin',
    when: { product: ['crm4'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R8.S3', 'R8.S4'],
  },
  {
    id: 'crm.admin',
    when: { product: ['crm2011', 'crm2013', 'crm2016'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R25.S39'],
  },
  {
    id: 'd365.admin',
    when: { product: ['d365'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R25.S33', 'R25.S38'],
  },
]

const hosted: Rule[] = [
  {
    id: 'hosted.admin',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], via: USING, does: ['admin'] },
    license: 'none',
    facts: ['R29.S10', 'R8.S3', 'R25.S39'],
    alternatives: [
      { license: 'spla-sal', when: 'if the provider’s SPLA terms count administrators as authorized users' },
    ],
    uncertain: 'hosted-admin',
  },
  {
    id: 'hosted.client',
    when: { product: CRM_PRODUCTS, deploy: ['hosted'], via: ['crm-client'], does: WORK },
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
    when: { product: ['d365'], deploy: ['hosted'], via: ['crm-client'], does: WORK },
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
    alternatives: [{ license: 'spla-sal', when: 'if the provider’s SPLA terms require a SAL for them' }],
    uncertain: 'spla-external',
  },
]

const crm4: Rule[] = [
  {
    id: 'crm4.onprem.internal.read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['read'] },
    license: 'limited-cal',
    facts: ['R9.S5', 'R5.S8'],
    alternatives: [{ license: 'full-cal', when: 'if they also change any data' }],
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
    alternatives: [{ license: 'limited-cal', when: 'a Limited CAL for each external user, when there are only a few' }],
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
    facts: ['R10.S1', 'R2.S1', 'R10.S6'],
    alternatives: [{ license: 'full-cal', when: 'a CAL for each external user, when there are only a few' }],
  },
  {
    id: 'crm4.onprem.public.web-form',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    facts: ['R11.S7', 'R10.S1'],
    alternatives: [
      { license: 'external-connector', when: 'if visitors see any CRM data, or if the Product Use Rights say so' },
    ],
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

const crm2011: Rule[] = [
  {
    id: 'crm2011.onprem.internal.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    facts: ['R14.S12', 'R14.S17', 'R13.S15'],
    alternatives: [{ license: 'full-cal', when: 'if they assign, share or delete records created by others' }],
  },
  {
    id: 'crm2011.onprem.internal.full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['full'] },
    license: 'full-cal',
    facts: ['R12.S12', 'R14.S17', 'R5.S8'],
  },
  {
    id: 'crm2011.onprem.internal.ess',
    when: {
      product: ['crm2011'],
      deploy: ['onprem'],
      audience: ['internal'],
      via: ['portal', 'custom-app'],
      does: UP_TO_LIGHT,
    },
    license: 'ess-cal',
    facts: ['R13.S12', 'R13.S13', 'R13.S15'],
    alternatives: [
      {
        license: 'limited-cal',
        when: 'if they also use the web, Outlook or mobile client, or read beyond accounts, contacts, cases, leads, activities and custom records',
      },
    ],
  },
  {
    id: 'crm2011.onprem.internal.integration',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: ['integration'], does: UP_TO_LIGHT },
    license: 'ess-cal',
    facts: ['R5.S8', 'R5.S44', 'R13.S12'],
    alternatives: [{ license: 'limited-cal', when: 'if the data they see goes beyond what the ESS CAL may read' }],
    uncertain: 'crm2011-integration',
  },
  {
    id: 'crm2011.onprem.outsider.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    facts: ['R15.S19', 'R14.S12'],
    alternatives: [{ license: 'full-cal', when: 'if they assign, share or delete records created by others' }],
  },
  {
    id: 'crm2011.onprem.outsider.client-full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: ['full'] },
    license: 'full-cal',
    facts: ['R15.S19', 'R12.S12'],
  },
  {
    id: 'crm2011.onprem.external.connector',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['external'], via: INDIRECT, does: WORK },
    license: 'external-connector',
    facts: ['R15.S19', 'R15.S11', 'R2.S1', 'R16.S20'],
    alternatives: [{ license: 'limited-cal', when: 'a CAL for each external user, when there are only a few' }],
    uncertain: 'ec-after-2014',
  },
  {
    id: 'crm2011.onprem.public.connector',
    when: {
      product: ['crm2011'],
      deploy: ['onprem'],
      audience: ['public'],
      via: INDIRECT,
      does: ['read', 'light', 'full'],
    },
    license: 'external-connector',
    facts: ['R15.S19', 'R15.S11', 'R16.S20'],
    uncertain: 'ec-after-2014',
  },
  {
    id: 'crm2011.onprem.public.web-form',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    facts: ['R11.S7', 'R15.S19'],
    alternatives: [{ license: 'external-connector', when: 'if visitors see any CRM data' }],
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
        alternatives: [{ license: tier('basic'), when: 'if they also work with accounts, contacts, cases or leads' }],
      },
      {
        id: `crm2013-16.${deploy}.${who}.basic`,
        when: { product, deploy: [deploy], audience, via, does: UP_TO_LIGHT, records: ['core'] },
        license: tier('basic'),
        facts: [...basis, 'R18.S23', 'R18.S25', ...model],
        alternatives: [
          {
            license: tier('professional'),
            when: 'if they also work opportunities or run sales, service or marketing processes',
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

const d365TeamMembersRows = (audience: readonly Audience[], basis: readonly FactId[], tag: string): Rule[] => [
  {
    id: `d365.online.${tag}.client-team-members`,
    when: { product: ['d365'], deploy: ['online'], audience, via: ['crm-client'], does: ['read'] },
    license: 'd365-team-members',
    facts: [...basis, 'R23.S35', 'R23.S34'],
    alternatives: [{ license: 'd365-app', when: 'if they must edit accounts or work leads, opportunities or cases' }],
  },
  {
    // Team Members bought from October 2018 reads accounts only, and maintaining them is part of this answer.
    id: `d365.online.${tag}.client-light`,
    when: { product: ['d365'], deploy: ['online'], audience, via: ['crm-client'], does: ['light'] },
    license: 'd365-app',
    facts: [...basis, 'R23.S34', 'R23.S35', 'R24.S52'],
    alternatives: [
      {
        license: 'd365-team-members',
        when: 'if they only read accounts and keep contacts, activities and notes: Team Members bought from October 2018 cannot edit accounts',
      },
    ],
  },
  {
    id: `d365.online.${tag}.client-self-service-custom`,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience,
      via: ['crm-client'],
      does: ['self-service'],
      records: ['custom'],
    },
    license: 'd365-team-members',
    facts: [...basis, 'R23.S35', 'R23.S34'],
  },
  {
    id: `d365.online.${tag}.client-self-service-core`,
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience,
      via: ['crm-client'],
      does: ['self-service'],
      records: ['core'],
    },
    license: 'd365-app',
    facts: [...basis, 'R23.S35', 'R24.S52'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'if their own requests are handled in a Power Apps app instead of the Dynamics 365 app',
      },
    ],
  },
  {
    id: `d365.online.${tag}.client-full`,
    when: { product: ['d365'], deploy: ['online'], audience, via: ['crm-client'], does: ['full'] },
    license: 'd365-app',
    facts: [...basis, 'R24.S52', 'R24.S51'],
  },
]

const d365Online: Rule[] = [
  ...d365TeamMembersRows(['internal'], ['R1.S32'], 'internal'),
  ...d365TeamMembersRows(OUTSIDERS, ['R21.S32'], 'outsider'),
  {
    id: 'd365.online.internal.portal-capacity',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['portal'], does: ['read', 'light'] },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R23.S36'],
    alternatives: [
      { license: 'power-apps', when: 'Power Apps per app (one site) or Premium, if they also use other apps' },
      {
        license: 'd365-app',
        when: 'a Dynamics 365 Enterprise license they already hold covers the site in the same environment',
      },
    ],
  },
  {
    id: 'd365.online.internal.portal-self-service-custom',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['portal'],
      does: ['self-service'],
      records: ['custom'],
    },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R23.S36'],
    alternatives: [{ license: 'power-apps', when: 'Power Apps per app (one site) or Premium' }],
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
    license: 'power-apps',
    facts: ['R26.S40', 'R28.S37', 'R23.S36'],
    alternatives: [
      {
        license: 'power-pages-authenticated',
        when: 'cheaper, but the sources do not say whether the case self-service exception covers employees counted only on site capacity',
      },
    ],
  },
  {
    id: 'd365.online.internal.portal-full-core',
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
      records: ['custom'],
    },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R26.S40'],
    alternatives: [{ license: 'power-apps', when: 'Power Apps per app (one site) or Premium' }],
  },
  {
    id: 'd365.online.internal.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['custom-app'], does: UP_TO_LIGHT },
    license: 'power-apps',
    facts: ['R26.S40'],
  },
  {
    id: 'd365.online.internal.custom-app-full-core',
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
      records: ['custom'],
    },
    license: 'power-apps',
    facts: ['R26.S40'],
  },
  {
    id: 'd365.online.internal.integration',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['integration'], does: ['read'] },
    license: 'd365-team-members',
    facts: ['R5.S44', 'R25.S38', 'R23.S35'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'if what reaches them is limited to Dataverse tables outside the Dynamics 365 apps',
      },
    ],
    uncertain: 'd365-integration',
  },
  {
    id: 'd365.online.internal.integration-write',
    when: {
      product: ['d365'],
      deploy: ['online'],
      audience: ['internal'],
      via: ['integration'],
      does: ['self-service', 'light', 'full'],
    },
    license: 'd365-app',
    facts: ['R5.S44', 'R26.S40'],
  },
  {
    id: 'd365.online.external.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['external'], via: ['portal'], does: WORK },
    license: 'power-pages-authenticated',
    facts: ['R28.S37', 'R21.S32', 'R2.S32'],
  },
  {
    id: 'd365.online.public.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['public'], via: ['portal'], does: WORK },
    license: 'power-pages-anonymous',
    facts: ['R28.S37'],
    alternatives: [
      { license: 'power-pages-authenticated', when: 'for visitors who sign in, for example to follow up a request' },
    ],
  },
  {
    id: 'd365.online.outsider.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: OUTSIDERS, via: ['custom-app'], does: WORK },
    license: 'none',
    facts: ['R21.S32', 'R22.S41'],
    alternatives: [
      { license: 'power-apps', when: 'each, assigned in your tenant, if they sign in to a Power Apps app as guests' },
    ],
    uncertain: 'd365-external-custom-app',
  },
  {
    id: 'd365.online.outsider.integration',
    when: { product: ['d365'], deploy: ['online'], audience: OUTSIDERS, via: ['integration'], does: WORK },
    license: 'none',
    facts: ['R21.S32', 'R5.S8'],
  },
]

function d365OnPremRows(tag: string, audience: readonly Audience[], via: readonly Via[], external: boolean): Rule[] {
  const basis: readonly FactId[] = external ? ['R27.S42', 'R27-external.S42', 'R27.S43'] : ['R27.S42', 'R1.S32']
  const review = (u: UncertaintyId) => (external ? 'd365-onprem-external' : u)
  const alt: Alternative[] = external
    ? [{ license: 'none', when: 'if the guide confirms that external access is included' }]
    : []
  const userOnly = external ? { userOnly: true as const } : {}
  return [
    {
      id: `d365.onprem.${tag}.team-members`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['read'] },
      license: 'd365-team-members-cal',
      facts: basis,
      alternatives: [{ license: 'd365-cal', when: 'if they also change data beyond contacts and activities' }, ...alt],
      uncertain: review('team-members-cal'),
    },
    {
      id: `d365.onprem.${tag}.self-service-custom`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['self-service'], records: ['custom'] },
      license: 'd365-team-members-cal',
      facts: basis,
      alternatives: alt,
      uncertain: review('team-members-cal'),
    },
    {
      id: `d365.onprem.${tag}.self-service-core`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['self-service'], records: ['core'] },
      license: 'd365-cal',
      facts: basis,
      alternatives: alt,
      ...(external ? { uncertain: 'd365-onprem-external' as const } : {}),
    },
    {
      id: `d365.onprem.${tag}.light-full`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['light', 'full'] },
      license: 'd365-cal',
      facts: basis,
      alternatives: [
        ...alt,
        ...(external
          ? []
          : [
              {
                license: 'd365-team-members-cal' as const,
                when: 'if they only read accounts and keep contacts and activities',
              },
            ]),
      ],
      ...(external ? { uncertain: 'd365-onprem-external' as const } : {}),
    },
  ]
}

const d365OnPrem: Rule[] = [
  ...d365OnPremRows('internal', ['internal'], USING, false),
  ...d365OnPremRows('outsider-client', OUTSIDERS, ['crm-client'], false),
  ...d365OnPremRows('outsider-indirect', OUTSIDERS, INDIRECT, true),
]

export const RULES: readonly Rule[] = [
  ...universal,
  ...hosted,
  ...crm4,
  ...crm4Online,
  ...crm2011,
  ...tiers('onprem'),
  ...tiers('online'),
  ...d365Online,
  ...d365OnPrem,
]

export type Facets = Partial<Record<keyof RuleWhen, string>>

/** The answers a rule is matched on: the audience stands in for `who`. */
export function matches(rule: Rule, facets: Facets, ignore: readonly (keyof RuleWhen)[] = []): boolean {
  return (Object.keys(rule.when) as (keyof RuleWhen)[]).every((key) => {
    if (ignore.includes(key)) return true
    const allowed = rule.when[key] as readonly string[] | undefined
    const value = facets[key]
    return allowed === undefined || (value !== undefined && allowed.includes(value))
  })
}

export function facetsOf(answers: Answers, audience: Audience | undefined): Facets {
  const keys: (QuestionId & keyof RuleWhen)[] = ['product', 'deploy', 'via', 'does', 'records']
  const facets: Facets = {}
  for (const k of keys) if (answers[k] !== undefined) facets[k] = answers[k]
  if (audience) facets.audience = audience
  return facets
}
