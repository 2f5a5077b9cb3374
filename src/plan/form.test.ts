import { describe, expect, it } from 'vitest'
import { SEED_PLAN_SEARCH } from '../share/__fixtures__/seed-plan'
import { decodeLink } from '../share/link'
import { blankGroup, linkOf, planInputOf, valuesOf } from './form'
import { FORUM_2011 } from './presets'

const decode = (search: string) => {
  const decoded = decodeLink(search)
  if (decoded.view !== 'plan') throw new Error('not a plan link')
  return decoded
}

describe('the plan form’s values', () => {
  it('write the seed plan’s link exactly as the codec does', () => {
    expect(linkOf(valuesOf(FORUM_2011))).toBe(SEED_PLAN_SEARCH)
  })

  it('read a link back to the same values', () => {
    const values = valuesOf(decode(SEED_PLAN_SEARCH).plan)
    expect(values).toEqual(valuesOf(FORUM_2011))
    expect(values.groups.every((g) => g.loaded)).toBe(true)
  })

  it('keep a half-finished group in the link, with its count as typed, so it reopens as it was left', () => {
    const values = valuesOf(FORUM_2011)
    values.groups[1] = { ...values.groups[1], count: 'abc' }
    values.groups.push(blankGroup())
    const { plan, notices } = decode(linkOf(values))
    expect(plan.groups[1]).toMatchObject({ name: 'Field techs', count: undefined, countText: 'abc' })
    expect(plan.groups[4]).toMatchObject({ name: '', countText: '' })
    expect(notices.map((n) => n.group)).toEqual([1, 4])
    expect(valuesOf(plan).groups[4].loaded).toBe(false)
  })

  it('never let a typed count add answers to the group', () => {
    const values = valuesOf(FORUM_2011)
    values.groups[3] = { ...values.groups[3], count: '5;does:full' }
    const { plan } = decode(linkOf(values))
    expect(plan.groups[3].answers.does).toBe('read')
    expect(plan.groups[3].countText).toBe('5doesfull')
  })

  it('ignore unknown answer ids and a deployment without a product', () => {
    const input = planInputOf({
      product: '',
      deploy: 'online',
      servers: 'x',
      groups: [{ ...blankGroup(), who: 'ceo' }],
    })
    expect(input).toMatchObject({ product: undefined, deploy: undefined, servers: undefined })
    expect(input.groups[0].answers).toEqual({})
  })
})
