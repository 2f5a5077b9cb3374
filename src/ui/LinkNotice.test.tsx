import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LinkNotice } from './LinkNotice'

describe('LinkNotice', () => {
  it('review 10: isolates a value from the link and writes out its invisible characters', () => {
    const { container } = render(
      <LinkNotice notice={{ kind: 'dropped-answer', question: 'deploy', value: '\u202Emerpno\u200B' }} />,
    )
    const value = container.querySelector('bdi')
    expect(value).toHaveTextContent('[U+202E]merpno[U+200B]')
    expect(screen.getByRole('alert').textContent).not.toMatch(/[\u202E\u200B]/)
    expect(screen.getByRole('alert')).toHaveTextContent(/to “Where does it run\?” is not one we can use/)
  })
})
