import { SEED_PLAN as SCENARIO_PLAN } from '../../domain/__fixtures__/scenarios'
import { LINK_VERSION } from '../advice'
import type { Plan } from '../plan'

/**
 * A CRM 2011 on-premises organization with four groups, one per kind of license it needs. Shared
 * by the codec's tests and any view test that needs a realistic plan without building one by hand.
 */
export const SEED_PLAN: Plan = {
  product: SCENARIO_PLAN.product,
  deploy: SCENARIO_PLAN.deploy,
  servers: 1,
  groups: SCENARIO_PLAN.groups.map((g) => ({ ...g, answers: { ...g.answers } })),
}

/**
 * What encodePlan writes for SEED_PLAN: the contract's example link, with the other three groups, in
 * the newest version (from version 2 the connector's group says when the licenses were bought).
 */
export const SEED_PLAN_SEARCH =
  `?v=${LINK_VERSION}&view=plan&product=crm2011&deploy=onprem` +
  '&g=name:Customer%20portal%20users;count:5000;who:customer-employee;via:portal;does:self-service;bought:before-2014' +
  '&g=name:Field%20techs;count:800;who:employee;via:portal;does:light;device:named' +
  '&g=name:Field%20managers;count:40;who:employee;via:crm-client;does:full;device:named' +
  '&g=name:Executives;count:20;who:employee;via:crm-client;does:read;device:named'
