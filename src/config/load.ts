// Configuration: find rules.config.json, read it, validate it against the
// schema generated from the registry, and resolve every rule's severity and
// options. Any problem is a ConfigError: one line naming the file and where.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {closest, distance} from 'fastest-levenshtein'
import {parse as parseJsonc, ParseErrorCode, type ParseError} from 'jsonc-parser'
import {rules} from '../rules/index.js'
import type {Severity} from '../rule.js'
import {buildConfigSchema} from './schema.js'
import {compileValidator} from './validate.js'
import type {ActiveRuleSetting, ConfigFile, ResolvedConfig, RuleSetting} from './types.js'
import {withStarterTermbase} from './termbase.js'

export const configFileName = 'rules.config.json'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The nearest rules.config.json from `from` upward, if any. */
export function findConfig(from: string): string | undefined {
  let folder = resolve(from)
  for (;;) {
    const candidate = join(folder, configFileName)
    if (existsSync(candidate)) return candidate
    const parent = dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}

/**
 * Load the configuration: `path` if given, else the nearest
 * rules.config.json from `cwd` upward, else the built-in defaults.
 */
export function loadConfig(path?: string, cwd = process.cwd()): ResolvedConfig {
  const found = path === undefined ? findConfig(cwd) : resolve(cwd, path)
  if (found === undefined) return resolveConfig({}, undefined)
  let text: string
  try {
    text = readFileSync(found, 'utf8')
  } catch (error) {
    throw new ConfigError(`${found}: cannot read configuration (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return resolveConfig(parseConfig(text, found), found)
}

/** Parse and validate configuration text; `path` names it in errors. */
export function parseConfig(text: string, path: string): ConfigFile {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    if (text.trim() === '') throw new ConfigError(`${path}: the file is empty; write \`{}\` for the defaults`)
    throw new ConfigError(`${path}: ${jsonErrorWhere(text.replace(/^\uFEFF/, ''), (error as Error).message)}`)
  }
  const validate = validator()
  if (!validate(data)) throw new ConfigError(`${path}: ${describeSchemaError(validate.errors ?? [])}`)
  return data as ConfigFile
}

let compiled: ValidateFunction | undefined
function validator(): ValidateFunction {
  compiled ??= compileValidator(buildConfigSchema(rules))
  return compiled
}

export function resolveConfig(file: ConfigFile, path: string | undefined): ResolvedConfig {
  const settings = file.rules ?? {}
  const resolved = new Map<string, ActiveRuleSetting>()
  for (const rule of rules) {
    const [severity, options] = normalizeSetting(settings[rule.id])
    // A preset's rules are off unless the configuration picks the preset (or the rule by name).
    const effective = severity ?? (rule.preset && rule.preset !== file.preset ? 'off' : rule.severity)
    if (effective === 'off') continue
    resolved.set(rule.id, {severity: effective, options: {...rule.defaults, ...options}})
  }
  return {
    path,
    rules: resolved,
    glossary: withStarterTermbase(file.glossary ?? []),
    ignore: file.ignore ?? []
  }
}

function normalizeSetting(setting: RuleSetting | undefined): [Severity | undefined, Record<string, unknown>] {
  if (setting === undefined) return [undefined, {}]
  if (typeof setting === 'string') return [setting, {}]
  return [setting[0], setting[1] ?? {}]
}

/**
 * "line 3, column 5: Expected …" from V8's "… at position N". Some V8
 * messages give no position ("Unexpected token '/', "…" is not valid JSON",
 * "Unexpected end of JSON input"): jsonc-parser, VS Code's JSON scanner,
 * finds the place then.
 */
function jsonErrorWhere(text: string, message: string): string {
  let reason = message.replace(/ (?:in JSON )?at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
  const position = /position (\d+)/.exec(message)
  let offset = position ? Number(position[1]) : undefined
  if (offset === undefined) {
    const errors: ParseError[] = []
    parseJsonc(text, errors, {disallowComments: true, allowTrailingComma: false})
    const first = errors[0]
    if (!first) return `invalid JSON: ${reason.replace(/, (?:\.\.\.)?"[^]*" is not valid JSON$/, '')}`
    offset = first.offset
    reason = jsonSyntaxReason(first.error, text.slice(first.offset, first.offset + first.length))
  }
  if (/^\/[/*]/.test(text.slice(offset, offset + 2))) reason = 'Comments are not allowed in JSON'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `invalid JSON at line ${line}, column ${column}: ${reason}`
}

/** jsonc-parser's error codes in words. */
function jsonSyntaxReason(code: ParseErrorCode, token: string): string {
  switch (code) {
    case ParseErrorCode.InvalidSymbol:
      return token ? `Unexpected \`${token}\`` : 'Unexpected character'
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'Comments are not allowed in JSON'
    case ParseErrorCode.ValueExpected:
      return 'Expected a value'
    case ParseErrorCode.PropertyNameExpected:
      return 'Expected a property name in double quotes'
    case ParseErrorCode.CommaExpected:
      return "Expected ','"
    case ParseErrorCode.ColonExpected:
      return "Expected ':'"
    case ParseErrorCode.CloseBraceExpected:
      return "Expected '}' (unexpected end of the file?)"
    case ParseErrorCode.CloseBracketExpected:
      return "Expected ']' (unexpected end of the file?)"
    case ParseErrorCode.EndOfFileExpected:
      return 'Unexpected text after the JSON value'
    case ParseErrorCode.UnexpectedEndOfString:
      return 'Unterminated string'
    default:
      return `Invalid ${token ? `\`${token}\`` : 'text'}`
  }
}

/** The most specific schema error, in words, with its JSON path. */
function describeSchemaError(errors: ErrorObject[]): string {
  // Deepest path first; within a path, an unknown key beats a type mismatch.
  const ranked = [...errors].sort(
    (a, b) =>
      b.instancePath.split('/').length - a.instancePath.split('/').length ||
      Number(b.keyword === 'additionalProperties') - Number(a.keyword === 'additionalProperties')
  )
  const error = ranked[0]
  if (!error) return 'invalid configuration'
  const where = error.instancePath === '' ? '(top level)' : error.instancePath
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty'])
    const known = knownKeys(error.instancePath)
    const guess = known.length > 0 ? closest(key, known) : undefined
    const kind = error.instancePath === '/rules' ? 'rule' : /^\/rules\/[^/]+\/1$/.test(error.instancePath) ? 'option' : 'key'
    return `${where}: unknown ${kind} \`${key}\`${guess ? `; did you mean \`${guess}\`?` : ''}`
  }
  // A rule's setting that is neither a severity name nor [severity, options].
  if (/^\/rules\/[^/]+$/.test(error.instancePath) && typeof error.data !== 'string') {
    return `${where}: must be a severity (\`off\`, \`info\`, \`warn\`, \`error\`) or [severity, {options}]`
  }
  if (error.keyword === 'enum') {
    const values = (error.params['allowedValues'] as unknown[]).map(String)
    const allowed = values.map((v) => `\`${v}\``).join(', ')
    const guess = typeof error.data === 'string' ? nearValue(error.data, values) : undefined
    return `${where}: must be one of ${allowed}${guess ? `; did you mean \`${guess}\`?` : ''}`
  }
  return `${where}: ${error.message ?? 'is invalid'}`
}

/** `Error` → `error`, `warning` → `warn`; nothing for a value unlike any. */
function nearValue(value: string, values: readonly string[]): string | undefined {
  const lower = value.toLowerCase()
  if (lower.length < 2) return undefined
  return values.find((v) => lower.startsWith(v) || v.startsWith(lower) || distance(lower, v) <= 1)
}

/** Keys allowed at a JSON path (rule ids, or a rule's option names). */
function knownKeys(path: string): string[] {
  if (path === '/rules') return rules.map((r) => r.id)
  if (path === '') return ['$schema', 'rules', 'glossary', 'preset', 'ignore']
  const rule = /^\/rules\/([^/]+)\/1$/.exec(path)
  const match = rule && rules.find((r) => r.id === rule[1])
  if (match) return Object.keys(match.schema.properties ?? {})
  if (/^\/glossary\/\d+$/.test(path)) return ['term', 'wrong', 'when', 'note', 'source']
  return []
}
