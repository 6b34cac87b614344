// --jobs: worker threads that lint articles in parallel. The main thread
// reads the files and sends their bytes; each worker loads the rules once
// and lints what it is sent. Tasks go to the worker with the fewest
// pending, so a long article does not hold up the others.
import {Worker} from 'node:worker_threads'
import type {CheckContext, FileResult, Task} from './result.js'

export interface Request {
  id: number
  task: Task
}

export type Reply = {id: number; result: FileResult; error?: undefined} | {id: number; error: string}

interface Pending {
  resolve(result: FileResult): void
  reject(error: Error): void
}

export class WorkerPool {
  private readonly workers: Array<{worker: Worker; pending: number}> = []
  private readonly pending = new Map<number, Pending & {slot: number}>()
  private next = 0
  private failure: Error | undefined

  constructor(size: number, script: URL, context: CheckContext) {
    // A small young generation keeps two workers within 250 MB: with 12 MB,
    // 500 articles peak at 190–200 MB; with 32 MB the pool is a fifth faster
    // (its CPU 5.0 → 4.0 s) but peaks at 233–255 MB.
    const options = {workerData: context, resourceLimits: {maxYoungGenerationSizeMb: 12}}
    for (let slot = 0; slot < size; slot++) {
      const worker = script.pathname.endsWith('.ts')
        ? // Running from source (tests): the worker needs tsx's loader too.
          new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => (tsx.register(), import(${JSON.stringify(script.href)})))`, {...options, eval: true})
        : new Worker(script, options)
      worker.on('message', (reply: Reply) => this.settle(reply))
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`))
      })
      this.workers.push({worker, pending: 0})
    }
  }

  run(task: Task): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure)
    let slot = 0
    for (let index = 1; index < this.workers.length; index++) {
      if (this.workers[index]!.pending < this.workers[slot]!.pending) slot = index
    }
    const id = this.next++
    this.workers[slot]!.pending++
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject, slot})
      this.workers[slot]!.worker.postMessage({id, task} satisfies Request)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({worker}) => worker.terminate()))
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    this.pending.delete(reply.id)
    this.workers[waiting.slot]!.pending--
    if (reply.error !== undefined) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.result)
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}
