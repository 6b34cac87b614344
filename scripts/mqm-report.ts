// What share of copydesk's warnings and errors land on spans that professional
// raters marked (MQM, WMT23 zh-en), and how many marked spans they reach:
// once on the English alone, once with each document's Chinese source beside
// it. Chance is about 31% of characters. A finding wider than --width
// characters overlaps some span by chance, so it is counted apart. The
// opt-in presets (ap-style) are measured apart, after the defaults.
// usage: tsx scripts/mqm-report.ts [--mqm FILE] [--mode en|source] [--rules a,b] [--width 60] [--show misses|hits]
import {VFile} from 'vfile'
import type {ResolvedConfig} from '../src/config/types.js'
import {lintVFile} from '../src/pipeline/index.js'
import {rules} from '../src/rules/index.js'
import {argValue, mqmArticles, mqmFile, offsetsOf, repoConfig} from './corpus.js'


type Mode = 'en' | 'source'

const file = mqmFile()
if (!file) {
  console.log('mqm-report: no MQM data (it lives in ../shared); nothing to measure')
  process.exit(0)
}
const only = argValue('--rules')?.split(',')
const show = argValue('--show')
const width = Number(argValue('--width', '60'))
const modes: Mode[] = argValue('--mode') ? [argValue('--mode') as Mode] : ['en', 'source']

const articles = mqmArticles(file)

/** Marked spans on the English side, by category: what could be reached. */
const spansByCategory = new Map<string, number>()
let spanCount = 0
for (const segments of articles.values()) {
  for (const segment of segments) {
    for (const error of segment.errors) {
      if (error.start === null || error.end === null) continue
      spanCount++
      spansByCategory.set(error.category, (spansByCategory.get(error.category) ?? 0) + 1)
    }
  }
}

interface Tally {
  /** Findings up to `width` characters wide, on a marked span or not. */
  hit: number
  miss: number
  /** Findings wider than `width`. */
  wide: number
  /** Marked spans (as `system doc seg index`) that a counted finding overlaps. */
  spans: Set<string>
}

const tally = (): Tally => ({hit: 0, miss: 0, wide: 0, spans: new Set()})

/** Lint every article in one mode; tallies per rule and the marked spans reached. */
function measure(mode: Mode, config: ResolvedConfig): Map<string, Tally> {
  const stats = new Map<string, Tally>()
  for (const [key, segments] of articles) {
    // One segment a paragraph, as a plain-text article; the source one a line.
    let text = ''
    const starts: number[] = []
    for (const segment of segments) {
      starts.push(text.length)
      text += segment.target.trim() + '\n\n'
    }
    const source = mode === 'source' ? segments.map((s) => s.source.trim()).join('\n') + '\n' : undefined
    const vfile = new VFile({path: `${key.replace('\t', '/')}.txt`, value: text})
    lintVFile(vfile, config, {...(only ? {only} : {}), ...(source ? {source} : {})})
    for (const message of vfile.messages) {
      if (message.fatal === undefined) continue
      const [start, end] = offsetsOf(message)
      let index = starts.length - 1
      while (index > 0 && starts[index]! > start) index--
      const segment = segments[index]!
      const lead = segment.target.length - segment.target.trimStart().length
      const from = start - starts[index]! + lead
      const to = Math.max(end - starts[index]! + lead, from + 1)
      const id = message.ruleId ?? '?'
      const row = stats.get(id) ?? tally()
      stats.set(id, row)
      if (to - from > width) {
        row.wide++
        continue
      }
      const marked = segment.errors.flatMap((e, i) => (e.start !== null && e.end !== null && e.start < to && e.end > from ? [i] : []))
      if (marked.length > 0) row.hit++
      else row.miss++
      for (const i of marked) row.spans.add(`${key}\t${segment.seg}\t${i}`)
      if ((show === 'misses' && marked.length === 0) || (show === 'hits' && marked.length > 0)) {
        console.log(`[${mode}] ${key.replace('\t', ' ')} seg ${segment.seg} ${id}: ${message.reason}\n    ${segment.target}`)
      }
    }
  }
  return stats
}

/** The category of a span key. */
function categoryOf(span: string): string {
  const [system, doc, seg, index] = span.split('\t')
  const segment = articles.get(`${system}\t${doc}`)!.find((s) => s.seg === Number(seg))!
  return segment.errors[Number(index)]!.category
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '-')

function print(title: string, stats: Map<string, Tally>, ids: readonly string[]): void {
  const all = tally()
  console.log(`\n${title}`)
  console.log('rule'.padEnd(26) + 'on marked spans'.padStart(18) + 'spans'.padStart(7) + `  wider than ${width}`)
  for (const id of ids) {
    const row = stats.get(id) ?? tally()
    all.hit += row.hit
    all.miss += row.miss
    all.wide += row.wide
    for (const span of row.spans) all.spans.add(span)
    const counted = row.hit + row.miss
    console.log(id.padEnd(26) + `${row.hit}/${counted} (${percent(row.hit, counted)})`.padStart(18) + String(row.spans.size).padStart(7) + `  ${row.wide}`)
  }
  const counted = all.hit + all.miss
  console.log(`all: ${all.hit}/${counted} (${percent(all.hit, counted)}) of findings on marked spans; ${all.spans.size} of ${spanCount} marked spans flagged; ${all.wide} findings wider than ${width} apart; chance is about 31%`)
  const byCategory = new Map<string, number>()
  for (const span of all.spans) byCategory.set(categoryOf(span), (byCategory.get(categoryOf(span)) ?? 0) + 1)
  console.log('category'.padEnd(40) + 'flagged'.padStart(16))
  for (const [category, n] of [...byCategory].sort((a, b) => b[1] - a[1])) {
    console.log(category.padEnd(40) + `${n}/${spansByCategory.get(category)}`.padStart(16))
  }
}

const config = repoConfig()
const reached = new Map<Mode, Set<string>>()
for (const mode of modes) {
  const stats = measure(mode, config)
  const ids = [...stats.keys()].sort()
  print(mode === 'en' ? '== English only ==' : '== with the source ==', stats, ids)
  reached.set(mode, new Set([...stats.values()].flatMap((row) => [...row.spans])))
}

// The opt-in house styles, apart: their hits depend on which raters follow them.
for (const rule of rules.filter((r) => r.preset && (!only || only.includes(r.id)))) {
  const presetConfig = {...config, rules: new Map([[rule.id, {severity: rule.severity, options: rule.defaults as Record<string, unknown>}]])}
  const stats = measure('en', presetConfig)
  print(`== preset ${rule.preset} (${rule.id}), apart ==`, stats, [rule.id])
  const spans = [...(stats.get(rule.id)?.spans ?? [])]
  for (const [mode, set] of reached) console.log(`with the preset, ${mode === 'en' ? 'English only' : 'with the source'}: ${new Set([...set, ...spans]).size} marked spans flagged`)
}
