// npm run bench: throughput, the ratio to the parse-only pass, each rule's
// share of the time, peak memory, the scaling line and the CLI's start-up —
// all from one run, so ratios compare like with like on a noisy machine.
// usage: npm run bench [-- --corpus DIR] [--files N]
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {lintVFile} from '../src/pipeline/index.js'
import {argValue, linesToArticle, repoConfig} from './corpus.js'
import {generateArticles} from './bench/corpus.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.js')
const config = repoConfig()
const corpusDir = argValue('--corpus')
const articles = corpusDir ? readCorpus(corpusDir) : generateArticles(Number(argValue('--files', '2000')))
const bytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const mb = bytes / 1e6

/** Real files: .md as they are; .txt with one paragraph per line (as in WMT). */
function readCorpus(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.md')) found.push(readFileSync(path, 'utf8'))
      else if (name.endsWith('.en.txt') || (name.endsWith('.txt') && !name.includes('.zh.'))) {
        found.push(linesToArticle(readFileSync(path, 'utf8').split('\n').filter(Boolean)))
      }
    }
  }
  walk(dir)
  return found
}

function time(run: () => void): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

const parseOnly = time(() => {
  for (const text of articles) {
    const file = new VFile({path: 'a.md', value: text})
    const {tree, frontmatter} = parseMarkdown(file)
    buildProse(tree, file, frontmatter)
  }
})

const ruleTime = new Map<string, number>()
const timings = {add: (id: string, ms: number) => ruleTime.set(id, (ruleTime.get(id) ?? 0) + ms)}
let findings = 0
const full = time(() => {
  for (const text of articles) {
    const file = new VFile({path: 'a.md', value: text})
    lintVFile(file, config, {timings})
    findings += file.messages.length
  }
})

const line = (label: string, value: string) => console.log(`${label.padEnd(30)} ${value}`)
console.log(`copydesk bench on ${corpusDir ?? 'the generated corpus'}: ${articles.length} files, ${mb.toFixed(1)} MB (node ${process.version})`)
line('parse-only pass', `${(mb / parseOnly).toFixed(2)} MB/s`)
line('full rule set', `${(mb / full).toFixed(2)} MB/s, ${(articles.length / full).toFixed(0)} files/s, ${findings} findings`)
line('ratio to parse-only', `${(full / parseOnly).toFixed(2)}×`)
line('peak RSS (in-process)', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)

const ruleTotal = [...ruleTime.values()].reduce((a, b) => a + b, 0)
console.log(`\nrule time: ${(ruleTotal / 1000).toFixed(2)} s of ${full.toFixed(2)} s`)
for (const [id, ms] of [...ruleTime].sort((a, b) => b[1] - a[1])) {
  if (ms / ruleTotal >= 0.005) line(`  ${id}`, `${((100 * ms) / (full * 1000)).toFixed(1)}%`)
}

// Scaling: one article repeated in one file; the time per KB should stay flat.
console.log('\nscaling (one article repeated in one file):')
const unit = articles[0]!.replace(/^---[^]*?---\n/, '')
let base = 0
for (const times of [1, 4, 16, 64, 256]) {
  const text = unit.repeat(times)
  const seconds = time(() => lintVFile(new VFile({path: 'a.md', value: text}), config))
  const perKb = (seconds * 1000) / (text.length / 1024)
  base ||= perKb
  line(`  ${times}× (${(text.length / 1024).toFixed(0)} KB)`, `${perKb.toFixed(3)} ms/KB (${(perKb / base).toFixed(2)}× the 1× cost)`)
}

// The CLI as a user runs it: start-up on one file, and a whole run's memory.
const folder = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
const one = join(folder, 'one.md')
writeFileSync(one, articles[0]!)
const startups: number[] = []
for (let run = 0; run < 5; run++) {
  startups.push(time(() => spawnSync(process.execPath, [cli, '--format', 'json', one], {encoding: 'utf8'})))
}
startups.sort((a, b) => a - b)
line('\none-file CLI run (median of 5)', `${Math.round(startups[2]! * 1000)} ms`)
