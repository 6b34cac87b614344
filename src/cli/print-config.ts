// copydesk --print-config FILE: the configuration that applies to one file,
// as JSON: where it came from, whether the file is ignored, every rule's
// severity and options (overrides applied), the glossary.
import {configForFile} from '../config/resolve.js'
import type {ResolvedConfig, RuleSetting} from '../config/types.js'
import {rules} from '../rules/index.js'

export function printConfig(config: ResolvedConfig, absolutePath: string, ignored: boolean): string {
  const effective = configForFile(config, absolutePath)
  const settings: Record<string, RuleSetting> = {}
  for (const rule of rules) {
    const setting = effective.rules.get(rule.id)
    settings[rule.id] = setting ? [setting.severity, setting.options] : 'off'
  }
  const printed = {
    // The files it was built from, extended ones first; the built-in defaults are copydesk's house configuration.
    configFiles: config.files ?? (config.path ? [config.path] : []),
    builtInDefaults: config.path === undefined,
    ignored,
    rules: settings,
    glossary: effective.glossary,
    ignore: config.ignore,
    reportUnusedDirectives: config.reportUnusedDirectives ?? false
  }
  return JSON.stringify(printed, null, 2) + '\n'
}
