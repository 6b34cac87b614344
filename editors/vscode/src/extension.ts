// The VS Code extension: starts copydesk's language server (see activate.ts
// for which one) for Markdown and plain-text documents and passes the
// settings on; diagnostics, quick fixes and hovers come from the server.
import {join} from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'
import {chooseServer, documentSelector, initializationOptions, needsRestart, readSettings, type Settings} from './activate.js'

let client: LanguageClient | undefined

function currentSettings(): Settings {
  const configuration = vscode.workspace.getConfiguration('copydesk')
  return readSettings((key) => configuration.get(key))
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  const settings = currentSettings()
  if (!settings.enable) return
  const server = chooseServer({
    folders: (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath),
    trusted: vscode.workspace.isTrusted,
    bundled: context.asAbsolutePath(join('server', 'lsp', 'bin.js'))
  })
  output.appendLine(server.from === 'workspace' ? `Using copydesk from ${server.folder}: ${server.module}` : `Using the bundled copydesk: ${server.module}`)
  const serverOptions: ServerOptions = {
    run: {module: server.module, transport: TransportKind.ipc},
    debug: {module: server.module, transport: TransportKind.ipc}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    initializationOptions: initializationOptions(settings),
    synchronize: {configurationSection: 'copydesk'},
    outputChannel: output
  }
  client = new LanguageClient('copydesk', 'copydesk', serverOptions, clientOptions)
  await client.start()
}

async function stop(): Promise<void> {
  const running = client
  client = undefined
  await running?.stop()
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('copydesk', {log: true})
  let settings = currentSettings()
  context.subscriptions.push(
    output,
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('copydesk')) return
      const next = currentSettings()
      const restart = needsRestart(settings, next)
      settings = next
      if (restart) {
        await stop()
        await start(context, output)
      }
    }),
    // A trusted workspace may use its own copydesk from now on.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await stop()
      await start(context, output)
    })
  )
  await start(context, output)
}

export async function deactivate(): Promise<void> {
  await stop()
}
