// Inline control: `<!-- copydesk-disable [ids] -->` … `<!-- copydesk-enable [ids] -->`
// and `<!-- copydesk-disable-next-line [ids] -->`; no ids means every rule.
import type {Directive} from '../document.js'

const pattern = /^<!--\s*copydesk-(disable-next-line|disable|enable)\b([^]*?)-->\s*$/

export function parseDirective(html: string, offset: number, line: number): Directive | undefined {
  const match = pattern.exec(html.trim())
  if (!match) return undefined
  const ruleIds = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {kind: match[1] as Directive['kind'], ruleIds, offset, line}
}

/** Whether a finding of `ruleId` at `offset` (on `line`) is switched off. */
export function isDisabled(directives: readonly Directive[], ruleId: string, offset: number, line: number): boolean {
  let disabled = false
  for (const directive of directives) {
    const applies = directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)
    if (!applies) continue
    if (directive.kind === 'disable-next-line') {
      if (directive.line + 1 === line) return true
    } else if (directive.offset <= offset) {
      disabled = directive.kind === 'disable'
    }
  }
  return disabled
}
