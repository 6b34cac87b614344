// Test helpers for the rules that compare a translation with its Chinese source.
import type {VFileMessage} from 'vfile-message'
import type {ConfigFile, RuleSetting} from '../src/config/types.js'
import {covered, describe, lintWith} from './helpers.js'

/** Lint English `text` against Chinese `source` with only `ruleId` on. */
export function lintSource(text: string, source: string | undefined, ruleId: string, config?: ConfigFile, setting?: RuleSetting): VFileMessage[] {
  return lintWith(text, ruleId, {setting, config, source})
}

export function sourceFindings(text: string, source: string | undefined, ruleId: string, config?: ConfigFile): string[] {
  return describe(lintSource(text, source, ruleId, config))
}

export function sourceFlagged(text: string, source: string | undefined, ruleId: string, config?: ConfigFile): string[] {
  return covered(text, lintSource(text, source, ruleId, config))
}
