import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { UI_TEXT } from './content'
import { UpdateNotice, type WorkerContainer, watchForUpdates } from './UpdateNotice'

/** This page's own entry script, as the build names it. */
const SCRIPT = 'https://advisor.example/assets/index-AAAA.js'

/**
 * A stand-in for navigator.serviceWorker: a controller, and a way to hand control to another worker.
 * A worker named `v1` keeps the build this page runs; any other keeps another build's files.
 */
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
const worker = (name: string) =>
  ({
    scriptURL: name,
    // As src/sw/sw.js answers { type: 'files' }: on the port it was given.
    postMessage: (_message: unknown, [port]: MessagePort[]) =>
      port?.postMessage([name === 'v1' ? SCRIPT : `https://advisor.example/assets/index-${name}.js`]),
  }) as unknown as ServiceWorker
const container = (controller: string | null) => new FakeContainer(controller) as FakeContainer & WorkerContainer
/** Lets the worker's answer arrive. */
const answered = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('watchForUpdates', () => {
  it('does not count the first worker taking control of a first visit', () => {
    const sw = container(null)
    const updates = watchForUpdates(sw, SCRIPT)
    sw.takeOver('v1')
    expect(updates.count()).toBe(0)
  })

  it('counts a new worker of another build taking over from an older one, and tells its listeners', async () => {
    const sw = container('v1')
    const updates = watchForUpdates(sw, SCRIPT)
    let heard = 0
    updates.subscribe(() => {
      heard += 1
    })
    sw.takeOver('v2')
    await answered()
    expect(updates.count()).toBe(1)
    expect(heard).toBe(1)
  })

  it('review 1: does not count a new worker of the build this page already runs', async () => {
    const sw = container('v0')
    const updates = watchForUpdates(sw, SCRIPT)
    sw.takeOver('v1')
    await answered()
    expect(updates.count()).toBe(0)
  })

  it('counts a later update in a visit that began without a worker', async () => {
    const sw = container(null)
    const updates = watchForUpdates(sw, SCRIPT)
    sw.takeOver('v1')
    sw.takeOver('v2')
    await answered()
    expect(updates.count()).toBe(1)
  })

  it('never counts anything where there are no service workers', () => {
    expect(watchForUpdates(undefined, SCRIPT).count()).toBe(0)
  })
})

describe('UpdateNotice', () => {
  it('keeps an empty status region in the page until a new version takes over', () => {
    render(<UpdateNotice updates={watchForUpdates(container('v1'), SCRIPT)} />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('review 1: says politely that a new version is there, offers to reload into it, and can be dismissed', async () => {
    const user = userEvent.setup()
    const sw = container('v1')
    render(
      <>
        <UpdateNotice updates={watchForUpdates(sw, SCRIPT)} />
        <main id="main" tabIndex={-1} />
      </>,
    )
    act(() => sw.takeOver('v2'))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(UI_TEXT.update.message))
    // It never claims the page was updated: the page still runs its own code until it reloads.
    expect(UI_TEXT.update.message).toBe('A new version of the advisor is available.')
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Dismiss the update message' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveFocus()

    // A further update in the same visit is news again.
    act(() => sw.takeOver('v3'))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(UI_TEXT.update.message))
  })
})
