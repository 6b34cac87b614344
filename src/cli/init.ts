// copydesk --init: a commented starter rules.config.json in the current
// folder (never over an existing one), and what to do next.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {configFileName} from '../config/load.js'

export const starterConfig = `// copydesk's configuration: JSON with comments. Every key is optional.
// Each rule's page: npx copydesk --explain <rule> (or node_modules/copydesk/docs/rules/).
{
  "$schema": "./node_modules/copydesk/rules.config.schema.json",

  // Start from the house configuration shipped with copydesk, whose glossary
  // lists well-known mistranslations of Chinese company, place and policy
  // names. Remove this line to start from the rules' defaults alone.
  "extends": "copydesk",

  // A rule's value is a severity, "off", "info", "warn" or "error", or
  // [severity, {options}]. Rules not listed keep their default severity.
  "rules": {
    "missing-space": "error",
    "calque": ["info", {"exclude": ["give full play to"]}]
  },

  // House terms: write "term", never any of "wrong" (literal phrases, whole
  // words, any case). "when": flag only articles that also mention this text;
  // "note": shown with the finding; "source": the Chinese, for --source checks.
  "glossary": [
    {"term": "Zhongguancun", "wrong": ["Central Village", "Zhongguan Village"], "note": "中关村, Beijing's technology district", "source": "中关村"},
    {"term": "Xiong'an New Area", "wrong": ["Male Safety New District", "Xiongan New District"], "when": "Hebei", "note": "雄安新区, the new city in Hebei", "source": "雄安新区"}
  ],

  // Paths not to check, relative to this file. A .copydeskignore file (gitignore
  // syntax) works too; --no-ignore checks everything named.
  "ignore": ["drafts/**"],

  // Other settings for some folders, e.g. wire copy:
  "overrides": [
    {"files": ["wire/**"], "rules": {"boilerplate": "error", "calque": "off"}}
  ]
}
`

export const nextSteps = `Next:
  1. Add your newsroom's terms to "glossary" and adjust "rules" (npx copydesk --explain <rule> describes one).
  2. Check your articles: npx copydesk <folder or files>
  3. See the configuration a file gets: npx copydesk --print-config <file>
  4. Check pull requests and commits: node_modules/copydesk/docs/ci.md (GitHub Action, pre-commit).
`

/** Write the starter configuration in `cwd`; the problem, if it could not. */
export function writeStarterConfig(cwd: string): {path: string; problem?: string} {
  const path = join(cwd, configFileName)
  try {
    // `wx`: fails if the file exists, so an existing configuration is never replaced.
    writeFileSync(path, starterConfig, {flag: 'wx'})
    return {path}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {path, problem: code === 'EEXIST' ? `${configFileName} already exists here; not overwritten (remove it first, or edit it)` : `cannot write ${configFileName} (${code ?? String(error)})`}
  }
}
