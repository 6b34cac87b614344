// The language server as an editor drives it (issue 19): the built server
// (dist/lsp/bin.js, plain node) over stdio, a ~5 KB article open, edited a
// character at a time. Measures edit → publishDiagnostics latency (median
// and worst of 100 edits after a warm-up, default settings), the server's
// resident memory after 1,000 edits, and how fast it answers a hover while
// it checks a 1 MB document.
// usage: npm run build && tsx scripts/bench-lsp.ts [--edits N]
import {mkdtempSync, readFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {HoverRequest} from 'vscode-languageserver/node'
import {startClient, type Client} from '../tests/lsp/client.js'
import {generateArticles} from './bench/corpus.js'
import {argValue} from './corpus.js'

const server = new URL('../dist/lsp/bin.js', import.meta.url)
const edits = Number(argValue('--edits', '100'))

/** Paragraphs of generated articles, up to just over 5 KB. */
function article(): string {
  let text = ''
  for (const paragraph of generateArticles(5).join('\n').split(/\n{2,}/)) {
    if (text.length >= 5000) break
    text += paragraph + '\n\n'
  }
  return text
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Type a character into the middle of the text and take it out again, `count` times; the milliseconds from each change to its diagnostics. */
async function typeInto(client: Client, uri: string, text: string, first: number, count: number): Promise<number[]> {
  const middle = text.indexOf(' ', text.length >> 1)
  const times: number[] = []
  for (let version = first; version < first + count; version++) {
    const edited = version % 2 === 0 ? text.slice(0, middle) + 'x' + text.slice(middle) : text
    const started = performance.now()
    client.change(uri, version, edited)
    await client.diagnostics(uri, version)
    times.push(performance.now() - started)
  }
  return times
}

async function latency(): Promise<{median: number; worst: number; rss: number; findings: number}> {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-bench-lsp-'))
  const client = await startClient({folder, script: server, execArgv: []})
  const uri = pathToFileURL(join(folder, 'story.md')).href
  const text = article()
  client.open(uri, text)
  const {diagnostics} = await client.diagnostics(uri, 1)
  await typeInto(client, uri, text, 2, 30)
  const times = await typeInto(client, uri, text, 32, edits)
  await typeInto(client, uri, text, 32 + edits, 1000 - edits - 30)
  const rss = rssMb(client.child.pid!)
  await client.stop()
  return {median: median(times), worst: Math.max(...times), findings: diagnostics.length, rss}
}

async function bigDocument(): Promise<{checkMs: number; hoverMedian: number; hoverWorst: number; hovers: number}> {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-bench-lsp-'))
  const client = await startClient({folder, script: server, execArgv: []})
  const uri = pathToFileURL(join(folder, 'big.md')).href
  let text = ''
  const articles = generateArticles(400)
  while (text.length < 1_000_000) text += articles[text.length % articles.length]! + '\n'
  // Warm the worker on a small one first, so this measures the big check, not the start.
  const small = pathToFileURL(join(folder, 'small.md')).href
  client.open(small, article())
  await client.diagnostics(small, 1)
  const started = performance.now()
  client.open(uri, text)
  let done = false
  const published = client.diagnostics(uri, 1).then(() => (done = true))
  const hovers: number[] = []
  while (!done) {
    const asked = performance.now()
    await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 0}})
    hovers.push(performance.now() - asked)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await published
  const checkMs = performance.now() - started
  await client.stop()
  return {checkMs, hoverMedian: median(hovers), hoverWorst: Math.max(...hovers), hovers: hovers.length}
}

/** The same edits linted in this process with the built Node API: the pipeline's own share of the latency. */
async function inProcess(): Promise<{median: number; worst: number}> {
  const {lint} = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js')
  const text = article()
  const middle = text.indexOf(' ', text.length >> 1)
  const times: number[] = []
  for (let round = 0; round < 30 + edits; round++) {
    const edited = round % 2 === 0 ? text.slice(0, middle) + 'x' + text.slice(middle) : text
    const started = performance.now()
    lint(edited, {cwd: tmpdir()})
    if (round >= 30) times.push(performance.now() - started)
  }
  return {median: median(times), worst: Math.max(...times)}
}

const size = Buffer.byteLength(article())
const typed = await latency()
const pipeline = await inProcess()
const big = await bigDocument()
const ms = (value: number) => `${value.toFixed(1)} ms`
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`)
console.log(`article: ${size} bytes, ${typed.findings} findings; ${edits} edits measured after 30 of warm-up`)
console.log(`edit → diagnostics: median ${ms(typed.median)}, worst ${ms(typed.worst)}`)
console.log(`the same edits linted in-process (pipeline alone): median ${ms(pipeline.median)}, worst ${ms(pipeline.worst)}`)
console.log(`server RSS after 1,000 edits: ${typed.rss.toFixed(0)} MB`)
console.log(`1 MB document: diagnostics after ${(big.checkMs / 1000).toFixed(1)} s; ${big.hovers} hovers meanwhile, median ${ms(big.hoverMedian)}, worst ${ms(big.hoverWorst)}`)
const met = typed.median <= 50
console.log(`target (median ≤ 50 ms after warm-up, issue 19): ${met ? 'met' : 'NOT met'}`)
