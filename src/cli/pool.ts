// --jobs N: N-1 worker threads that lint articles beside the main thread.
// The main thread reads the files and sends their bytes; each worker loads
// the rules once and lints what it is sent. Tasks go to the worker with the
// fewest pending, so a long article does not hold up the others; when every
// worker has `queueDepth` waiting, the main thread lints the next one itself
// (src/cli/run.ts).
import {Worker} from 'node:worker_threads'
import type {CheckContext, FileResult, Task} from './result.js'

/**
 * Articles a worker may have waiting. Enough to keep it busy while the main
 * thread lints one of its own (the main thread hears back only between its
 * articles); few enough that the main thread gets its share.
 */
export const queueDepth = 4

export interface Request {
  id: number
  task: Task
}

/** What a worker is started with: the run's context, and the count of its parts the main thread has taken (see Parts). */
export interface WorkerData {
  context: CheckContext
  /** One Int32 in shared memory: parts taken by the report so far. */
  taken: SharedArrayBuffer
}

/**
 * Parts a worker may post beyond those the report has taken: when the
 * report is slower than the lint (SARIF hashes every finding), the worker
 * waits rather than piling up a file's findings in the main thread.
 */
export const partsAhead = 2

/** One part of a task's result (`more` on all but the last), or why the task failed. */
export type Reply = {id: number; result: FileResult; error?: undefined} | {id: number; error: string}

/**
 * The parts of one task's result, in order, as the worker sends them: each
 * `next()` gives the next part, once it has come.
 */
export class Parts {
  private readonly received: FileResult[] = []

  /** `taken` is told of each part as the report takes it. */
  constructor(private readonly taken: () => void = () => {}) {}

  private waiting: {resolve(result: FileResult): void; reject(error: Error): void} | undefined
  private failure: Error | undefined

  next(): Promise<FileResult> {
    const part = this.received.shift()
    if (part) {
      this.taken()
      return Promise.resolve(part)
    }
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => (this.waiting = {resolve, reject}))
  }

  add(part: FileResult): void {
    const waiting = this.waiting
    this.waiting = undefined
    if (!waiting) this.received.push(part)
    else {
      this.taken()
      waiting.resolve(part)
    }
  }

  fail(error: Error): void {
    this.failure = error
    const waiting = this.waiting
    this.waiting = undefined
    waiting?.reject(error)
  }
}

export class WorkerPool {
  private readonly workers: Array<{worker: Worker; pending: number; taken: Int32Array}> = []
  private readonly pending = new Map<number, {parts: Parts; slot: number}>()
  private next = 0
  private failure: Error | undefined

  constructor(size: number, script: URL, context: CheckContext) {
    // 48 MB, the young generation the main thread has by default. A smaller
    // one saves memory but costs more than the worker gains: with 12 MB a
    // worker ran nearly four times as many scavenges, and the pool needed
    // twice the CPU of one thread.
    for (let slot = 0; slot < size; slot++) {
      const taken = new SharedArrayBuffer(4)
      const options = {workerData: {context, taken} satisfies WorkerData, resourceLimits: {maxYoungGenerationSizeMb: 48}}
      const worker = script.pathname.endsWith('.ts')
        ? // Running from source (tests): the worker needs tsx's loader too.
          new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => (tsx.register(), import(${JSON.stringify(script.href)})))`, {...options, eval: true})
        : new Worker(script, options)
      worker.on('message', (reply: Reply) => this.settle(reply))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`))
      })
      this.workers.push({worker, pending: 0, taken: new Int32Array(taken)})
    }
  }

  /** Whether some worker has fewer than `queueDepth` articles waiting. */
  get hasRoom(): boolean {
    return this.workers.some(({pending}) => pending < queueDepth)
  }

  run(task: Task): Parts {
    if (this.failure) {
      const parts = new Parts()
      parts.fail(this.failure)
      return parts
    }
    let slot = 0
    for (let index = 1; index < this.workers.length; index++) {
      if (this.workers[index]!.pending < this.workers[slot]!.pending) slot = index
    }
    const {taken} = this.workers[slot]!
    const parts = new Parts(() => {
      Atomics.add(taken, 0, 1)
      Atomics.notify(taken, 0)
    })
    const id = this.next++
    this.workers[slot]!.pending++
    this.pending.set(id, {parts, slot})
    this.workers[slot]!.worker.postMessage({id, task} satisfies Request)
    return parts
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({worker}) => worker.terminate()))
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    if (reply.error === undefined && reply.result.more) {
      waiting.parts.add(reply.result)
      return
    }
    this.pending.delete(reply.id)
    this.workers[waiting.slot]!.pending--
    if (reply.error !== undefined) waiting.parts.fail(new Error(reply.error))
    else waiting.parts.add(reply.result)
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const waiting of this.pending.values()) waiting.parts.fail(error)
    this.pending.clear()
  }
}
