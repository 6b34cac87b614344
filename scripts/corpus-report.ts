// Findings per 10,000 words, per rule, on human references against MT output.
// usage: tsx scripts/corpus-report.ts [--corpus DIR] [--rules a,b] [--show ref|mt] [--weak SYS,SYS]
// Every error or warning on a human reference is a false alarm until shown
// otherwise: --show ref prints them for reading.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {argValue, lintArticle, linesToArticle, offsetsOf, repoConfig, wordCount} from './corpus.js'

const corpus = argValue('--corpus', join(import.meta.dirname, '../../shared/corpus/wmt-zh-en'))!
const only = argValue('--rules')?.split(',')
const show = argValue('--show')
// The systems ranked lowest by WMT human evaluation in each collection.
const weak = new Set((argValue('--weak') ?? 'Online-G,UF,ZengHuiMT,Machine_Translation,Online-Y,NLLB_Greedy,NLLB_MBR_BLEU,ANVITA,DLUT,AISP-SJTU').split(','))
const config = repoConfig()

type Group = 'ref' | 'weak' | 'mt'
const words: Record<Group, number> = {ref: 0, weak: 0, mt: 0}
const counts = new Map<string, Record<Group, number>>()

if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`)
for (const collection of readdirSync(corpus).filter((name) => !name.includes('.')).sort()) {
  for (const doc of readdirSync(join(corpus, collection)).sort()) {
    const folder = join(corpus, collection, doc)
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.en.txt')).sort()) {
      const system = name.replace(/^mt-|\.en\.txt$/g, '')
      const group: Group = name.startsWith('ref') ? 'ref' : weak.has(system) ? 'weak' : 'mt'
      const text = linesToArticle(readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
      words[group] += wordCount(text)
      for (const message of lintArticle(text, config, `${collection}/${doc}/${name}`, only)) {
        if (message.fatal === undefined) continue // info does not count as an alarm
        const id = message.ruleId ?? '?'
        const row = counts.get(id) ?? {ref: 0, weak: 0, mt: 0}
        row[group]++
        counts.set(id, row)
        if ((show === 'ref' && group === 'ref') || (show === 'mt' && group !== 'ref')) {
          const [start, end] = offsetsOf(message)
          const context = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).replace(/\n+/g, ' ⏎ ')
          console.log(`${collection}/${doc}/${name}:${message.line}:${message.column} ${id}: ${message.reason}\n    …${context}…`)
        }
      }
    }
  }
}

const per10k = (n: number, group: Group) => (words[group] ? (n * 10000) / words[group] : 0).toFixed(2)
console.log(`\nwords: references ${words.ref}, weak MT ${words.weak}, other MT ${words.mt}`)
console.log('rule'.padEnd(26) + 'refs/10k'.padStart(10) + 'weak/10k'.padStart(10) + 'other/10k'.padStart(11) + '  (refs, weak, other)')
for (const [id, row] of [...counts].sort()) {
  console.log(id.padEnd(26) + per10k(row.ref, 'ref').padStart(10) + per10k(row.weak, 'weak').padStart(10) + per10k(row.mt, 'mt').padStart(11) + `  (${row.ref}, ${row.weak}, ${row.mt})`)
}
