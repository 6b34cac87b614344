// vfile's convention for a message's weight: `fatal` true is an error, false
// a warning, anything else (undefined, null) information.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type SeverityName = 'error' | 'warning' | 'info'

/** What severity and rule id are read from: a vfile message, or its plain data from a worker or the cache. */
export interface MessageFields {
  ruleId?: string | null | undefined
  source?: string | null | undefined
  fatal?: boolean | null | undefined
}

export function severityOf(message: MessageFields): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

export function countSeverities(messages: Iterable<VFileMessage>): SeverityCounts {
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[severityOf(message)]++
  return counts
}

/** Start and end of a message, 1-based; a point place or none ends where it starts. */
export function spanOf(message: VFileMessage): {line: number; column: number; endLine: number; endColumn: number} {
  const place = message.place
  if (place && 'start' in place) {
    return {line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  const line = message.line ?? 1
  const column = message.column ?? 1
  return {line, column, endLine: line, endColumn: column}
}

/** The id shown with a message: its rule, else its source. */
export function ruleIdOf(message: MessageFields): string {
  return message.ruleId ?? message.source ?? 'copydesk'
}

/** One line of text: line breaks inside a message become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
}

/** The name a report gives a file; `<stdin>` when it has none, as vfile-reporter says. */
export function pathOf(file: VFile): string {
  return file.path || '<stdin>'
}
