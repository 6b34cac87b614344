// The edits behind the server's code actions, and where checkDocument puts
// a directive, on their own: each edit is checked by what the CLI makes of
// the edited text.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {DiagnosticSeverity, type CodeAction, type Diagnostic} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint, loadConfig} from '../../src/index.js'
import {admits, disableFileAction, disableLineAction, fixAllAction, fixAllKind} from '../../src/lsp/actions.js'
import {checkDocument} from '../../src/lsp/check.js'

const config = loadConfig(undefined, '/')
const diagnostic: Diagnostic = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, message: 'x', severity: DiagnosticSeverity.Error, code: 'missing-space'}

function apply(document: TextDocument, action: CodeAction): string {
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri]!)
}

const ruleIds = (text: string) => lint(text, {config}).messages.map((message) => message.ruleId)

test('actions: a file directive goes below the front matter, and joins one already there', () => {
  const text = '---\ntitle: Port\n---\nIt rose.It fell.\n\nThe the port.\n'
  const document = TextDocument.create('file:///a.md', 'markdown', 1, text)
  const {bodyStart} = checkDocument({path: undefined, text, cwd: '/'})
  assert.equal(bodyStart, '---\ntitle: Port\n---\n'.length)
  const once = apply(document, disableFileAction(document, diagnostic, 'missing-space', bodyStart))
  assert.equal(once, '---\ntitle: Port\n---\n<!-- copydesk-disable missing-space -->\nIt rose.It fell.\n\nThe the port.\n')
  assert.deepEqual(ruleIds(once), ['repeated-words'])
  const again = TextDocument.create('file:///a.md', 'markdown', 2, once)
  const twice = apply(again, disableFileAction(again, {...diagnostic, code: 'repeated-words'}, 'repeated-words', bodyStart))
  assert.equal(twice, '---\ntitle: Port\n---\n<!-- copydesk-disable missing-space repeated-words -->\nIt rose.It fell.\n\nThe the port.\n')
  assert.deepEqual(ruleIds(twice), [])
})

test('actions: in a CRLF file a directive line ends in CRLF; a finding in a table cell gets no line directive', () => {
  const text = 'Intro.\r\n\r\nIt rose.It fell.\r\n\r\n| a | b |\r\n| - | - |\r\n| It rose.It fell. | x |\r\n'
  const output = checkDocument({path: undefined, text, cwd: '/'})
  assert.deepEqual(
    output.messages.map((message) => message.ruleId),
    ['missing-space', 'missing-space']
  )
  assert.deepEqual(output.lines, {3: {offset: 'Intro.\r\n\r\n'.length, inline: false}})
  const document = TextDocument.create('file:///a.md', 'markdown', 1, text)
  const edited = apply(document, disableLineAction(document, diagnostic, 'missing-space', output.lines[3]!))
  assert.equal(edited, 'Intro.\r\n\r\n<!-- copydesk-disable-next-line missing-space -->\r\nIt rose.It fell.\r\n\r\n| a | b |\r\n| - | - |\r\n| It rose.It fell. | x |\r\n')
  assert.deepEqual(lint(edited, {config}).messages.map((message) => message.line), [8])
})

test('actions: fix-all replaces only the span that changed; only asks for source.fixAll.copydesk admit it', () => {
  const document = TextDocument.create('file:///a.md', 'markdown', 1, 'One two.Three four.\n')
  const action = fixAllAction(document, 'One two. Three four.\n')
  assert.equal(action.kind, fixAllKind)
  assert.deepEqual(action.edit!.changes!['file:///a.md'], [{range: {start: {line: 0, character: 8}, end: {line: 0, character: 8}}, newText: ' '}])
  assert.equal(admits(undefined, fixAllKind), true)
  assert.equal(admits(['source'], fixAllKind), true)
  assert.equal(admits(['source.fixAll'], fixAllKind), true)
  assert.equal(admits(['source.fixAll.copydesk'], fixAllKind), true)
  assert.equal(admits(['quickfix'], fixAllKind), false)
  assert.equal(admits(['source.organizeImports'], fixAllKind), false)
})
