// Configuration: find rules.config.json, read it, validate it against the
// schema generated from the registry, and resolve every rule's severity and
// options. Any problem is a ConfigError: one line naming the file and where.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {closest} from 'fastest-levenshtein'
import {rules} from '../rules/index.js'
import type {Severity} from '../rule.js'
import {buildConfigSchema} from './schema.js'
import type {ActiveRuleSetting, ConfigFile, ResolvedConfig, RuleSetting} from './types.js'

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
    throw new ConfigError(`${path}: ${jsonErrorWhere(text, (error as Error).message)}`)
  }
  const validate = validator()
  if (!validate(data)) throw new ConfigError(`${path}: ${describeSchemaError(validate.errors ?? [])}`)
  return data as ConfigFile
}

let compiled: ValidateFunction | undefined
function validator(): ValidateFunction {
  compiled ??= new Ajv({allErrors: true, strict: false}).compile(buildConfigSchema(rules))
  return compiled
}

export function resolveConfig(file: ConfigFile, path: string | undefined): ResolvedConfig {
  const settings = file.rules ?? {}
  const resolved = new Map<string, ActiveRuleSetting>()
  for (const rule of rules) {
    const [severity, options] = normalizeSetting(settings[rule.id])
    const effective = severity ?? rule.severity
    if (effective === 'off') continue
    resolved.set(rule.id, {severity: effective, options: {...rule.defaults, ...options}})
  }
  return {
    path,
    rules: resolved,
    glossary: file.glossary ?? [],
    ignore: file.ignore ?? []
  }
}

function normalizeSetting(setting: RuleSetting | undefined): [Severity | undefined, Record<string, unknown>] {
  if (setting === undefined) return [undefined, {}]
  if (typeof setting === 'string') return [setting, {}]
  return [setting[0], setting[1] ?? {}]
}

/** "line 3, column 5: Expected …" from V8's "… at position N". */
function jsonErrorWhere(text: string, message: string): string {
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
  const position = /position (\d+)/.exec(message)
  if (!position) return `invalid JSON: ${reason}`
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `invalid JSON at line ${line}, column ${column}: ${reason}`
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
    const kind = error.instancePath === '/rules' ? 'rule' : 'option'
    return `${where}: unknown ${kind} \`${key}\`${guess ? `; did you mean \`${guess}\`?` : ''}`
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params['allowedValues'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ')
    return `${where}: must be one of ${allowed}`
  }
  return `${where}: ${error.message ?? 'is invalid'}`
}

/** Keys allowed at a JSON path (rule ids, or a rule's option names). */
function knownKeys(path: string): string[] {
  if (path === '/rules') return rules.map((r) => r.id)
  if (path === '') return ['$schema', 'rules', 'glossary', 'ignore']
  const rule = /^\/rules\/([^/]+)\/1$/.exec(path)
  const match = rule && rules.find((r) => r.id === rule[1])
  if (match) return Object.keys(match.schema.properties ?? {})
  if (/^\/glossary\/\d+$/.test(path)) return ['term', 'wrong', 'when', 'note', 'source']
  return []
}
