// Shared by the corpus scripts: lint a plain-text article (one paragraph per
// line, as in the WMT files) in-process with the repository's configuration.
import {resolve} from 'node:path'
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
