// npm run bench: everything issue 5 asks to measure, from one run, so ratios
// compare like with like on a machine whose speed swings between runs:
// throughput of the full rule set, of the parse-only pass (issue 5's:
// remark-parse and remark-retext with parse-english) and of copydesk's own
// parse stages (interleaved file by file), each rule's share, the scaling
// line, one big file, then the built CLI from the outside: one-file
// start-up, --jobs 1 against --jobs 2, the cache cold and warm (on those
// files and on the whole corpus), and peak memory of each.
// --quick measures in about a minute what issue 22 asks, and nothing else:
// the full rule set against the parse-only pass in-process, the one-file
// start against `node -e 0` (taken in turn), and peak RSS of one thread.
// --start-only measures in some 20 s the one-file start against `node -e 0`
// alone (--runs N of each in turn, default 7).
// usage: npm run bench [-- --quick | --start-only [--runs N]] [--corpus DIR] [--files N] [--cli-files N]
//   (--files N also takes the first N files of a --corpus)
import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {availableParallelism, cpus, loadavg} from 'node:os'
import {join} from 'node:path'
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {machineSpeedup, median, nodeStart, runCli, runCliTogether, writeArticles, type CliRun} from './bench/cli-runs.js'
import {generateArticles} from './bench/corpus.js'
import {argValue, linesToArticle} from './corpus.js'

// The in-process passes run copydesk as it ships: the build's modules (tsc's
// output, not tsx's transform of the sources, which wraps every function to
// keep its name) reading the packed data the command line reads (not the
// spelling dictionary nspell builds on first use, 0.3 s, when running from
// the sources). `npm run bench` builds first.
const built = (path: string) => new URL(`../dist/${path}`, import.meta.url).href
const {collectTimings, lintVFile} = (await import(built('pipeline/index.js'))) as typeof import('../src/pipeline/index.js')
const {parseMarkdown} = (await import(built('pipeline/parse.js'))) as typeof import('../src/pipeline/parse.js')
const {buildProse} = (await import(built('pipeline/prose.js'))) as typeof import('../src/pipeline/prose.js')
const {loadConfig} = (await import(built('config/load.js'))) as typeof import('../src/config/load.js')
const {useBuiltDataFrom} = (await import(built('text/built-data.js'))) as typeof import('../src/text/built-data.js')
useBuiltDataFrom(new URL('../dist/data/', import.meta.url))

/** textlint 15.8's API with four English rules on this machine, from issue 5 (not installed here). */
const textlintMBps = 0.2

const startOnly = process.argv.includes('--start-only')
const quick = startOnly || process.argv.includes('--quick')
const startRuns = Number(argValue('--runs', '7'))
const configPath = join(import.meta.dirname, '..', 'rules.config.json')
const config = loadConfig(configPath)
const corpusDir = argValue('--corpus')
const fileCount = Number(argValue('--files', quick ? '400' : '2000'))
const articles = corpusDir ? readCorpus(corpusDir).slice(0, argValue('--files') || quick ? fileCount : undefined) : generateArticles(fileCount)
const cliFiles = Math.min(articles.length, Number(argValue('--cli-files', quick ? '400' : '500')))
const bytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const mb = bytes / 1e6
const checks: Array<[target: string, measured: string, met: boolean]> = []

/** Real files: .md as they are; .txt with one paragraph per line (as in WMT), Chinese sources left out. */
function readCorpus(dir: string): string[] {
  const found: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.zh\.\w+$/.test(name)) continue
      else if (name.endsWith('.md')) found.push(readFileSync(path, 'utf8'))
      else if (name.endsWith('.txt')) found.push(linesToArticle(readFileSync(path, 'utf8').split('\n').filter(Boolean)))
    }
  }
  walk(dir)
  return found
}

const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`)
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ')
const megabytes = (value: number) => `${Math.round(value / 1048576)} MB`
const seconds = (run: () => void) => {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}
const cpuSeconds = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1e6
}

console.log(`copydesk bench on ${corpusDir ?? 'the generated corpus'}: ${articles.length} files, ${mb.toFixed(1)} MB`)
console.log(`machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; load average ${load()} at start`)

// The parse-only pass as issue 5 defines it: remark-parse, then remark-retext
// with parse-english over the whole document, and nothing else.
const parseOnly = unified().use(remarkParse).use(remarkRetext, ParseEnglish as never).freeze()
const stockParse = (text: string) => {
  const file = new VFile({path: 'a.md', value: text})
  parseOnly.runSync(parseOnly.parse(file), file)
}
/** copydesk's own first two stages: Markdown (plain text built directly) and the prose tree, block by block. */
const ownParse = (text: string) => {
  const file = new VFile({path: 'a.md', value: text})
  const {tree, frontmatter} = parseMarkdown(file)
  buildProse(tree, file, frontmatter)
}

if (!startOnly) inProcess()
function inProcess() {
  // In-process, one thread. A warm-up first, so the JIT has seen the code;
  // then each file goes through the three passes one after the other, so
  // they meet the same load.
  for (const text of articles.slice(0, 50)) {
    stockParse(text)
    lintVFile(new VFile({path: 'a.md', value: text}), config)
  }
  const shares = new Map<string, number>()
  const time = {stock: 0, own: 0, full: 0}
  const cpu = {stock: 0, own: 0, full: 0}
  let findings = 0
  const measure = (pass: keyof typeof time, run: () => void) => {
    const before = cpuSeconds()
    time[pass] += seconds(run)
    cpu[pass] += cpuSeconds() - before
  }
  for (const text of articles) {
    measure('stock', () => stockParse(text))
    measure('own', () => ownParse(text))
    const file = new VFile({path: 'a.md', value: text})
    collectTimings({add: (id, ms) => shares.set(id, (shares.get(id) ?? 0) + ms)})
    measure('full', () => lintVFile(file, config))
    collectTimings(undefined)
    findings += file.messages.length
  }
  const fullTime = time.full
  const fullMBps = mb / fullTime
  const ratio = fullTime / time.stock
  const rate = (pass: keyof typeof time) => `${(mb / time[pass]).toFixed(2)} MB/s [${(mb / cpu[pass]).toFixed(2)}]`
  console.log('\nin-process, one thread (each file through the three passes in turn; per CPU-second in brackets):')
  line('parse-only pass (remark-parse → retext)', rate('stock'))
  line('copydesk’s own parse (Markdown + prose)', rate('own'))
  line('full rule set', `${rate('full')}, ${(articles.length / fullTime).toFixed(0)} files/s, ${findings} findings`)
  line('ratio to the parse-only pass', `${ratio.toFixed(2)}× [${(cpu.full / cpu.stock).toFixed(2)}×]`)
  line('ratio to copydesk’s own parse', `${(fullTime / time.own).toFixed(2)}× [${(cpu.full / cpu.own).toFixed(2)}×]`)
  line('against textlint (0.20 MB/s)', `${(fullMBps / textlintMBps).toFixed(1)}× (issue 5's figure for textlint on this machine)`)
  line('peak RSS of this process', megabytes(process.resourceUsage().maxRSS * 1024))
  checks.push(['full rule set ≥ 1.8 MB/s', `${fullMBps.toFixed(2)} MB/s`, fullMBps >= 1.8])
  checks.push(['stretch: faster than the parse-only pass, ≥ 2.5 MB/s', `${fullMBps.toFixed(2)} MB/s against ${(mb / time.stock).toFixed(2)}`, fullMBps >= 2.5 && fullTime < time.stock])
  checks.push(['≤ 1.3× the parse-only pass', `${ratio.toFixed(2)}×`, ratio <= 1.3])
  checks.push(['≥ 5× textlint', `${(fullMBps / textlintMBps).toFixed(1)}×`, fullMBps / textlintMBps >= 5])

  console.log(`\nshare of the full pass (${fullTime.toFixed(2)} s; in parentheses: the engine's own stages):`)
  const measured = [...shares.values()].reduce((a, b) => a + b, 0) / 1000
  shares.set('(engine: the rest)', Math.max(0, fullTime - measured) * 1000)
  for (const [id, ms] of [...shares].sort((a, b) => b[1] - a[1])) {
    const share = ms / (fullTime * 1000)
    if (share >= 0.003) line(id, `${(100 * share).toFixed(1)}%`)
  }
}

// Scaling: one article repeated in one file; the time per KB should stay flat.
if (!quick) scaling()
function scaling() {
  // Small files are linted several times so each size covers at least 256 KB.
  console.log('\nscaling (one article repeated in one file; per KB, against 1×):')
  const unit = articles[0]!.replace(/^---[^]*?---\n/, '')
  const perKb = (text: string, repeats: number) => {
    const kb = (Buffer.byteLength(text) / 1024) * repeats
    return (seconds(() => {
      for (let run = 0; run < repeats; run++) lintVFile(new VFile({path: 'a.md', value: text}), config)
    }) * 1000) / kb
}
let base = 0
let atMegabyte = 0
for (const times of [1, 4, 16, 64, 256]) {
  const text = unit.repeat(times)
  const cost = perKb(text, Math.max(1, Math.ceil(256 / times / (Buffer.byteLength(unit) / 1024))))
  base ||= cost
  atMegabyte = cost
  line(`${times}× (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`, `${cost.toFixed(3)} ms/KB (${(cost / base).toFixed(2)}×)`)
}
checks.push(['per-KB cost at 1 MB ≤ 1.5× at 5 KB', `${(atMegabyte / base).toFixed(2)}×`, atMegabyte / base <= 1.5])
const big = unit.repeat(Math.ceil(5e6 / Buffer.byteLength(unit)))
const bigTime = seconds(() => lintVFile(new VFile({path: 'a.md', value: big}), config))
line(`one ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB file`, `${bigTime.toFixed(1)} s (${((bigTime * 1000) / (Buffer.byteLength(big) / 1024)).toFixed(3)} ms/KB)`)
checks.push(['one 5 MB file ≤ 10 s', `${bigTime.toFixed(1)} s`, bigTime <= 10])
}

// The built CLI from the outside.
console.log(`\nthe CLI (dist/bin.cjs as a separate process, CI=true, report to /dev/null):`)
const folder = writeArticles(articles.slice(0, startOnly ? 1 : cliFiles), 'articles')
const one = join(folder, 'a00000.md')
// Node alone and the one-file run taken in turn, so both meet the same load.
const starts: number[] = []
const startCpus: number[] = []
const nodeStarts: number[] = []
let startRss = 0
for (let run = 0; run < startRuns; run++) {
  nodeStarts.push(nodeStart())
  const result = runCli(['--config', configPath, '--format', 'json', '--output-file', '/dev/null', one], folder)
  starts.push(result.seconds)
  startCpus.push(result.cpu)
  startRss = result.rss
}
const startCpu = median(startCpus)
const nodeAlone = median(nodeStarts)
const start = median(starts)
const startRatio = start / nodeAlone
line('one-file run, start to exit', `${Math.round(start * 1000)} ms median of ${startRuns} (CPU ${Math.round(startCpu * 1000)} ms), peak RSS ${megabytes(startRss)}`)
line('node -e 0, in turn with it', `${Math.round(nodeAlone * 1000)} ms median of ${startRuns}`)
line('one-file run against node -e 0', `${startRatio.toFixed(2)}×`)
checks.push(['one-file run ≤ 2.5× node -e 0', `${startRatio.toFixed(2)}×`, startRatio <= 2.5])
const all = ['--config', configPath, '--format', 'json', '--output-file', '/dev/null', '.']
if (!startOnly) await manyFiles()
async function manyFiles() {
  const single = runCli(['--jobs', '1', ...all], folder)
  line(`${cliFiles} files, --jobs 1`, `${single.seconds.toFixed(1)} s (CPU ${single.cpu.toFixed(1)} s), ${(cliFiles / single.seconds).toFixed(0)} files/s, peak RSS ${megabytes(single.rss)}`)
  checks.push(['peak RSS one thread ≤ 150 MB', megabytes(single.rss), single.rss <= 150 * 1048576])
  if (single.status !== 0 && single.status !== 1) console.log(`  (a CLI run failed: ${single.stderr.trim()})`)
  if (!quick) await jobsAndCache(single)
}
async function jobsAndCache(single: CliRun) {
  const double = runCli(['--jobs', '2', ...all], folder)
  line(`${cliFiles} files, --jobs 2`, `${double.seconds.toFixed(1)} s (CPU ${double.cpu.toFixed(1)} s), ${(cliFiles / double.seconds).toFixed(0)} files/s, peak RSS ${megabytes(double.rss)}`)
  // The ceiling for this workload: two separate --jobs 1 runs on half the
  // files each, at once. A lone run already keeps the second core partly busy
  // with V8's garbage collection threads, which a CPU-bound loop does not.
  const halves = await runCliTogether([['--jobs', '1', '--shard', '1/2', ...all], ['--jobs', '1', '--shard', '2/2', ...all]], folder)
  line('jobs speed-up', `${(single.seconds / double.seconds).toFixed(2)}×`)
  // However the work is shared out, the cores cannot do more CPU-seconds per
  // second than they have: a lone run that already keeps 1.5 of 2 cores busy
  // can at best finish 2 / 1.5 times sooner.
  line('  bound: cores / CPU of --jobs 1', `${(availableParallelism() / (single.cpu / single.seconds)).toFixed(2)}× (${availableParallelism()} cores)`)
  line('  ceiling: two --jobs 1 shards at once', `${(single.seconds / halves).toFixed(2)}× (${halves.toFixed(1)} s; CPU of --jobs 1: ${(single.cpu / single.seconds).toFixed(2)} cores)`)
  line('  ceiling: two CPU-bound loops at once', `${(await machineSpeedup()).toFixed(2)}×`)
  checks.push([`--jobs 2 ≥ 1.5× --jobs 1 (${cliFiles} files)`, `${(single.seconds / double.seconds).toFixed(2)}×`, single.seconds / double.seconds >= 1.5])
  checks.push(['peak RSS two workers ≤ 250 MB', megabytes(double.rss), double.rss <= 250 * 1048576])
  /**
   * The cache cold and warm over the files of `folder`, with the default
   * --jobs: three cold runs (the cache removed first) and three warm ones,
   * taken in turn, and the median of each, as one run of either swings by a
   * quarter here.
   */
  function cacheRuns(folder: string): {cold: CliRun; warm: CliRun; runs: CliRun[]} {
    const cacheFile = join(folder, '..', 'cache')
    const cache = ['--cache', '--cache-location', cacheFile, ...all]
    const colds: CliRun[] = []
    const warms: CliRun[] = []
    for (let run = 0; run < 3; run++) {
      rmSync(cacheFile, {force: true})
      colds.push(runCli(cache, folder))
      warms.push(runCli(cache, folder))
    }
    const medianRun = (runs: CliRun[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[1]!
    return {cold: medianRun(colds), warm: medianRun(warms), runs: [...colds, ...warms]}
  }
  const {cold, warm, runs: cacheRunList} = cacheRuns(folder)
  line(`--cache, ${cliFiles} files, cold (median of 3)`, `${cold.seconds.toFixed(1)} s (CPU ${cold.cpu.toFixed(1)} s), peak RSS ${megabytes(cold.rss)}`)
  line(`--cache, ${cliFiles} files, warm (median of 3)`, `${warm.seconds.toFixed(2)} s (CPU ${warm.cpu.toFixed(2)} s), peak RSS ${megabytes(warm.rss)}: ${(cold.seconds / warm.seconds).toFixed(1)}× faster`)
  // The target is issue 5's "a warm re-run of an unchanged corpus": the whole
  // corpus. On fewer files start-up, about 0.08 s, weighs more.
  const whole = cacheRuns(writeArticles(articles, 'all'))
  const wholeSpeedup = whole.cold.seconds / whole.warm.seconds
  line(`--cache, all ${articles.length} files, cold / warm`, `${whole.cold.seconds.toFixed(1)} s / ${whole.warm.seconds.toFixed(2)} s: ${wholeSpeedup.toFixed(1)}× faster`)
  checks.push([`warm cache ≥ 10× faster than cold (all ${articles.length} files)`, `${wholeSpeedup.toFixed(1)}×`, wholeSpeedup >= 10])
  for (const run of [double, ...cacheRunList, ...whole.runs]) if (run.status !== 0 && run.status !== 1) console.log(`  (a CLI run failed: ${run.stderr.trim()})`)
}

console.log(`\ntargets (load average ${load()} at the end):`)
for (const [target, value, met] of checks) line(`${met ? 'met   ' : 'MISSED'} ${target}`, value)
