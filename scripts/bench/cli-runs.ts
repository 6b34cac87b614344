// The CLI as a user runs it, timed from the outside: wall time of the whole
// process, and its CPU time and peak memory (through the max-rss.cjs preload).
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = join(import.meta.dirname, '..', '..')
export const cliPath = join(root, 'dist', 'bin.cjs')
const preload = join(import.meta.dirname, 'max-rss.cjs')

export interface CliRun {
  seconds: number
  /** CPU time of the process, all threads, seconds. */
  cpu: number
  /** Peak resident memory of the process, bytes. */
  rss: number
  status: number | null
  stderr: string
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const rssFile = join(tmpdir(), `copydesk-bench-rss-${process.pid}`)
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--require', preload, cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {...process.env, CI: 'true', COPYDESK_BENCH_RSS: rssFile}
  })
  const seconds = (performance.now() - started) / 1000
  let usage = {rss: 0, cpu: 0}
  try {
    usage = JSON.parse(readFileSync(rssFile, 'utf8')) as typeof usage
    rmSync(rssFile)
  } catch {
    // The process died before exit.
  }
  return {seconds, ...usage, status: child.status, stderr: child.stderr}
}

/** Several CLI runs started together: the wall time until the last one exits, seconds. */
export async function runCliTogether(runs: ReadonlyArray<readonly string[]>, cwd: string): Promise<number> {
  const started = performance.now()
  await Promise.all(
    runs.map(
      (args) =>
        new Promise<void>((resolve) => {
          spawn(process.execPath, [cliPath, ...args], {cwd, stdio: 'ignore', env: {...process.env, CI: 'true'}}).on('exit', () => resolve())
        })
    )
  )
  return (performance.now() - started) / 1000
}

/** Node itself, for scale: `node -e 0`. */
export function nodeStart(): number {
  const started = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  return (performance.now() - started) / 1000
}

/** Write articles as files of a fresh folder: a00000.md, a00001.md… */
export function writeArticles(articles: readonly string[], name: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'copydesk-bench-')), name)
  mkdirSync(folder)
  articles.forEach((text, index) => writeFileSync(join(folder, `a${String(index).padStart(5, '0')}.md`), text))
  return folder
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const spin = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; if (x === 0.5) console.log(x)'

/**
 * What two threads gain on this machine at all: a CPU-bound loop run once,
 * then twice at the same time. Shared or busy cores put a ceiling on any
 * --jobs speed-up; this says where it is.
 */
export async function machineSpeedup(): Promise<number> {
  const run = () =>
    new Promise<void>((resolve) => {
      spawn(process.execPath, ['-e', spin]).on('exit', () => resolve())
    })
  let started = performance.now()
  await run()
  const one = performance.now() - started
  started = performance.now()
  await Promise.all([run(), run()])
  return (2 * one) / (performance.now() - started)
}
