// The command line: arguments → configuration → inputs → checks (in-process
// or on worker threads, through the cache), streamed to the report → exit
// code. Every step lives in its own module; this file only wires them.
import {fstatSync, readFileSync, readSync, realpathSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultMaxFindings, parseCliArgs, UsageError, helpText} from './cli/args.js'
import {Baseline} from './cli/baseline.js'
import {cachePath, configKey} from './cli/cache.js'
import {explain, unknownRule} from './cli/explain.js'
import {tuneHeap as tuneHeapForRun, tuneRegExps} from './cli/heap.js'
import {articlesFromList, readFileList} from './cli/files-from.js'
import {nextSteps, writeStarterConfig} from './cli/init.js'
import {printConfig} from './cli/print-config.js'
import {IgnoreFileError, ignoredWarning, ignoreMatcher, ignoresNothing} from './cli/ignore.js'
import {expandInputs, stdinPath} from './cli/inputs.js'
import type {CliIo} from './cli/io.js'
import {runChecks} from './cli/run.js'
import {inShard, resolveShard} from './cli/shard.js'
import {ConfigError, loadConfig} from './config/load.js'
import {readSource} from './source/resolve.js'
import {useBuiltDataFrom} from './text/built-data.js'

export const exitCodes = {clean: 0, errors: 1, failure: 2} as const

/** The package's folder: this file is one level down, as src/cli.ts, dist/cli.js and the bundle dist/cli.cjs. */
const packageRoot = new URL('../', import.meta.url)

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {version: string}
  return manifest.version
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (text: string) => {
    io.stderr.write(`copydesk: ${text}\n`)
    return exitCodes.failure
  }
  if (argv[0] === 'merge') return (await import('./cli/merge.js')).mergeReports(argv.slice(1), io, version())
  let options
  try {
    options = parseCliArgs(argv)
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${helpText()}`)
    throw error
  }
  if (options.help) {
    io.stdout.write(helpText() + '\n')
    return exitCodes.clean
  }
  if (options.version) {
    io.stdout.write(version() + '\n')
    return exitCodes.clean
  }
  if (options.explain !== undefined) {
    const page = explain(options.explain, packageRoot)
    if (page === undefined) return fail(unknownRule(options.explain))
    io.stdout.write(page)
    return exitCodes.clean
  }

  if (options.init) {
    const written = writeStarterConfig(io.cwd)
    if (written.problem !== undefined) return fail(written.problem)
    io.stdout.write(`Wrote ${written.path}: a commented starter configuration (the house glossary comes in through "extends": "copydesk").\n\n${nextSteps}`)
    return exitCodes.clean
  }

  let config
  try {
    config = loadConfig(options.config, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
  if (options.reportUnusedDirectives) config.reportUnusedDirectives = true

  let isIgnored = ignoresNothing
  try {
    if (options.ignore) isIgnored = ignoreMatcher(config, io.cwd)
  } catch (error) {
    if (error instanceof IgnoreFileError) return fail(error.message)
    throw error
  }
  if (options.printConfig !== undefined) {
    const file = resolve(io.cwd, options.printConfig)
    io.stdout.write(printConfig(config, file, isIgnored(file)))
    return exitCodes.clean
  }
  let listed: string[] = []
  if (options.filesFrom !== undefined) {
    const list = readFileList(options.filesFrom, io.cwd, io.readStdin)
    if (list.problem !== undefined) return fail(list.problem)
    listed = articlesFromList(list.text, io.cwd, isIgnored)
  }

  const stdin = options.paths.length === 0 && options.filesFrom === undefined ? io.readStdin() : undefined
  const paths = options.paths.length > 0 ? options.paths : stdin ? [stdinPath] : []
  // An empty --files-from list (no article changed) is a clean run, not a usage error.
  if (paths.length === 0 && options.filesFrom === undefined) return fail(`no input: name files, directories or globs, or pipe an article in\n\n${helpText()}`)

  const expanded = paths.length > 0 ? expandInputs(paths, io.cwd, isIgnored) : {files: [], problems: [], ignored: []}
  const {problems} = expanded
  for (const path of expanded.ignored) io.stderr.write(`copydesk: warning: ${path}: ${ignoredWarning}\n`)
  let inputs = [...new Set([...expanded.files, ...listed])]
  if (options.shard) {
    if (inputs.includes(stdinPath)) return fail('--shard shares out files; it cannot split an article read from stdin')
    const shard = resolveShard(options.shard, io.env)
    if ('problem' in shard) return fail(shard.problem)
    inputs = inputs.filter((input) => inShard(input, io.cwd, shard))
  }
  if (options.fix && inputs.includes(stdinPath)) return fail('--fix cannot save fixes to stdin; use --fix-dry-run for a diff')
  const failed = problems.length > 0
  // --source names the source of one article; each of several has its own.
  let source: string | undefined
  if (options.source !== undefined) {
    if (inputs.length > 1) return fail(`--source gives the source of one article, but ${inputs.length} were named`)
    const read = readSource(resolve(io.cwd, options.source))
    if ('problem' in read) return fail(`${options.source}: cannot read the source (${read.problem})`)
    source = read.value
  }
  for (const {path, problem} of problems) io.stderr.write(`copydesk: ${path}: ${problem}\n`)

  let baseline: Baseline | undefined
  if (options.baseline !== undefined) {
    const loaded = Baseline.load(resolve(io.cwd, options.baseline), !options.updateBaseline)
    if ('problem' in loaded) return fail(loaded.problem)
    baseline = loaded
  }
  const color = options.outputFile === undefined && (options.color ?? terminalColor(io))
  const outcome = await runChecks(
    {
      inputs,
      display: (input) => (input === stdinPath ? options.stdinFilename ?? '<stdin>' : relative(io.cwd, input) || input),
      stdin: () => stdin ?? io.readStdin() ?? new Uint8Array(),
      context: {
        cwd: io.cwd,
        config,
        rules: options.rules,
        source: source ?? (inputs.includes(stdinPath) ? false : undefined),
        fix: options.fix ? 'write' : options.fixDryRun ? 'diff' : undefined,
        maxFindings: options.maxFindings
      },
      format: options.format,
      quiet: options.quiet,
      color,
      outputFile: options.outputFile,
      jobs: options.jobs,
      cache: options.cache ? {path: cachePath(options.cacheLocation, io.cwd), key: configKey(config, options.rules) + (options.maxFindings === defaultMaxFindings ? '' : ` ${options.maxFindings}`)} : undefined,
      timing: options.timing,
      ...(baseline ? {baseline: {apply: baseline.apply.bind(baseline), update: options.updateBaseline}} : {}),
      version: version(),
      worker: new URL(import.meta.url.endsWith('.ts') ? './cli/worker.ts' : './cli/worker.js', import.meta.url)
    },
    io
  )
  const counts = outcome.counts
  if (baseline && !reportBaseline(baseline, options.updateBaseline, io)) return exitCodes.failure

  if (failed || outcome.failed) return exitCodes.failure
  if (counts.error > 0) return exitCodes.errors
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return exitCodes.errors
  return exitCodes.clean
}

/** After the run: write the updated baseline, or name its stale entries. False when it could not be written. */
function reportBaseline(baseline: Baseline, update: boolean, io: CliIo): boolean {
  const name = relative(io.cwd, baseline.path) || baseline.path
  if (update) {
    const saved = baseline.save()
    if (saved.problem !== undefined) {
      io.stderr.write(`copydesk: ${saved.problem}\n`)
      return false
    }
    io.stderr.write(`copydesk: wrote the baseline ${name}: ${saved.count} accepted finding${saved.count === 1 ? '' : 's'}\n`)
    return true
  }
  for (const entry of baseline.stale()) {
    io.stderr.write(`copydesk: warning: ${name}: stale entry, no \`${entry.rule}\` finding \`${entry.text}\` in ${entry.file} any more; --update-baseline drops it\n`)
  }
  return true
}

/**
 * Colour by the usual conventions when no flag decides: FORCE_COLOR (any
 * value but `0` or `false`) wins, as in Node and chalk; then NO_COLOR; then
 * whether stdout is a terminal.
 */
function terminalColor(io: CliIo): boolean {
  const force = io.env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  return Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']
}

/**
 * Standard input, when something is piped or redirected into it: a FIFO, a
 * file, or a socket, which is what Node's child_process, libuv and many
 * editors give a child. A terminal or a device such as /dev/null is no input.
 */
function readPipedStdin(): Uint8Array | undefined {
  try {
    const stats = fstatSync(0)
    if (!stats.isFIFO() && !stats.isFile() && !stats.isSocket()) return undefined
    return readAllSync(0)
  } catch {
    return undefined
  }
}

/** Every byte of `fd`, waiting when it is non-blocking and empty for now (EAGAIN). */
function readAllSync(fd: number): Uint8Array {
  const chunks: Buffer[] = []
  const chunk = Buffer.alloc(64 * 1024)
  for (;;) {
    let length: number
    try {
      length = readSync(fd, chunk)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
      continue
    }
    if (length === 0) return Buffer.concat(chunks)
    chunks.push(Buffer.from(chunk.subarray(0, length)))
  }
}

/** The process's own streams and working folder. */
export function processIo(): CliIo {
  process.stdout.on('error', stdoutFailed)
  return {cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: readPipedStdin}
}

/**
 * Standard output failed. A reader that has gone (`copydesk … | head`) ends
 * the run quietly, as it ends any Unix tool: the run sees the closed stream
 * after the file in hand and stops, its exit code the one the findings so
 * far call for (src/cli/run.ts). Anything else is one line and exit 2,
 * without a stack trace.
 */
function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') return
  process.stderr.write(`copydesk: cannot write the report to standard output (${error.code ?? error.message})\n`)
  process.exit(exitCodes.failure)
}

/**
 * The `copydesk` command (src/bin.ts runs it from the bundle): `main` with
 * the build's data (wink's lexicon, the spelling dictionary), an internal
 * error as one line, and V8 tuned for a run: the heap for many files, each
 * regular expression compiled once (src/cli/heap.ts). The build's warm-up
 * run leaves V8's flags alone (`tuneHeap: false`): V8 rejects a code cache
 * made after a flag changed.
 */
export async function runCommand(argv: readonly string[], io: CliIo, {tuneHeap = true} = {}): Promise<number> {
  if (tuneHeap) {
    tuneHeapForRun()
    tuneRegExps()
  }
  useBuiltDataFrom(new URL('./data/', import.meta.url))
  try {
    return await main(argv, io)
  } catch (error) {
    io.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failure
  }
}

// Run when executed from source (`tsx src/cli.ts`), not when imported.
const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href
if (isEntryPoint) {
  void runCommand(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code
  })
}
