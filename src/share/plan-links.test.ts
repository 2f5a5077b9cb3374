import { describe, expect, it } from 'vitest'
import { nextQuestion } from '../domain/routing'
import type { Answers } from '../domain/types'
import CASES from './__fixtures__/plan-links.json' with { type: 'json' }
import { decodeLink } from './link'

/**
 * A promise to the people who sent plan links: every link in the fixture, as the app wrote them (and
 * as people hand-edited them) up to commit a5291de, reads today into the plan it read into then. The
 * fixture was written by that commit's codec and is never regenerated: a difference here is a broken
 * promise, not a fixture to update.
 */

interface Projected {
  product: string | null
  deploy: string | null
  servers: number
  groups: {
    name: string
    count: number | null
    countText: string
    answers: Answers
    flagged: boolean
    blank: boolean
  }[]
}

function project(link: string): { plan: Projected; noticeGroups: number[] } {
  const d = decodeLink(link)
  if (d.view !== 'plan') throw new Error(`not read as a plan: ${link}`)
  return {
    plan: {
      product: d.plan.product ?? null,
      deploy: d.plan.deploy ?? null,
      servers: d.plan.servers,
      groups: d.plan.groups.map((g) => ({
        name: g.name,
        count: g.count ?? null,
        countText: g.countText,
        answers: g.answers,
        flagged: g.problems.length > 0,
        blank: g.blank === true,
      })),
    },
    noticeGroups: d.notices.map((n) => n.group),
  }
}

/**
 * The groups a later rulebook reads differently by design, and only these (contract section 5: a path on which the
 * rules now ask one more question stops there, with a notice; an answer the rules no longer ask is off the path and
 * ignored). Keyed by the link's start and the group's index.
 */
const RULEBOOK_CHANGES: readonly { link: string; group: number; change: 'stops' | 'no-device'; why: string }[] = [
  {
    link: '?v=2&view=plan&product=crm2011&deploy=onprem&servers=3&g=name:Group%201%20of%20crm2011',
    group: 2,
    change: 'stops',
    why: 'rulebook 1.2.0 (audit2 G02): an off-site contractor read as external needs no connector for licenses bought from 2014, so `bought` is asked',
  },
  ...[6, 12].map((group) => ({
    link: '?v=2&view=plan&product=d365&deploy=online&servers=2&g=name:Group%201%20of%20d365',
    group,
    change: 'no-device' as const,
    why: 'rulebook 1.2.0 (audit2 G10): no device subscription covers Dynamics 365 reached through a portal, custom app or integration',
  })),
]

/**
 * Rulebook 1.3.0 (vocabulary version 3, contract section 9): every group whose path advised a Dynamics 365 app now
 * stops at `app`, flagged, with the answers before it; its `device` answer is kept apart (`pastApp`), for the planner
 * to count such a group under `d365-app` or `d365-device` meanwhile, so the plan's totals do not shrink.
 */
function stopsAtApp(c: (typeof CASES)[number], g: (typeof CASES)[number]['plan']['groups'][number]): boolean {
  const { product, deploy } = c.plan
  if (product !== 'd365' || deploy !== 'online') return false
  const { device: _, ...before } = g.answers as Answers
  return nextQuestion({ ...before, product, deploy }) === 'app'
}

function asReadToday(c: (typeof CASES)[number]): { plan: Projected; noticeGroups: number[] } {
  const changes = RULEBOOK_CHANGES.filter((r) => c.link.startsWith(r.link))
  const atApp: number[] = []
  const groups = c.plan.groups.map((g, i) => {
    if (stopsAtApp(c, g)) {
      atApp.push(i)
      const { device: _, ...before } = g.answers as Answers
      return { ...g, answers: before, flagged: true }
    }
    const change = changes.find((r) => r.group === i)?.change
    if (change === 'stops') return { ...g, flagged: true }
    if (change === 'no-device') {
      const { device: _, ...answers } = g.answers as Answers
      return { ...g, answers }
    }
    return g
  })
  const stops = changes.filter((r) => r.change === 'stops').map((r) => r.group)
  const noticeGroups = [...new Set([...c.noticeGroups, ...stops, ...atApp])].sort((a, b) => a - b)
  return { plan: { ...c.plan, groups } as Projected, noticeGroups }
}

describe('plan links made before the compact encoding', () => {
  it('are all in the fixture', () => {
    expect(CASES.length).toBeGreaterThan(30)
  })

  it.each(CASES.map((c) => [c.link.slice(0, 80), c] as const))('read as they did: %s', (_, c) => {
    expect(project(c.link)).toEqual(asReadToday(c))
  })

  it('lists only rulebook changes that touch a group of the fixture', () => {
    for (const r of RULEBOOK_CHANGES) {
      const c = CASES.find((x) => x.link.startsWith(r.link))
      expect(c?.plan.groups[r.group], r.why).toBeDefined()
    }
  })
})
