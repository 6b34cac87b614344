// Inline control, as ESLint's comments work:
//   <!-- copydesk-disable [ids] -->            off from here …
//   <!-- copydesk-enable [ids] -->             … on again from here
//   <!-- copydesk-disable-line [ids] -->       off on the comment's own line
//   <!-- copydesk-disable-next-line [ids] -->  off on the line after the comment
// No ids means every rule. A directive naming an unknown rule is a warning,
// and with `reportUnusedDirectives` so is one that switched nothing off.
// (unified-message-control has no per-line form, and filters by the Markdown
// tree, which a file of megabytes does not have whole: hence our own.)
import {closest, distance} from 'fastest-levenshtein'
import type {Directive, DirectiveKind} from '../document.js'

/** ruleId of the warnings about directives themselves. */
export const directiveId = 'directive'

const pattern = /^<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([^]*?)-->$/

export function parseDirective(html: string, place: {offset: number; end: number; line: number; endLine: number}): Directive | undefined {
  const match = pattern.exec(html.trim())
  if (!match) return undefined
  const ruleIds = match[2]!.split(/[\s,]+/).filter(Boolean)
  return {kind: match[1] as DirectiveKind, ruleIds, ...place, used: new Set()}
}

/**
 * The directive that switches off a finding of `ruleId` at `offset` (on
 * `line`), marked as used; undefined when the finding stands.
 */
export function suppressedBy(directives: readonly Directive[], ruleId: string, offset: number, line: number): Directive | undefined {
  let found: Directive | undefined
  let region: Directive | undefined
  for (const directive of directives) {
    if (directive.ruleIds.length > 0 && !directive.ruleIds.includes(ruleId)) continue
    if (directive.kind === 'disable-line') {
      if (directive.line === line) found ??= directive
    } else if (directive.kind === 'disable-next-line') {
      if (directive.endLine + 1 === line) found ??= directive
    } else if (directive.offset <= offset) {
      region = directive.kind === 'disable' ? directive : undefined
    }
  }
  found ??= region
  found?.used.add(found.ruleIds.length === 0 ? '*' : ruleId)
  return found
}

export interface DirectiveProblem {
  directive: Directive
  reason: string
}

/**
 * Unknown rule ids in directives and, when `reportUnused`, directives (or
 * ids in them) that switched nothing off. Ids of rules that did not run
 * (off, or left out by --rule) are never called unused.
 */
export function directiveProblems(directives: readonly Directive[], known: readonly string[], ran: ReadonlySet<string>, reportUnused: boolean): DirectiveProblem[] {
  const problems: DirectiveProblem[] = []
  for (const directive of directives) {
    const comment = `copydesk-${directive.kind}`
    for (const id of directive.ruleIds) {
      if (known.includes(id)) continue
      const guess = closest(id, [...known])
      const near = distance(id, guess) <= Math.max(2, id.length / 3)
      problems.push({directive, reason: `Unknown rule \`${id}\` in \`${comment}\`${near ? `; did you mean \`${guess}\`?` : ''}`})
    }
    if (!reportUnused || directive.kind === 'enable') continue
    if (directive.ruleIds.length === 0) {
      if (directive.used.size === 0) problems.push({directive, reason: `Unused \`${comment}\`: no finding to switch off, remove it`})
      continue
    }
    for (const id of directive.ruleIds) {
      if (ran.has(id) && !directive.used.has(id)) problems.push({directive, reason: `Unused \`${comment} ${id}\`: no \`${id}\` finding to switch off, remove it`})
    }
  }
  return problems
}
