// The html format: one self-contained page (inline style and script, nothing
// fetched) for editors who do not live in a terminal. It opens on an index
// of the articles, sortable by risk, errors, warnings and name; each article
// follows as its text with every finding marked in place (colour AND an icon
// and a label, so colour is never the only cue), and a side list of the
// findings with message, suggestion and rule. When the article was compared
// with its Chinese source, the text is shown paragraph by paragraph beside
// the source it was aligned with, the figures and names a source check
// quotes highlighted on the Chinese side as well.
//
// It is written in three parts so a long run streams it: `head`, one
// `article` per file as it comes, and `tail` with the index (which the
// script moves to the top) and the filters, which need every file's counts.
// Every piece of text from a file or a message goes through `escapeHtml`;
// the script reads the page's own elements, never data spliced into code.
import type {Message} from '../message.js'
import type {BilingualPair} from '../source/pairs.js'
import {htmlScript, htmlStyle} from './html-assets.js'
import {riskOfFile, type Risk} from './risk.js'
import {countSeverities, pathOf, spanOf, type SeverityName} from './severity.js'
import type {ReportFile} from './file.js'

const labels: Record<SeverityName, {icon: string; name: string}> = {
  error: {icon: '✖', name: 'Error'},
  warning: {icon: '▲', name: 'Warning'},
  info: {icon: 'ℹ', name: 'Note'}
}

/** Rules whose messages quote the Chinese source, highlighted there in the bilingual view. */
const sourceRules = new Set(['number-mismatch', 'name-mismatch', 'dropped-content', 'source-glossary'])

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * The most findings of a file the page shows (the command line's cap for
 * this format, whatever --max-findings says): the page holds an article
 * whole, its findings marked in its text, and cannot be written in parts.
 */
export const htmlMaxFindings = 10_000

interface IndexRow {
  id: string
  path: string
  risk: Risk
  counts: Record<SeverityName, number>
}

/** The report's three parts; `article` remembers what the index needs, a few numbers a file. */
export class HtmlReport {
  private readonly rows: IndexRow[] = []
  private readonly rules = new Map<string, number>()

  constructor(private readonly title = 'copydesk report') {}

  head(): string {
    return (
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      `<title>${escapeHtml(this.title)}</title>\n<style>${htmlStyle}</style>\n</head>\n<body>\n` +
      '<a class="skip" href="#index">Skip to the index</a>\n' +
      `<header class="banner"><h1>${escapeHtml(this.title)}</h1>\n` +
      '<div class="toolbar" role="toolbar" aria-label="Findings">' +
      '<button type="button" id="prev" aria-keyshortcuts="k">◀ Previous finding <kbd>k</kbd></button> ' +
      '<button type="button" id="next" aria-keyshortcuts="j">Next finding <kbd>j</kbd> ▶</button> ' +
      '<span id="shown" aria-live="polite"></span></div></header>\n' +
      '<main id="main">\n<div id="articles">\n'
    )
  }

  article(file: ReportFile): string {
    const id = `a${this.rows.length + 1}`
    const path = pathOf(file)
    const risk = riskOfFile(file)
    const counts = countSeverities(file.messages)
    this.rows.push({id, path, risk, counts})
    const findings = file.messages.map((message, index) => toFinding(message, `${id}-f${index + 1}`))
    for (const finding of findings) this.rules.set(finding.rule, (this.rules.get(finding.rule) ?? 0) + 1)
    // Findings in text order, for the side list and for keyboard order.
    const ordered = [...findings].sort((a, b) => a.order - b.order)
    const text = file.value
    const bilingual = file.bilingual
    let body: string
    if (text === undefined) body = '<p class="notext">The text of this article is not in the report; its findings are listed beside.</p>'
    else if (bilingual && bilingual.length > 0) body = bilingualView(text, bilingual, ordered)
    else body = `<pre class="text" lang="en">${markText(text, 0, text.length, ordered)}</pre>`
    const heading = `${id}-h`
    return (
      `<article class="article" id="${id}" aria-labelledby="${heading}" data-risk="${risk.score}">\n` +
      `<h2 id="${heading}"><span class="path">${escapeHtml(path)}</span> ` +
      `<span class="risk" title="Weighted findings per 100 words, plus a little for long sentences and, with the Chinese source, for what the English leaves out">risk ${risk.score.toFixed(1)}</span> ` +
      `<span class="counts">${countText(counts)}</span> <a class="top" href="#index">Index</a></h2>\n` +
      `<div class="layout"><div class="body">${body}</div>\n` +
      `<aside class="side" aria-label="Findings in ${escapeHtml(path)}">${sideList(ordered)}</aside></div>\n</article>\n`
    )
  }

  tail(): string {
    const ranked = [...this.rows].sort((a, b) => b.risk.score - a.risk.score || (a.path < b.path ? -1 : 1))
    const rows = ranked
      .map(
        (row) =>
          `<tr><th scope="row" data-value="${escapeHtml(row.path)}"><a href="#${row.id}">${escapeHtml(row.path)}</a></th>` +
          `<td data-value="${row.risk.score}">${row.risk.score.toFixed(1)}</td><td data-value="${row.counts.error}">${row.counts.error}</td>` +
          `<td data-value="${row.counts.warning}">${row.counts.warning}</td><td data-value="${row.counts.info}">${row.counts.info}</td>` +
          `<td data-value="${row.risk.words}">${row.risk.words}</td></tr>`
      )
      .join('\n')
    const header = (label: string, key: string, sort?: 'descending') =>
      `<th scope="col"${sort ? ` aria-sort="${sort}"` : ''}><button type="button" data-sort="${key}">${label}</button></th>`
    const total = this.rows.reduce((sum, row) => sum + row.counts.error + row.counts.warning + row.counts.info, 0)
    const ruleBoxes = [...this.rules]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([rule, count]) => `<label><input type="checkbox" name="rule" value="${escapeHtml(rule)}" checked> ${escapeHtml(rule)} (${count})</label>`)
      .join('\n')
    const severityBoxes = (['error', 'warning', 'info'] as const)
      .map((severity) => `<label class="sev-${severity}"><input type="checkbox" name="severity" value="${severity}" checked> <span aria-hidden="true">${labels[severity].icon}</span> ${labels[severity].name}s</label>`)
      .join('\n')
    return (
      '</div>\n' +
      `<nav id="index" aria-labelledby="index-h"><h2 id="index-h">Articles (${this.rows.length}), riskiest first</h2>\n` +
      `<p class="summary">${this.rows.length} article${this.rows.length === 1 ? '' : 's'}, ${total} finding${total === 1 ? '' : 's'}. ` +
      'Risk: weighted findings per 100 words, plus a little for long sentences and, with the Chinese source, for what the English leaves out. Sort by a column with its button.</p>\n' +
      '<table class="index"><thead><tr>' +
      header('Article', 'name') + header('Risk', 'risk', 'descending') + header('Errors', 'errors') + header('Warnings', 'warnings') + header('Notes', 'notes') + header('Words', 'words') +
      `</tr></thead>\n<tbody>\n${rows}\n</tbody></table>\n` +
      '<form class="filters" aria-label="Filters"><fieldset><legend>Severity</legend>\n' +
      severityBoxes +
      `\n</fieldset>\n<fieldset><legend>Rule</legend>\n${ruleBoxes}\n</fieldset></form>\n</nav>\n` +
      '</main>\n<div id="tip" role="tooltip" hidden></div>\n' +
      `<script>${htmlScript}</script>\n</body>\n</html>\n`
    )
  }
}

export function formatHtml(files: readonly ReportFile[]): string {
  const report = new HtmlReport()
  return report.head() + files.map((file) => report.article(file)).join('') + report.tail()
}

interface Finding {
  id: string
  rule: string
  severity: SeverityName
  message: Message
  /** File offsets, when the message has them. */
  start: number | undefined
  end: number | undefined
  /** Sort key: text order, findings without a place last. */
  order: number
}

function toFinding(message: Message, id: string): Finding {
  const place = message.place
  const start = place && 'start' in place ? place.start.offset : place?.offset
  const end = place && 'start' in place ? place.end.offset : start
  return {id, rule: message.ruleId, severity: message.severity, message, start, end, order: start ?? Number.MAX_SAFE_INTEGER}
}

function countText(counts: Record<SeverityName, number>): string {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => `<span class="sev-${severity}"><span aria-hidden="true">${labels[severity].icon}</span> ${counts[severity]} ${labels[severity].name.toLowerCase()}${counts[severity] === 1 ? '' : 's'}</span>`)
    .join(' ')
}

const severityRank: Record<SeverityName, number> = {error: 0, warning: 1, info: 2}

/**
 * `text[from, to)` escaped, with each stretch that findings cover in a
 * `<mark>`: overlapping findings split the text at every start and end, and
 * a stretch takes the gravest severity among those covering it. A finding's
 * first stretch (or, for a point, an empty mark) carries its id and is what
 * keyboard navigation visits.
 */
function markText(text: string, from: number, to: number, findings: readonly Finding[]): string {
  // `findings` are in text order, so those starting here are too.
  const inside = findings.filter((f) => f.start !== undefined && f.start >= from && f.start < to + (to === text.length ? 1 : 0))
  const cuts = new Set<number>([from, to])
  for (const f of inside) {
    cuts.add(f.start!)
    cuts.add(Math.min(Math.max(f.end!, f.start!), to))
  }
  const points = [...cuts].sort((a, b) => a - b)
  // One sweep: the findings covering the stretch from each cut to the next,
  // those that started in an earlier part first.
  let active = findings.filter((f) => f.start !== undefined && f.start < from && f.end! > from)
  let waiting = 0
  let out = ''
  for (let index = 0; index < points.length; index++) {
    const at = points[index]!
    active = active.filter((f) => f.end! > at)
    const starting: Finding[] = []
    for (; waiting < inside.length && inside[waiting]!.start === at; waiting++) {
      const f = inside[waiting]!
      // A point (an empty finding) is an empty mark.
      if (f.end! <= f.start!) out += anchor(f, '')
      else starting.push(f)
    }
    active.push(...starting)
    const next = points[index + 1]
    if (next === undefined) continue
    const piece = escapeHtml(text.slice(at, next))
    if (active.length === 0) out += piece
    else if (starting.length > 0) {
      // Extra findings starting here get empty anchors, so each can be visited.
      for (const f of starting.slice(1)) out += anchor(f, '')
      out += anchor(starting[0]!, piece, active)
    } else {
      out += `<mark class="sev-${gravest(active)}"${coverage(active)}>${piece}</mark>`
    }
  }
  return out
}

const gravest = (findings: readonly Finding[]) => findings.reduce((a, b) => (severityRank[b.severity] < severityRank[a.severity] ? b : a)).severity

/** Which findings cover a mark, in three parallel lists the filters read. */
function coverage(findings: readonly Finding[]): string {
  return (
    ` data-findings="${findings.map((f) => f.id).join(' ')}" data-rules="${escapeHtml(findings.map((f) => f.rule).join(' '))}"` +
    ` data-severities="${findings.map((f) => f.severity).join(' ')}"`
  )
}

/**
 * A mark's icon. Screen readers skip it: the mark is described by its entry
 * in the side list, which starts with the severity in words (and copying
 * the article's text takes no labels with it).
 */
function icon(severity: SeverityName): string {
  return `<span class="icon" aria-hidden="true">${labels[severity].icon}</span>`
}

/** The focusable mark that stands for finding `f`, over the findings covering `piece`. */
function anchor(f: Finding, piece: string, covering: readonly Finding[] = [f]): string {
  return (
    `<mark class="sev-${gravest(covering)} anchor${piece === '' ? ' point' : ''}" id="${f.id}" tabindex="0" data-finding="${f.id}"` +
    ` data-rule="${escapeHtml(f.rule)}" data-severity="${f.severity}"${coverage(covering)}` +
    ` aria-describedby="${f.id}-d">${icon(f.severity)}${piece}</mark>`
  )
}

function sideList(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="clean">No findings.</p>'
  const items = findings.map((f) => {
    const {message} = f
    const label = labels[f.severity]
    const {line, column} = spanOf(message)
    const where = f.start === undefined ? `${line}:${column}` : `<a href="#${f.id}">${line}:${column}</a>`
    const suggestion = message.expected && message.expected.length > 0 ? `<span class="suggestion">Suggestion: ${message.expected.map((text) => `<q>${escapeHtml(text)}</q>`).join(' or ')}</span>` : ''
    const note = message.note ? `<span class="note">${escapeHtml(message.note)}</span>` : ''
    const rule = message.url ? `<a class="rule" href="${escapeHtml(message.url)}">${escapeHtml(f.rule)}</a>` : `<span class="rule">${escapeHtml(f.rule)}</span>`
    return (
      `<li class="finding sev-${f.severity}" id="${f.id}-d" data-finding="${f.id}" data-rule="${escapeHtml(f.rule)}" data-severity="${f.severity}">` +
      `<span class="label"><span aria-hidden="true">${label.icon}</span> ${label.name}</span> ${where} ` +
      `<span class="reason">${escapeHtml(message.reason)}</span>${suggestion}${note}${rule}</li>`
    )
  })
  return `<ol class="findings">${items.join('\n')}</ol>`
}

/**
 * The article as rows of English beside the Chinese it was aligned with.
 * Each row's English runs from the end of the row before to the end of its
 * own blocks, so front matter and code stay with the text after them and
 * nothing of the file but the blank lines between rows is left out.
 */
function bilingualView(text: string, pairs: readonly BilingualPair[], findings: readonly Finding[]): string {
  // Each row's stretch of the file; a pair without English has none.
  const stretches: Array<[number, number] | null> = []
  let at = 0
  const lastEnd = pairs.filter((pair) => pair.target !== null).at(-1)?.target![1]
  for (const pair of pairs) {
    if (pair.target === null) {
      stretches.push(null)
      continue
    }
    let from = at
    // The blank lines before a paragraph would only push it down its row.
    while (from < pair.target[0] && (text[from] === '\n' || text[from] === '\r')) from++
    const to = pair.target[1] === lastEnd ? text.length : pair.target[1]
    stretches.push([from, to])
    at = to
  }
  const rows = pairs.map((pair, index) => {
    const stretch = stretches[index]
    // A dropped paragraph is reported where its translation belongs: on the next English.
    const near = stretch ?? stretches.slice(index + 1).find((next) => next !== null) ?? null
    const here = near ? findings.filter((f) => f.start !== undefined && f.start >= near[0] && f.start < Math.max(near[1], near[0] + 1) && sourceRules.has(f.rule)) : []
    const englishCell = stretch ? `<pre class="text" lang="en">${markText(text, stretch[0], stretch[1], findings)}</pre>` : '<p class="gap">No English for this paragraph.</p>'
    const chineseCell = pair.source.length === 0 ? '<p class="gap">Not in the source.</p>' : pair.source.map((paragraph) => `<p>${highlightSource(paragraph, here)}</p>`).join('')
    return `<div class="pair${stretch ? '' : ' missing'}" role="row"><div class="en" role="cell">${englishCell}</div><div class="zh" lang="zh" role="cell">${chineseCell}</div></div>`
  })
  if (at < text.length) {
    rows.push(`<div class="pair" role="row"><div class="en" role="cell"><pre class="text" lang="en">${markText(text, at, text.length, findings)}</pre></div><div class="zh" role="cell"></div></div>`)
  }
  return `<div class="bilingual" role="table" aria-label="English beside the Chinese source">${rows.join('\n')}</div>`
}

/**
 * The Chinese paragraph, escaped, with what the row's source findings quote
 * of it marked: the `code` spans and Chinese runs of their message and note
 * (a figure, a name, a dropped passage's excerpt).
 */
function highlightSource(paragraph: string, findings: readonly Finding[]): string {
  const spans: Array<{start: number; end: number; finding: Finding}> = []
  for (const f of findings) {
    const said = `${f.message.reason}\n${f.message.note ?? ''}`
    const terms = [...said.matchAll(/`([^`]+)`|[“"(（]([^”"()（）]*[\u3400-\u9fff][^”"()（）]*)[”")）]/g)].map((match) => (match[1] ?? match[2]!).replace(/^…|…$/g, '').trim())
    for (const term of terms) {
      if (term.length === 0 || !/[\u3400-\u9fff0-9]/.test(term)) continue
      for (let index = paragraph.indexOf(term); index >= 0; index = paragraph.indexOf(term, index + term.length)) {
        spans.push({start: index, end: index + term.length, finding: f})
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    out += escapeHtml(paragraph.slice(at, span.start))
    out +=
      `<mark class="sev-${span.finding.severity} source-mark"${coverage([span.finding])} aria-describedby="${span.finding.id}-d">` +
      `${icon(span.finding.severity)}${escapeHtml(paragraph.slice(span.start, span.end))}</mark>`
    at = span.end
  }
  return out + escapeHtml(paragraph.slice(at))
}
