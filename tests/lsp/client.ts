// A language client for the protocol tests: spawns the real server (from
// source) over stdio and speaks LSP to it with vscode-languageserver's own
// protocol connection.
import {spawn, type ChildProcess} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams
} from 'vscode-languageserver/node'

export const serverScript = new URL('../../src/lsp/bin.ts', import.meta.url)

export interface Client {
  connection: ProtocolConnection
  child: ChildProcess
  /** Every window message the server showed. */
  shown: ShowMessageParams[]
  /** Watchers the server registered. */
  registrations: unknown[]
  /** The next diagnostics published for `uri` (for `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>
  open(uri: string, text: string, languageId?: string): void
  /** Replace the whole text, as version `version`. */
  change(uri: string, version: number, text: string): void
  close(uri: string): void
  /** shutdown, exit; resolves with the server's exit code. */
  stop(): Promise<number | null>
}

export interface ClientOptions {
  folder: string
  script?: URL
  /** Node's options for the server; default: tsx's loader, to run it from source. */
  execArgv?: string[]
  initializationOptions?: unknown
  watchFiles?: boolean
}

export async function startClient(options: ClientOptions): Promise<Client> {
  const script = options.script ?? serverScript
  const child = spawn(process.execPath, [...(options.execArgv ?? ['--import', import.meta.resolve('tsx')]), script.pathname, '--stdio'], {cwd: options.folder, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const published: PublishDiagnosticsParams[] = []
  const waiting: Array<{uri: string; version: number | undefined; resolve(params: PublishDiagnosticsParams): void}> = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((wait) => wait.uri === params.uri && (wait.version === undefined || wait.version === params.version))
    if (index === -1) published.push(params)
    else waiting.splice(index, 1)[0]!.resolve(params)
  })
  const shown: ShowMessageParams[] = []
  connection.onNotification(ShowMessageNotification.type, (params) => void shown.push(params))
  const registrations: unknown[] = []
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations)
  })
  connection.listen()
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

  const folderUri = pathToFileURL(options.folder).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{uri: folderUri, name: 'articles'}],
    capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: options.watchFiles ?? true}, workspaceFolders: true}},
    initializationOptions: options.initializationOptions ?? null
  })
  await connection.sendNotification(InitializedNotification.type, {})

  return {
    connection,
    child,
    shown,
    registrations,
    diagnostics(uri, version) {
      const index = published.findIndex((params) => params.uri === uri && (version === undefined || params.version === version))
      if (index !== -1) return Promise.resolve(published.splice(index, 1)[0]!)
      return new Promise((resolve) => waiting.push({uri, version, resolve}))
    },
    open(uri, text, languageId = 'markdown') {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    },
    change(uri, version, text) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      const code = await exited
      connection.dispose()
      return code
    }
  }
}
