// A worker thread of --jobs: lints the articles the main thread sends, one
// message each, and sends back each result as plain data, part by part (a
// file of megabytes section by section, see checkParts).
import {parentPort, workerData} from 'node:worker_threads'
import {checkParts} from './task.js'
import type {CheckContext} from './result.js'
import type {Reply, Request} from './pool.js'

const context = workerData as CheckContext
const port = parentPort!
port.on('message', ({id, task}: Request) => {
  try {
    for (const result of checkParts(task, context)) port.postMessage({id, result} satisfies Reply)
  } catch (error) {
    port.postMessage({id, error: error instanceof Error ? error.message : String(error)} satisfies Reply)
  }
})
