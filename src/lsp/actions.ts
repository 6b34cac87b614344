// Code actions and hover, from a document's last check: the rule's fix as a
// quick fix, copydesk's own directive comments to switch a rule off for a
// line or the file (see src/pipeline/directives.ts), every fix at once
// (`source.fixAll.copydesk`), and the rule's description and example.
import {CodeActionKind, MarkupKind, type CodeAction, type Diagnostic, type MarkupContent, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {FixEdit} from '../rule.js'
import type {LinePlacement, RuleInfo} from './check.js'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.copydesk`

/** Whether a request's `only` admits actions of `kind` (`source` admits `source.fixAll.copydesk`). */
export function admits(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
}

function lineBreak(document: TextDocument): string {
  return /\r\n/.test(document.getText()) ? '\r\n' : '\n'
}

function action(title: string, kind: string, document: TextDocument, edits: TextEdit[], diagnostic?: Diagnostic): CodeAction {
  return {title, kind, ...(diagnostic ? {diagnostics: [diagnostic]} : {}), edit: {changes: {[document.uri]: edits}}}
}

function insertAt(document: TextDocument, offset: number, text: string): TextEdit {
  const position = document.positionAt(offset)
  return {range: {start: position, end: position}, newText: text}
}

/** The rule's own fix for one finding. */
export function fixAction(document: TextDocument, diagnostic: Diagnostic, fix: FixEdit, message: {actual?: string; expected?: string[]}): CodeAction {
  const [start, end] = fix.range
  const old = document.getText().slice(start, end)
  // The finding's own words when it has one suggestion: an edit may be a lone space.
  const [from, to] = message.actual !== undefined && message.expected?.length === 1 ? [message.actual, message.expected[0]!] : [old, fix.text]
  const title = to === '' ? `Remove \`${from}\`` : from === '' ? `Insert \`${to}\`` : `Change \`${from}\` to \`${to}\``
  const edit = {range: {start: document.positionAt(start), end: document.positionAt(end)}, newText: fix.text}
  return {...action(`${title} (${String(diagnostic.code)})`, CodeActionKind.QuickFix, document, [edit], diagnostic), isPreferred: true}
}

/** `<!-- copydesk-disable-next-line id -->` on the line above the finding, or at the end of it (see LinePlacement). */
export function disableLineAction(document: TextDocument, diagnostic: Diagnostic, ruleId: string, placement: LinePlacement): CodeAction {
  const comment = `<!-- copydesk-disable-next-line ${ruleId} -->`
  const text = placement.inline ? ` ${comment}` : `${comment}${lineBreak(document)}`
  return action(`Disable ${ruleId} for this line`, CodeActionKind.QuickFix, document, [insertAt(document, placement.offset, text)], diagnostic)
}

const fileDirective = /^<!--\s*copydesk-disable\s+([^\s>][^>]*?)\s*-->/

/**
 * `<!-- copydesk-disable id -->` first in the file, below any front matter;
 * a rule is added to such a comment when there is one.
 */
export function disableFileAction(document: TextDocument, diagnostic: Diagnostic, ruleId: string, bodyStart: number): CodeAction {
  const text = document.getText()
  const existing = fileDirective.exec(text.slice(bodyStart))
  const title = `Disable ${ruleId} for this file`
  if (existing && !existing[1]!.startsWith('-')) {
    const ids = existing[1]!.split(/[\s,]+/)
    const replaced = {range: {start: document.positionAt(bodyStart), end: document.positionAt(bodyStart + existing[0].length)}, newText: `<!-- copydesk-disable ${[...ids, ruleId].join(' ')} -->`}
    return action(title, CodeActionKind.QuickFix, document, [replaced], diagnostic)
  }
  return action(title, CodeActionKind.QuickFix, document, [insertAt(document, bodyStart, `<!-- copydesk-disable ${ruleId} -->${lineBreak(document)}`)], diagnostic)
}

/** Every fix at once: the document becomes `fixed`, as `copydesk --fix` writes it; one edit over the part that changed. */
export function fixAllAction(document: TextDocument, fixed: string): CodeAction {
  const text = document.getText()
  let start = 0
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++
  let end = 0
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++
  const edit = {range: {start: document.positionAt(start), end: document.positionAt(text.length - end)}, newText: fixed.slice(start, fixed.length - end)}
  return action('Fix all copydesk problems', fixAllKind, document, [edit])
}

const quote = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')

/** What hovering a finding shows of its rule: description, an example and its repair, the documentation link. */
export function ruleHover(rule: RuleInfo): string {
  const parts = [`**copydesk \`${rule.id}\`**: ${rule.description}`]
  if (rule.docs.source) parts.push(`Chinese source:\n\n${quote(rule.docs.source)}`)
  if (rule.docs.bad) parts.push(`Flagged:\n\n${quote(rule.docs.bad)}`)
  if (rule.docs.good) parts.push(`Better:\n\n${quote(rule.docs.good)}`)
  parts.push(`[Rule documentation](${rule.url})`)
  return parts.join('\n\n')
}

export function hoverContent(rules: readonly RuleInfo[]): MarkupContent {
  return {kind: MarkupKind.Markdown, value: rules.map(ruleHover).join('\n\n---\n\n')}
}
