// Shared test helpers: lint a string with chosen rules, read findings as strings.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {resolveConfig} from '../src/config/load.js'
import type {ConfigFile, RuleSetting} from '../src/config/types.js'
import {lintArticle, lintVFile} from '../src/pipeline/index.js'
import {rules} from '../src/rules/index.js'

export interface LintWith {
  /** The rule's severity and options; its default severity when absent. */
  setting?: RuleSetting
  config?: ConfigFile
  /** The Chinese source, for the rules that compare with it. */
  source?: string
  /** The file's name (`test.md` by default; a `.txt` one is plain text). */
  path?: string
}

/** The configuration with only `ruleId` on. */
function onlyRule(ruleId: string, setting: RuleSetting | undefined, config: ConfigFile) {
  const settings: Record<string, RuleSetting> = {}
  for (const rule of rules) settings[rule.id] = 'off'
  settings[ruleId] = setting ?? rules.find((rule) => rule.id === ruleId)!.severity
  // Rules the configuration turns on too, for a test of how two rules meet.
  return resolveConfig({...config, rules: {...settings, ...config.rules}}, undefined)
}

/** Lint `text` with only `ruleId` on (and any rule `config.rules` turns on). */
export function lintWith(text: string, ruleId: string, {setting, config = {}, source, path = 'test.md'}: LintWith = {}): VFileMessage[] {
  const file = new VFile({path, value: text})
  lintVFile(file, onlyRule(ruleId, setting, config), source === undefined ? {} : {source})
  return file.messages
}

/** What `--fix` makes of `text` with only `ruleId` on: the fix engine's own passes, prose-only edits and all. */
export function fixWith(text: string, ruleId: string, {setting, config = {}, source, path = 'test.md'}: LintWith = {}): string {
  const file = new VFile({path, value: text})
  lintArticle(file, onlyRule(ruleId, setting, config), {fix: true, source: source ?? false})
  return String(file)
}

export function lint(text: string, ruleId: string, setting?: RuleSetting, config?: ConfigFile): VFileMessage[] {
  return lintWith(text, ruleId, {setting, config})
}

/** Findings as `line:column-line:column: reason`, the way vfile prints places. */
export function describe(messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => {
    const place = message.place
    const where =
      place && 'start' in place
        ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
        : `${message.line}:${message.column}`
    return `${where}: ${message.reason}`
  })
}

/** The text of `text` each message covers. */
export function covered(text: string, messages: readonly VFileMessage[]): string[] {
  return messages.map((message) => {
    const place = message.place
    return place && 'start' in place ? text.slice(place.start.offset, place.end.offset) : ''
  })
}

export function findings(text: string, ruleId: string, setting?: RuleSetting, config?: ConfigFile): string[] {
  return describe(lint(text, ruleId, setting, config))
}

export function flagged(text: string, ruleId: string, setting?: RuleSetting, config?: ConfigFile): string[] {
  return covered(text, lint(text, ruleId, setting, config))
}

/** Apply every finding's fix edit once, last to first (edits never overlap). */
export function applyFixes(text: string, messages: readonly VFileMessage[]): string {
  const edits = messages.flatMap((message) => (message.fix ? [message.fix] : []))
  edits.sort((a, b) => b.range[0] - a.range[0])
  let result = text
  for (const edit of edits) result = result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1])
  return result
}
