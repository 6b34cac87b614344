// A worker thread of --jobs: lints the articles the main thread sends, one
// message each, and sends back each result as plain data.
import {parentPort, workerData} from 'node:worker_threads'
import {checkTask} from './task.js'
import type {CheckContext} from './result.js'
import type {Reply, Request} from './pool.js'

const context = workerData as CheckContext
const port = parentPort!
port.on('message', ({id, task}: Request) => {
  let reply: Reply
  try {
    reply = {id, result: checkTask(task, context)}
  } catch (error) {
    reply = {id, error: error instanceof Error ? error.message : String(error)}
  }
  port.postMessage(reply)
})
