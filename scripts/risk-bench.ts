// How well the risk score ranks articles by how much professional raters
// penalised them (MQM, WMT23 zh-en: 10 systems × 38 documents; penalty per
// word with Major 5, Minor 1, averaged over the segment's raters). The
// documents are split in two halves (alternate ids in sorted order): weights
// are fitted on the first (`--fit` searches a small grid of them), figures
// are reported on the held-out second, as Spearman's rank correlation over
// articles (with and without the Chinese source), and over the ten systems
// (each system's mean risk against its mean penalty per word, over the same
// documents).
// usage: tsx scripts/risk-bench.ts [--mqm FILE] [--fit] [--check] [--splits [N]] [--candidates [N]] [--coverage [N]] [--systems] [--rules]
// (--check: how much the held-out figures move when its documents are
// resampled, when one system is left out, and when the weights are fitted
// without one system; --splits: the weights fitted on N random halves of
// the documents (20 by default), each reported on its other half, so the
// figures of the one fixed split can be told from luck; --candidates: the
// same for signals the score does not use, each added to a smaller grid;
// --coverage [N]: the weight of the source's dictionary coverage gap
// (src/source/coverage.ts, on the product's own paragraph alignment; the
// score's `coverage` part) refitted with that grid, on the fixed split with
// --check's resamples and on N random halves, beside the gap of each
// segment paired with its own translation;
// --systems: each system's mean penalty, risk and its parts on the
// fitting half, and their ranks; --rules: the findings of each system there.
// Both look at the fitting half only: what a candidate is chosen from)
import type {VFileMessage} from 'vfile-message'
import {lint} from '../src/index.js'
import {countText, houseRules, riskOf, riskWeights} from '../src/report/risk.js'
import {articleCoverageGap, coverageGap} from '../src/source/coverage.js'
import {random} from './bench/corpus.js'
import {mqmArticles, mqmFile, repoConfig} from './corpus.js'

interface Article {
  system: string
  doc: string
  penalty: number
  counts: ReturnType<typeof countText>
  messages: Record<Mode, VFileMessage[]>
  /** The source's coverage gap as copydesk computes it (the aligner's pairs). */
  gap: number
  /** Its paragraphs, each with its source (one segment each). */
  paragraphs: Array<{source: string; target: string}>
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
  const bilingual = lint(text, {config, source, path: 'article.md'})
  articles.push({
    system: segments[0]!.system,
    doc: segments[0]!.doc,
    penalty: penalty / Math.max(1, counts.words),
    counts,
    messages: {
      english: lint(text, {config, source: false, path: 'article.md'}).messages,
      source: bilingual.messages
    },
    gap: articleCoverageGap(bilingual.data.bilingual ?? [], String(bilingual)),
    paragraphs: segments.map((segment) => ({source: segment.source.trim(), target: segment.target.trim()}))
  })
}

const systems = [...new Set(articles.map((article) => article.system))].sort()
const documents = [...new Set(articles.map((article) => article.doc))].sort()
/** The articles of each document. */
const byDocument = new Map(documents.map((doc) => [doc, articles.filter((article) => article.doc === doc)]))
const halves = {fit: documents.filter((_, index) => index % 2 === 0), held: documents.filter((_, index) => index % 2 === 1)}
/** The articles of `docs` (a document listed twice, as in a resample, counts twice), of the given systems only. */
const articlesOf = (docs: readonly string[], only: readonly string[] = systems) => docs.flatMap((doc) => byDocument.get(doc)!.filter((article) => only.includes(article.system)))

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
/** The score as copydesk computes it: with the source, its coverage gap too. */
const riskScore: Score = (article, mode) => riskOf(article.messages[mode], mode === 'source' ? {...article.counts, gap: article.gap} : article.counts).score
/** The baseline the issue measured: warnings and errors per word. */
const perWord: Score = (article, mode) => article.messages[mode].filter((m) => m.fatal !== undefined && m.fatal !== null).length / article.counts.words
/** `score` computed once per article, for the many resamples of one set of weights. */
function remembered(score: Score): Score {
  const saved = new Map(modes.map((mode) => [mode, new Map(articles.map((article) => [article, score(article, mode)]))]))
  return (article, mode) => saved.get(mode)!.get(article)!
}

function articleLevel(set: Article[], mode: Mode, score: Score): number {
  return spearman(set.map((a) => score(a, mode)), set.map((a) => a.penalty))
}

/** Each system's mean risk against its mean penalty per word, over the articles given. */
function systemLevel(set: Article[], mode: Mode, score: Score, only: readonly string[] = systems): number {
  const sums = new Map(only.map((system) => [system, {risk: 0, penalty: 0, count: 0}]))
  for (const article of set) {
    const sum = sums.get(article.system)
    if (!sum) continue
    sum.risk += score(article, mode)
    sum.penalty += article.penalty
    sum.count++
  }
  const means = [...sums.values()]
  return spearman(means.map((s) => s.risk / s.count), means.map((s) => s.penalty / s.count))
}

/** `count` resamples of `docs` with replacement, the same for a given seed. */
function resamples(docs: readonly string[], count: number, seed: number): string[][] {
  const next = random(seed)
  return Array.from({length: count}, () => docs.map(() => docs[Math.floor(next() * docs.length)]!))
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!

/**
 * The grid's best weights on the fitting documents (the first half unless
 * given), set in riskWeights. The objective adds the article-level figures
 * of both modes and twice the system-level one with the source, so each
 * level weighs alike; that one is its mean over resamples of the fitting
 * documents, for ten points swap places on one document more or less.
 */
function fit(only: readonly string[] = systems, fitting: readonly string[] = halves.fit): typeof riskWeights {
  const saved = structuredClone(riskWeights)
  const set = articlesOf(fitting, only)
  const samples = resamples(fitting, 200, 1).map((docs) => articlesOf(docs, only))
  let best: {objective: number; weights: typeof riskWeights} | undefined
  for (const house of [1, 0.5, 0.25, 0.1, 0])
    for (const nameWeight of [1, 2, 4, 8])
      for (const numberWeight of [1, 2, 4, 8])
        for (const errorWeight of [1, 2])
          for (const sentenceWords of [15, 20, 25, 30])
            for (const perSentenceWord of [0, 0.0125, 0.025, 0.05]) {
              riskWeights.house = house
              riskWeights.rules = {...saved.rules, 'name-mismatch': nameWeight, 'number-mismatch': numberWeight}
              riskWeights.severity = {...saved.severity, error: errorWeight}
              riskWeights.sentenceWords = sentenceWords
              riskWeights.perSentenceWord = perSentenceWord
              const score = remembered(riskScore)
              const systemFigure = mean(samples.map((sample) => systemLevel(sample, 'source', score, only)))
              const objective = articleLevel(set, 'source', score) + articleLevel(set, 'english', score) + 2 * systemFigure
              if (!best || objective > best.objective) best = {objective, weights: structuredClone(riskWeights)}
            }
  Object.assign(riskWeights, best!.weights)
  return saved
}

if (process.argv.includes('--fit')) {
  const saved = fit()
  console.log('best on the fitting half:', JSON.stringify(riskWeights))
  Object.assign(riskWeights, saved)
}

const figure = (value: number) => value.toFixed(3).padStart(6)
const weightsOf = (weights: typeof riskWeights) =>
  `house ${weights.house}, name ${weights.rules['name-mismatch']}, number ${weights.rules['number-mismatch']}, error ${weights.severity.error}, length ${weights.perSentenceWord}/${weights.sentenceWords}`
const fitted = articlesOf(halves.fit)
const held = articlesOf(halves.held)
console.log(`${articles.length} articles (${fitted.length} to fit, ${held.length} held out), ${documents.length} documents, ${systems.length} systems`)
console.log('Spearman with the MQM penalty per word' + ''.padEnd(8) + 'fit half  held-out half  all')
for (const [name, score] of [['risk score', riskScore], ['findings per word (baseline)', perWord]] as const) {
  for (const [level, figureOf] of [['articles: ', articleLevel], ['systems:  ', systemLevel]] as const) {
    for (const mode of modes) {
      const label = `${name}, ${mode === 'source' ? 'with source' : 'English only'}`
      console.log(`  ${level}${label.padEnd(44)}${figure(figureOf(fitted, mode, score))}${figure(figureOf(held, mode, score)).padStart(15)}${figure(figureOf(articles, mode, score)).padStart(7)}`)
    }
  }
}
console.log('targets on the held-out half: articles ≥ 0.40 with source, ≥ 0.25 English only; systems ≥ 0.85 with source')

/** The held-out figures over 1,000 resamples of its documents: median, 5 % and 95 %, and the share at the target. */
function printResampled(score: Score): void {
  const samples = resamples(halves.held, 1000, 2).map((docs) => articlesOf(docs))
  console.log(`held-out half, ${samples.length} resamples of its ${halves.held.length} documents: median [5%, 95%], share at the target`)
  for (const [label, figureOf, mode, target] of [
    ['articles, with source', articleLevel, 'source', 0.4],
    ['articles, English only', articleLevel, 'english', 0.25],
    ['systems, with source', systemLevel, 'source', 0.85]
  ] as const) {
    const values = samples.map((sample) => figureOf(sample, mode, score))
    const share = values.filter((value) => value >= target).length / values.length
    console.log(`  ${label.padEnd(24)}${figure(quantile(values, 0.5))} [${figure(quantile(values, 0.05))}, ${figure(quantile(values, 0.95))}]  ${(100 * share).toFixed(0)}% ≥ ${target}`)
  }
}

if (process.argv.includes('--check')) {
  const score = remembered(riskScore)
  printResampled(score)
  console.log('held-out half, systems with source, one system left out (the other nine):')
  for (const system of systems) {
    const others = systems.filter((s) => s !== system)
    console.log(`  without ${system.padEnd(16)}${figure(systemLevel(held, 'source', score, others))}`)
  }
  console.log('weights fitted without one system, held-out figures (articles with source, English only, systems with source) over all ten:')
  for (const system of systems) {
    const saved = fit(systems.filter((s) => s !== system))
    const refitted = remembered(riskScore)
    console.log(`  without ${system.padEnd(16)}${figure(articleLevel(held, 'source', refitted))}${figure(articleLevel(held, 'english', refitted))}${figure(systemLevel(held, 'source', refitted))}  (${weightsOf(riskWeights)})`)
    Object.assign(riskWeights, saved)
  }
}
/** `count` random halves of the documents, the same for a given seed: 19 to fit, the others held out. */
function randomHalves(count: number, seed: number): Array<{fitting: string[]; others: string[]}> {
  const next = random(seed)
  return Array.from({length: count}, () => {
    // A Fisher–Yates shuffle.
    const shuffled = [...documents]
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
    }
    return {fitting: shuffled.slice(0, halves.fit.length), others: shuffled.slice(halves.fit.length)}
  })
}

const splitCount = (flag: string) => {
  const given = Number(process.argv[process.argv.indexOf(flag) + 1])
  return Number.isInteger(given) && given > 0 ? given : 20
}
const heldFigures = (set: Article[], score: Score) => [articleLevel(set, 'source', score), articleLevel(set, 'english', score), systemLevel(set, 'source', score)]
function printSummary(label: string, rows: number[][]): void {
  const column = (index: number) => rows.map((row) => row[index]!)
  const atTarget = [0.4, 0.25, 0.85].map((target, index) => `${column(index).filter((value) => value >= target).length}/${rows.length}`.padStart(6))
  console.log(`  ${label.padEnd(22)}${[0, 1, 2].map((index) => figure(mean(column(index)))).join('')}  median${[0, 1, 2].map((index) => figure(quantile(column(index), 0.5))).join('')}  at target${atTarget.join('')}`)
}

if (process.argv.includes('--splits')) {
  const count = splitCount('--splits')
  const rows: number[][] = []
  console.log(`weights fitted on ${count} random halves of the ${documents.length} documents, figures on the other half (articles with source, English only, systems with source):`)
  for (const [index, {fitting, others}] of randomHalves(count, 3).entries()) {
    const saved = fit(systems, fitting)
    const row = heldFigures(articlesOf(others), remembered(riskScore))
    rows.push(row)
    console.log(`  split ${String(index + 1).padStart(2)}${row.map(figure).join('')}  (${weightsOf(riskWeights)})`)
    Object.assign(riskWeights, saved)
  }
  printSummary('all splits: mean', rows)
}

/** A way to score articles, `family` naming the signal it adds (`none`: the score as it is), `label` its own parameters. */
interface Variant {
  family: string
  label?: string
  score: () => Score
}

/** Each family's best fitted on `count` random halves of the documents, its figures on the other halves summed up. */
function printRandomHalves(count: number, variants: readonly Variant[], families: readonly string[]): void {
  const rows = new Map(families.map((family) => [family, [] as number[][]]))
  for (const [index, {fitting, others}] of randomHalves(count, 3).entries()) for (const [family, {figures}] of bestPerFamily(variants, fitting, others, index + 10)) rows.get(family)!.push(figures)
  console.log(`${count} random halves, the held-out figures' mean, median and how many splits reach each target:`)
  for (const family of families) printSummary(family, rows.get(family)!)
}

/**
 * Each family's best by the fitting objective on `fitting` (the best of a
 * small grid of the score's weights × the family's variants, or the family
 * `none`'s best where that does better), with its figures on `others`.
 */
function bestPerFamily(variants: readonly Variant[], fitting: readonly string[], others: readonly string[], seed: number, resampleCount = 100): Map<string, {figures: number[]; score: Score; chosen: string; objective: number}> {
  const set = articlesOf(fitting)
  const samples = resamples(fitting, resampleCount, seed).map((docs) => articlesOf(docs))
  const best = new Map<string, {objective: number; score: Score; chosen: string}>()
  const saved = structuredClone(riskWeights)
  for (const house of [0, 0.1, 0.25])
    for (const nameWeight of [2, 4, 8])
      for (const numberWeight of [1, 4])
        for (const [sentenceWords, perSentenceWord] of [[25, 0.0125], [20, 0.025]] as const) {
          riskWeights.house = house
          riskWeights.rules = {...saved.rules, 'name-mismatch': nameWeight, 'number-mismatch': numberWeight}
          riskWeights.sentenceWords = sentenceWords
          riskWeights.perSentenceWord = perSentenceWord
          for (const {family, label, score: make} of variants) {
            // Scored now, with this grid point's weights.
            const score = remembered(make())
            const objective = articleLevel(set, 'source', score) + articleLevel(set, 'english', score) + 2 * mean(samples.map((sample) => systemLevel(sample, 'source', score)))
            const sofar = best.get(family)
            if (!sofar || objective > sofar.objective) best.set(family, {objective, score, chosen: `${weightsOf(riskWeights)}${label ? `, ${label}` : ''}`})
          }
        }
  Object.assign(riskWeights, saved)
  const held = articlesOf(others)
  const none = best.get('none')!
  return new Map([...best.keys()].map((family) => {
    const chosen = best.get(family)!.objective > none.objective ? best.get(family)! : none
    return [family, {figures: heldFigures(held, chosen.score), score: chosen.score, chosen: chosen.chosen, objective: chosen.objective}]
  }))
}

if (process.argv.includes('--candidates')) {
  // Signals the score does not use, each computed from an article and its
  // source as copydesk could at run time; a signal's part is `k` × it,
  // added to the score with the source (and to both scores for repeats,
  // which need no source). Each is judged as the fitting procedure would
  // use it: on the fixed split and on random halves, the best of a small
  // grid of the score's own weights, with and without the signal, fitted on
  // one half and reported on the other.
  const han = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0
  const per100 = (value: number, article: Article) => (100 * value) / Math.max(article.counts.words, riskWeights.minimumWords)
  const sumOver = (article: Article, part: (paragraph: {source: string; target: string; words: number; han: number}) => number) =>
    article.paragraphs.reduce((sum, {source, target}) => sum + part({source, target, words: countText(target).words, han: han(source)}), 0)
  const matches = (pattern: RegExp) => (text: string) => text.match(pattern)?.length ?? 0
  const trigramRepeats = (text: string) => {
    const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? []
    const seen = new Set<string>()
    let repeats = 0
    for (let i = 0; i + 2 < words.length; i++) {
      const key = words.slice(i, i + 3).join(' ')
      if (seen.has(key)) repeats++
      seen.add(key)
    }
    return repeats
  }
  const signals: Record<string, {of: (article: Article) => number; ks: number[]; english?: boolean}> = {
    // Words a paragraph lacks below 0.5 English words per Chinese character (dropped content).
    'short paragraphs': {of: (a) => per100(sumOver(a, (p) => Math.max(0, 0.5 * p.han - p.words)), a), ks: [0.05, 0.1, 0.2, 0.4]},
    // Words a paragraph has above 1 per Chinese character (additions, repetition).
    'long paragraphs': {of: (a) => per100(sumOver(a, (p) => Math.max(0, p.words - p.han)), a), ks: [0.05, 0.1, 0.2, 0.4]},
    // The article's words below 0.6 per Chinese character.
    'short article': {of: (a) => per100(Math.max(0, 0.6 * sumOver(a, (p) => p.han) - a.counts.words), a), ks: [0.05, 0.1, 0.2, 0.4]},
    // Quotation marks or parentheses in one and not the other.
    'quote marks': {of: (a) => per100(sumOver(a, (p) => Math.abs(matches(/["“”]/g)(p.target) - matches(/[“”「」『』]/g)(p.source))), a), ks: [0.1, 0.2, 0.4]},
    parentheses: {of: (a) => per100(sumOver(a, (p) => Math.abs(matches(/\(/g)(p.target) - matches(/[（(]/g)(p.source))), a), ks: [0.1, 0.2, 0.4]},
    // Chinese characters left in the English.
    untranslated: {of: (a) => per100(sumOver(a, (p) => han(p.target)), a), ks: [0.1, 0.2, 0.4]},
    // A paragraph's word trigrams seen before in it.
    repeats: {of: (a) => per100(sumOver(a, (p) => trigramRepeats(p.target)), a), ks: [0.1, 0.2, 0.4], english: true}
  }
  const ruleWeight = (id: string) => riskWeights.rules[id] ?? (houseRules.has(id) ? riskWeights.house : 1)
  /** The score with `findings` counted otherwise: per 5 sentences, or each rule's weight capped per article. */
  const reshaped = (how: {perSentence?: boolean; cap?: number}): Score => (article, mode) => {
    const risk = riskOf(article.messages[mode], article.counts)
    const weighted = how.cap === undefined ? risk.weighted : Object.entries(risk.rules).reduce((sum, [id, weight]) => sum + Math.min(weight, how.cap! * ruleWeight(id)), 0)
    const findings = how.perSentence ? (5 * weighted) / Math.max(article.counts.sentences, 5) : per100(weighted, article)
    return Math.round((findings + risk.length) * 10) / 10
  }
  const variants: Variant[] = [{family: 'none', score: () => riskScore}]
  for (const [family, {of, ks, english}] of Object.entries(signals)) {
    const values = new Map(articles.map((article) => [article, of(article)]))
    for (const k of ks)
      variants.push({family, score: () => (article, mode) => (mode === 'source' || english ? Math.round((riskScore(article, mode) + k * values.get(article)!) * 10) / 10 : riskScore(article, mode))})
  }
  variants.push({family: 'per 5 sentences', score: () => reshaped({perSentence: true})})
  for (const cap of [1, 2]) variants.push({family: 'cap per rule', score: () => reshaped({cap})})
  const families = [...new Set(variants.map((variant) => variant.family))]

  const fixed = bestPerFamily(variants, halves.fit, halves.held, 1)
  console.log('candidate signals, each the best of a small grid with and without it, fitted on one half (articles with source, English only, systems with source):')
  console.log('  the fixed split:')
  for (const family of families) console.log(`  ${family.padEnd(22)}${fixed.get(family)!.figures.map(figure).join('')}  (fitting objective ${fixed.get(family)!.objective.toFixed(3)})`)
  printRandomHalves(splitCount('--candidates'), variants, families)
}
if (process.argv.includes('--coverage')) {
  // The source's coverage gap, with the source only: k × the share of its
  // content words the English leaves uncovered, the score's `coverage` part
  // (k is riskWeights.perGap; 0 is the score without it), with the gap as
  // copydesk computes it on its own alignment, or with each segment paired
  // with its own translation (how it was first measured).
  const gaps = new Map(articles.map((article) => [article, article.gap]))
  const segmentGaps = new Map(articles.map((article) => [article, Math.round(coverageGap(article.paragraphs) * 1000) / 1000]))
  const withGap = (k: number, of: Map<Article, number>): Score => {
    const saved = riskWeights.perGap
    riskWeights.perGap = k
    const scores = new Map(articles.map((article) => [article, riskOf(article.messages.source, {...article.counts, gap: of.get(article)!}).score]))
    riskWeights.perGap = saved
    return (article, mode) => (mode === 'source' ? scores.get(article)! : riskScore(article, mode))
  }
  const variants: Variant[] = [{family: 'none', score: () => withGap(0, gaps)}]
  for (const k of [0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 12]) {
    variants.push({family: 'coverage (aligned)', label: `k ${k}`, score: () => withGap(k, gaps)})
    variants.push({family: 'coverage (segments)', label: `k ${k}`, score: () => withGap(k, segmentGaps)})
  }
  const families = [...new Set(variants.map((variant) => variant.family))]
  console.log(`the gap, aligned against segment by segment: mean ${mean([...gaps.values()]).toFixed(3)} against ${mean([...segmentGaps.values()]).toFixed(3)}, ` +
    `${articles.filter((article) => gaps.get(article) !== segmentGaps.get(article)).length} of ${articles.length} articles differ, Spearman ${spearman([...gaps.values()], [...segmentGaps.values()]).toFixed(3)}`)
  const alone: Score = (article) => gaps.get(article)!
  /** Spearman between the articles' gaps and penalties, each less its document's mean: how well the gap orders the systems within a document. */
  const withinDocuments = (set: Article[]) => {
    const centred = (value: (article: Article) => number) => set.map((article) => value(article) - mean(byDocument.get(article.doc)!.map(value)))
    return spearman(centred((article) => gaps.get(article)!), centred((article) => article.penalty))
  }
  console.log('the gap alone (fit half, held-out half): articles' + [fitted, held].map((set) => figure(articleLevel(set, 'source', alone))).join('') +
    ', systems' + [fitted, held].map((set) => figure(systemLevel(set, 'source', alone))).join('') + ', within documents' + [fitted, held].map((set) => figure(withinDocuments(set))).join(''))
  console.log('dictionary coverage, the best of a small grid with and without it, fitted on one half (articles with source, English only, systems with source):')
  for (const [family, {figures, score, chosen, objective}] of bestPerFamily(variants, halves.fit, halves.held, 1, 200)) {
    console.log(`the fixed split, ${family}: fitting objective ${objective.toFixed(3)}, held out${figures.map(figure).join('')}  (${chosen})`)
    printResampled(score)
    const nine = systems.map((system) => systemLevel(held, 'source', score, systems.filter((other) => other !== system)))
    const eight = systemLevel(held, 'source', score, systems.filter((system) => !system.startsWith('NLLB')))
    console.log(`  systems with source, one left out: ${figure(Math.min(...nine))} to ${figure(Math.max(...nine))}; without the NLLB pair: ${figure(eight)}`)
  }
  printRandomHalves(splitCount('--coverage'), variants, families)
}
if (process.argv.includes('--systems')) {
  const rows = systems.map((system) => {
    const mine = fitted.filter((a) => a.system === system)
    const average = (value: (a: Article) => number) => mine.reduce((sum, a) => sum + value(a), 0) / mine.length
    const parts = (a: Article) => riskOf(a.messages.source, {...a.counts, gap: a.gap})
    return {system, penalty: average((a) => a.penalty), risk: average((a) => riskScore(a, 'source')), findings: average((a) => parts(a).findings), length: average((a) => parts(a).length), coverage: average((a) => parts(a).coverage!)}
  })
  const [penaltyRanks, riskRanks] = [ranks(rows.map((row) => row.penalty)), ranks(rows.map((row) => row.risk))]
  console.log('the fitting half, with the source: each system\'s means, and its rank by penalty and by risk (1 the best)')
  for (const [index, row] of rows.entries()) {
    console.log(`  ${row.system.padEnd(16)} penalty ${row.penalty.toFixed(3)}  risk ${row.risk.toFixed(3)}  findings ${row.findings.toFixed(3)}  length ${row.length.toFixed(3)}  coverage ${row.coverage.toFixed(3)}  ranks ${penaltyRanks[index]! + 1} ${riskRanks[index]! + 1}`)
  }
}
if (process.argv.includes('--rules')) {
  for (const system of systems) {
    const tally = new Map<string, number>()
    for (const a of fitted.filter((a) => a.system === system)) for (const m of a.messages.source) tally.set(m.ruleId ?? '?', (tally.get(m.ruleId ?? '?') ?? 0) + 1)
    console.log(`  ${system.padEnd(16)} ${[...tally].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`)
  }
}
