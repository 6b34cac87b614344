// Findings before and after a change, for a refactor that must not change
// them (issue 22) or a rule change whose effect should be read in review.
//   tsx scripts/findings-diff.ts --write before.tsv      (on the old commit)
//   tsx scripts/findings-diff.ts --compare before.tsv    (on the new one)
// Covers the bundled examples, and where ../shared exists, the seed article
// and every document of the WMT corpus, each linted without its Chinese
// source and with it. Exit 1 when --compare finds a difference.
// --built reads the data the build prepares (dist/data: wink bundled with
// its packed lexicon, the packed spelling dictionary) as the built package
// does, instead of building it from the installed packages.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {useBuiltDataFrom} from '../src/text/built-data.js'
import {argValue, lintArticle, linesToArticle, repoConfig} from './corpus.js'

const root = join(import.meta.dirname, '..')
if (process.argv.includes('--built')) useBuiltDataFrom(new URL('../dist/data/', import.meta.url))
const shared = join(root, '..', 'shared')
const config = repoConfig()

function* articles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* articles(path)
    else if (/\.(md|txt)$/.test(entry.name) && !/\.zh\.(md|txt)$/.test(entry.name)) yield path
  }
}

type Finding = {ruleId?: string | null; fatal?: boolean | null; reason: string; expected?: readonly string[] | null; place?: unknown; line?: number | null; column?: number | null}

function row(name: string, message: Finding): string {
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  return [name, JSON.stringify(message.place ?? [message.line, message.column]), message.ruleId, severity, message.reason, (message.expected ?? []).join('|')].join('\t')
}

function collect(): string[] {
  const rows: string[] = []
  const files = [...articles(join(root, 'examples'))]
  if (existsSync(join(shared, 'seed'))) files.push(...articles(join(shared, 'seed')))
  for (const path of files) {
    // A file with a path finds its Chinese source as the CLI does.
    const file = lint(new VFile({path, value: readFileSync(path, 'utf8')}), {config, cwd: root})
    for (const message of file.messages) rows.push(row(relative(root, path), message))
  }
  const corpus = join(shared, 'corpus', 'wmt-zh-en')
  if (!existsSync(corpus)) {
    console.error(`findings-diff: no corpus at ${corpus}; the examples and seed only`)
    return rows
  }
  for (const collection of readdirSync(corpus).filter((name) => !name.includes('.')).sort()) {
    for (const doc of readdirSync(join(corpus, collection)).sort()) {
      const folder = join(corpus, collection, doc)
      const source = readFileSync(join(folder, 'source.zh.txt'), 'utf8').split('\n').filter(Boolean).join('\n\n')
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.en.txt')).sort()) {
        const text = linesToArticle(readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
        const id = `${collection}/${doc}/${name}`
        for (const message of lintArticle(text, config, id)) rows.push(row(id, message))
        const file = lint(text, {config, path: id, source})
        for (const message of file.messages) rows.push(row(`${id} (with source)`, message))
      }
    }
  }
  return rows
}

const written = argValue('--write')
const compared = argValue('--compare')
if (!written && !compared) {
  console.error('usage: tsx scripts/findings-diff.ts --write FILE | --compare FILE')
  process.exit(2)
}
const rows = collect()
if (written) {
  writeFileSync(written, rows.join('\n') + '\n')
  console.log(`findings-diff: ${rows.length} findings written to ${written}`)
} else {
  const before = readFileSync(compared!, 'utf8').split('\n').filter(Boolean)
  const count = (list: string[]) => list.reduce((map, line) => map.set(line, (map.get(line) ?? 0) + 1), new Map<string, number>())
  const old = count(before)
  const now = count(rows)
  const changed: Array<[string, string]> = []
  for (const [line, n] of old) for (let i = now.get(line) ?? 0; i < n; i++) changed.push(['-', line])
  for (const [line, n] of now) for (let i = old.get(line) ?? 0; i < n; i++) changed.push(['+', line])
  const byRule = new Map<string, {added: number; removed: number}>()
  for (const [sign, line] of changed) {
    const rule = line.split('\t')[2] ?? '?'
    const entry = byRule.get(rule) ?? {added: 0, removed: 0}
    if (sign === '+') entry.added++
    else entry.removed++
    byRule.set(rule, entry)
  }
  console.log(`findings-diff: ${before.length} before, ${rows.length} after, ${changed.length} differ`)
  for (const [rule, {added, removed}] of [...byRule].sort()) console.log(`  ${rule.padEnd(24)} +${added} -${removed}`)
  for (const [sign, line] of changed.slice(0, 20)) console.log(`${sign} ${line}`)
  process.exitCode = changed.length > 0 ? 1 : 0
}
