// The json format: vfile-reporter-json's objects (path, cwd, history,
// messages), each with the article's `risk` (see risk.ts) after its messages;
// and jsonl, the same objects one a line, for tools that read a report as it
// streams or split it without parsing it whole.
import type {VFile} from 'vfile'
import {reporterJson} from 'vfile-reporter-json'
import {riskOfFile} from './risk.js'

export function formatJson(files: readonly VFile[]): string {
  return '[' + files.map(fileJson).join(',') + ']\n'
}

export function formatJsonLines(files: readonly VFile[]): string {
  return files.map((file) => fileJson(file) + '\n').join('')
}

/** One file's object: vfile-reporter-json's, closed after `risk`. */
function fileJson(file: VFile): string {
  const object = reporterJson([file]).slice(1, -1)
  return object.slice(0, -1) + ',"risk":' + JSON.stringify(riskOfFile(file)) + '}'
}
