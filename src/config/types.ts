import type {Severity} from '../rule.js'
import type {GlossaryEntry} from '../text/glossary.js'

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** `rules.config.json` as written. */
export interface ConfigFile {
  $schema?: string
  rules?: Record<string, RuleSetting>
  glossary?: GlossaryEntry[]
  ignore?: string[]
}

export interface ActiveRuleSetting {
  severity: Exclude<Severity, 'off'>
  options: Record<string, unknown>
}

/** The configuration a run uses: every rule resolved, defaults applied. */
export interface ResolvedConfig {
  /** The file it came from; undefined for the built-in defaults. */
  path: string | undefined
  /** Enabled rules by id, in registry order. */
  rules: Map<string, ActiveRuleSetting>
  glossary: GlossaryEntry[]
  /** Globs of paths not to lint, relative to the config file's folder. */
  ignore: string[]
}
