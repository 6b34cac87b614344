// The command line: arguments → configuration → inputs → checks (in-process
// or on worker threads, through the cache), streamed to the report → exit
// code. Every step lives in its own module; this file only wires them.
import {fstatSync, readFileSync, realpathSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {parseCliArgs, UsageError, helpText} from './cli/args.js'
import {cachePath, configKey} from './cli/cache.js'
import {articlesFromList, readFileList} from './cli/files-from.js'
import {expandInputs, stdinPath} from './cli/inputs.js'
import {runChecks} from './cli/run.js'
import {installPackedLexicon} from './cli/lexicon.js'
import {inShard, resolveShard} from './cli/shard.js'
import {ConfigError, loadConfig} from './config/load.js'
import {readSource} from './source/resolve.js'

export interface CliIo {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  /** Standard input's bytes, when it is piped. */
  readStdin(): Uint8Array | undefined
}

export const exitCodes = {clean: 0, errors: 1, failure: 2} as const

export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
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
    if (error instanceof UsageError) return fail(`${error.message}\n\n${helpText}`)
    throw error
  }
  if (options.help) {
    io.stdout.write(helpText + '\n')
    return exitCodes.clean
  }
  if (options.version) {
    io.stdout.write(version() + '\n')
    return exitCodes.clean
  }

  let config
  try {
    config = loadConfig(options.config, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }

  const ignoreBase = config.path ? dirname(config.path) : io.cwd
  let listed: string[] = []
  if (options.filesFrom !== undefined) {
    const list = readFileList(options.filesFrom, io.cwd, io.readStdin)
    if (list.problem !== undefined) return fail(list.problem)
    listed = articlesFromList(list.text, io.cwd, config.ignore, ignoreBase)
  }

  const stdin = options.paths.length === 0 && options.filesFrom === undefined ? io.readStdin() : undefined
  const paths = options.paths.length > 0 ? options.paths : stdin ? [stdinPath] : []
  // An empty --files-from list (no article changed) is a clean run, not a usage error.
  if (paths.length === 0 && options.filesFrom === undefined) return fail(`no input: name files, directories or globs, or pipe an article in\n\n${helpText}`)

  const expanded = paths.length > 0 ? expandInputs(paths, io.cwd, config.ignore, ignoreBase) : {files: [], problems: []}
  const {problems} = expanded
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

  const color = options.outputFile === undefined && (options.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']))
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
        fix: options.fix ? 'write' : options.fixDryRun ? 'diff' : undefined
      },
      format: options.format,
      quiet: options.quiet,
      color,
      outputFile: options.outputFile,
      jobs: options.jobs,
      cache: options.cache ? {path: cachePath(options.cacheLocation, io.cwd), key: configKey(config, options.rules)} : undefined,
      timing: options.timing,
      version: version(),
      worker: new URL(import.meta.url.endsWith('.ts') ? './cli/worker.ts' : './cli/worker.js', import.meta.url)
    },
    io
  )
  const counts = outcome.counts

  if (failed || outcome.failed) return exitCodes.failure
  if (counts.error > 0) return exitCodes.errors
  if (options.maxWarnings !== undefined && counts.warning > options.maxWarnings) return exitCodes.errors
  return exitCodes.clean
}

/** Standard input, only when something is piped or redirected into it. */
function readPipedStdin(): Uint8Array | undefined {
  try {
    const stats = fstatSync(0)
    if (!stats.isFIFO() && !stats.isFile()) return undefined
    return readFileSync(0)
  } catch {
    return undefined
  }
}

/** The process's own streams and working folder. */
export function processIo(): CliIo {
  process.stdout.on('error', stdoutFailed)
  return {cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: readPipedStdin}
}

/**
 * Standard output failed: a reader that has gone (`copydesk … | head`) ends
 * the run quietly, as it ends any Unix tool; anything else is one line. Either
 * way the report is incomplete, so the run fails, and without a stack trace.
 */
function stdoutFailed(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') process.stderr.write(`copydesk: cannot write the report to standard output (${error.code ?? error.message})\n`)
  process.exit(exitCodes.failure)
}

/**
 * The `copydesk` command (src/bin.ts runs it from the bundle): `main` with
 * wink's packed lexicon, an internal error as one line, and the heap tuned
 * for many files. A run over many files keeps little alive from one file to
 * the next (about 15 MB), yet V8 lets the old generation grow to four times
 * its live size before collecting: 175 MB peak for 500 articles. Growing it
 * by a quarter keeps most runs of 500 to 2,000 articles at 137–149 MB, as
 * fast (about one in five reaches 162–166 MB, when concurrent marking ends
 * late; growing by half, 2,000 articles reached 176–178 MB in four runs of
 * five). One 5 MB article takes a tenth longer.
 * V8 reads this flag each time it sizes the heap, so setting it now takes
 * effect, workers included.
 * The build's warm-up run leaves the flags alone (`tuneHeap: false`): V8
 * rejects a code cache made after a flag changed.
 */
export async function runCommand(argv: readonly string[], io: CliIo, {tuneHeap = true} = {}): Promise<number> {
  if (tuneHeap) setFlagsFromString('--heap-growing-percent=25')
  installPackedLexicon(new URL('./data/', import.meta.url))
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
