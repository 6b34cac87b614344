// The compact format: one finding per line, made for editors' problem
// matchers (VS Code's tasks.json, Vim's errorformat, Emacs' compile mode):
//
//   path:line:column:endLine:endColumn: severity message [rule-id]
//
// Severity is `error`, `warning` or `info`; columns count UTF-16 code units
// from 1 and the end column is the one just after the finding, as in vfile.
import {oneLine, pathOf, spanOf} from './severity.js'
import type {ReportFile} from './file.js'

export function formatCompact(files: readonly ReportFile[]): string {
  let out = ''
  for (const file of files) {
    for (const message of file.messages) {
      const {line, column, endLine, endColumn} = spanOf(message)
      out += `${pathOf(file)}:${line}:${column}:${endLine}:${endColumn}: ${message.severity} ${oneLine(message.reason)} [${message.ruleId}]\n`
    }
  }
  return out
}
