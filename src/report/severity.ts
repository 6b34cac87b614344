// Small helpers on messages (src/message.ts) that every report uses.
import type {Message, SeverityName} from '../message.js'

export type {SeverityName} from '../message.js'

/**
 * What severity and rule id are read from: a message, or a vfile message
 * from the Node API (`fatal`: true error, false warning, else information).
 */
export interface MessageFields {
  ruleId?: string | null | undefined
  severity?: SeverityName | undefined
  source?: string | null | undefined
  fatal?: boolean | null | undefined
}

export function severityOf(message: MessageFields): SeverityName {
  return message.severity ?? (message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info')
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

export function countSeverities(messages: Iterable<Message>): SeverityCounts {
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const message of messages) counts[message.severity]++
  return counts
}

/** Start and end of a message, 1-based; a point place or none ends where it starts. */
export function spanOf(message: Message): {line: number; column: number; endLine: number; endColumn: number} {
  const place = message.place
  if (place && 'start' in place) {
    return {line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  const line = place?.line ?? 1
  const column = place?.column ?? 1
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
export function pathOf(file: {path: string}): string {
  return file.path || '<stdin>'
}
