import type {Severity} from '../rule.js'
import type {GlossaryEntry} from '../text/glossary.js'

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** Settings for the files some globs match (a `wire/` folder with other severities). */
export interface ConfigOverride {
  /** Globs relative to the folder of the configuration file copydesk loaded. */
  files: string[]
  rules?: Record<string, RuleSetting>
  /** Added to the glossary for these files. */
  glossary?: GlossaryEntry[]
}

/** `rules.config.json` as written. */
export interface ConfigFile {
  $schema?: string
  /** Configurations this one builds on: paths (`./shared.json`) or packages (`copydesk`, `@desk/config`). */
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  glossary?: GlossaryEntry[]
  ignore?: string[]
  overrides?: ConfigOverride[]
  /** Warn about inline directives that switched nothing off. */
  reportUnusedDirectives?: boolean
}

export interface ActiveRuleSetting {
  severity: Exclude<Severity, 'off'>
  options: Record<string, unknown>
}

/**
 * The configuration a run uses: every rule resolved, defaults applied. The
 * optional fields are absent in one made by hand, which then has no overrides.
 */
export interface ResolvedConfig {
  /** The file it came from; undefined for the built-in defaults. */
  path: string | undefined
  /** Enabled rules by id, in registry order. */
  rules: Map<string, ActiveRuleSetting>
  glossary: GlossaryEntry[]
  /** Globs of paths not to lint, relative to the config file's folder. */
  ignore: string[]
  /** Warn about inline directives that switched nothing off (--report-unused-directives). */
  reportUnusedDirectives?: boolean
  /** The rule settings as written, `extends` merged: overrides start from these. */
  settings?: Record<string, RuleSetting>
  /** Applied per file by `configForFile`, in order. */
  overrides?: ConfigOverride[]
  /** The folder that `ignore` and `overrides` globs count from. */
  base?: string
  /** The files it was built from, extended ones first; empty for the built-in defaults. */
  files?: string[]
}
