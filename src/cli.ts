#!/usr/bin/env node
// The command line: arguments → configuration → inputs → pipeline and fixes
// (through the Node API) → report → exit code. Every step lives in its own
// module; this file only wires them.
import {fstatSync, readFileSync, realpathSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import {parseCliArgs, UsageError, helpText} from './cli/args.js'
import {checkArticle} from './cli/check.js'
import {articlesFromList, readFileList} from './cli/files-from.js'
import {expandInputs, stdinPath} from './cli/inputs.js'
import {decodeArticle, readArticle, unreadableFile} from './cli/read.js'
import {ConfigError, loadConfig} from './config/load.js'
import {readSource} from './source/resolve.js'
import {formatReport} from './report/index.js'
import {deliverReport} from './report/output.js'
import {countSeverities} from './report/severity.js'

export interface CliIo {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
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
  const inputs = [...new Set([...expanded.files, ...listed])]
  if (options.fix && inputs.includes(stdinPath)) return fail('--fix cannot save fixes to stdin; use --fix-dry-run for a diff')
  let failed = problems.length > 0
  // --source names the source of one article; each of several has its own.
  let source: string | undefined
  if (options.source !== undefined) {
    if (inputs.length > 1) return fail(`--source gives the source of one article, but ${inputs.length} were named`)
    const read = readSource(resolve(io.cwd, options.source))
    if ('problem' in read) return fail(`${options.source}: cannot read the source (${read.problem})`)
    source = read.value
  }
  for (const {path, problem} of problems) io.stderr.write(`copydesk: ${path}: ${problem}\n`)

  const files: VFile[] = []
  for (const input of inputs) {
    const display = input === stdinPath ? options.stdinFilename ?? '<stdin>' : relative(io.cwd, input) || input
    const read =
      input === stdinPath
        ? decodeArticle(stdin ?? io.readStdin() ?? new Uint8Array(), display, io.cwd)
        : readArticle(input, display, io.cwd)
    if (read.problem !== undefined) {
      // Shown in the report, whatever its format, as one fatal message.
      failed = true
      files.push(unreadableFile(display, io.cwd, read.problem))
      continue
    }
    const checked = checkArticle(read.file, input, {
      config,
      rules: options.rules,
      source: source ?? (input === stdinPath ? false : undefined),
      fix: options.fix ? 'write' : options.fixDryRun ? 'diff' : undefined,
      quiet: options.quiet
    })
    if (checked.problem !== undefined) {
      failed = true
      io.stderr.write(`copydesk: ${display}: ${checked.problem}\n`)
    }
    if (checked.diff !== undefined) io.stdout.write(checked.diff)
    files.push(read.file)
  }

  const color = options.outputFile === undefined && (options.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR']))
  const report = formatReport(files, options.format, {color, cwd: io.cwd, toolVersion: version()})
  const reportProblems = deliverReport(report, files, {format: options.format, outputFile: options.outputFile, cwd: io.cwd, env: io.env, stdout: io.stdout})
  for (const problem of reportProblems) io.stderr.write(`copydesk: ${problem}\n`)

  if (failed || reportProblems.length > 0) return exitCodes.failure
  const counts = countSeverities(files.flatMap((file) => file.messages))
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

// Run when executed (also through the node_modules/.bin symlink), not when imported.
const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href
if (isEntryPoint) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readPipedStdin
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = exitCodes.failure
    }
  )
}
