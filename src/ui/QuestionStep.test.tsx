import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { QUESTION_TEXT } from '../domain/questions'
import { isTailOfPress, QuestionStep } from './QuestionStep'

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

  it('makes the question the page’s one h1 and names the view in the title, “Error: ” first while wrong', async () => {
    renderStep()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How does the person reach the CRM data?')
    expect(document.title).toBe('How does the person reach the CRM data? – Question 4 – CRM License Advisor')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue' }))
    expect(document.title).toBe('Error: How does the person reach the CRM data? – Question 4 – CRM License Advisor')
  })

  it('reads each hint once: the answer names the radio, the hint describes it', () => {
    renderStep()
    const portal = screen.getByRole('radio', { name: 'A portal site' })
    expect(portal).toHaveAccessibleName('A portal site')
    expect(portal).toHaveAccessibleDescription(/^A self-service or partner site/)
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

describe('QuestionStep and double clicks', () => {
  it('review 7: ignores the second click of a double click, wherever it lands', async () => {
    const onAnswer = vi.fn()
    const onBack = vi.fn()
    render(
      <QuestionStep
        question="deploy"
        options={['onprem', 'hosted']}
        step={2}
        total={7}
        focusOnMount
        onAnswer={onAnswer}
        onBack={onBack}
      />,
    )
    const user = userEvent.setup()
    // Each control clicked as the second click of a double click: nothing happens.
    const radio = screen.getByRole('radio', { name: /own servers/ })
    const back = screen.getByRole('button', { name: 'Back' })
    const label = screen.getByText(QUESTION_TEXT.deploy.answers.hosted.label)
    for (const target of [radio, label, back, screen.getByRole('button', { name: 'Continue' })]) {
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 2 }))
    }
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(onBack).not.toHaveBeenCalled()
    expect(onAnswer).not.toHaveBeenCalled()

    // A single click, and the keyboard, work as ever.
    await user.click(radio)
    expect(radio).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(onAnswer).toHaveBeenCalledWith('onprem')
  })

  it('issue 25: ignores a second press a few pixels away (a new click to the browser) right after the step', () => {
    const onAnswer = vi.fn()
    // Kept across the steps, as the questionnaire keeps it.
    const lastPress = { current: undefined }
    const step = (question: 'deploy' | 'who', options: string[]) => (
      <QuestionStep
        key={question}
        question={question}
        options={options}
        step={2}
        total={7}
        focusOnMount
        lastPress={lastPress}
        onAnswer={onAnswer}
      />
    )
    const { rerender } = render(step('deploy', ['onprem', 'hosted']))
    screen.getByRole('radio', { name: /own servers/ }).click()
    const press = (target: Element, x: number, at: number) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, clientX: x, clientY: 200 })
      Object.defineProperty(event, 'timeStamp', { value: at })
      target.dispatchEvent(event)
    }
    press(screen.getByRole('button', { name: 'Continue' }), 100, 1000)
    expect(onAnswer).toHaveBeenCalledWith('onprem')

    // The next question, 120 ms later; the second press lands 6 px away, on its first answer.
    rerender(step('who', ['employee', 'contractor']))
    const first = screen.getAllByRole('radio')[0] as HTMLInputElement
    press(first, 106, 1120)
    expect(first).not.toBeChecked()
    // A press elsewhere is a new choice.
    press(first, 300, 1130)
    expect(first).toBeChecked()

    // Back pressed twice quickly, in the same place, goes back twice.
    const onBack = vi.fn()
    rerender(
      <QuestionStep
        key="via"
        question="via"
        options={['crm-client']}
        step={3}
        total={7}
        focusOnMount
        lastPress={lastPress}
        onAnswer={onAnswer}
        onBack={onBack}
      />,
    )
    press(screen.getByRole('button', { name: 'Back' }), 300, 1200)
    expect(onBack).toHaveBeenCalledTimes(1)
  })

  it('tells the tail of a press by question, time and place', () => {
    const before = { question: 'a', x: 100, y: 100, at: 1000 }
    expect(isTailOfPress({ question: 'b', x: 106, y: 100, at: 1120 }, before)).toBe(true)
    expect(isTailOfPress({ question: 'a', x: 106, y: 100, at: 1120 }, before)).toBe(false)
    expect(isTailOfPress({ question: 'b', x: 106, y: 100, at: 1600 }, before)).toBe(false)
    expect(isTailOfPress({ question: 'b', x: 130, y: 100, at: 1120 }, before)).toBe(false)
    expect(isTailOfPress({ question: 'b', x: 106, y: 100, at: 1120 }, undefined)).toBe(false)
  })
})
