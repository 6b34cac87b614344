// How well the risk score ranks articles by how much professional raters
// penalised them (MQM, WMT23 zh-en: 10 systems × 38 documents; penalty per
// word with Major 5, Minor 1, averaged over the segment's raters). The
// documents are split in two halves (alternate ids in sorted order): weights
// are fitted on the first (`--fit` searches a small grid of them), figures
// are reported on the held-out second, as Spearman's rank correlation over
// articles (with and without the Chinese source), and over the ten systems
// (each system's mean risk against its mean penalty).
// usage: tsx scripts/risk-bench.ts [--mqm FILE] [--fit] [--systems] [--rules]
// (--systems: each system's mean penalty and risk on the held-out half;
// --rules: the findings of each system there)
import type {VFileMessage} from 'vfile-message'
import {lint} from '../src/index.js'
import {countText, riskOf, riskWeights} from '../src/report/risk.js'
import {mqmArticles, mqmFile, repoConfig} from './corpus.js'


interface Article {
  system: string
  doc: string
  penalty: number
  counts: ReturnType<typeof countText>
  messages: Record<Mode, VFileMessage[]>
}

type Mode = 'english' | 'source'
const modes: Mode[] = ['english', 'source']

const file = mqmFile()
if (!file) {
  console.log('risk-bench: no MQM data (the shared corpus is not here); nothing to measure')
  process.exit(0)
}

const config = repoConfig()
const grouped = mqmArticles(file)

const articles: Article[] = []
for (const segments of grouped.values()) {
  const text = segments.map((segment) => segment.target.trim()).join('\n\n') + '\n'
  const source = segments.map((segment) => segment.source.trim()).join('\n')
  const counts = countText(text)
  let penalty = 0
  for (const segment of segments) {
    const raters = Math.max(1, segment.raters?.length ?? 1)
    for (const error of segment.errors) penalty += (error.severity === 'Major' ? 5 : error.severity === 'Minor' ? 1 : 0) / raters
  }
  articles.push({
    system: segments[0]!.system,
    doc: segments[0]!.doc,
    penalty: penalty / Math.max(1, counts.words),
    counts,
    messages: {
      english: lint(text, {config, source: false, path: 'article.md'}).messages,
      source: lint(text, {config, source, path: 'article.md'}).messages
    }
  })
}

const documents = [...new Set(articles.map((article) => article.doc))].sort()
const fitted = new Set(documents.filter((_, index) => index % 2 === 0))
const halves = {fit: articles.filter((a) => fitted.has(a.doc)), held: articles.filter((a) => !fitted.has(a.doc))}

function ranks(values: number[]): number[] {
  const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0])
  const result = new Array<number>(values.length)
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++
    for (let k = i; k <= j; k++) result[order[k]![1]] = (i + j) / 2
    i = j + 1
  }
  return result
}

function spearman(x: number[], y: number[]): number {
  const [a, b] = [ranks(x), ranks(y)]
  const mean = (v: number[]) => v.reduce((s, n) => s + n, 0) / v.length
  const [ma, mb] = [mean(a), mean(b)]
  let sab = 0
  let saa = 0
  let sbb = 0
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb)
    saa += (a[i]! - ma) ** 2
    sbb += (b[i]! - mb) ** 2
  }
  return sab / Math.sqrt(saa * sbb)
}

type Score = (article: Article, mode: Mode) => number
const riskScore: Score = (article, mode) => riskOf(article.messages[mode], article.counts).score
/** The baseline the issue measured: warnings and errors per word. */
const perWord: Score = (article, mode) => article.messages[mode].filter((m) => m.fatal !== undefined && m.fatal !== null).length / article.counts.words

function articleLevel(set: Article[], mode: Mode, score: Score): number {
  return spearman(set.map((a) => score(a, mode)), set.map((a) => a.penalty))
}

function systemLevel(set: Article[], mode: Mode, score: Score): number {
  const systems = [...new Set(set.map((a) => a.system))]
  const mean = (system: string, value: (a: Article) => number) => {
    const mine = set.filter((a) => a.system === system)
    return mine.reduce((sum, a) => sum + value(a), 0) / mine.length
  }
  return spearman(systems.map((s) => mean(s, (a) => score(a, mode))), systems.map((s) => mean(s, (a) => a.penalty)))
}

if (process.argv.includes('--fit')) {
  // A small grid over the parameters; the best on the fitting half (article
  // level, both modes, and systems with the source) is printed, nothing else.
  const saved = structuredClone(riskWeights)
  let best: {objective: number; weights: typeof riskWeights} | undefined
  for (const style of [1, 0.5, 0.25, 0])
  for (const nameWeight of [1, 2, 4, 8])
    for (const numberWeight of [1, 2, 4])
      for (const errorWeight of [1, 2, 3])
        for (const sentenceWords of [15, 20, 25, 30])
          for (const perSentenceWord of [0, 0.0125, 0.025, 0.05, 0.1]) {
            riskWeights.style = style
            riskWeights.rules = {...saved.rules, 'name-mismatch': nameWeight, 'number-mismatch': numberWeight}
            riskWeights.severity = {...saved.severity, error: errorWeight}
            riskWeights.sentenceWords = sentenceWords
            riskWeights.perSentenceWord = perSentenceWord
            const objective = articleLevel(halves.fit, 'source', riskScore) + articleLevel(halves.fit, 'english', riskScore) + systemLevel(halves.fit, 'source', riskScore)
            if (!best || objective > best.objective) best = {objective, weights: structuredClone(riskWeights)}
          }
  console.log('best on the fitting half:', JSON.stringify(best!.weights))
  Object.assign(riskWeights, saved)
}

const figure = (value: number) => value.toFixed(3).padStart(6)
console.log(`${articles.length} articles (${halves.fit.length} to fit, ${halves.held.length} held out), ${documents.length} documents, ${new Set(articles.map((a) => a.system)).size} systems`)
console.log('Spearman with the MQM penalty per word' + ''.padEnd(8) + 'fit half  held-out half  all')
for (const [name, score] of [['risk score', riskScore], ['findings per word (baseline)', perWord]] as const) {
  for (const mode of modes) {
    const label = `${name}, ${mode === 'source' ? 'with source' : 'English only'}`
    console.log(`  articles: ${label.padEnd(44)}${figure(articleLevel(halves.fit, mode, score))}${figure(articleLevel(halves.held, mode, score)).padStart(15)}${figure(articleLevel(articles, mode, score)).padStart(7)}`)
  }
  for (const mode of modes) {
    const label = `${name}, ${mode === 'source' ? 'with source' : 'English only'}`
    console.log(`  systems:  ${label.padEnd(44)}${figure(systemLevel(halves.fit, mode, score))}${figure(systemLevel(halves.held, mode, score)).padStart(15)}${figure(systemLevel(articles, mode, score)).padStart(7)}`)
  }
}
console.log('targets on the held-out half: articles ≥ 0.40 with source, ≥ 0.25 English only; systems ≥ 0.85 with source')
if (process.argv.includes('--systems')) {
  for (const system of [...new Set(articles.map((a) => a.system))].sort()) {
    const mine = halves.held.filter((a) => a.system === system)
    const mean = (value: (a: Article) => number) => (mine.reduce((sum, a) => sum + value(a), 0) / mine.length).toFixed(3)
    console.log(`  ${system.padEnd(16)} penalty ${mean((a) => a.penalty)}  risk ${mean((a) => riskScore(a, 'source'))}  findings ${mean((a) => riskOf(a.messages.source, a.counts).findings)}  length ${mean((a) => riskOf(a.messages.source, a.counts).length)}`)
  }
}
if (process.argv.includes('--rules')) {
  for (const system of [...new Set(articles.map((a) => a.system))].sort()) {
    const tally = new Map<string, number>()
    for (const a of halves.held.filter((a) => a.system === system)) for (const m of a.messages.source) tally.set(m.ruleId ?? '?', (tally.get(m.ruleId ?? '?') ?? 0) + 1)
    console.log(`  ${system.padEnd(16)} ${[...tally].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`)
  }
}
