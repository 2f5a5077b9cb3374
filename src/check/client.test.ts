import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ReaderClient, STALE, type WorkerLike } from './client'
import type { WorkerReply, WorkerRequest } from './protocol'

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  sent: WorkerRequest[] = []
  terminated = false
  postMessage(message: WorkerRequest) {
    this.sent.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>)
  }
}

const file = new Blob(['User Name\na'])
const usersReply = (id: number): WorkerReply => ({
  id,
  type: 'users',
  result: { ok: false, error: { code: 'empty' } },
})

describe('ReaderClient', () => {
  let workers: FakeWorker[]
  let client: ReaderClient
  beforeEach(() => {
    vi.useFakeTimers()
    workers = []
    client = new ReaderClient(() => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    }, 1_000)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('issue 25: a file chosen second wins, whichever answer arrives last', async () => {
    const first = client.read('users', file, () => {})
    const second = client.read('users', file, () => {})
    const worker = workers[0] as FakeWorker
    worker.reply(usersReply(2))
    worker.reply(usersReply(1))
    expect(await first).toBe(STALE)
    expect(await second).toEqual(usersReply(2))
  })

  it('keeps a user list and an assignments file read side by side', async () => {
    const users = client.read('users', file, () => {})
    const assignments = client.read('assignments', file, () => {})
    const worker = workers[0] as FakeWorker
    worker.reply({ id: 2, type: 'assignments', result: { ok: false, error: { code: 'empty' } } })
    worker.reply(usersReply(1))
    expect((await users) !== STALE && (await users)).toMatchObject({ type: 'users' })
    expect((await assignments) !== STALE && (await assignments)).toMatchObject({ type: 'assignments' })
  })

  it('issue 24: a worker that goes silent fails the read within the watchdog time, and a new one reads the next', async () => {
    const progress = vi.fn()
    const read = client.read('users', file, progress)
    const worker = workers[0] as FakeWorker
    // Progress keeps the read alive…
    vi.advanceTimersByTime(900)
    worker.reply({ id: 1, type: 'progress', done: 0.5 })
    vi.advanceTimersByTime(900)
    expect(progress).toHaveBeenCalledWith(0.5)
    // …silence does not.
    vi.advanceTimersByTime(200)
    expect(await read).toEqual({ id: 1, type: 'failed' })
    expect(worker.terminated).toBe(true)
    const next = client.read('users', file, () => {})
    expect(workers).toHaveLength(2)
    workers[1]?.reply(usersReply(2))
    expect(await next).toEqual(usersReply(2))
  })

  it('issue 24: a worker that dies or cannot start answers every waiting read with failed', async () => {
    const users = client.read('users', file, () => {})
    const assignments = client.read('assignments', file, () => {})
    workers[0]?.onerror?.({} as ErrorEvent)
    expect(await users).toEqual({ id: 1, type: 'failed' })
    expect(await assignments).toEqual({ id: 2, type: 'failed' })
  })
})
