// What share of copydesk's warnings and errors land on spans that professional
// raters marked (MQM, WMT23 zh-en). Chance is about 31% of characters.
// usage: tsx scripts/mqm-report.ts [--mqm FILE] [--rules a,b] [--show misses|hits]
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {argValue, lintArticle, offsetsOf, repoConfig} from './corpus.js'

interface Segment {
  system: string
  doc: string
  seg: number
  target: string
  errors: Array<{start: number | null; end: number | null; category: string; severity: string}>
}

const file = argValue('--mqm', join(import.meta.dirname, '../../shared/corpus/mqm-wmt23-zh-en/segments.jsonl'))!
const only = argValue('--rules')?.split(',')
const show = argValue('--show')
const config = repoConfig()

const articles = new Map<string, Segment[]>()
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const segment = JSON.parse(line) as Segment
  const key = `${segment.system}\t${segment.doc}`
  articles.set(key, [...(articles.get(key) ?? []), segment])
}

const stats = new Map<string, {hit: number; miss: number; categories: Map<string, number>}>()
for (const [key, segments] of articles) {
  segments.sort((a, b) => a.seg - b.seg)
  // Join with blank lines, remembering where each segment starts.
  let text = ''
  const starts: number[] = []
  for (const segment of segments) {
    starts.push(text.length)
    text += segment.target.trim() + '\n\n'
  }
  for (const message of lintArticle(text, config, key.replace('\t', '/'), only)) {
    if (message.fatal === undefined) continue
    const [start, end] = offsetsOf(message)
    let index = starts.length - 1
    while (index > 0 && starts[index]! > start) index--
    const segment = segments[index]!
    const base = starts[index]!
    const lead = segment.target.length - segment.target.trimStart().length
    const from = start - base + lead
    const to = Math.max(end - base + lead, from + 1)
    const marked = segment.errors.filter((e) => e.start !== null && e.end !== null && e.start < to && e.end > from)
    const id = message.ruleId ?? '?'
    const row = stats.get(id) ?? {hit: 0, miss: 0, categories: new Map()}
    if (marked.length > 0) row.hit++
    else row.miss++
    for (const category of new Set(marked.map((e) => e.category))) row.categories.set(category, (row.categories.get(category) ?? 0) + 1)
    stats.set(id, row)
    if ((show === 'misses' && marked.length === 0) || (show === 'hits' && marked.length > 0)) {
      console.log(`${key.replace('\t', ' ')} seg ${segment.seg} ${id}: ${message.reason}\n    ${segment.target}`)
    }
  }
}

let hits = 0
let total = 0
console.log('rule'.padEnd(26) + 'on marked spans'.padStart(16) + '  top categories')
for (const [id, row] of [...stats].sort()) {
  hits += row.hit
  total += row.hit + row.miss
  const top = [...row.categories].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, n]) => `${c} ${n}`).join('; ')
  console.log(id.padEnd(26) + `${row.hit}/${row.hit + row.miss} (${Math.round((100 * row.hit) / (row.hit + row.miss))}%)`.padStart(16) + '  ' + top)
}
console.log(`all: ${hits}/${total} (${total ? Math.round((100 * hits) / total) : 0}%) on marked spans; chance is about 31%`)
