#!/usr/bin/env node
// `copydesk-language-server --stdio`: copydesk as a language server, started
// by an editor's language client over standard input and output (or
// --node-ipc, --socket=PORT, --pipe=NAME, as vscode-languageserver reads them).
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']
if (!process.argv.slice(2).some((arg) => transports.some((name) => arg === name || arg.startsWith(`${name}=`)))) {
  process.stderr.write('copydesk-language-server: an editor starts this; give it --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)\n')
  process.exitCode = 2
} else {
  startServer(createConnection(ProposedFeatures.all))
}
