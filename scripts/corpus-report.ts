// Findings per 10,000 words, per rule, on human references against MT output.
// usage: tsx scripts/corpus-report.ts [--corpus DIR] [--rules a,b] [--show ref|mt] [--weak SYS,SYS]
// Every error or warning on a human reference is a false alarm until shown
// otherwise: --show ref prints them for reading.
import {existsSync} from 'node:fs'
import {argValue, findingLine, lintArticle, repoConfig, weakSystems, wmtCorpus, wmtTexts, wordCount} from './corpus.js'

const corpus = argValue('--corpus', wmtCorpus)!
const only = argValue('--rules')?.split(',')
const show = argValue('--show')
const config = repoConfig()

type Group = 'ref' | 'weak' | 'mt'
const words: Record<Group, number> = {ref: 0, weak: 0, mt: 0}
const counts = new Map<string, Record<Group, number>>()

if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`)
for (const {path, kind: group, text} of wmtTexts(corpus, argValue('--weak', weakSystems))) {
  words[group] += wordCount(text)
  for (const message of lintArticle(text, config, path, only)) {
    if (message.fatal === undefined) continue // info does not count as an alarm
    const id = message.ruleId ?? '?'
    const row = counts.get(id) ?? {ref: 0, weak: 0, mt: 0}
    row[group]++
    counts.set(id, row)
    if ((show === 'ref' && group === 'ref') || (show === 'mt' && group !== 'ref')) console.log(findingLine(path, text, message))
  }
}

const per10k = (n: number, group: Group) => (words[group] ? (n * 10000) / words[group] : 0).toFixed(2)
console.log(`\nwords: references ${words.ref}, weak MT ${words.weak}, other MT ${words.mt}`)
console.log('rule'.padEnd(26) + 'refs/10k'.padStart(10) + 'weak/10k'.padStart(10) + 'other/10k'.padStart(11) + '  (refs, weak, other)')
for (const [id, row] of [...counts].sort()) {
  console.log(id.padEnd(26) + per10k(row.ref, 'ref').padStart(10) + per10k(row.weak, 'weak').padStart(10) + per10k(row.mt, 'mt').padStart(11) + `  (${row.ref}, ${row.weak}, ${row.mt})`)
}
