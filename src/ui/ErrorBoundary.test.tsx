import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RULEBOOK } from '../domain/advise'
import { diagnosticText, ErrorBoundary } from './ErrorBoundary'

function Broken(): never {
  throw new Error('The rulebook has no rule for this path')
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    // React reports every error a boundary catches on the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows its children while nothing goes wrong', () => {
    render(
      <ErrorBoundary>
        <p>The questionnaire</p>
      </ErrorBoundary>,
    )
    expect(screen.getByText('The questionnaire')).toBeInTheDocument()
  })

  it('shows a recovery screen instead of a blank page, inside the page frame, with focus on its heading', () => {
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    const heading = screen.getByRole('heading', { level: 1, name: 'Something went wrong' })
    expect(heading).toHaveFocus()
    expect(screen.getByRole('main')).toContainElement(heading)
    expect(screen.getByText(/could not show this page/)).toBeInTheDocument()
    // Start over is a plain link to the start page: a full reload, which also fetches fresh code.
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', './')
    expect(screen.getByRole('button', { name: 'Copy diagnostic text' })).toBeInTheDocument()
  })

  it('review 9: renders the app again after Back or Forward to another entry', () => {
    window.history.replaceState(null, '', '/?v=2&view=plan')
    let broken = true
    function View() {
      if (broken) throw new TypeError('Failed to fetch dynamically imported module: /assets/Planner-old.js')
      return <p>The questionnaire</p>
    }
    render(
      <ErrorBoundary>
        <View />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
    broken = false
    act(() => {
      window.history.replaceState(null, '', '/?v=2&product=crm2011')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(screen.getByText('The questionnaire')).toBeInTheDocument()
  })

  it('review 9: offers Try again, which loads the same address afresh', async () => {
    const user = userEvent.setup()
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    const reload = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload })
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('copies the diagnostic text and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    window.history.replaceState(null, '', '/?v=1&product=crm2011')
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    // The rulebook's version loads on demand; wait for it before copying.
    await waitFor(() => expect(screen.getByText(/Rulebook: \d/)).toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Copy diagnostic text' }))

    expect(screen.getByRole('status')).toHaveTextContent('Copied')
    const text = writeText.mock.calls[0]?.[0] ?? ''
    expect(text).toContain('Error: Error: The rulebook has no rule for this path')
    expect(text).toMatch(/Stack:\n {2}at Broken/)
    expect(text).toContain('Address: http://localhost:3000/?v=1&product=crm2011')
    expect(text).toContain(`Browser: ${navigator.userAgent}`)
    expect(text).toContain(`Rulebook: ${RULEBOOK.version} (${RULEBOOK.date})`)
    window.history.replaceState(null, '', '/')
  })

  it('shows the text to copy by hand when the browser blocks the clipboard', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'))
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    await user.click(screen.getByRole('button', { name: 'Copy diagnostic text' }))
    expect(screen.getByRole('status')).toHaveTextContent(/copy it by hand/)
    expect(screen.getByText(/^CRM License Advisor: diagnostic text/)).toBeVisible()
  })
})

describe('diagnosticText', () => {
  const where = { address: 'https://example.test/?v=1', userAgent: 'TestBrowser/1.0', time: new Date(0) }

  it('keeps the first lines of the stack, without repeating the message', () => {
    const error = new TypeError('x is undefined')
    error.stack = [
      'TypeError: x is undefined',
      ...Array.from({ length: 10 }, (_, i) => `    at f${i} (app.js:${i})`),
    ].join('\n')
    expect(diagnosticText(error, { version: '1.0.0', date: '2026-11-28' }, where)).toBe(
      [
        'CRM License Advisor: diagnostic text',
        'Error: TypeError: x is undefined',
        'Stack:',
        '  at f0 (app.js:0)',
        '  at f1 (app.js:1)',
        '  at f2 (app.js:2)',
        '  at f3 (app.js:3)',
        '  at f4 (app.js:4)',
        '  at f5 (app.js:5)',
        'Address: https://example.test/?v=1',
        'Browser: TestBrowser/1.0',
        'Rulebook: 1.0.0 (2026-11-28)',
        'Time: 1970-01-01T00:00:00.000Z',
      ].join('\n'),
    )
  })

  it('describes values that are not errors, and a rulebook that could not load', () => {
    const text = diagnosticText('just a string', 'unavailable', where)
    expect(text).toContain('Error: Thrown value: just a string')
    expect(text).not.toContain('Stack:')
    expect(text).toContain('Rulebook: unknown (its code could not be loaded)')
  })
})
