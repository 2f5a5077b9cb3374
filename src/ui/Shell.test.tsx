import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Shell } from './Shell'

describe('Shell', () => {
  it('frames its content with a header, a main landmark and a footer', () => {
    render(
      <Shell>
        <p>Page content</p>
      </Shell>,
    )

    expect(screen.getByRole('banner')).toHaveTextContent('CRM License Advisor')
    const main = screen.getByRole('main')
    expect(main).toHaveAttribute('id', 'main')
    expect(main).toHaveTextContent('Page content')
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/not legal advice/i)
  })

  it('offers a skip link to the main content', () => {
    render(
      <Shell>
        <p>Page content</p>
      </Shell>,
    )

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main')
  })
})
