// The stylish format, for people at a terminal: each file's name, then one
// row per finding (place, severity, reason, rule, source) in columns, then
// one closing line counting the whole run and naming its riskiest articles.
//
//   news/a.md
//   3:10-3:20  warning  Missing space after `.`, expected `ended. Then`  missing-space  copydesk
//
// It reads as vfile-reporter's report did, which copydesk printed before:
// rows sorted by place, then severity, rule and reason; columns as wide as
// their widest cell (wide characters count twice), aligned per part of a
// file; `code` in a reason in cyan.
import stringWidth from 'string-width'
import type {Message} from '../message.js'
import {pathOf, spanOf, type SeverityCounts} from './severity.js'
import type {ReportFile} from './file.js'

const codes = {bold: '1', normal: '22', underline: '4', noUnderline: '24', red: '31', green: '32', yellow: '33', cyan: '36', plain: '39'} as const

type Paint = (code: keyof typeof codes) => string

const painter =
  (color: boolean): Paint =>
  (code) =>
    color ? `\u001B[${codes[code]}m` : ''

/**
 * One file's part: its name (when `named`), then its rows, each line ending
 * in a line break; empty for a file without findings.
 */
export function stylishFile(file: ReportFile, color: boolean, named: boolean): string {
  if (file.messages.length === 0) return ''
  const paint = painter(color)
  const rows: Array<string[] | string> = []
  for (const message of [...file.messages].sort(compareMessages)) rows.push(...messageRows(message, paint))
  const lines = serializeRows(rows)
  if (named) {
    const error = file.messages.some((message) => message.severity === 'error')
    lines.unshift(paint('underline') + paint(error ? 'red' : 'yellow') + pathOf(file) + paint('plain') + paint('noUnderline'))
  }
  return lines.join('\n') + '\n'
}

/**
 * The closing line: `✖ 2 errors`, or `4 messages (✖ 2 errors, ⚠ 1
 * warning, 1 info)` for more than one kind.
 */
export function byline(counts: SeverityCounts, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const parts: string[] = []
  if (counts.error) parts.push(`${paint('31', '✖')} ${counts.error} error${counts.error === 1 ? '' : 's'}`)
  if (counts.warning) parts.push(`${paint('33', '⚠')} ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`)
  if (counts.info) parts.push(`${counts.info} info`)
  const all = counts.error + counts.warning + counts.info
  return parts.length > 1 ? `${all} messages (${parts.join(', ')})` : parts.join('')
}

const severityRank = {error: 0, warning: 1, info: 2} as const

/** By line and column, then errors before warnings before information, then rule and reason. */
function compareMessages(a: Message, b: Message): number {
  const left = spanOf(a)
  const right = spanOf(b)
  // A message without a place sorts first, as at line 0.
  const line = (a.place ? left.line : 0) - (b.place ? right.line : 0)
  const column = (a.place ? left.column : 0) - (b.place ? right.column : 0)
  return line || column || severityRank[a.severity] - severityRank[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.reason.localeCompare(b.reason)
}

const lineBreak = /\r?\n|\r/

/** A finding's row, and any lines of its reason after the first, as they are (after a CRLF, an empty one first, as vfile-reporter had it). */
function messageRows(message: Message, paint: Paint): Array<string[] | string> {
  const {reason} = message
  const broken = lineBreak.exec(reason)
  const first = broken ? reason.slice(0, broken.index) : reason
  const rest = broken ? reason.slice(broken.index + 1).split(lineBreak) : []
  const {severity} = message
  const label = severity === 'error' ? paint('red') + severity + paint('plain') : paint('yellow') + severity + paint('plain')
  return [[placeText(message), label, paint('bold') + codeInCyan(first, paint) + paint('normal'), message.ruleId, 'copydesk'], ...rest]
}

/** `3:10-3:20` for a span, `3:10` for a point, nothing without a place. */
function placeText(message: Message): string {
  if (!message.place) return ''
  const {line, column, endLine, endColumn} = spanOf(message)
  return 'start' in message.place ? `${line}:${column}-${endLine}:${endColumn}` : `${line}:${column}`
}

/** Each `code` span (between runs of as many backticks) in cyan. */
function codeInCyan(reason: string, paint: Paint): string {
  const runs: Array<{index: number; size: number}> = []
  for (let index = reason.indexOf('`'); index !== -1; index = reason.indexOf('`', index + 1)) {
    const run = {index, size: 1}
    while (reason.charCodeAt(index + 1) === 96) {
      run.size++
      index++
    }
    runs.push(run)
  }
  let out = ''
  let from = 0
  for (let open = 0; open < runs.length; open++) {
    const close = runs.findIndex((run, at) => at > open && run.size === runs[open]!.size)
    if (close === -1) continue
    const end = runs[close]!.index + runs[close]!.size
    out += reason.slice(from, runs[open]!.index) + paint('cyan') + reason.slice(runs[open]!.index, end) + paint('plain')
    from = end
    open = close
  }
  return out + reason.slice(from)
}

/** Rows as lines: each cell padded to its column's widest plus one space, the end trimmed. */
function serializeRows(rows: ReadonlyArray<string[] | string>): string[] {
  const widths: number[] = []
  for (const row of rows) {
    if (typeof row === 'string') continue
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, stringWidth(cell))))
  }
  return rows.map((row) => (typeof row === 'string' ? row : row.map((cell, index) => cell + ' '.repeat(widths[index]! + 1 - stringWidth(cell))).join('')).trimEnd())
}
