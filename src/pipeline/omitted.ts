// The closing message of a file whose findings went past --max-findings, and
// the counts read back from it: the json and SARIF reports give them as
// fields, and reading them from the message itself keeps them right from a
// worker thread, the cache or a merged report alike.
import type {Message, Point, SeverityName} from '../message.js'

/** ruleId of the closing message on a file whose findings went past --max-findings. */
export const maxFindingsId = 'max-findings'

/** How many messages of each severity a file's --max-findings left out. */
export type SeverityCounts = Record<SeverityName, number>

const severities = ['error', 'warning', 'info'] as const

/**
 * The closing message of a file whose findings went past `max`: how many
 * were left out, of each severity, at the end of the file. Its severity is
 * the gravest left out, so that the exit code stays what all of them call
 * for.
 */
export function omittedMessage(end: Point, max: number, omitted: SeverityCounts): Message | undefined {
  const total = omitted.error + omitted.warning + omitted.info
  if (total === 0) return undefined
  const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 || noun === 'info' ? '' : 's'}`
  const kinds = severities.filter((kind) => omitted[kind] > 0).map((kind) => count(omitted[kind], kind))
  const severity = omitted.error > 0 ? 'error' : omitted.warning > 0 ? 'warning' : 'info'
  const reason = `${count(total, 'more finding')} not shown (${kinds.join(', ')}): only the first ${max.toLocaleString('en-US')} of a file are reported (--max-findings)`
  return {ruleId: maxFindingsId, severity, reason, place: end}
}

/** The counts of a closing message made by omittedMessage; undefined for any other message. */
export function omittedCounts(message: Pick<Message, 'ruleId' | 'reason'>): SeverityCounts | undefined {
  if (message.ruleId !== maxFindingsId) return undefined
  const kinds = /^[\d,]+ more findings? not shown \(([^)]*)\)/.exec(message.reason)?.[1]
  if (kinds === undefined) return undefined
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const [, n, kind] of kinds.matchAll(/([\d,]+) (error|warning|info)/g)) counts[kind as SeverityName] = Number(n!.replaceAll(',', ''))
  return counts
}
