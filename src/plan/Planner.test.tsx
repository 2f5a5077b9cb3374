import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SALES_ENTERPRISE_SELLER } from '../domain/__fixtures__/people'
import { SEED_PLAN_SEARCH } from '../share/__fixtures__/seed-plan'
import { LINK_VERSION } from '../share/advice'
import { planTotals } from '../share/totals'
import { currentSearch } from '../ui/address'
import { linkOf, valuesOf } from './form'
import { COMPACT_OVER } from './load'
import { outcomeText } from './messages'
import { Planner } from './Planner'
import { FORUM_2011_HOSTED } from './presets'

const totals = () =>
  screen.queryAllByTestId('plan-total').map((el) => [el.dataset.license, Number(el.dataset.quantity)])

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`)
  return render(<Planner />)
}

/** A plan link of n groups written by the codec; group 3 reads only, the others are full users. */
const largePlan = (n: number) =>
  linkOf(
    valuesOf({
      product: 'd365',
      deploy: 'online',
      servers: 1,
      groups: Array.from({ length: n }, (_, i) => ({
        name: `Team ${i + 1}`,
        count: 10 + i,
        answers: i === 2 ? { who: 'employee', via: 'crm-client', does: 'read' } : SALES_ENTERPRISE_SELLER,
      })),
    }),
  )

beforeEach(() => window.history.replaceState(null, '', '/'))
afterEach(() => window.history.replaceState(null, '', '/'))

describe('Planner', () => {
  it('opens a plan link with its groups and totals', () => {
    open(SEED_PLAN_SEARCH)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Plan the licenses for a whole organization')
    expect(screen.getAllByRole('group', { name: /^Group \d/ })).toHaveLength(4)
    expect(totals()).toEqual([
      ['external-connector', 1],
      ['ess-cal', 800],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])
    // Bought in 2011, while it was on the price list: the connector is settled (audit F02).
    const connector = screen.getAllByTestId('plan-total')[0]
    expect(connector).not.toHaveTextContent(/needs review/)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows an inline error for a count of "abc" and leaves that group out of the totals', async () => {
    const user = userEvent.setup()
    open(SEED_PLAN_SEARCH)
    const techs = screen.getByRole('group', { name: 'Group 2: Field techs' })
    const count = within(techs).getByRole('textbox', { name: 'Number of people' })
    await user.clear(count)
    await user.type(count, 'abc')

    expect(count).toHaveAttribute('aria-invalid', 'true')
    expect(count).toHaveAccessibleDescription(/The count of “Field techs” must be a whole number from 1 to 1,000,000/)
    expect(techs).toHaveAttribute('data-status', 'invalid')
    expect(within(techs).getByTestId('group-flag')).toHaveTextContent(/Left out of the totals/)
    expect(totals()).toEqual([
      ['external-connector', 1],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])

    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    const link = within(summary).getByRole('link', { name: /The count of “Field techs”/ })
    await user.click(link)
    expect(count).toHaveFocus()

    await user.clear(count)
    await user.type(count, '800')
    expect(count).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(totals()).toContainEqual(['ess-cal', 800])
  })

  it('asks only the questions on a group’s path, with the questionnaire’s wording', async () => {
    const user = userEvent.setup()
    open('?v=1&view=plan&product=d365&deploy=online')
    await user.click(screen.getByRole('button', { name: 'Add a group' }))
    const group = screen.getByRole('group', { name: 'Group 1' })
    expect(within(group).getByRole('textbox', { name: 'Name' })).toHaveFocus()
    expect(
      within(group)
        .getAllByRole('combobox')
        .map((s) => s.getAttribute('id')),
    ).toEqual(['group-1-who'])
    // A new group is flagged but not yet in error.
    expect(within(group).getByTestId('group-flag')).toHaveTextContent('Not counted yet')
    expect(screen.queryByRole('alert')).toBeNull()

    await user.type(within(group).getByRole('textbox', { name: 'Number of people' }), '3000')
    await user.selectOptions(within(group).getByRole('combobox', { name: 'Who is the person? (Group 1)' }), 'public')
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'How does the person reach the CRM data? (Group 1)' }),
      'portal',
    )
    expect(
      within(group).getByRole('combobox', { name: 'How does the person reach the CRM data? (Group 1)' }),
    ).toHaveAccessibleDescription(/Power Pages/)
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'What does the person do with the data? (Group 1)' }),
      'read',
    )
    expect(group).toHaveAttribute('data-license', 'power-pages-anonymous')
    expect(within(group).getByRole('link', { name: /The full advice for this group/ })).toHaveAttribute(
      'href',
      `?v=${LINK_VERSION}&product=d365&deploy=online&who=public&via=portal&does=read`,
    )
    expect(within(group).getByText(/Power Platform licensing FAQs/).tagName).toBe('CITE')
    expect(totals()).toEqual([['power-pages-anonymous', 6]])
    // The address as the codec wrote it (the rulebook version it carries is read off by currentSearch).
    expect(currentSearch()).toBe(
      `?v=${LINK_VERSION}&view=plan&product=d365&deploy=online&g=name:;count:3000;who:public;via:portal;does:read`,
    )
  })

  it('names a broken group of a link in an alert and still counts the others', () => {
    open(SEED_PLAN_SEARCH.replace('count:800', 'count:abc'))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(/Group 2 “Field techs”: Its count "abc" is not a whole number/)
    expect(totals()).toEqual([
      ['external-connector', 1],
      ['full-cal', 40],
      ['limited-cal', 20],
    ])
    const techs = screen.getByRole('group', { name: 'Group 2: Field techs' })
    expect(within(techs).getByRole('textbox', { name: 'Number of people' })).toHaveAttribute('aria-invalid', 'true')
  })

  it('prefills a published price and multiplies it out', () => {
    open(
      '?v=1&view=plan&product=d365&deploy=online&g=name:Reps;count:25;who:employee;via:crm-client;does:full;device:named',
    )
    const price = screen.getByRole('spinbutton', { name: /Unit price of the Dynamics 365 app subscription/ })
    expect(price).toHaveValue(105)
    expect(screen.getByTestId('plan-total')).toHaveTextContent('$2,625.00 per month')
    expect(screen.getByTestId('plan-total')).toHaveTextContent('as of 2026-08-13 (unverified)')
    expect(screen.getByTestId('plan-cost')).toHaveTextContent('Every month$2,625.00')
  })

  it('shows each group of a large plan on one line, and opens one on Edit with its values', async () => {
    const user = userEvent.setup()
    const n = COMPACT_OVER + 5
    open(largePlan(n))
    expect(screen.getAllByTestId('plan-group')).toHaveLength(n)
    const form = screen.getByRole('form', { name: 'The plan' })
    expect(within(form).queryAllByRole('textbox')).toHaveLength(0)
    const team3 = screen.getByRole('group', { name: 'Group 3: Team 3' })
    expect(team3).toHaveTextContent('12 people · Team Member')
    expect(totals()).toEqual([
      ['d365-sales-enterprise', n * 10 + (n * (n - 1)) / 2 - 12],
      ['d365-team-members', 12],
    ])

    await user.click(within(team3).getByRole('button', { name: 'Edit Group 3: Team 3' }))
    const opened = screen.getByRole('group', { name: 'Group 3: Team 3' })
    expect(within(opened).getByRole('textbox', { name: 'Name' })).toHaveFocus()
    const count = within(opened).getByRole('textbox', { name: 'Number of people' })
    expect(count).toHaveValue('12')
    await user.clear(count)
    await user.type(count, '30')
    expect(totals()).toContainEqual(['d365-team-members', 30])
    // The others stay folded, and the one opened stays open once its count is fine again.
    expect(within(form).getAllByRole('textbox')).toHaveLength(2)
  })

  it('opens the broken group of a large plan link, so its notice links to its field', async () => {
    const user = userEvent.setup()
    // The plan is written in the compact encoding, where a group is `<k><name>,<count>[,<profile>]`.
    const link = largePlan(COMPACT_OVER + 5)
    expect(link).toMatch(/,14[;,]/)
    open(link.replace(/,14([;,])/, ',abc$1'))
    const form = screen.getByRole('form', { name: 'The plan' })
    const count = within(form).getByRole('textbox', { name: 'Number of people' })
    expect(count).toHaveAttribute('aria-invalid', 'true')
    expect(within(form).getAllByRole('textbox')).toHaveLength(2)
    await user.click(within(screen.getByRole('alert')).getByRole('link', { name: /Group 5/ }))
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveFocus()
  })

  it('says a group’s outcome and the totals in the live region’s words', () => {
    const totals = planTotals({
      ...FORUM_2011_HOSTED,
      groups: FORUM_2011_HOSTED.groups.map((g) => ({ name: g.name, countText: String(g.count), answers: g.answers })),
    })
    expect(outcomeText(totals, 1)).toBe(
      'Field technicians: SPLA Subscriber Access License, settled. Totals: 860 × SPLA Subscriber Access License.',
    )
    expect(outcomeText(totals, 0)).toMatch(/^Tenant customer portal users: No license, needs review\. Totals: 860 ×/)
    expect(outcomeText(totals, undefined)).toBe('Totals: 860 × SPLA Subscriber Access License.')
  })
})
