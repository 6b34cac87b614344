// The server's side of its worker thread: one job at a time, the rest
// queued. A job is keyed (by document); a newer job with the same key
// replaces a queued one and cancels a running one. The pipeline cannot be
// interrupted, so a running job that is cancelled is left to finish (its
// result dropped) unless it has already run longer than a worker takes to
// start, when the worker is stopped and a fresh one takes the next job:
// typing in a 1 MB document never waits for checks of its old versions.
import {Worker} from 'node:worker_threads'
import type {CheckOutput, DocumentInput, RuleInfo} from './check.js'

export type WorkerRequest = {kind: 'check'; document: DocumentInput} | {kind: 'fix'; document: DocumentInput} | {kind: 'rules'}

export interface FixOutput {
  fixed?: string
  configProblem?: string
}

type ResultOf<R extends WorkerRequest> = R extends {kind: 'check'} ? CheckOutput : R extends {kind: 'fix'} ? FixOutput : RuleInfo[]

export type WorkerReply = {id: number; result: unknown; error?: undefined} | {id: number; error: string}

/** The job was replaced by a newer one for the same document. */
export class Cancelled extends Error {
  override name = 'Cancelled'
}

interface Job {
  id: number
  key: string
  request: WorkerRequest
  resolve(result: unknown): void
  reject(error: Error): void
  started?: number
  stale?: boolean
}

export interface LinterOptions {
  /** The worker script: dist/lsp/worker.js, or a test's stand-in. */
  script: URL
  /** A cancelled job that has run this long is stopped with its worker. */
  restartAfterMs?: number
}

export class Linter {
  private worker: Worker | undefined
  private readonly queue: Job[] = []
  private running: Job | undefined
  private nextId = 0
  private closed = false
  private readonly script: URL
  private readonly restartAfterMs: number
  /** Workers started, the first included: a restart shows as 2 or more. */
  started = 0

  constructor(options: LinterOptions) {
    this.script = options.script
    this.restartAfterMs = options.restartAfterMs ?? 250
  }

  run<R extends WorkerRequest>(key: string, request: R): Promise<ResultOf<R>> {
    this.cancel(key)
    return new Promise<ResultOf<R>>((resolve, reject) => {
      this.queue.push({id: this.nextId++, key, request, resolve: resolve as (result: unknown) => void, reject})
      this.pump()
    })
  }

  /** Drop the queued job for `key`, and cancel the running one. */
  cancel(key: string): void {
    const index = this.queue.findIndex((job) => job.key === key)
    if (index !== -1) this.queue.splice(index, 1)[0]!.reject(new Cancelled())
    const running = this.running
    if (running?.key !== key || running.stale) return
    running.stale = true
    if (performance.now() - running.started! > this.restartAfterMs) {
      this.stopWorker()
      this.finish(running, new Cancelled())
    }
  }

  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new Cancelled())
    if (this.running) this.finish(this.running, new Cancelled())
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private pump(): void {
    if (this.running || this.closed) return
    const job = this.queue.shift()
    if (!job) return
    this.running = job
    job.started = performance.now()
    const worker = this.ensureWorker()
    // Held open while it works; idle, it keeps no process alive.
    worker.ref()
    worker.postMessage({id: job.id, request: job.request})
  }

  private finish(job: Job, outcome: Error | {result: unknown}): void {
    if (this.running !== job) return
    this.running = undefined
    if (outcome instanceof Error) job.reject(outcome)
    else if (job.stale) job.reject(new Cancelled())
    else job.resolve(outcome.result)
    if (this.queue.length === 0) this.worker?.unref()
    this.pump()
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const script = this.script
    // The old generation bounded below the process's own limit: a document
    // that exhausts it stops the worker, not the server. The young
    // generation as big as the main thread's, as the CLI's workers have it
    // (see src/cli/pool.ts): a smaller one collects far more often.
    const options = {resourceLimits: {maxOldGenerationSizeMb: 4096, maxYoungGenerationSizeMb: 48}}
    const worker = script.pathname.endsWith('.ts')
      ? // Running from source (tests): the worker needs tsx's loader too.
        new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => (tsx.register(), import(${JSON.stringify(script.href)})))`, {
          ...options,
          eval: true
        })
      : new Worker(script, options)
    this.started++
    const current = () => this.worker === worker
    worker.on('message', (reply: WorkerReply) => {
      if (!current() || this.running?.id !== reply.id) return
      this.finish(this.running, reply.error !== undefined ? new Error(reply.error) : {result: reply.result})
    })
    const stopped = (error: Error) => {
      if (!current()) return
      this.worker = undefined
      if (this.running) this.finish(this.running, error)
    }
    worker.on('error', stopped)
    worker.on('exit', (code) => stopped(new Error(`the checker stopped (exit code ${code})`)))
    this.worker = worker
    return worker
  }

  private stopWorker(): void {
    const worker = this.worker
    this.worker = undefined
    void worker?.terminate()
  }
}
