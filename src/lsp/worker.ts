// The language server's worker thread: all linting happens here, so the
// server's own thread stays free to answer the editor while a big document
// is checked. One request at a time, answered in order.
import {parentPort} from 'node:worker_threads'
import {checkDocument, fixDocument, ruleInfo} from './check.js'
import type {WorkerReply, WorkerRequest} from './linter.js'

const port = parentPort!
port.on('message', ({id, request}: {id: number; request: WorkerRequest}) => {
  let reply: WorkerReply
  try {
    const result = request.kind === 'check' ? checkDocument(request.document) : request.kind === 'fix' ? fixDocument(request.document) : ruleInfo()
    reply = {id, result}
  } catch (error) {
    reply = {id, error: error instanceof Error ? error.message : String(error)}
  }
  port.postMessage(reply)
})
