// Warnings and errors per 10,000 words, per rule, where copydesk should keep
// quiet: professional human references and the strong MT systems of the WMT
// zh-en corpus (../shared), and the native English news of
// tests/fixtures/native/. Each figure stands next to the previous release's,
// stored in scripts/false-alarms.baseline.json, so a rule that starts to cry
// wolf shows in review.
// usage: tsx scripts/false-alarms.ts [--corpus DIR] [--rules a,b] [--show ref|mt|native] [--write-baseline]
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {argValue, findingLine, lintArticle, repoConfig, wmtCorpus, wmtTexts, wordCount} from './corpus.js'

type Group = 'ref' | 'strong' | 'native'
interface Figures {
  words: Record<Group, number>
  /** Rule id → group → warnings and errors per 10,000 words. */
  rules: Record<string, Partial<Record<Group, number>>>
}
interface Baseline extends Figures {
  release: string
}

const groups: Group[] = ['ref', 'strong', 'native']
const baselineFile = join(import.meta.dirname, 'false-alarms.baseline.json')
const nativeFolder = join(import.meta.dirname, '..', 'tests', 'fixtures', 'native')
const corpus = argValue('--corpus', wmtCorpus)!
const only = argValue('--rules')?.split(',')
const show = argValue('--show')
const config = repoConfig()

const words: Record<Group, number> = {ref: 0, strong: 0, native: 0}
const counts = new Map<string, Record<Group, number>>()

function lint(group: Group, path: string, text: string): void {
  words[group] += wordCount(text)
  for (const message of lintArticle(text, config, path, only)) {
    if (message.fatal === undefined) continue // info is a hint, not an alarm
    const id = message.ruleId ?? '?'
    const row = counts.get(id) ?? {ref: 0, strong: 0, native: 0}
    row[group]++
    counts.set(id, row)
    if (show === group || (show === 'mt' && group === 'strong')) console.log(findingLine(path, text, message))
  }
}

if (existsSync(corpus)) {
  for (const {path, kind, text} of wmtTexts(corpus)) {
    if (kind === 'weak') continue // the weak systems' output is where the rules should speak
    lint(kind === 'ref' ? 'ref' : 'strong', path, text)
  }
} else {
  console.log(`no WMT corpus at ${corpus}: references and strong MT skipped`)
}
if (existsSync(nativeFolder)) {
  for (const name of readdirSync(nativeFolder).filter((n) => n.endsWith('.md')).sort()) {
    if (name === 'README.md') continue
    lint('native', `native/${name}`, readFileSync(join(nativeFolder, name), 'utf8'))
  }
}

const figures: Figures = {words, rules: {}}
for (const [id, row] of [...counts].sort()) {
  figures.rules[id] = {}
  for (const group of groups) if (words[group]) figures.rules[id][group] = Number(((row[group] * 10000) / words[group]).toFixed(2))
}

if (process.argv.includes('--write-baseline')) {
  const release = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {version: string}
  writeFileSync(baselineFile, JSON.stringify({release: release.version, ...figures}, null, 2) + '\n')
  console.log(`wrote ${baselineFile}`)
}

const baseline: Baseline | undefined = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline) : undefined
const titles: Record<Group, string> = {ref: 'references', strong: 'strong MT', native: 'native'}
const shown = groups.filter((group) => words[group])
console.log(`\nwarnings and errors per 10,000 words, now (previous release ${baseline?.release ?? 'unknown'}); ▲ marks a rise of more than 0.1`)
console.log(`words: ${shown.map((group) => `${titles[group]} ${words[group]}`).join(', ')}`)
console.log('rule'.padEnd(26) + shown.map((group) => titles[group].padStart(20)).join(''))
const ids = new Set([...Object.keys(figures.rules), ...Object.keys(baseline?.rules ?? {})])
const cell = (id: string, group: Group) => {
  const now = figures.rules[id]?.[group] ?? 0
  const before = baseline && baseline.words[group] ? (baseline.rules[id]?.[group] ?? 0) : undefined
  const rise = before !== undefined && now - before > 0.1 ? ' ▲' : '  '
  return (now.toFixed(2) + (before === undefined ? '' : ` (${before.toFixed(2)})`) + rise).padStart(20)
}
for (const id of [...ids].filter((id) => !only || only.includes(id)).sort()) {
  console.log(id.padEnd(26) + shown.map((group) => cell(id, group)).join(''))
}
const total = (group: Group, source: Figures | undefined) => Object.values(source?.rules ?? {}).reduce((sum, row) => sum + (row[group] ?? 0), 0)
console.log('all rules'.padEnd(26) + shown.map((group) => (total(group, figures).toFixed(2) + (baseline?.words[group] ? ` (${total(group, baseline).toFixed(2)})` : '') + '  ').padStart(20)).join(''))
