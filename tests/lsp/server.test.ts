// The language server over stdio, spoken to as an editor speaks to it: the
// diagnostics must be the CLI's json findings for the same text, a code
// action's edit must give what --fix saves, and nothing the document or the
// configuration holds may stop the server.
import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit
} from 'vscode-languageserver/node'
import {run, workspace} from '../cli-run.js'
import {startClient, type Client} from './client.js'

const article = 'The mayor spoke.He said the the plan was ready.\n\nOfficials said the port would open in May.It did.\n'

/** The CLI's json findings for `name` in `dir`, as the diagnostics the server should publish. */
async function cliDiagnostics(dir: string, name: string): Promise<Diagnostic[]> {
  const {stdout} = await run(['--format', 'json', name], dir)
  const [file] = JSON.parse(stdout) as Array<{messages: Array<{place: {start: {line: number; column: number}; end: {line: number; column: number}}; fatal?: boolean; reason: string; ruleId: string; url?: string}>}>
  return file!.messages.map((message) => ({
    range: {
      start: {line: message.place.start.line - 1, character: message.place.start.column - 1},
      end: {line: message.place.end.line - 1, character: message.place.end.column - 1}
    },
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
    source: 'copydesk',
    message: message.reason,
    code: message.ruleId,
    ...(message.url ? {codeDescription: {href: message.url}} : {})
  }))
}

/** Apply a code action's edits to `text`. */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
}

/**
 * One server for most tests, as an editor keeps one: each test's documents
 * live in a folder of their own outside its workspace folder, so each is
 * checked with its own folder as the CLI's working folder.
 */
let shared: Client
before(async () => {
  shared = await startClient({folder: workspace({})})
})
after(async () => {
  if (shared.child.exitCode === null) await shared.stop()
})

test('lsp: didOpen publishes the CLI json findings; didChange publishes the new ones; didClose clears them', async () => {
  const dir = workspace({'rules.config.json': '{"rules": {"repeated-words": "error"}}\n', 'story.md': article})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = shared
  client.open(uri, article)
  const opened = await client.diagnostics(uri, 1)
  const expected = await cliDiagnostics(dir, 'story.md')
  assert.deepEqual(opened.diagnostics, expected)
  assert.deepEqual(
    opened.diagnostics.map((d) => [d.code, d.severity]),
    [
      ['missing-space', 1],
      ['repeated-words', 1],
      ['missing-space', 1]
    ]
  )

  // The in-memory text, not the file on disk.
  const edited = 'The mayor spoke. He said the the plan was ready.\n'
  client.change(uri, 2, edited)
  const changed = await client.diagnostics(uri, 2)
  writeFileSync(join(dir, 'story.md'), edited)
  assert.deepEqual(changed.diagnostics, await cliDiagnostics(dir, 'story.md'))
  assert.deepEqual(changed.diagnostics.map((d) => d.code), ['repeated-words'])

  client.close(uri)
  assert.deepEqual((await client.diagnostics(uri)).diagnostics, [])
})

test('lsp: a quick fix is the rule fix, fix-all gives what --fix saves, and the disable actions switch the rule off', async () => {
  const dir = workspace({'story.md': article})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = shared
  client.open(uri, article)
  const {diagnostics} = await client.diagnostics(uri, 1)
  const first = diagnostics[0]!
  assert.equal(first.code, 'missing-space')
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: first.range,
    context: {diagnostics: [first]}
  })) as CodeAction[]
  assert.deepEqual(
    actions.map((action) => [action.title, action.kind, action.isPreferred ?? false]),
    [
      ['Change `spoke.He` to `spoke. He` (missing-space)', 'quickfix', true],
      ['Disable missing-space for this line', 'quickfix', false],
      ['Disable missing-space for this file', 'quickfix', false]
    ]
  )
  const [fix, line, file] = actions as [CodeAction, CodeAction, CodeAction]
  assert.equal(applyAction(article, uri, fix), article.replace('spoke.He', 'spoke. He'))

  // Each disable action, saved and checked by the CLI, leaves that finding out and the rest in.
  const lineDisabled = applyAction(article, uri, line)
  assert.equal(lineDisabled, '<!-- copydesk-disable-next-line missing-space -->\n' + article)
  writeFileSync(join(dir, 'story.md'), lineDisabled)
  assert.deepEqual((await cliDiagnostics(dir, 'story.md')).map((d) => [d.code, d.range.start.line]), [
    ['repeated-words', 1],
    ['missing-space', 3]
  ])
  const fileDisabled = applyAction(article, uri, file)
  assert.equal(fileDisabled, '<!-- copydesk-disable missing-space -->\n' + article)
  writeFileSync(join(dir, 'story.md'), fileDisabled)
  assert.deepEqual((await cliDiagnostics(dir, 'story.md')).map((d) => d.code), ['repeated-words'])

  // Fix all, asked for as on save: the same text as `copydesk --fix`.
  writeFileSync(join(dir, 'story.md'), article)
  const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    context: {diagnostics: [], only: ['source.fixAll.copydesk']}
  })) as CodeAction[]
  assert.deepEqual(fixAll.map((action) => [action.title, action.kind]), [['Fix all copydesk problems', 'source.fixAll.copydesk']])
  const fixedHere = applyAction(article, uri, fixAll[0]!)
  assert.equal((await run(['--fix', 'story.md'], dir)).code, 0)
  assert.equal(fixedHere, readFileSync(join(dir, 'story.md'), 'utf8'))
  assert.equal(fixedHere, 'The mayor spoke. He said the plan was ready.\n\nOfficials said the port would open in May. It did.\n')
})

test('lsp: a line directive goes at the end of the line above inside a paragraph, on a line of its own after a heading', async () => {
  const text = '# Port news\nThe port opened.It was late.\n\nThe crew arrived\nlate.Then it rained.\n'
  const dir = workspace({'story.md': text})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = shared
  client.open(uri, text)
  const {diagnostics} = await client.diagnostics(uri, 1)
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [
    ['missing-space', 1],
    ['missing-space', 4]
  ])
  let result = text
  // Applied from the last line up, so the first edit's offsets still hold.
  for (const diagnostic of [...diagnostics].reverse()) {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic], only: ['quickfix']}})) as CodeAction[]
    result = applyAction(result, uri, actions.find((action) => action.title.endsWith('for this line'))!)
  }
  assert.equal(result, '# Port news\n<!-- copydesk-disable-next-line missing-space -->\nThe port opened.It was late.\n\nThe crew arrived <!-- copydesk-disable-next-line missing-space -->\nlate.Then it rained.\n')
  writeFileSync(join(dir, 'story.md'), result)
  assert.deepEqual(await cliDiagnostics(dir, 'story.md'), [])
})

test('lsp: hover on a finding shows the rule, its example and its documentation link', async () => {
  const dir = workspace({'story.md': article})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = shared
  client.open(uri, article)
  const {diagnostics} = await client.diagnostics(uri, 1)
  const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: diagnostics[0]!.range.start})
  const value = (hover!.contents as MarkupContent).value
  assert.match(value, /^\*\*copydesk `missing-space`\*\*: /)
  assert.match(value, /Flagged:\n\n> .+\n\nBetter:\n\n> .+/)
  assert.match(value, /\[Rule documentation\]\(https:\/\/.+\/docs\/rules\/missing-space\.md\)$/)
  // Nowhere near a finding: nothing.
  assert.equal(await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 1, character: 0}}), null)
})

test('lsp: a broken configuration is one diagnostic and one window message; mending it checks again', async () => {
  const dir = workspace({'rules.config.json': '{"rules": {"missing-space": "loud"}}\n', 'story.md': article})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = shared
  const shownBefore = client.shown.length
  client.open(uri, article)
  const {diagnostics} = await client.diagnostics(uri, 1)
  assert.equal(diagnostics.length, 1)
  assert.equal(diagnostics[0]!.code, 'config')
  assert.match(diagnostics[0]!.message as string, /^Cannot load the configuration: .*rules\.config\.json: /)
  assert.equal(client.shown.length, shownBefore + 1)
  assert.match(String(client.shown.at(-1)!.message), /^copydesk: .*rules\.config\.json/)

  writeFileSync(join(dir, 'rules.config.json'), '{"rules": {"missing-space": "warn"}}\n')
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(join(dir, 'rules.config.json')).href, type: FileChangeType.Changed}]})
  const mended = await client.diagnostics(uri, 1)
  assert.deepEqual(mended.diagnostics, await cliDiagnostics(dir, 'story.md'))
  assert.deepEqual(mended.diagnostics.map((d) => [d.code, d.severity]), [
    ['missing-space', 2],
    ['repeated-words', 2],
    ['missing-space', 2]
  ])
  assert.equal(client.shown.length, shownBefore + 1)
  client.close(uri)
})

test('lsp: the configuration is found from the workspace folder holding the document, as the CLI finds it from where it runs', async () => {
  const dir = workspace({'news/rules.config.json': '{"rules": {"missing-space": "info"}}\n', 'news/story.md': article})
  const uri = pathToFileURL(join(dir, 'news', 'story.md')).href
  const client = shared
  // Outside every workspace folder: from the document's own folder, as `cd news && copydesk story.md`.
  client.open(uri, article)
  const own = await client.diagnostics(uri, 1)
  assert.deepEqual(own.diagnostics, await cliDiagnostics(join(dir, 'news'), 'story.md'))
  assert.equal(own.diagnostics[0]!.severity, 3)
  // With `dir` a workspace folder: from there, as `copydesk news/story.md`, which never sees news/rules.config.json.
  const folder = {uri: pathToFileURL(dir).href, name: 'desk'}
  await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {event: {added: [folder], removed: []}})
  const fromFolder = await client.diagnostics(uri, 1)
  assert.deepEqual(fromFolder.diagnostics, await cliDiagnostics(dir, 'news/story.md'))
  assert.equal(fromFolder.diagnostics[0]!.severity, 1)
  await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {event: {added: [], removed: [folder]}})
  assert.equal((await client.diagnostics(uri, 1)).diagnostics[0]!.severity, 3)
  client.close(uri)
})

test('lsp: the sibling Chinese source is compared, and read again when it changes', async () => {
  const text = 'The plant employs 300 workers in the city.\n'
  const dir = workspace({'plant.md': text, 'plant.zh.md': '工厂在该市雇用了500名工人。\n'})
  const uri = pathToFileURL(join(dir, 'plant.md')).href
  const client = shared
  // Watched: configurations and possible sources.
  assert.deepEqual((client.registrations[0] as {registerOptions: unknown}).registerOptions, {watchers: [{globPattern: '**/rules.config.json'}, {globPattern: '**/*.{md,markdown,txt}'}]})
  client.open(uri, text)
  const before = await client.diagnostics(uri, 1)
  assert.deepEqual(before.diagnostics, await cliDiagnostics(dir, 'plant.md'))
  assert.deepEqual(before.diagnostics.map((d) => d.message), ["`300` does not match the source's `500`, expected `500`"])

  writeFileSync(join(dir, 'plant.zh.md'), '工厂在该市雇用了300名工人。\n')
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(join(dir, 'plant.zh.md')).href, type: FileChangeType.Changed}]})
  assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, [])
  // The source itself is never checked as an English article.
  const sourceUri = pathToFileURL(join(dir, 'plant.zh.md')).href
  client.open(sourceUri, '工厂在该市雇用了300名工人。\n')
  assert.deepEqual((await client.diagnostics(sourceUri, 1)).diagnostics, [])
})

test('lsp: binary content is one finding, as on the CLI; an unsaved document is checked without a source', async () => {
  const dir = workspace({})
  const client = shared
  const binary = pathToFileURL(join(dir, 'scan.md')).href
  client.open(binary, 'PK\u0003\u0004\u0000\u0000 not text')
  assert.deepEqual((await client.diagnostics(binary, 1)).diagnostics.map((d) => [d.code, d.severity, d.message]), [
    ['read-error', 1, 'Cannot check this file: not a text file (it looks like a ZIP archive, such as a Word document)']
  ])
  const untitled = 'untitled:Untitled-1'
  client.open(untitled, 'It rained.Then it stopped.\n', 'plaintext')
  assert.deepEqual((await client.diagnostics(untitled, 1)).diagnostics.map((d) => d.code), ['missing-space'])
})

test('lsp: a rule that crashes is one diagnostic, the other rules still report, a checker thread that dies is one diagnostic, and shutdown and exit end the server cleanly', async () => {
  const dir = workspace({})
  const uri = pathToFileURL(join(dir, 'story.md')).href
  const client = await startClient({folder: dir, script: new URL('../fixtures/lsp/crash-server.ts', import.meta.url)})
  client.open(uri, 'Then kaboom.\n\nIt rose.It fell.\n')
  assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics.map((d) => [d.code, d.severity, d.message, d.range.start.line]), [
    ['explodes', 1, 'Internal error in rule `explodes`: cannot read properties of undefined; please report it with this file', 0],
    ['missing-space', 1, 'Missing space after `.`, expected `rose. It`', 2]
  ])
  // And the next version, without the trigger, is checked as usual.
  client.change(uri, 2, 'It rose.It fell.\n')
  assert.deepEqual((await client.diagnostics(uri, 2)).diagnostics.map((d) => d.code), ['missing-space'])
  // A checker thread that stops altogether is one diagnostic too; the next version gets a fresh one.
  client.change(uri, 3, 'A meltdown.\n')
  assert.deepEqual((await client.diagnostics(uri, 3)).diagnostics.map((d) => [d.code, d.message]), [
    ['internal-error', 'Internal error: the checker stopped (exit code 7); please report it with this file']
  ])
  client.change(uri, 4, 'It rose.It fell.\n')
  assert.deepEqual((await client.diagnostics(uri, 4)).diagnostics.map((d) => d.code), ['missing-space'])
  assert.equal(await client.stop(), 0)
})

// 300 KB here, for the time the suite takes; scripts/bench-lsp.ts checks 1 MB.
test('lsp: while a big document is checked the server answers other requests, and only its newest version is published', async () => {
  const dir = workspace({})
  const big = pathToFileURL(join(dir, 'big.md')).href
  const paragraph = 'The council met on Tuesday and agreed the budget for the coming year after a long debate.It ended late.\n\n'
  const text = paragraph.repeat(Math.ceil(300_000 / paragraph.length))
  const client = shared
  const order: string[] = []
  client.open(big, text)
  const first = client.diagnostics(big).then((params) => (order.push(`diagnostics v${params.version}`), params))
  // A request while the big check runs is answered before it ends.
  await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: big}, position: {line: 0, character: 0}})
  order.push('hover')
  client.change(big, 2, text + 'One more.Line.\n')
  const published = await first
  assert.deepEqual(order, ['hover', 'diagnostics v2'])
  assert.equal(published.diagnostics.filter((d) => d.code === 'missing-space').length, Math.ceil(300_000 / paragraph.length) + 1)
  client.close(big)
})
