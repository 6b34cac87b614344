// Test helpers for the rules that compare a translation with its Chinese source.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {resolveConfig} from '../src/config/load.js'
import type {ConfigFile, RuleSetting} from '../src/config/types.js'
import {lintVFile} from '../src/pipeline/index.js'
import {rules} from '../src/rules/index.js'

/** Lint English `text` against Chinese `source` with only `ruleId` on. */
export function lintSource(text: string, source: string | undefined, ruleId: string, config: ConfigFile = {}, setting?: RuleSetting): VFileMessage[] {
  const settings: Record<string, RuleSetting> = {}
  for (const rule of rules) settings[rule.id] = 'off'
  settings[ruleId] = setting ?? rules.find((rule) => rule.id === ruleId)!.severity
  const file = new VFile({path: 'story.md', value: text})
  lintVFile(file, resolveConfig({...config, rules: settings}, undefined), source === undefined ? {} : {source})
  return file.messages
}

/** Findings as `line:column-line:column: reason`. */
export function sourceFindings(text: string, source: string | undefined, ruleId: string, config?: ConfigFile): string[] {
  return lintSource(text, source, ruleId, config).map((message) => {
    const place = message.place
    const where = place && 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line}:${message.column}`
    return `${where}: ${message.reason}`
  })
}

/** The English text each finding covers. */
export function sourceFlagged(text: string, source: string | undefined, ruleId: string, config?: ConfigFile): string[] {
  return lintSource(text, source, ruleId, config).map((message) => {
    const place = message.place
    return place && 'start' in place ? text.slice(place.start.offset, place.end.offset) : ''
  })
}
