// The Node API: lint, lintFile, loadConfig; and the built package as a
// TypeScript user meets it (exports, types).
import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {ConfigError, lint, lintFile, loadConfig} from '../src/index.js'
import {workspace} from './cli-run.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

test('api: lint(text) returns a vfile with messages', () => {
  const file = lint('It ended.Then it began.', {config: loadConfig(undefined, workspace({})), path: 'story.md'})
  assert.ok(file instanceof VFile)
  assert.equal(file.path, 'story.md')
  const [message] = file.messages
  assert.equal(file.messages.length, 1)
  assert.equal(message!.ruleId, 'missing-space')
  assert.equal(message!.source, 'copydesk')
  assert.equal(message!.fatal, true)
  assert.equal(message!.reason, 'Missing space after `.`, expected `ended. Then`')
  assert.deepEqual(message!.place, {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 14, offset: 13}})
  assert.deepEqual(message!.expected, ['ended. Then'])
  assert.deepEqual(message!.fix, {range: [9, 9], text: ' '})
  assert.equal(message!.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md')
})

test('api: loadConfig finds rules.config.json upward; options pick rules; fix returns the fixed text', () => {
  const dir = workspace({'rules.config.json': JSON.stringify({rules: {'missing-space': 'warn'}}), 'deep/er/x.md': ''})
  const config = loadConfig(undefined, join(dir, 'deep/er'))
  assert.equal(config.path, join(dir, 'rules.config.json'))
  assert.equal(config.rules.get('missing-space')?.severity, 'warn')
  const text = 'It ended.Then it began.\n\nReprint Statement: ok.\n'
  // A path to a config works as well as a loaded one; `cwd` finds it too.
  assert.equal(lint(text, {config: join(dir, 'rules.config.json')}).messages[0]!.fatal, false)
  assert.equal(lint(text, {cwd: dir}).messages[0]!.fatal, false)
  assert.deepEqual(lint(text, {config, rules: ['boilerplate']}).messages.map((m) => m.ruleId), ['boilerplate'])
  const fixed = lint(text, {config, fix: true})
  assert.equal(String(fixed), 'It ended. Then it began.\n\nReprint Statement: ok.\n')
  assert.deepEqual(fixed.messages.map((m) => m.ruleId), ['boilerplate'])
  assert.deepEqual(fixed.data.fix, {passes: 1, changed: true})
  assert.throws(() => loadConfig(join(dir, 'missing.json')), ConfigError)
})

test('api: lintFile reads UTF-8 (BOM too), reports non-text as a fatal message, rejects on a missing file', async () => {
  const dir = workspace({'a.md': '\uFEFFIt ended.Then it began.\n'})
  writeFileSync(join(dir, 'image.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))
  const file = await lintFile('a.md', {cwd: dir})
  assert.equal(file.path, 'a.md')
  assert.equal(file.data.bom, true)
  assert.deepEqual(file.messages.map((m) => [m.ruleId, m.line, m.column]), [['missing-space', 1, 4]])
  const image = await lintFile(join(dir, 'image.md'))
  assert.equal(image.messages.length, 1)
  assert.equal(image.messages[0]!.fatal, true)
  assert.match(image.messages[0]!.reason, /^Cannot check this file: not a text file/)
  await assert.rejects(lintFile(join(dir, 'gone.md')), {code: 'ENOENT'})
})

/** Run node on `args`; a failure shows the program's output. */
function node(args: string[], cwd?: string): string {
  try {
    return execFileSync(process.execPath, args, {encoding: 'utf8', stdio: 'pipe', ...(cwd ? {cwd} : {})})
  } catch (error) {
    const {stdout, stderr} = error as {stdout: string; stderr: string}
    assert.fail(`node ${args.join(' ')} failed:\n${stdout}${stderr}`)
  }
}

test('api: the built package gives a TypeScript user its types', () => {
  // Build into a scratch copy of the package, install it by symlink next to a
  // consumer, then type-check and run the consumer.
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-api-'))
  const pkg = join(scratch, 'node_modules', 'copydesk')
  mkdirSync(pkg, {recursive: true})
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  node([tsc, '-p', root, '--outDir', join(pkg, 'dist')])
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'))
  writeFileSync(
    join(scratch, 'consumer.ts'),
    [
      "import {lint, lintFile, loadConfig, type LintOptions, type ResolvedConfig, type VFile, type VFileMessage} from 'copydesk'",
      'const config: ResolvedConfig = loadConfig()',
      "const options: LintOptions = {config, rules: ['missing-space'], fix: false}",
      "const file: VFile = lint('It ended.Then it began.', options)",
      'const messages: VFileMessage[] = file.messages',
      'const first: string | null | undefined = messages[0]?.ruleId',
      'const bom: boolean | undefined = file.data.bom',
      'const passes: number | undefined = file.data.fix?.passes',
      'void bom, passes',
      "const later: Promise<VFile> = lintFile('x.md')",
      'later.catch(() => undefined)',
      'console.log(JSON.stringify([first, messages.length, messages[0]?.fix?.range]))',
      '// @ts-expect-error: options are typed',
      "lint('text', {fix: 'yes'})"
    ].join('\n') + '\n'
  )
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, outDir: 'out', types: []}, files: ['consumer.ts']})
  )
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({type: 'module'}))
  node([tsc, '-p', scratch])
  const output = node([join(scratch, 'out', 'consumer.js')], scratch)
  assert.equal(output, '["missing-space",1,[9,9]]\n')
})
