// Rule settings as written → the rules a file runs with: severities and
// options resolved against each rule's defaults, and a configuration's
// overrides applied for the one file they match. Kept apart from load.ts
// (which validates with Ajv) so linting a file needs none of that.
import {relative} from 'node:path'
import picomatch from 'picomatch'
import type {Preset, Severity} from '../rule.js'
import {rules} from '../rules/index.js'
import type {ActiveRuleSetting, ConfigOverride, ResolvedConfig, RuleSetting} from './types.js'

export function resolveRules(settings: Record<string, RuleSetting>, preset?: Preset): Map<string, ActiveRuleSetting> {
  const resolved = new Map<string, ActiveRuleSetting>()
  for (const rule of rules) {
    const [severity, options] = normalizeSetting(settings[rule.id])
    // A preset's rules are off unless the configuration picks the preset (or the rule by name).
    const effective = severity ?? (rule.preset && rule.preset !== preset ? 'off' : rule.severity)
    if (effective === 'off') continue
    resolved.set(rule.id, {severity: effective, options: {...rule.defaults, ...options}})
  }
  return resolved
}

const overrideMatchers = new WeakMap<ConfigOverride, (path: string) => boolean>()

/**
 * The configuration for one file: `config` with the overrides whose `files`
 * match it applied in order (rule settings replace, glossaries add up).
 */
export function configForFile(config: ResolvedConfig, absolutePath: string): ResolvedConfig {
  if (!config.overrides?.length) return config
  const path = relative(config.base ?? process.cwd(), absolutePath).split('\\').join('/')
  const matching = config.overrides.filter((override) => {
    let matches = overrideMatchers.get(override)
    if (!matches) overrideMatchers.set(override, (matches = picomatch(override.files, {dot: true})))
    return matches(path)
  })
  if (matching.length === 0) return config
  const settings = {...config.settings}
  const glossary = [...config.glossary]
  for (const override of matching) {
    Object.assign(settings, override.rules)
    glossary.push(...(override.glossary ?? []))
  }
  return {...config, rules: resolveRules(settings, config.preset), glossary, settings, overrides: []}
}

function normalizeSetting(setting: RuleSetting | undefined): [Severity | undefined, Record<string, unknown>] {
  if (setting === undefined) return [undefined, {}]
  if (typeof setting === 'string') return [setting, {}]
  return [setting[0], setting[1] ?? {}]
}
