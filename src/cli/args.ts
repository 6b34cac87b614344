// Command-line arguments → options. Anything wrong is a UsageError (exit 2).
import {parseArgs} from 'node:util'
import {rulesById} from '../rules/index.js'
import {formatNames, type FormatName} from '../report/index.js'
import {parseShard, type ShardSpec} from './shard.js'

/** The baseline --update-baseline writes when --baseline names none. */
export const defaultBaselineFile = 'copydesk-baseline.json'

/**
 * Findings reported of one file unless --max-findings says otherwise: no
 * article comes near it, and past it a file's findings (two million in a
 * 50 MB paste) would fill memory and no one would read them.
 */
export const defaultMaxFindings = 10_000

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface CliOptions {
  paths: string[]
  config: string | undefined
  format: FormatName
  quiet: boolean
  maxWarnings: number | undefined
  /** Findings reported of one file, then one line saying how many more; undefined: all (--max-findings 0). */
  maxFindings: number | undefined
  rules: string[] | undefined
  color: boolean | undefined
  stdinFilename: string | undefined
  /** The Chinese source of the one article being checked. */
  source: string | undefined
  /** A file (or `-`, stdin) listing paths to check, one per line. */
  filesFrom: string | undefined
  outputFile: string | undefined
  fix: boolean
  fixDryRun: boolean
  /** Worker threads; undefined: as many as cores, for runs big enough. */
  jobs: number | undefined
  cache: boolean
  cacheLocation: string | undefined
  /** Print each rule's share of the time on stderr. */
  timing: boolean
  /** Check only this share of the inputs. */
  shard: ShardSpec | undefined
  /** Warn about inline directives that switched nothing off. */
  reportUnusedDirectives: boolean
  /** Apply the configuration's `ignore` and .copydeskignore (off with --no-ignore). */
  ignore: boolean
  /** Print this rule's page and stop. */
  explain: string | undefined
  /** Write a starter rules.config.json and stop. */
  init: boolean
  /** Print the configuration that applies to this file and stop. */
  printConfig: string | undefined
  /** Hide the findings recorded in this file. */
  baseline: string | undefined
  /** Record this run's findings in the baseline file. */
  updateBaseline: boolean
  help: boolean
  version: boolean
}

/** Built when asked for: its number's toLocaleString starts ICU's number formatting, some 14 ms of every run. */
export function helpText(): string {
  return `Usage: copydesk [options] <file | directory | glob>...
       copydesk merge <report.json>... [--format NAME] [--output-file PATH]

Check machine-translated English news articles before they are published.
Directories are searched for .md, .markdown and .txt files; "-" reads stdin.

Options:
  --config PATH          configuration file (default: nearest rules.config.json)
  --format NAME          output format: ${formatNames.join(', ')} (default: stylish)
  --quiet                report errors only
  --max-warnings N       exit 1 when there are more than N warnings
  --max-findings N       report at most N findings of a file, then one saying how
                         many more there were (default: ${defaultMaxFindings.toLocaleString('en-US')}; 0: all)
  --rule ID              run only this rule (repeatable)
  --stdin-filename PATH  name stdin input in reports
  --source PATH          the Chinese source of the article, for the source checks
                         (otherwise: front matter \`source:\`, or story.zh.md beside story.md)
  --output-file PATH     write the report to PATH instead of stdout
  --files-from FILE      also check the paths listed in FILE ("-": stdin), one per
                         line; missing and non-article paths are skipped
  --fix                  apply the certain fixes and save the files; report what is left
  --fix-dry-run          print the fixes as a unified diff instead of saving them
  --no-color             plain output (also NO_COLOR=1)
  --jobs N               lint on N threads, the main one and N-1 workers
                         (default: one per core, with 3 cores or more and
                         runs big enough to gain from it; 1: no workers)
  --cache                skip files unchanged since the last run and report
                         their findings from the cache
  --cache-location PATH  the cache file, or a folder for it (default: .copydeskcache;
                         implies --cache)
  --shard K/N            check only the K-th of N shares of the files (by path),
                         to split an archive across CI runners; \`auto\` or
                         \`auto/N\` reads K (and N) from JOB_COMPLETION_INDEX,
                         CI_NODE_INDEX/CI_NODE_TOTAL or BUILDKITE_PARALLEL_JOB(_COUNT)
  --timing               print the time each rule took on stderr
  --baseline FILE        hide the findings recorded in FILE (accepted ones); report
                         entries that no longer match as stale
  --update-baseline      record this run's findings in the --baseline file
                         (default: copydesk-baseline.json)
  --no-ignore            check files even when \`ignore\` or .copydeskignore leaves them out
  --report-unused-directives
                         warn about copydesk-disable comments that switch nothing off
  --init                 write a commented starter rules.config.json here
  --print-config FILE    print the configuration that applies to FILE
  --explain RULE         print a rule's page: what it catches and why, examples, options
  --version              print the version
  --help                 print this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or input failure.`
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: {type: 'string', short: 'c'},
        format: {type: 'string', short: 'f', default: 'stylish'},
        quiet: {type: 'boolean', short: 'q', default: false},
        'max-warnings': {type: 'string'},
        'max-findings': {type: 'string'},
        rule: {type: 'string', multiple: true},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        source: {type: 'string'},
        'output-file': {type: 'string', short: 'o'},
        'files-from': {type: 'string'},
        fix: {type: 'boolean', default: false},
        'fix-dry-run': {type: 'boolean', default: false},
        jobs: {type: 'string', short: 'j'},
        cache: {type: 'boolean', default: false},
        'cache-location': {type: 'string'},
        shard: {type: 'string'},
        timing: {type: 'boolean', default: false},
        'report-unused-directives': {type: 'boolean', default: false},
        'no-ignore': {type: 'boolean', default: false},
        explain: {type: 'string'},
        init: {type: 'boolean', default: false},
        'print-config': {type: 'string'},
        baseline: {type: 'string'},
        'update-baseline': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!)
  }
  const {values, positionals} = parsed
  const format = values.format as FormatName
  if (!formatNames.includes(format)) {
    throw new UsageError(`unknown format \`${values.format}\`; expected one of ${formatNames.join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings expects a whole number, got \`${values['max-warnings']}\``)
    }
  }
  let maxFindings: number | undefined = defaultMaxFindings
  if (values['max-findings'] !== undefined) {
    maxFindings = Number(values['max-findings'])
    if (!/^\d+$/.test(values['max-findings']) || !Number.isSafeInteger(maxFindings)) {
      throw new UsageError(`--max-findings expects a whole number (0 for all), got \`${values['max-findings']}\``)
    }
    if (maxFindings === 0) maxFindings = undefined
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both')
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs expects a whole number of threads (1 or more), got \`${values.jobs}\``)
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.shard !== undefined && !shard) {
    throw new UsageError(`--shard expects K/N with 1 ≤ K ≤ N (for example 2/4), auto or auto/N, got \`${values.shard}\``)
  }
  if (values['files-from'] === '-' && positionals.includes('-')) {
    throw new UsageError('stdin cannot hold both the list of --files-from and an article')
  }
  for (const id of values.rule ?? []) {
    if (!rulesById.has(id)) throw new UsageError(`unknown rule \`${id}\` in --rule`)
  }
  return {
    paths: positionals,
    config: values.config,
    format,
    quiet: values.quiet,
    maxWarnings,
    maxFindings,
    rules: values.rule,
    color: values['no-color'] ? false : values.color,
    stdinFilename: values['stdin-filename'],
    source: values.source,
    filesFrom: values['files-from'],
    outputFile: values['output-file'],
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    jobs,
    cache: values.cache || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    timing: values.timing,
    shard,
    reportUnusedDirectives: values['report-unused-directives'],
    ignore: !values['no-ignore'],
    explain: values.explain,
    init: values.init,
    printConfig: values['print-config'],
    baseline: values.baseline ?? (values['update-baseline'] ? defaultBaselineFile : undefined),
    updateBaseline: values['update-baseline'],
    help: values.help,
    version: values.version
  }
}
