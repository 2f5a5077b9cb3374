import { describe, expect, it } from 'vitest'
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

describe('plan links made before the compact encoding', () => {
  it('are all in the fixture', () => {
    expect(CASES.length).toBeGreaterThan(30)
  })

  it.each(CASES.map((c) => [c.link.slice(0, 80), c] as const))('read as they did: %s', (_, c) => {
    expect(project(c.link)).toEqual({ plan: c.plan, noticeGroups: c.noticeGroups })
  })
})
