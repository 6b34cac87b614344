// Test fixtures written as vfiles (vfile's `file.message`, `fatal` true,
// false or undefined), read as the reports read a file: its messages as the
// engine makes them.
import type {VFile} from 'vfile'
import type {Message} from '../src/message.js'
import type {ReportFile} from '../src/report/file.js'

export function reportFile(file: VFile): ReportFile {
  const messages = file.messages.map((vfileMessage) => {
    const message: Message = {
      ruleId: vfileMessage.ruleId ?? vfileMessage.source ?? 'copydesk',
      severity: vfileMessage.fatal === true ? 'error' : vfileMessage.fatal === false ? 'warning' : 'info',
      reason: vfileMessage.reason
    }
    if (vfileMessage.place) message.place = vfileMessage.place
    if (vfileMessage.url) message.url = vfileMessage.url
    if (vfileMessage.actual !== undefined) message.actual = vfileMessage.actual
    if (vfileMessage.expected) message.expected = vfileMessage.expected
    if (vfileMessage.note) message.note = vfileMessage.note
    if (vfileMessage.fix) message.fix = vfileMessage.fix
    return message
  })
  return {path: file.path ?? '', cwd: file.cwd, messages, ...(file.value === undefined ? {} : {value: String(file.value)}), ...(file.data.bilingual ? {bilingual: file.data.bilingual} : {})}
}
