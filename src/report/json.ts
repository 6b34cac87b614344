// The json format: vfile-reporter-json's objects (path, cwd, history,
// messages), each with the article's `risk` (see risk.ts) after its messages.
import type {VFile} from 'vfile'
import {reporterJson} from 'vfile-reporter-json'
import {riskOfFile} from './risk.js'

export function formatJson(files: readonly VFile[]): string {
  return '[' + files.map(fileJson).join(',') + ']\n'
}

/** One file's object: vfile-reporter-json's, closed after `risk`. */
function fileJson(file: VFile): string {
  const object = reporterJson([file]).slice(1, -1)
  return object.slice(0, -1) + ',"risk":' + JSON.stringify(riskOfFile(file)) + '}'
}
