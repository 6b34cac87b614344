import type {Severity} from '../rule.js'

/** One house term: write `term`, never any of `wrong`. */
export interface GlossaryEntry {
  term: string
  wrong: string[]
  /** Flag only when the article also mentions this text. */
  when?: string
  /** Why: shown to the editor with the finding. */
  note?: string
  /** The Chinese original; with a source text at hand it must become `term`. */
  source?: string
}

/** Opt-in house styles: `ap`, the Associated Press's news style. */
export type Preset = 'ap'

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** `rules.config.json` as written. */
export interface ConfigFile {
  $schema?: string
  rules?: Record<string, RuleSetting>
  glossary?: GlossaryEntry[]
  /** A house style whose rules are turned on (they are off by default). */
  preset?: Preset
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
