// The json format: one object per file, `{"path":…,"cwd":…,"history":[…],
// "messages":[…],"risk":{…}}` (and `"omitted":{…}` past --max-findings), each message with vfile's fields (as
// vfile-reporter-json wrote them, which copydesk printed before); and jsonl,
// the same objects one a line, for tools that read a report as it streams
// or split it without parsing it whole. A file's object is written in
// parts, so a file of a million findings is never one string.
import {messageSource, startOf, type Message} from '../message.js'
import {omittedCounts} from '../pipeline/omitted.js'
import {riskOfFile} from './risk.js'
import type {ReportFile} from './file.js'

export function formatJson(files: readonly ReportFile[], cwd: string): string {
  return '[' + files.map((file) => jsonHead(file, cwd) + jsonMessages(file.messages) + jsonTail(file)).join(',') + ']\n'
}

export function formatJsonLines(files: readonly ReportFile[], cwd: string): string {
  return files.map((file) => jsonHead(file, cwd) + jsonMessages(file.messages) + jsonTail(file) + '\n').join('')
}

/** A file's object up to its list of messages: `{"path":…,"cwd":…,"history":[…],"messages":[`. */
export function jsonHead(file: ReportFile, cwd: string): string {
  const name = file.path ? `"path":${JSON.stringify(file.path)},` : ''
  return `{${name}"cwd":${JSON.stringify(file.cwd ?? cwd)},"history":[${file.path ? JSON.stringify(file.path) : ''}],"messages":[`
}

/** Messages, comma-separated, for inside the list. */
export function jsonMessages(messages: readonly Message[]): string {
  return messages.map(messageJson).join(',')
}

/**
 * The end of a file's object: its list closed, its risk and, when
 * --max-findings left some out, how many: `"omitted":{"total":…,"error":…,
 * "warning":…,"info":…}` (read from the closing message, its last).
 */
export function jsonTail(file: ReportFile): string {
  const last = file.messages.at(-1)
  const omitted = last && omittedCounts(last)
  const count = omitted ? `,"omitted":${JSON.stringify({total: omitted.error + omitted.warning + omitted.info, ...omitted})}` : ''
  return '],"risk":' + JSON.stringify(riskOfFile(file)) + count + '}'
}

/** A message as vfile's fields, in their order; `fatal` true for an error, false for a warning, absent for information. */
function messageJson(message: Message): string {
  const start = startOf(message)
  return JSON.stringify({
    column: start?.column,
    fatal: message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined,
    line: start?.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: messageSource,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url
  })
}
