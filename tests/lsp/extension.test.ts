// The VS Code extension's own decisions, without VS Code: which server it
// starts, the settings it reads, and what it tells the server.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {chooseServer, documentSelector, initializationOptions, needsRestart, readSettings} from '../../editors/vscode/src/activate.js'
import {defaultSettings, readSettings as serverSettings} from '../../src/lsp/server.js'
import {workspace} from '../cli-run.js'

const bundled = '/ext/server/lsp/bin.js'

test('extension: a trusted workspace with copydesk installed runs its own server', () => {
  const dir = workspace({
    'node_modules/copydesk/package.json': JSON.stringify({name: 'copydesk', bin: {copydesk: 'dist/bin.js', 'copydesk-language-server': 'dist/lsp/bin.js'}}),
    'node_modules/copydesk/dist/lsp/bin.js': '',
    'news/story.md': 'Text.\n'
  })
  // Found as Node resolves it, from the folder or below a parent folder.
  assert.deepEqual(chooseServer({folders: [dir], trusted: true, bundled}), {module: join(dir, 'node_modules/copydesk/dist/lsp/bin.js'), from: 'workspace', folder: dir})
  assert.equal(chooseServer({folders: [join(dir, 'news')], trusted: true, bundled}).from, 'workspace')
  // Untrusted: the workspace's code never runs.
  assert.deepEqual(chooseServer({folders: [dir], trusted: false, bundled}), {module: bundled, from: 'bundled'})
})

test('extension: without copydesk, with one that has no language server, or a broken one, the bundled server runs', () => {
  assert.deepEqual(chooseServer({folders: [workspace({})], trusted: true, bundled}), {module: bundled, from: 'bundled'})
  const old = workspace({'node_modules/copydesk/package.json': JSON.stringify({name: 'copydesk', bin: {copydesk: 'dist/bin.js'}})})
  assert.equal(chooseServer({folders: [old], trusted: true, bundled}).from, 'bundled')
  const broken = workspace({'node_modules/copydesk/package.json': '{not json'})
  assert.equal(chooseServer({folders: [broken], trusted: true, bundled}).from, 'bundled')
  // Declared but missing on disk (a half-finished install).
  const missing = workspace({'node_modules/copydesk/package.json': JSON.stringify({bin: {'copydesk-language-server': 'dist/lsp/bin.js'}})})
  assert.equal(chooseServer({folders: [missing], trusted: true, bundled}).from, 'bundled')
  // The first folder that has one wins.
  const second = workspace({'node_modules/copydesk/package.json': JSON.stringify({bin: {'copydesk-language-server': 'lsp.js'}}), 'node_modules/copydesk/lsp.js': ''})
  assert.equal(chooseServer({folders: [old, second], trusted: true, bundled}).folder, second)
})

test('extension: settings fall back to their defaults when missing or mistyped', () => {
  const from = (values: Record<string, unknown>) => readSettings((key) => values[key])
  assert.deepEqual(from({}), {enable: true, configPath: undefined, run: 'onType'})
  assert.deepEqual(from({enable: false, configPath: ' config/house.json ', run: 'onSave'}), {enable: false, configPath: 'config/house.json', run: 'onSave'})
  assert.deepEqual(from({enable: 'no', configPath: '', run: 'sometimes'}), {enable: true, configPath: undefined, run: 'onType'})
  assert.equal(needsRestart(from({}), from({enable: false})), true)
  assert.equal(needsRestart(from({}), from({run: 'onSave'})), false)
})

test('extension: the server reads the settings the extension sends, and the manifest declares each of them', () => {
  const settings = readSettings((key) => ({enable: true, configPath: 'house.json', run: 'onSave'})[key])
  assert.deepEqual(serverSettings(initializationOptions(settings)), {...defaultSettings, configPath: 'house.json', run: 'onSave'})
  assert.deepEqual(serverSettings(initializationOptions(readSettings(() => undefined))), defaultSettings)
  const manifest = JSON.parse(readFileSync(new URL('../../editors/vscode/package.json', import.meta.url), 'utf8')) as {
    activationEvents: string[]
    contributes: {configuration: {properties: Record<string, {default: unknown}>}}
  }
  const properties = manifest.contributes.configuration.properties
  assert.deepEqual(Object.keys(properties), ['copydesk.enable', 'copydesk.configPath', 'copydesk.run'])
  // The manifest's defaults are the ones the extension falls back to.
  assert.deepEqual(readSettings((key) => properties[`copydesk.${key}`]!.default), readSettings(() => undefined))
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext'])
  assert.deepEqual(documentSelector, [
    {scheme: 'file', language: 'markdown'},
    {scheme: 'untitled', language: 'markdown'},
    {scheme: 'file', language: 'plaintext'},
    {scheme: 'untitled', language: 'plaintext'}
  ])
})
