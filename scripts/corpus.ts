// Shared by the corpus scripts: lint a plain-text article (one paragraph per
// line, as in the WMT files) in-process with the repository's configuration.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {loadConfig} from '../src/config/load.js'
import type {ResolvedConfig} from '../src/config/types.js'
import {lintVFile} from '../src/pipeline/index.js'

export function repoConfig(): ResolvedConfig {
  return loadConfig(resolve(import.meta.dirname, '..', 'rules.config.json'))
}

/** One paragraph per line → Markdown paragraphs separated by blank lines. */
export function linesToArticle(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join('\n\n') + '\n'
}

export function lintArticle(text: string, config: ResolvedConfig, path = 'article.md', only?: string[]): VFileMessage[] {
  const file = new VFile({path, value: text})
  lintVFile(file, config, only ? {only} : {})
  return file.messages
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export function argValue(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : fallback
}

export function offsetsOf(message: VFileMessage): [number, number] {
  const place = message.place
  if (place && 'start' in place) return [place.start.offset ?? 0, place.end.offset ?? 0]
  return [place?.offset ?? 0, place?.offset ?? 0]
}

/** The WMT corpus under ../shared, where the repository sits beside it. */
export const wmtCorpus = resolve(import.meta.dirname, '../../shared/corpus/wmt-zh-en')

/** The systems ranked lowest by WMT human evaluation in each collection (names compared case-blind). */
export const weakSystems = 'Online-G,UF,ZengHuiMT,Machine_Translation,Online-Y,NLLB_Greedy,NLLB_MBR_BLEU,ANVITA,DLUT,AISP-SJTU'

export interface WmtText {
  path: string
  /** `ref` for a human reference, else the MT system's name. */
  system: string
  kind: 'ref' | 'weak' | 'mt'
  text: string
}

/** Every reference and MT output of the corpus as an article, in a stable order. */
export function* wmtTexts(corpus: string, weak = weakSystems): Generator<WmtText> {
  const weakSet = new Set(weak.toLowerCase().split(','))
  for (const collection of readdirSync(corpus).filter((name) => !name.includes('.')).sort()) {
    for (const doc of readdirSync(join(corpus, collection)).sort()) {
      const folder = join(corpus, collection, doc)
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.en.txt')).sort()) {
        const system = name.startsWith('ref') ? 'ref' : name.replace(/^mt-|\.en\.txt$/g, '')
        const kind = system === 'ref' ? 'ref' : weakSet.has(system.toLowerCase()) ? 'weak' : 'mt'
        const text = linesToArticle(readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
        yield {path: `${collection}/${doc}/${name}`, system, kind, text}
      }
    }
  }
}

/** A finding as one line to read, with 40 characters of text either side. */
export function findingLine(path: string, text: string, message: VFileMessage): string {
  const [start, end] = offsetsOf(message)
  const context = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).replace(/\n+/g, ' ⏎ ')
  return `${path}:${message.line}:${message.column} ${message.ruleId ?? '?'}: ${message.reason}\n    …${context}…`
}

/** One error span an MQM rater marked in a segment's translation. */
export interface MarkedError {
  start: number | null
  end: number | null
  category: string
  severity: string
}

/** One segment of ../shared/corpus/mqm-wmt23-zh-en: a system's translation of one source line, and what raters marked in it. */
export interface MqmSegment {
  system: string
  doc: string
  seg: number
  source: string
  target: string
  raters?: string[]
  errors: MarkedError[]
}

/** The MQM data (`--mqm FILE`, else ../shared's), or undefined where it is absent. */
export function mqmFile(): string | undefined {
  const file = argValue('--mqm', join(import.meta.dirname, '../../shared/corpus/mqm-wmt23-zh-en/segments.jsonl'))!
  return existsSync(file) ? file : undefined
}

/** The segments of each system's translation of each document, in order, keyed `system<TAB>doc`. */
export function mqmArticles(file: string): Map<string, MqmSegment[]> {
  const articles = new Map<string, MqmSegment[]>()
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const segment = JSON.parse(line) as MqmSegment
    const key = `${segment.system}\t${segment.doc}`
    articles.set(key, [...(articles.get(key) ?? []), segment])
  }
  for (const segments of articles.values()) segments.sort((a, b) => a.seg - b.seg)
  return articles
}
