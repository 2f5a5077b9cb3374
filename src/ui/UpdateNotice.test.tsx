import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { UPDATE_MESSAGE, UpdateNotice, type WorkerContainer, watchForUpdates } from './UpdateNotice'

/** A stand-in for navigator.serviceWorker: a controller, and a way to hand control to another worker. */
class FakeContainer extends EventTarget {
  controller: ServiceWorker | null
  constructor(controller: string | null) {
    super()
    this.controller = controller ? worker(controller) : null
  }
  takeOver(name: string) {
    this.controller = worker(name)
    this.dispatchEvent(new Event('controllerchange'))
  }
}
const worker = (name: string) => ({ scriptURL: name }) as unknown as ServiceWorker
const container = (controller: string | null) => new FakeContainer(controller) as FakeContainer & WorkerContainer

describe('watchForUpdates', () => {
  it('does not count the first worker taking control of a first visit', () => {
    const sw = container(null)
    const updates = watchForUpdates(sw)
    sw.takeOver('v1')
    expect(updates.count()).toBe(0)
  })

  it('counts a new worker taking over from an older one, and tells its listeners', () => {
    const sw = container('v1')
    const updates = watchForUpdates(sw)
    let heard = 0
    updates.subscribe(() => {
      heard += 1
    })
    sw.takeOver('v2')
    expect(updates.count()).toBe(1)
    expect(heard).toBe(1)
  })

  it('counts a later update in a visit that began without a worker', () => {
    const sw = container(null)
    const updates = watchForUpdates(sw)
    sw.takeOver('v1')
    sw.takeOver('v2')
    expect(updates.count()).toBe(1)
  })

  it('never counts anything where there are no service workers', () => {
    expect(watchForUpdates(undefined).count()).toBe(0)
  })
})

describe('UpdateNotice', () => {
  it('keeps an empty status region in the page until a new version takes over', () => {
    render(<UpdateNotice updates={watchForUpdates(container('v1'))} />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('says politely that the advisor was updated, and can be dismissed', async () => {
    const user = userEvent.setup()
    const sw = container('v1')
    render(
      <>
        <UpdateNotice updates={watchForUpdates(sw)} />
        <main id="main" tabIndex={-1} />
      </>,
    )
    act(() => sw.takeOver('v2'))
    expect(screen.getByRole('status')).toHaveTextContent(UPDATE_MESSAGE)
    expect(UPDATE_MESSAGE).toBe('The advisor was updated to the latest version.')

    await user.click(screen.getByRole('button', { name: 'Dismiss the update message' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()

    // A further update in the same visit is news again.
    act(() => sw.takeOver('v3'))
    expect(screen.getByRole('status')).toHaveTextContent(UPDATE_MESSAGE)
  })
})
