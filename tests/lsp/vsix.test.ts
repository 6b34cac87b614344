// The VS Code extension package: `npm run package` in editors/vscode builds
// copydesk.vsix, which must hold the extension and the bundled server, and
// that bundled server must find what the CLI finds in the examples. Needs
// the extension's own dependencies (`npm ci` in editors/vscode, as .ci/run
// does); skipped without them, so the quick start does not depend on them.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {test} from 'node:test'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {run} from '../cli-run.js'
import {startClient} from './client.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const extension = new URL('../../editors/vscode/', import.meta.url)
const missing = !existsSync(new URL('node_modules/@vscode/vsce/package.json', extension)) && 'the extension dependencies are not installed (npm ci in editors/vscode)'

/** The names in a zip archive, from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const names: string[] = []
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50)
    const nameLength = zip.readUInt16LE(at + 28)
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength))
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return names
}

test('vsix: npm run package builds copydesk.vsix with the extension and the bundled server', {skip: missing}, () => {
  const built = spawnSync('npm', ['run', 'package'], {cwd: fileURLToPath(extension), encoding: 'utf8'})
  assert.equal(built.status, 0, built.stderr + built.stdout)
  const entries = new Set(zipEntries(readFileSync(new URL('copydesk.vsix', extension))))
  for (const name of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/server/package.json',
    'extension/server/lsp/bin.js',
    'extension/server/lsp/worker.js',
    'extension/server/data/wink-wordnet.txt',
    'extension/server/data/wink.cjs',
    'extension/server/data/spelling.txt',
    'extension/server/node_modules/pinyin-pro/package.json',
    'extension/server/node_modules/yaml/package.json'
  ]) {
    assert.ok(entries.has(name), `${name} is in the package`)
  }
  // Sources, build scripts and other packages stay out.
  assert.deepEqual([...entries].filter((name) => /^extension\/(?:src|scripts|node_modules)\//.test(name)), [])
})

test('vsix: the bundled server finds what the CLI finds in every example', {skip: missing}, async () => {
  const server = new URL('server/lsp/bin.js', extension)
  if (!existsSync(server)) assert.fail('editors/vscode/server is built by the test above')
  const client = await startClient({folder: root, script: server})
  try {
    for (const name of ['examples/plant-visit.md', 'examples/port-report.txt', 'examples/smelter-expansion.md', 'examples/bilingual/story.md']) {
      const uri = pathToFileURL(root + name).href
      const text = readFileSync(root + name, 'utf8')
      client.open(uri, text, name.endsWith('.txt') ? 'plaintext' : 'markdown')
      const {diagnostics} = await client.diagnostics(uri, 1)
      const [file] = JSON.parse((await run(['--format', 'json', name], root)).stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; reason: string}>}>
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message]),
        file!.messages.map((m) => [m.ruleId, m.line, m.column, m.reason]),
        name
      )
      assert.ok(diagnostics.length > 0, name)
    }
  } finally {
    await client.stop()
  }
})
