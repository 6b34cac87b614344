// The language server: the editor's documents in, diagnostics, code actions
// and hovers out. It lints nothing itself: each check goes to the worker
// thread (see linter.ts), so this thread always answers, and a result for a
// version the editor has since changed is dropped. Configuration and
// Chinese sources are read from disk on every check; a change to either
// (the client watches the files) checks the open documents again.
import {basename, dirname, resolve, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {siblingSources} from '../source/resolve.js'
import {admits, disableFileAction, disableLineAction, fixAction, fixAllAction, fixAllKind, hoverContent} from './actions.js'
import type {CheckOutput, DocumentInput, RuleInfo} from './check.js'
import {configDiagnostic, internalDiagnostic, toDiagnostic} from './diagnostics.js'
import {Cancelled, Linter} from './linter.js'

export interface Settings {
  /** Lint at all. */
  enable: boolean
  /** A configuration file to use instead of the nearest rules.config.json (the CLI's --config), relative to the workspace folder. */
  configPath: string | undefined
  /** Lint as the document changes, or only when it is opened and saved. */
  run: 'onType' | 'onSave'
  /** Milliseconds of quiet after a change before it is checked, beyond the quiet a big document gets (see quietFor). */
  debounce: number
}

export const defaultSettings: Settings = {enable: true, configPath: undefined, run: 'onType', debounce: 0}

/**
 * How long a change waits for the next before it is checked: a millisecond
 * per 4 KB (a 5 KB article at once, a 1 MB document after 250 ms, at most a
 * second), so typing in a big document does not start a check per key.
 * Changes that come while a check runs are checked once, as the newest
 * version (see linter.ts).
 */
export function quietFor(length: number, settings: Settings): number {
  return settings.debounce + Math.min(1000, Math.floor(length / 4096))
}

/** Settings as a client sends them (`copydesk.*`), anything unknown or mistyped left at its default. */
export function readSettings(value: unknown, base: Settings = defaultSettings): Settings {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const settings = {...base}
  if (typeof given['enable'] === 'boolean') settings.enable = given['enable']
  if (typeof given['configPath'] === 'string') settings.configPath = given['configPath'].trim() || undefined
  else if (given['configPath'] === null) settings.configPath = undefined
  if (given['run'] === 'onType' || given['run'] === 'onSave') settings.run = given['run']
  if (typeof given['debounce'] === 'number' && given['debounce'] >= 0) settings.debounce = given['debounce']
  return settings
}

export interface ServerOptions {
  /** The worker script; tests give one that loads a broken rule. */
  workerScript?: URL
}

/** As config/load.ts names it; importing that module would load every rule on this thread. */
const configFileName = 'rules.config.json'

const defaultWorker = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url)

interface Checked {
  version: number
  output: CheckOutput
  diagnostics: Diagnostic[]
}

/** A document's path on disk, for `file:` URIs only. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** Workspace folders' paths, the deepest first, so that the first holding a document is its nearest. */
function folderPaths(uris: readonly string[]): string[] {
  return uris
    .map(pathOf)
    .filter((path): path is string => path !== undefined)
    .map((path) => resolve(path))
    .sort((a, b) => b.length - a.length)
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const linter = new Linter({script: options.workerScript ?? defaultWorker})
  const checked = new Map<string, Checked>()
  const timers = new Map<string, NodeJS.Timeout>()
  const opened = new Set<string>()
  let settings = defaultSettings
  /** Workspace folders, the deepest first. */
  let folders: string[] = []
  let rules = new Map<string, RuleInfo>()
  let watchFiles = false
  let foldersChange = false
  /** The configuration problem last shown in a window message, so each is shown once. */
  let shownProblem: string | undefined

  const input = (document: TextDocument): DocumentInput => {
    const path = pathOf(document.uri)
    // The folder a user would run the CLI from: the workspace folder holding the document.
    const folder = path === undefined ? folders[0] : folders.find((candidate) => path.startsWith(candidate + sep))
    const cwd = folder ?? (path === undefined ? process.cwd() : dirname(path))
    return {path, text: document.getText(), cwd, configPath: settings.configPath}
  }

  const publish = (uri: string, diagnostics: Diagnostic[], version?: number) => {
    void connection.sendDiagnostics({uri, diagnostics, ...(version !== undefined ? {version} : {})})
  }

  const check = async (uri: string) => {
    timers.delete(uri)
    const document = documents.get(uri)
    if (!document || !settings.enable) return
    const version = document.version
    let output: CheckOutput
    try {
      output = await linter.run(uri, {kind: 'check', document: input(document)})
    } catch (error) {
      if (error instanceof Cancelled) return
      if (documents.get(uri)?.version !== version) return
      checked.delete(uri)
      publish(uri, [internalDiagnostic(error instanceof Error ? error.message : String(error))], version)
      return
    }
    // Edited since: the check of the newer version is already on its way.
    if (documents.get(uri)?.version !== version || !settings.enable) return
    let diagnostics: Diagnostic[]
    if (output.configProblem !== undefined) {
      diagnostics = [configDiagnostic(output.configProblem)]
      if (shownProblem !== output.configProblem) void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `copydesk: ${output.configProblem}`})
      shownProblem = output.configProblem
    } else {
      diagnostics = output.messages.map(toDiagnostic)
      shownProblem = undefined
    }
    checked.set(uri, {version, output, diagnostics})
    publish(uri, diagnostics, version)
  }

  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri))
    if (delay === 0) {
      timers.delete(uri)
      void check(uri)
    } else timers.set(uri, setTimeout(() => void check(uri), delay))
  }

  const checkAll = () => {
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    folders = folderPaths(uris)
    settings = readSettings(params.initializationOptions)
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    foldersChange = params.capabilities.workspace?.workspaceFolders === true
    void linter.run('rules', {kind: 'rules'}).then(
      (list) => (rules = new Map(list.map((rule) => [rule.id, rule]))),
      () => {}
    )
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'copydesk'}
    }
  })

  connection.onInitialized(() => {
    if (foldersChange) {
      // A folder added or removed may be the one a document's configuration is found from.
      connection.workspace.onDidChangeWorkspaceFolders(({added, removed}) => {
        const gone = new Set(folderPaths(removed.map((folder) => folder.uri)))
        folders = folderPaths([...folders.filter((folder) => !gone.has(folder)).map((folder) => pathToFileURL(folder).href), ...added.map((folder) => folder.uri)])
        checkAll()
      })
    }
    if (!watchFiles) return
    // Configurations and sources; a source named in front matter may be any of these.
    const watchers = [{globPattern: `**/${configFileName}`}, {globPattern: '**/*.{md,markdown,txt}'}]
    if (settings.configPath) watchers.push({globPattern: `**/${basename(settings.configPath)}`})
    void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers})
  })

  connection.onDidChangeConfiguration((params) => {
    const settingsObject = (params.settings as {copydesk?: unknown} | null)?.copydesk
    if (settingsObject === undefined) return
    settings = readSettings(settingsObject, settings)
    if (settings.enable) checkAll()
    else {
      for (const uri of checked.keys()) publish(uri, [])
      checked.clear()
    }
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    const paths = changes.map((change) => pathOf(change.uri)).filter((path): path is string => path !== undefined)
    const configPath = settings.configPath
    if (paths.some((path) => basename(path) === configFileName || (configPath !== undefined && basename(path) === basename(configPath)))) {
      checkAll()
      return
    }
    // A source changed, appeared or went: the articles compared (or to be compared) with it.
    for (const document of documents.all()) {
      const path = pathOf(document.uri)
      const sources = [checked.get(document.uri)?.output.sourcePath, ...(path ? siblingSources(path) : [])]
      if (paths.some((changed) => sources.includes(changed))) schedule(document.uri, 0)
    }
  })

  documents.onDidChangeContent(({document}) => {
    if (!opened.has(document.uri)) {
      opened.add(document.uri)
      schedule(document.uri, 0)
    } else if (settings.run === 'onType') schedule(document.uri, quietFor(document.getText().length, settings))
  })
  documents.onDidSave(({document}) => schedule(document.uri, 0))
  documents.onDidClose(({document}) => {
    const uri = document.uri
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    opened.delete(uri)
    linter.cancel(uri)
    linter.cancel(`fix:${uri}`)
    checked.delete(uri)
    publish(uri, [])
  })

  connection.onCodeAction(async ({textDocument, context}, token) => {
    const document = documents.get(textDocument.uri)
    if (!document) return null
    const actions: CodeAction[] = []
    const result = checked.get(document.uri)
    if (result?.version === document.version && admits(context.only, CodeActionKind.QuickFix)) {
      for (const diagnostic of context.diagnostics) {
        const index = result.diagnostics.findIndex((mine) => sameDiagnostic(mine, diagnostic))
        if (index === -1) continue
        const message = result.output.messages[index]!
        const fix = result.output.fixes[index]
        if (fix) actions.push(fixAction(document, diagnostic, fix, message))
        const ruleId = message.ruleId
        if (ruleId === undefined || !rules.has(ruleId)) continue
        const line = message.place && 'start' in message.place ? message.place.start.line : undefined
        const placement = line === undefined ? undefined : result.output.lines[line]
        if (placement) actions.push(disableLineAction(document, diagnostic, ruleId, placement))
        actions.push(disableFileAction(document, diagnostic, ruleId, result.output.bodyStart))
      }
    }
    // Fix-all only when asked for (on save, or from the source action menu): it lints up to ten times.
    if (context.only && admits(context.only, fixAllKind)) {
      const version = document.version
      try {
        const {fixed} = await linter.run(`fix:${document.uri}`, {kind: 'fix', document: input(document)})
        if (fixed !== undefined && !token.isCancellationRequested && documents.get(document.uri)?.version === version) actions.push(fixAllAction(document, fixed))
      } catch (error) {
        if (!(error instanceof Cancelled)) connection.console.error(`copydesk: fix all failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return actions
  })

  connection.onHover(({textDocument, position}) => {
    const result = checked.get(textDocument.uri)
    if (!result) return null
    const at = (p: {line: number; character: number}) => p.line * 1e6 + p.character
    const here = at(position)
    const hit = new Set<RuleInfo>()
    for (const diagnostic of result.diagnostics) {
      if (at(diagnostic.range.start) > here || here > at(diagnostic.range.end)) continue
      const rule = rules.get(String(diagnostic.code))
      if (rule) hit.add(rule)
    }
    return hit.size === 0 ? null : {contents: hoverContent([...hit])}
  })

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    await linter.close()
  })

  documents.listen(connection)
  connection.listen()
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  )
}
