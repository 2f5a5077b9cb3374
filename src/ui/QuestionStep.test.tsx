import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DOUBLE_CLICK_MS, QuestionStep } from './QuestionStep'

const renderStep = (onAnswer = vi.fn(), initial?: string) =>
  render(
    <QuestionStep
      question="via"
      options={['crm-client', 'portal', 'custom-app', 'integration', 'manual']}
      initial={initial}
      step={4}
      total={7}
      focusOnMount
      onAnswer={onAnswer}
      onBack={vi.fn()}
    />,
  )

describe('QuestionStep', () => {
  it('is one fieldset whose legend is the question, with native radios named by the question id', () => {
    renderStep()
    const group = screen.getByRole('group', { name: 'How does the person reach the CRM data?' })
    const radios = screen.getAllByRole('radio')
    expect(group).toContainElement(radios[0])
    expect(radios.map((r) => [r.getAttribute('name'), (r as HTMLInputElement).value])).toEqual([
      ['via', 'crm-client'],
      ['via', 'portal'],
      ['via', 'custom-app'],
      ['via', 'integration'],
      ['via', 'manual'],
    ])
    expect(screen.getByRole('radio', { name: /A portal site/ })).toHaveAccessibleDescription(/Power Pages/)
  })

  it('moves focus to the question when it appears', () => {
    renderStep()
    expect(screen.getByRole('heading', { name: 'How does the person reach the CRM data?' })).toHaveFocus()
  })

  it('shows an error summary, focused, when sent without an answer, and sends nothing', async () => {
    const onAnswer = vi.fn()
    renderStep(onAnswer)
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary).toHaveFocus()
    expect(screen.getByRole('link', { name: /Choose an answer/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#.*crm-client$/),
    )
    expect(screen.getByRole('radio', { name: /product’s own apps/ })).toHaveAttribute('aria-invalid', 'true')
    expect(onAnswer).not.toHaveBeenCalled()
  })

  it('can be answered with the keyboard alone', async () => {
    const onAnswer = vi.fn()
    renderStep(onAnswer)
    const user = userEvent.setup()
    await user.tab() // the "Why we ask this" disclosure
    await user.tab() // into the radio group
    expect(screen.getByRole('radio', { name: /product’s own apps/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: /A portal site/ })).toBeChecked()
    await user.keyboard('{Enter}')
    expect(onAnswer).toHaveBeenCalledWith('portal')
  })

  it('preselects the answer given before', async () => {
    const onAnswer = vi.fn()
    renderStep(onAnswer, 'integration')
    expect(screen.getByRole('radio', { name: /Another business system/ })).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onAnswer).toHaveBeenCalledWith('integration')
  })
})

describe('QuestionStep, just after a click on the step before', () => {
  afterEach(() => vi.restoreAllMocks())

  const renderSettling = (onAnswer = vi.fn(), onBack = vi.fn()) =>
    render(
      <QuestionStep
        question="deploy"
        options={['onprem', 'hosted']}
        step={2}
        total={7}
        focusOnMount
        settling
        onAnswer={onAnswer}
        onBack={onBack}
      />,
    )

  it('review 7: ignores the second click of a double click on Continue or Back, wherever it lands', async () => {
    const onAnswer = vi.fn()
    const onBack = vi.fn()
    renderSettling(onAnswer, onBack)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('radio', { name: /own servers/ }))
    await user.click(screen.getByText(/own servers/, { selector: 'span' }))
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /own servers/ })).not.toBeChecked()
    expect(onAnswer).not.toHaveBeenCalled()
    expect(onBack).not.toHaveBeenCalled()

    // The keyboard is never a double click.
    screen.getByRole('radio', { name: /own servers/ }).focus()
    await user.keyboard(' ')
    expect(screen.getByRole('radio', { name: /own servers/ })).toBeChecked()
  })

  it('review 7: takes clicks again once a double click is over', async () => {
    const onAnswer = vi.fn()
    const start = performance.now()
    renderSettling(onAnswer)
    vi.spyOn(performance, 'now').mockReturnValue(start + 2 * DOUBLE_CLICK_MS)
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: /own servers/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onAnswer).toHaveBeenCalledWith('onprem')
  })
})
