import type { FactId } from './facts'
import type { Answers, Confidence, Deploy, Does, LicenseId, Product, QuestionId, Via } from './types'

/**
 * The decision table. Each row names the answers it applies to (a missing key means "any answer,
 * or not asked"), the license it recommends and the facts that justify it. Rows never overlap and
 * there is no catch-all: the tests enumerate every reachable path and require exactly one row.
 *
 * People are first sorted into audiences (see audience.ts): internal users always need a license;
 * external users and anonymous visitors are covered differently in each version.
 */
export type Audience = 'internal' | 'external' | 'public'

export interface Uncertainty {
  /** What the sources do not settle. */
  what: string
  /** What to ask Microsoft or the partner to settle it. */
  ask: string
}

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
  confidence: Confidence
  facts: readonly FactId[]
  alternatives?: readonly Alternative[]
  uncertain?: Uncertainty
  /** Set where a device license would make no sense (people reaching the data from their own devices outside). */
  userOnly?: true
}

const ALL_PRODUCTS: readonly Product[] = ['crm4', 'crm2011', 'crm2013', 'crm2016', 'd365']
const OWN: readonly Deploy[] = ['onprem', 'online']
const INDIRECT: readonly Via[] = ['portal', 'custom-app', 'integration']
const USING: readonly Via[] = ['crm-client', 'portal', 'custom-app', 'integration']
const OUTSIDERS: readonly Audience[] = ['external', 'public']
const WORK: readonly Does[] = ['read', 'self-service', 'light', 'full']
const UP_TO_LIGHT: readonly Does[] = ['read', 'self-service', 'light']

const universal: Rule[] = [
  {
    id: 'any.manual',
    when: { product: ALL_PRODUCTS, deploy: ['onprem', 'online', 'hosted'], via: ['manual'] },
    license: 'none',
    confidence: 'settled',
    facts: ['R6.S44', 'R5.S8'],
    alternatives: [],
  },
  {
    id: 'crm4.admin',
    when: { product: ['crm4'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    confidence: 'settled',
    facts: ['R8.S3', 'R8.S4'],
  },
  {
    id: 'crm.admin',
    when: { product: ['crm2011', 'crm2013', 'crm2016'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    confidence: 'settled',
    facts: ['R25.S39'],
  },
  {
    id: 'd365.admin',
    when: { product: ['d365'], deploy: OWN, via: USING, does: ['admin'] },
    license: 'none',
    confidence: 'settled',
    facts: ['R25.S33', 'R25.S38'],
  },
]

const SPLA_EXTERNAL: Uncertainty = {
  what: 'Whether the provider needs a Subscriber Access License for people outside the hosted organizations who never use the CRM client: a licensing partner says not under CRM 4.0’s Service Provider terms (the quote is cut off), while SPLA asks for a SAL for every user authorized to access the service directly or indirectly.',
  ask: 'Ask the provider’s SPLA reseller to confirm, from the current Services Provider Use Rights, whether external users without CRM-client access need SALs.',
}

const hosted: Rule[] = [
  {
    id: 'hosted.admin',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], via: USING, does: ['admin'] },
    license: 'none',
    confidence: 'review',
    facts: ['R29.S10', 'R8.S3', 'R25.S39'],
    alternatives: [
      { license: 'spla-sal', when: 'if the provider’s SPLA terms count administrators as authorized users' },
    ],
    uncertain: {
      what: 'The administrative access mode needs no license under volume licensing, but the SPLA terms, which ask for a SAL for every authorized user, were not read.',
      ask: 'Ask the provider’s SPLA reseller whether administrators who see no business data need a SAL.',
    },
  },
  {
    id: 'hosted.client',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], via: ['crm-client'], does: WORK },
    license: 'spla-sal',
    confidence: 'settled',
    facts: ['R29.S10', 'R29.S48'],
  },
  {
    id: 'hosted.internal-indirect',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], audience: ['internal'], via: INDIRECT, does: WORK },
    license: 'spla-sal',
    confidence: 'settled',
    facts: ['R29.S10', 'R5.S8'],
  },
  {
    id: 'hosted.outsider-indirect',
    when: { product: ALL_PRODUCTS, deploy: ['hosted'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'none',
    confidence: 'review',
    facts: ['R30.S9', 'R29.S10'],
    alternatives: [{ license: 'spla-sal', when: 'if the provider’s SPLA terms require a SAL for them' }],
    uncertain: SPLA_EXTERNAL,
  },
]

const crm4: Rule[] = [
  {
    id: 'crm4.onprem.internal.read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['read'] },
    license: 'limited-cal',
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
    facts: ['R9.S14', 'R9.S5', 'R10.S2', 'R5.S8'],
  },
  {
    id: 'crm4.onprem.outsider.client-read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: ['read'] },
    license: 'limited-cal',
    confidence: 'settled',
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
    confidence: 'settled',
    facts: ['R10.S2', 'R9.S5'],
  },
  {
    id: 'crm4.onprem.outsider.indirect-read',
    when: { product: ['crm4'], deploy: ['onprem'], audience: OUTSIDERS, via: INDIRECT, does: ['read'] },
    license: 'limited-external-connector',
    confidence: 'settled',
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
    confidence: 'settled',
    facts: ['R10.S1', 'R2.S1', 'R10.S6'],
    alternatives: [{ license: 'full-cal', when: 'a CAL for each external user, when there are only a few' }],
  },
  {
    id: 'crm4.onprem.public.web-form',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    confidence: 'review',
    facts: ['R11.S7', 'R10.S1'],
    alternatives: [
      { license: 'external-connector', when: 'if visitors see any CRM data, or if the Product Use Rights say so' },
    ],
    uncertain: {
      what: 'Whether a public form that only writes into CRM (lead capture, an enquiry) and shows visitors no CRM data needs an External Connector: only a third-party example says it does not.',
      ask: 'Ask Microsoft or your partner to confirm from the Product Use Rights in force when the licenses were bought.',
    },
  },
  {
    id: 'crm4.onprem.public.indirect-maintain',
    when: { product: ['crm4'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['light', 'full'] },
    license: 'external-connector',
    confidence: 'settled',
    facts: ['R10.S1', 'R11.S7'],
  },
]

const CRM4_ONLINE: Uncertainty = {
  what: 'CRM 4.0 Online (first called CRM Live) is known only by its edition names, Professional and Professional Plus; its prices and use rights could not be verified.',
  ask: 'Ask Microsoft or your partner for the CRM Online terms that applied to your subscription.',
}

const crm4Online: Rule[] = [
  {
    id: 'crm4.online.internal',
    when: { product: ['crm4'], deploy: ['online'], audience: ['internal'], via: USING, does: WORK },
    license: 'crm-online-usl',
    confidence: 'review',
    facts: ['M1.S56', 'R1.S1', 'R5.S8'],
    uncertain: CRM4_ONLINE,
  },
  {
    id: 'crm4.online.outsider.client',
    when: { product: ['crm4'], deploy: ['online'], audience: OUTSIDERS, via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    confidence: 'review',
    facts: ['M1.S56', 'R10.S2'],
    uncertain: CRM4_ONLINE,
  },
  {
    id: 'crm4.online.outsider.indirect',
    when: { product: ['crm4'], deploy: ['online'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'undetermined',
    confidence: 'review',
    facts: ['M1.S56'],
    uncertain: {
      what: 'No source describes how CRM 4.0 Online licensed external users who reach it through a portal, a custom application or an integration.',
      ask: 'Ask Microsoft or your partner for the CRM Online use rights of the time.',
    },
  },
]

const EC_AFTER_2014: Uncertainty = {
  what: 'The External Connector left the price list in January 2014. For CRM 2011 licenses bought after that, it is not known whether external access is included (as from CRM 2013 on) or still needs a connector.',
  ask: 'Check when the CRM 2011 server licenses were bought; if after January 2014, ask Microsoft or your partner how the included external access of CRM 2013 applies through downgrade rights or Software Assurance.',
}

const crm2011: Rule[] = [
  {
    id: 'crm2011.onprem.internal.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    confidence: 'settled',
    facts: ['R14.S12', 'R14.S17', 'R13.S15'],
    alternatives: [{ license: 'full-cal', when: 'if they assign, share or delete records created by others' }],
  },
  {
    id: 'crm2011.onprem.internal.full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['internal'], via: USING, does: ['full'] },
    license: 'full-cal',
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'review',
    facts: ['R5.S8', 'R5.S44', 'R13.S12'],
    alternatives: [{ license: 'limited-cal', when: 'if the data they see goes beyond what the ESS CAL may read' }],
    uncertain: {
      what: 'Everyone who uses CRM data through another system needs a CAL, but no source says which CAL covers data that reaches them through an automated integration: the ESS CAL’s “any application other than the CRM client” suggests it does.',
      ask: 'Ask your partner to confirm the CAL type for people who only see CRM data inside the other system.',
    },
  },
  {
    id: 'crm2011.onprem.outsider.client-limited',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: UP_TO_LIGHT },
    license: 'limited-cal',
    confidence: 'settled',
    facts: ['R15.S19', 'R14.S12'],
    alternatives: [{ license: 'full-cal', when: 'if they assign, share or delete records created by others' }],
  },
  {
    id: 'crm2011.onprem.outsider.client-full',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: OUTSIDERS, via: ['crm-client'], does: ['full'] },
    license: 'full-cal',
    confidence: 'settled',
    facts: ['R15.S19', 'R12.S12'],
  },
  {
    id: 'crm2011.onprem.external.connector',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['external'], via: INDIRECT, does: WORK },
    license: 'external-connector',
    confidence: 'review',
    facts: ['R15.S19', 'R15.S11', 'R2.S1', 'R16.S20'],
    alternatives: [{ license: 'limited-cal', when: 'a CAL for each external user, when there are only a few' }],
    uncertain: EC_AFTER_2014,
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
    confidence: 'review',
    facts: ['R15.S19', 'R15.S11', 'R16.S20'],
    uncertain: EC_AFTER_2014,
  },
  {
    id: 'crm2011.onprem.public.web-form',
    when: { product: ['crm2011'], deploy: ['onprem'], audience: ['public'], via: INDIRECT, does: ['self-service'] },
    license: 'none',
    confidence: 'review',
    facts: ['R11.S7', 'R15.S19'],
    alternatives: [{ license: 'external-connector', when: 'if visitors see any CRM data' }],
    uncertain: {
      what: 'Whether a public form that only writes into CRM and shows visitors no CRM data needs an External Connector: only a third-party example (written for CRM 4.0) says it does not.',
      ask: 'Ask Microsoft or your partner to confirm from the Product Use Rights in force when the licenses were bought.',
    },
  },
  {
    id: 'crm2011.online.internal.client',
    when: { product: ['crm2011'], deploy: ['online'], audience: ['internal'], via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    confidence: 'settled',
    facts: ['R17.S21'],
  },
  {
    id: 'crm2011.online.internal.indirect',
    when: { product: ['crm2011'], deploy: ['online'], audience: ['internal'], via: INDIRECT, does: WORK },
    license: 'crm-online-usl',
    confidence: 'review',
    facts: ['R17.S21', 'R17.S22', 'R5.S8'],
    uncertain: {
      what: 'CRM Online 2011 had one subscription for everyone; no self-service subscription like the on-premises ESS CAL was found, but the sources that say so are partner blogs.',
      ask: 'Ask Microsoft or your partner whether a cheaper subscription covered employees who use CRM Online only through a portal or custom application.',
    },
  },
  {
    id: 'crm2011.online.outsider.client',
    when: { product: ['crm2011'], deploy: ['online'], audience: OUTSIDERS, via: ['crm-client'], does: WORK },
    license: 'crm-online-usl',
    confidence: 'settled',
    facts: ['R17.S21'],
  },
  {
    id: 'crm2011.online.outsider.indirect',
    when: { product: ['crm2011'], deploy: ['online'], audience: OUTSIDERS, via: INDIRECT, does: WORK },
    license: 'none',
    confidence: 'settled',
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
        confidence: 'settled',
        facts: [...basis, 'R18.S23', ...model],
        alternatives: [{ license: tier('basic'), when: 'if they also work with accounts, contacts, cases or leads' }],
      },
      {
        id: `crm2013-16.${deploy}.${who}.basic`,
        when: { product, deploy: [deploy], audience, via, does: UP_TO_LIGHT, records: ['core'] },
        license: tier('basic'),
        confidence: 'settled',
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
        confidence: 'settled',
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
      confidence: 'settled',
      facts: deploy === 'onprem' ? ['R16.S20', 'R16.S27'] : ['R21.S28', 'R5.S8'],
    },
  ]
}

const d365TeamMembersRows = (audience: readonly Audience[], basis: readonly FactId[], tag: string): Rule[] => [
  {
    id: `d365.online.${tag}.client-team-members`,
    when: { product: ['d365'], deploy: ['online'], audience, via: ['crm-client'], does: ['read', 'light'] },
    license: 'd365-team-members',
    confidence: 'settled',
    facts: [...basis, 'R23.S35', 'R23.S34'],
    alternatives: [{ license: 'd365-app', when: 'if they must edit accounts or work leads, opportunities or cases' }],
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
    facts: ['R28.S37', 'R26.S40'],
    alternatives: [{ license: 'power-apps', when: 'Power Apps per app (one site) or Premium' }],
  },
  {
    id: 'd365.online.internal.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['custom-app'], does: UP_TO_LIGHT },
    license: 'power-apps',
    confidence: 'settled',
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
    confidence: 'settled',
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
    confidence: 'settled',
    facts: ['R26.S40'],
  },
  {
    id: 'd365.online.internal.integration',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['integration'], does: UP_TO_LIGHT },
    license: 'd365-team-members',
    confidence: 'review',
    facts: ['R5.S44', 'R25.S38', 'R23.S35'],
    alternatives: [
      {
        license: 'power-apps',
        when: 'if what reaches them is limited to Dataverse tables outside the Dynamics 365 apps',
      },
    ],
    uncertain: {
      what: 'Everyone who reads or acts on Dynamics 365 data through another system must be licensed, but the sources do not say which license covers data that reaches them only through an integration.',
      ask: 'Ask your partner or Microsoft which license these people need, naming the tables the integration reads and writes.',
    },
  },
  {
    id: 'd365.online.internal.integration-full',
    when: { product: ['d365'], deploy: ['online'], audience: ['internal'], via: ['integration'], does: ['full'] },
    license: 'd365-app',
    confidence: 'settled',
    facts: ['R5.S44', 'R26.S40'],
  },
  {
    id: 'd365.online.external.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['external'], via: ['portal'], does: WORK },
    license: 'power-pages-authenticated',
    confidence: 'settled',
    facts: ['R28.S37', 'R21.S32', 'R2.S32'],
  },
  {
    id: 'd365.online.public.portal',
    when: { product: ['d365'], deploy: ['online'], audience: ['public'], via: ['portal'], does: WORK },
    license: 'power-pages-anonymous',
    confidence: 'settled',
    facts: ['R28.S37'],
    alternatives: [
      { license: 'power-pages-authenticated', when: 'for visitors who sign in, for example to follow up a request' },
    ],
  },
  {
    id: 'd365.online.outsider.custom-app',
    when: { product: ['d365'], deploy: ['online'], audience: OUTSIDERS, via: ['custom-app'], does: WORK },
    license: 'none',
    confidence: 'review',
    facts: ['R21.S32', 'R22.S41'],
    alternatives: [
      { license: 'power-apps', when: 'each, assigned in your tenant, if they sign in to a Power Apps app as guests' },
    ],
    uncertain: {
      what: 'External access through a website you built on the API is included, but people who sign in to a Power Apps app as guests need a license in your tenant; which applies depends on how the application signs people in.',
      ask: 'Check how the application authenticates: as one application user for a website (included), or each person as a guest in your tenant (licensed).',
    },
  },
  {
    id: 'd365.online.outsider.integration',
    when: { product: ['d365'], deploy: ['online'], audience: OUTSIDERS, via: ['integration'], does: WORK },
    license: 'none',
    confidence: 'settled',
    facts: ['R21.S32', 'R5.S8'],
  },
]

const TM_CAL: Uncertainty = {
  what: 'The use rights of the on-premises Team Members CAL (the guide’s appendix on CAL use rights) could not be read; this assumes they match the online Team Members rights.',
  ask: 'Ask your partner for the “CAL Use Rights” appendix of the Dynamics 365 (on-premises) Licensing Guide in force when the CALs were bought.',
}

const D365_ONPREM_EXTERNAL: Uncertainty = {
  what: 'Sources disagree on external users of Dynamics 365 on-premises: a reading of the December 2016 Product Terms says they need CALs, while the online guides and the CRM 2013–2016 rules include external access. The on-premises guide’s section on external users could not be read.',
  ask: 'Ask Microsoft or your partner for the “Licensing Requirements for External Users” section of the Dynamics 365 (on-premises) Licensing Guide, or the Product Terms of your purchase date.',
}

function d365OnPremRows(tag: string, audience: readonly Audience[], via: readonly Via[], external: boolean): Rule[] {
  const basis: readonly FactId[] = external ? ['R27.S42', 'R27.S43'] : ['R27.S42', 'R1.S32']
  const same = external && via !== USING
  const review = (u: Uncertainty) => (same ? D365_ONPREM_EXTERNAL : u)
  const alt: Alternative[] = same
    ? [{ license: 'none', when: 'if the guide confirms that external access is included' }]
    : []
  const userOnly = same ? { userOnly: true as const } : {}
  return [
    {
      id: `d365.onprem.${tag}.team-members`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['read', 'light'] },
      license: 'd365-team-members-cal',
      confidence: 'review',
      facts: [...basis, 'R23.S35'],
      alternatives: [
        { license: 'd365-cal', when: 'if they must edit accounts or work leads, opportunities or cases' },
        ...alt,
      ],
      uncertain: review(TM_CAL),
    },
    {
      id: `d365.onprem.${tag}.self-service-custom`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['self-service'], records: ['custom'] },
      license: 'd365-team-members-cal',
      confidence: 'review',
      facts: [...basis, 'R23.S35'],
      alternatives: alt,
      uncertain: review(TM_CAL),
    },
    {
      id: `d365.onprem.${tag}.self-service-core`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['self-service'], records: ['core'] },
      license: 'd365-cal',
      confidence: same ? 'review' : 'settled',
      facts: basis,
      alternatives: alt,
      ...(same ? { uncertain: D365_ONPREM_EXTERNAL } : {}),
    },
    {
      id: `d365.onprem.${tag}.full`,
      ...userOnly,
      when: { product: ['d365'], deploy: ['onprem'], audience, via, does: ['full'] },
      license: 'd365-cal',
      confidence: same ? 'review' : 'settled',
      facts: basis,
      alternatives: alt,
      ...(same ? { uncertain: D365_ONPREM_EXTERNAL } : {}),
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
