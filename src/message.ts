// What a finding becomes: one plain, serialisable object, made once by the
// engine (src/pipeline/lint.ts) and read as it is by every reporter, stored
// as it is in the cache, and posted as it is between threads. Only the Node
// API and the language server turn it into their own shapes, at their edge.
import type {FixEdit} from './rule.js'

/** How grave a message is, as reports name it. */
export type SeverityName = 'error' | 'warning' | 'info'

/** Lines and columns count from 1 (columns in UTF-16 code units), offsets from 0. */
export interface Point {
  line: number
  column: number
  offset?: number
}

export interface Span {
  start: Point
  /** Just after the last character. */
  end: Point
}

export interface Message {
  /** The rule, or the engine's own id (`read-error`, `parse-error`, `source`…). */
  ruleId: string
  severity: SeverityName
  /** Plain English: what is wrong and what to write instead. */
  reason: string
  /** Where in the file: a span, a point, or none for a message about the whole file. */
  place?: Point | Span
  /** The rule's page. */
  url?: string
  /** The offending text. */
  actual?: string
  /** Suggested replacements. */
  expected?: string[]
  /** A longer explanation. */
  note?: string
  /** Only when the repair is certain. */
  fix?: FixEdit
}

/** Every message's `source`, in the formats that name one. */
export const messageSource = 'copydesk'

/** Where a message starts, if it has a place. */
export function startOf(message: Pick<Message, 'place'>): Point | undefined {
  const {place} = message
  return place && 'start' in place ? place.start : place
}

/** Where a message ends: a point ends where it starts. */
export function endOf(message: Pick<Message, 'place'>): Point | undefined {
  const {place} = message
  return place && 'end' in place ? place.end : place
}
