// A worker thread of --jobs: lints the articles the main thread sends, one
// message each, and sends back each result as plain data, part by part (a
// file of megabytes section by section, see checkParts), within a file never
// more than `partsAhead` parts ahead of those the report has taken.
import {parentPort, workerData} from 'node:worker_threads'
import {checkParts} from './task.js'
import {partsAhead, type Reply, type Request, type WorkerData} from './pool.js'

const {context, taken: shared} = workerData as WorkerData
const taken = new Int32Array(shared)
const port = parentPort!
let posted = 0
port.on('message', ({id, task}: Request) => {
  try {
    for (const result of checkParts(task, context)) {
      port.postMessage({id, result} satisfies Reply)
      posted++
      // Within a file in parts, wait while the report is behind: the main
      // thread adds to `taken` and wakes this thread. Whole files go on
      // ahead, as many as the pool queues.
      if (!result.more) continue
      for (let seen = Atomics.load(taken, 0); posted - seen > partsAhead; seen = Atomics.load(taken, 0)) Atomics.wait(taken, 0, seen)
    }
  } catch (error) {
    port.postMessage({id, error: error instanceof Error ? error.message : String(error)} satisfies Reply)
  }
})
