// The source checks on real translations: each WMT document's Chinese source
// against its human reference and its MT outputs. Prints findings per 10,000
// words per rule (references vs weak MT vs other MT), how well the paragraph
// alignment recovers the corpus's known line alignment (the rules are not
// told it), and with --show ref the findings on references for reading.
// With --english the articles are linted without their source (for the
// English-only rules' false alarms on references).
// usage: tsx scripts/source-report.ts [--corpus DIR] [--rules a,b] [--show ref|mt] [--weak SYS,SYS] [--glossary FILE] [--english]
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {lintVFile, sourceDocument} from '../src/pipeline/index.js'
import type {GlossaryEntry} from '../src/text/glossary.js'
import {argValue, linesToArticle, offsetsOf, repoConfig, wordCount} from './corpus.js'

const corpus = argValue('--corpus', join(import.meta.dirname, '../../shared/corpus/wmt-zh-en'))!
const sourceRules = ['number-mismatch', 'name-mismatch', 'dropped-content', 'source-glossary']
const only = argValue('--rules')?.split(',') ?? sourceRules
const show = argValue('--show')
const weak = new Set((argValue('--weak') ?? 'Online-G,UF,ZengHuiMT,Machine_Translation,Online-Y,NLLB_Greedy,NLLB_MBR_BLEU,ANVITA,DLUT,AISP-SJTU').split(','))
const config = repoConfig()
const glossaryFile = argValue('--glossary')
if (glossaryFile) config.glossary = JSON.parse(readFileSync(glossaryFile, 'utf8')) as GlossaryEntry[]

type Group = 'ref' | 'weak' | 'mt'
const words: Record<Group, number> = {ref: 0, weak: 0, mt: 0}
const counts = new Map<string, Record<Group, number>>()
let lines = 0
let alignedRight = 0
let documents = 0
let confidentWrong = 0

if (!existsSync(corpus)) {
  console.log(`source-report: no corpus at ${corpus} (it lives in ../shared); nothing to measure`)
  process.exit(0)
}
for (const collection of readdirSync(corpus).filter((name) => !name.includes('.')).sort()) {
  for (const doc of readdirSync(join(corpus, collection)).sort()) {
    const folder = join(corpus, collection, doc)
    // The source as a user would have it: one paragraph per line, no blank lines.
    const source = readFileSync(join(folder, 'source.zh.txt'), 'utf8')
    documents++
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.en.txt')).sort()) {
      const system = name.replace(/^mt-|\.en\.txt$/g, '')
      const group: Group = name.startsWith('ref') ? 'ref' : weak.has(system) ? 'weak' : 'mt'
      const text = linesToArticle(readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean))
      words[group] += wordCount(text)
      if (name === 'ref.en.txt') {
        const file = new VFile({value: text})
        const {tree, frontmatter} = parseMarkdown(file)
        const {alignment, paragraphs} = sourceDocument(source, buildProse(tree, file, frontmatter))
        lines += paragraphs.length
        for (const bead of alignment.beads) {
          const right = bead.source[1] - bead.source[0] === 1 && bead.target[1] - bead.target[0] === 1 && bead.source[0] === bead.target[0]
          if (right) alignedRight++
          else if (bead.confident) confidentWrong++
        }
      }
      const file = new VFile({path: `${collection}/${doc}/${name}`, value: text})
      lintVFile(file, config, process.argv.includes('--english') ? {only} : {only, source})
      for (const message of file.messages) {
        if (message.fatal === undefined) continue
        const id = message.ruleId ?? '?'
        const row = counts.get(id) ?? {ref: 0, weak: 0, mt: 0}
        row[group]++
        counts.set(id, row)
        if ((show === 'ref' && group === 'ref') || (show === 'mt' && group !== 'ref')) {
          const [start, end] = offsetsOf(message)
          const context = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)).replace(/\n+/g, ' ⏎ ')
          console.log(`${file.path}:${message.line}:${message.column} ${id}: ${message.reason}\n    …${context}…`)
        }
      }
    }
  }
}

const per10k = (n: number, group: Group) => (words[group] ? (n * 10000) / words[group] : 0).toFixed(2)
console.log(`\n${documents} documents; alignment of references: ${alignedRight} of ${lines} source lines paired 1–1 with their own line (${((100 * alignedRight) / lines).toFixed(1)}%), ${confidentWrong} other pairs marked confident`)
console.log(`words: references ${words.ref}, weak MT ${words.weak}, other MT ${words.mt}`)
console.log('rule'.padEnd(26) + 'refs/10k'.padStart(10) + 'weak/10k'.padStart(10) + 'other/10k'.padStart(11) + '  (refs, weak, other)')
for (const id of only) {
  const row = counts.get(id) ?? {ref: 0, weak: 0, mt: 0}
  console.log(id.padEnd(26) + per10k(row.ref, 'ref').padStart(10) + per10k(row.weak, 'weak').padStart(10) + per10k(row.mt, 'mt').padStart(11) + `  (${row.ref}, ${row.weak}, ${row.mt})`)
}
