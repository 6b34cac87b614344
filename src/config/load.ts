// Configuration: find rules.config.json, read it, validate it against the
// schema generated from the registry, and resolve every rule's severity and
// options. Any problem is a ConfigError: one line naming the file and where.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {closest, distance} from 'fastest-levenshtein'
import {findNodeAtLocation, parse as parseJsonc, parseTree, ParseErrorCode, stripComments, type ParseError} from 'jsonc-parser'
import {rules} from '../rules/index.js'
import {buildConfigSchema} from './schema.js'
import {compileValidator} from './validate.js'
import {resolveRules} from './resolve.js'
import type {ConfigFile, ResolvedConfig} from './types.js'
import {withStarterTermbase} from '../text/termbase.js'

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
 * rules.config.json from `cwd` upward, else the built-in defaults: the house
 * configuration shipped with copydesk (its starter glossary included).
 */
export function loadConfig(path?: string, cwd = process.cwd()): ResolvedConfig {
  const found = path === undefined ? findConfig(cwd) : resolve(cwd, path)
  if (found === undefined) {
    const house = houseConfigPath()
    if (house === undefined) return resolveConfig({}, undefined)
    return {...resolveConfig(loadChain(house, []), undefined, cwd), files: [house]}
  }
  const chain: string[] = []
  return {...resolveConfig(loadChain(found, [], chain), found), files: chain}
}

/** One configuration file with what it extends merged in; `files` collects them, bases first. */
function loadChain(file: string, seen: readonly string[], files: string[] = []): ConfigFile {
  if (seen.includes(file)) throw new ConfigError(`${seen.at(-1)}: /extends: \`${file}\` extends itself (${[...seen, file].join(' → ')})`)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new ConfigError(`${seen.length > 0 ? `${seen.at(-1)}: /extends: ` : ''}${file}: cannot read configuration (${reason})`)
  }
  const own = parseConfig(text, file)
  let merged: ConfigFile = {}
  for (const spec of [own.extends ?? []].flat()) merged = mergeConfigs(merged, loadChain(resolveExtends(spec, file), [...seen, file], files))
  files.push(file)
  const {extends: _bases, ...rest} = own
  return mergeConfigs(merged, rest)
}

/** `b` over `a`: rule settings replace, lists add up. */
function mergeConfigs(a: ConfigFile, b: ConfigFile): ConfigFile {
  const merged: ConfigFile = {
    rules: {...a.rules, ...b.rules},
    glossary: [...(a.glossary ?? []), ...(b.glossary ?? [])],
    ignore: [...(a.ignore ?? []), ...(b.ignore ?? [])],
    overrides: [...(a.overrides ?? []), ...(b.overrides ?? [])]
  }
  const report = b.reportUnusedDirectives ?? a.reportUnusedDirectives
  if (report !== undefined) merged.reportUnusedDirectives = report
  const preset = b.preset ?? a.preset
  if (preset !== undefined) merged.preset = preset
  return merged
}

/**
 * The file an `extends` entry names: a path (`./shared.json`, relative to
 * the file that says it), or a package in a node_modules folder above it
 * (`@desk/copydesk-config` → its rules.config.json, or `pkg/file.json`).
 * `copydesk` is this package's house configuration, installed or not.
 */
function resolveExtends(spec: string, from: string): string {
  if (/^\.{1,2}(?:\/|\\|$)/.test(spec) || isAbsolute(spec)) return resolve(dirname(from), spec)
  const inPackage = /\.jsonc?$/.test(spec) ? spec : `${spec}/${configFileName}`
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    const candidate = join(folder, 'node_modules', inPackage)
    if (existsSync(candidate)) return candidate
    if (dirname(folder) === folder) break
  }
  if (spec === 'copydesk') {
    const house = houseConfigPath()
    if (house) return house
  }
  throw new ConfigError(`${from}: /extends: cannot find \`${spec}\` (looked for node_modules/${inPackage} in the folders above)`)
}

let housePath: string | null | undefined
/** The rules.config.json shipped with copydesk: in the folder above this module's that holds copydesk's package.json. */
export function houseConfigPath(): string | undefined {
  if (housePath !== undefined) return housePath ?? undefined
  housePath = null
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'copydesk' && existsSync(join(folder, configFileName))) {
          housePath = join(folder, configFileName)
        }
      } catch {
        // Not ours; keep looking up.
      }
      if (housePath) break
    }
    if (dirname(folder) === folder) break
  }
  return housePath ?? undefined
}

/** Parse and validate configuration text (JSON with comments); `path` names it in errors. */
export function parseConfig(text: string, path: string): ConfigFile {
  // Plain JSON, which holds no comment, needs no stripping: the scanner, in
  // code run once, took some 2 ms of a one-file run over a 10 KB file.
  const plain = parsePlainJson(text)
  if (plain !== undefined) return validated(plain.data, path, text)
  let data: unknown
  // Comments become spaces, so V8's positions and messages stay true to the file.
  const json = stripComments(text.replace(/^\uFEFF/, ''), ' ')
  try {
    data = JSON.parse(json)
  } catch (error) {
    if (json.trim() === '') throw new ConfigError(`${path}: the file is empty; write \`{}\` for the defaults`)
    throw new ConfigError(`${path}: ${jsonErrorWhere(json, (error as Error).message)}`)
  }
  return validated(data, path, json)
}

/** `text` parsed when it is plain JSON; undefined when it is not (comments, a byte order mark, an error). */
function parsePlainJson(text: string): {data: unknown} | undefined {
  try {
    return {data: JSON.parse(text)}
  } catch {
    return undefined
  }
}

/** `data` checked against the schema; `json`, the text its errors point into. */
function validated(data: unknown, path: string, json: string): ConfigFile {
  const validate = validator()
  if (!validate(data)) throw new ConfigError(`${path}: ${describeSchemaError(validate.errors ?? [], json)}`)
  return data as ConfigFile
}

let compiled: ValidateFunction | undefined
function validator(): ValidateFunction {
  compiled ??= compileValidator(buildConfigSchema(rules))
  return compiled
}

export function resolveConfig(file: ConfigFile, path: string | undefined, cwd = process.cwd()): ResolvedConfig {
  const settings = file.rules ?? {}
  return {
    path,
    rules: resolveRules(settings, file.preset),
    ...(file.preset ? {preset: file.preset} : {}),
    glossary: withStarterTermbase(file.glossary ?? []),
    ignore: file.ignore ?? [],
    reportUnusedDirectives: file.reportUnusedDirectives ?? false,
    settings,
    overrides: file.overrides ?? [],
    base: path ? dirname(path) : cwd,
    files: path ? [path] : []
  }
}

/** `line 3, column 20` of the value (or, for an unknown key, the key) at a JSON path in `text`. */
function lineOf(text: string, instancePath: string, key?: string): string | undefined {
  const segments: Array<string | number> = instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  let root
  try {
    root = parseTree(text)
  } catch {
    // Nested too deeply to walk: the JSON path alone says where.
    return undefined
  }
  let node = root && findNodeAtLocation(root, key === undefined ? segments : [...segments, key])
  if (node && key !== undefined) node = node.parent?.children?.[0] ?? node
  if (!node) return undefined
  const before = text.slice(0, node.offset)
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`
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
function describeSchemaError(errors: ErrorObject[], text: string): string {
  // Deepest path first; within a path, an unknown key beats a type mismatch.
  const ranked = [...errors].sort(
    (a, b) =>
      b.instancePath.split('/').length - a.instancePath.split('/').length ||
      Number(b.keyword === 'additionalProperties') - Number(a.keyword === 'additionalProperties')
  )
  const error = ranked[0]
  if (!error) return 'invalid configuration'
  const unknownKey = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined
  const line = lineOf(text, error.instancePath, unknownKey)
  const where = `${error.instancePath === '' ? '(top level)' : error.instancePath}${line ? ` (${line})` : ''}`
  if (unknownKey !== undefined) {
    const key = unknownKey
    const known = knownKeys(error.instancePath)
    const guess = known.length > 0 ? closest(key, known) : undefined
    const kind = rulesPath.test(error.instancePath) ? 'rule' : ruleOptionsPath.test(error.instancePath) ? 'option' : 'key'
    return `${where}: unknown ${kind} \`${key}\`${guess ? `; did you mean \`${guess}\`?` : ''}`
  }
  // A rule's setting that is neither a severity name nor [severity, options].
  if (ruleSettingPath.test(error.instancePath) && typeof error.data !== 'string') {
    return `${where}: must be a severity (\`off\`, \`info\`, \`warn\`, \`error\`) or [severity, {options}]`
  }
  if (error.keyword === 'enum') {
    const values = (error.params['allowedValues'] as unknown[]).map(String)
    const allowed = values.map((v) => `\`${v}\``).join(', ')
    const guess = typeof error.data === 'string' ? nearValue(error.data, values) : undefined
    return `${where}: unexpected ${valueText(error.data)}, must be one of ${allowed}${guess ? `; did you mean \`${guess}\`?` : ''}`
  }
  return `${where}: ${error.message ?? 'is invalid'}`
}

/** A value the user wrote, in backticks: `loud`, `3`. */
function valueText(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``
}

/** `Error` → `error`, `warning` → `warn`; nothing for a value unlike any. */
function nearValue(value: string, values: readonly string[]): string | undefined {
  const lower = value.toLowerCase()
  if (lower.length < 2) return undefined
  return values.find((v) => lower.startsWith(v) || v.startsWith(lower) || distance(lower, v) <= 1)
}

// The rules object, a rule's setting and its options, at the top level or in an override.
const rulesPath = /^(?:\/overrides\/\d+)?\/rules$/
const ruleSettingPath = /^(?:\/overrides\/\d+)?\/rules\/[^/]+$/
const ruleOptionsPath = /^(?:\/overrides\/\d+)?\/rules\/([^/]+)\/1$/

/** Keys allowed at a JSON path (rule ids, or a rule's option names). */
function knownKeys(path: string): string[] {
  if (rulesPath.test(path)) return rules.map((r) => r.id)
  if (path === '') return ['$schema', 'extends', 'rules', 'glossary', 'preset', 'ignore', 'overrides', 'reportUnusedDirectives']
  const rule = ruleOptionsPath.exec(path)
  const match = rule && rules.find((r) => r.id === rule[1])
  if (match) return Object.keys(match.schema.properties ?? {})
  if (/^(?:\/overrides\/\d+)?\/glossary\/\d+$/.test(path)) return ['term', 'wrong', 'when', 'note', 'source']
  if (/^\/overrides\/\d+$/.test(path)) return ['files', 'rules', 'glossary']
  return []
}
