// Findings as the editor shows them: a message becomes an LSP diagnostic
// with the same place (LSP counts lines and UTF-16 columns from 0, messages
// from 1), severity, rule id and text.
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import {messageSource, type Message, type SeverityName} from '../message.js'

/** The range of a message; a message placed at a point (or nowhere) is an empty range there. */
export function messageRange(message: Message): Range {
  const place = message.place
  const start = place ? ('start' in place ? place.start : place) : {line: 1, column: 1}
  const end = place && 'end' in place ? place.end : start
  return {
    start: {line: start.line - 1, character: start.column - 1},
    end: {line: end.line - 1, character: end.column - 1}
  }
}

const diagnosticSeverity: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

export function toDiagnostic(message: Message): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message),
    severity: diagnosticSeverity[message.severity],
    source: messageSource,
    message: message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  return diagnostic
}

/** The one diagnostic of a configuration that cannot be loaded, at the top of every document. */
export function configDiagnostic(problem: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: messageSource,
    code: 'config',
    message: `Cannot load the configuration: ${problem}`
  }
}

/** A failure of the checker itself (a worker that stopped): one diagnostic, and the server goes on. */
export function internalDiagnostic(detail: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: messageSource,
    code: 'internal-error',
    message: `Internal error: ${detail}; please report it with this file`
  }
}
