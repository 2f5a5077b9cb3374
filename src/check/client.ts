import type { WorkerReply, WorkerRequest } from './protocol'
import type { ColumnMap } from './users'

/** What the page needs of a Worker: a test passes a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/** A read a newer one of the same kind has replaced: its answer is dropped, never shown. */
export const STALE = 'stale'

/** How long a read may go without a word from the worker (a progress message or its answer) before it is called failed. */
export const SILENCE_MS = 20_000

type Answer = (reply: WorkerReply | typeof STALE) => void

/**
 * The page's side of the reading worker. Every read is tagged with the file it is for: when a second
 * file of the same kind is chosen before the first is read, the first one's answer is dropped, so the
 * page always shows the file the input names. A worker that fails to start, dies (out of memory) or
 * goes silent answers every waiting read with `failed` within seconds, and is started afresh for the next.
 */
export class ReaderClient {
  private worker: WorkerLike | undefined
  private next = 0
  private readonly pending = new Map<number, { answer: Answer; timer: ReturnType<typeof setTimeout> | undefined }>()
  private readonly latest = new Map<WorkerRequest['kind'], number>()

  private readonly start: () => WorkerLike
  private readonly silenceMs: number

  constructor(start: () => WorkerLike, silenceMs = SILENCE_MS) {
    this.start = start
    this.silenceMs = silenceMs
    // Started with the page, so choosing a file makes no request (a new one after a failure does).
    this.ensureWorker()
  }

  read(
    kind: WorkerRequest['kind'],
    file: Blob,
    progress: (done: number) => void,
    columns?: ColumnMap,
  ): Promise<WorkerReply | typeof STALE> {
    const id = ++this.next
    const replaced = this.latest.get(kind)
    if (replaced !== undefined) this.settle(replaced, STALE)
    this.latest.set(kind, id)
    return new Promise((resolve) => {
      this.pending.set(id, {
        answer: (reply) => {
          if (reply !== STALE && reply.type === 'progress') {
            this.watch(id)
            progress(reply.done)
            return
          }
          resolve(reply)
        },
        timer: undefined,
      })
      this.watch(id)
      try {
        this.ensureWorker().postMessage({ id, kind, file, columns })
      } catch {
        this.settle(id, { id, type: 'failed' })
      }
    })
  }

  /** Stops the worker; waiting reads are dropped. */
  close(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, STALE)
    this.worker?.terminate()
    this.worker = undefined
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker
    const worker = this.start()
    worker.onmessage = (event) => {
      const entry = this.pending.get(event.data.id)
      if (!entry) return
      if (event.data.type === 'progress') entry.answer(event.data)
      else this.settle(event.data.id, event.data)
    }
    worker.onerror = () => this.fail()
    this.worker = worker
    return worker
  }

  /** (Re)starts the silence timer of a read. */
  private watch(id: number) {
    const entry = this.pending.get(id)
    if (!entry) return
    clearTimeout(entry.timer)
    entry.timer = setTimeout(() => this.fail(), this.silenceMs)
  }

  /** The worker is gone or stuck: every waiting read fails, and the next read starts a new worker. */
  private fail() {
    for (const id of [...this.pending.keys()]) this.settle(id, { id, type: 'failed' })
    this.worker?.terminate()
    this.worker = undefined
  }

  private settle(id: number, reply: WorkerReply | typeof STALE) {
    const entry = this.pending.get(id)
    if (!entry) return
    clearTimeout(entry.timer)
    this.pending.delete(id)
    entry.answer(reply)
  }
}
