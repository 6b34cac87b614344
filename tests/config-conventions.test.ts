// What a newsroom sets up first: --init, comments, extends, overrides, --print-config, the built-in defaults.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {run, workspace} from './cli-run.js'

const compact = (...args: string[]) => ['--format', 'compact', ...args]

test('init: writes a commented starter configuration, says what to do next, and a run uses it', async () => {
  const dir = workspace({'news/a.md': 'Firms moved to the Male Safety New District in Hebei, and precious aluminum gained.\n'})
  const result = await run(['--init'], dir)
  assert.equal(result.code, 0)
  assert.equal(result.stderr, '')
  assert.match(result.stdout, /^Wrote .*rules\.config\.json: a commented starter configuration/)
  assert.match(result.stdout, /\nNext:\n {2}1\. Add your newsroom's terms/)
  const written = readFileSync(join(dir, 'rules.config.json'), 'utf8')
  assert.match(written, /^\/\/ copydesk's configuration: JSON with comments/)
  const checked = await run(compact('--rule', 'glossary', 'news'), dir)
  assert.deepEqual(checked, {
    code: 1,
    stdout: [
      'news/a.md:1:20:1:44: error Unexpected `Male Safety New District`, expected `Xiong\'an New Area` (雄安新区, the new city in Hebei) [glossary]',
      'news/a.md:1:59:1:76: error Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝, the Guizhou Aluminum Plant) [glossary]',
      ''
    ].join('\n'),
    stderr: ''
  })
})

test('init: never overwrites an existing configuration', async () => {
  const dir = workspace({'rules.config.json': '{"rules": {}}\n'})
  const result = await run(['--init'], dir)
  assert.deepEqual(result, {code: 2, stdout: '', stderr: 'copydesk: rules.config.json already exists here; not overwritten (remove it first, or edit it)\n'})
  assert.equal(readFileSync(join(dir, 'rules.config.json'), 'utf8'), '{"rules": {}}\n')
})

test('defaults: without a configuration the house one applies, starter glossary included', async () => {
  const dir = workspace({'a.md': 'Output at precious aluminum rose.\n'})
  const result = await run(compact('--rule', 'glossary', 'a.md'), dir)
  assert.equal(result.stdout, 'a.md:1:11:1:28: error Unexpected `precious aluminum`, expected `Guizhou Aluminum` (贵铝, the Guizhou Aluminum Plant) [glossary]\n')
})

test('extends: a path and a package; own settings win, glossaries add up', async () => {
  const dir = workspace({
    'rules.config.json': '{\n  // ours\n  "extends": ["./shared/desk.json", "@desk/copydesk-config"],\n  "rules": {"missing-space": "warn"}\n}\n',
    'shared/desk.json': '{"rules": {"missing-space": "off", "repeated-words": "error"}, "glossary": [{"term": "Jinan", "wrong": ["Economic South"]}]}',
    'node_modules/@desk/copydesk-config/rules.config.json': '{"extends": "copydesk", "glossary": [{"term": "Harbin", "wrong": ["Haerbin"]}]}',
    'a.md': 'The the mayor of Haerbin met Economic South officials.The talks ended.\n'
  })
  const result = await run(compact('--rule', 'missing-space', '--rule', 'repeated-words', '--rule', 'glossary', 'a.md'), dir)
  assert.equal(
    result.stdout,
    [
      'a.md:1:1:1:8: error Unexpected repeated `the`, remove one occurrence [repeated-words]',
      'a.md:1:18:1:25: error Unexpected `Haerbin`, expected `Harbin` [glossary]',
      'a.md:1:30:1:44: error Unexpected `Economic South`, expected `Jinan` [glossary]',
      'a.md:1:45:1:58: warning Missing space after `.`, expected `officials. The` [missing-space]',
      ''
    ].join('\n')
  )
})

test('extends: a missing base and a cycle are one line each, exit 2', async () => {
  const missing = workspace({'rules.config.json': '{"extends": "@desk/nowhere"}', 'a.md': 'Fine.\n'})
  const gone = await run(['a.md'], missing)
  assert.equal(gone.code, 2)
  assert.equal(gone.stderr, `copydesk: ${join(missing, 'rules.config.json')}: /extends: cannot find \`@desk/nowhere\` (looked for node_modules/@desk/nowhere/rules.config.json in the folders above)\n`)
  const cycle = workspace({'rules.config.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./rules.config.json"}', 'a.md': 'Fine.\n'})
  const looped = await run(['a.md'], cycle)
  assert.equal(looped.code, 2)
  assert.match(looped.stderr, /^copydesk: .*b\.json: \/extends: `.*rules\.config\.json` extends itself \(.*rules\.config\.json → .*b\.json → .*rules\.config\.json\)\n$/)
})

test('overrides: a folder gets its own severities and glossary; others keep the rest', async () => {
  const article = 'The plant opened.Workers cheered at Haerbin.\n'
  const dir = workspace({
    'rules.config.json': JSON.stringify({
      rules: {'missing-space': 'error'},
      overrides: [{files: ['wire/**'], rules: {'missing-space': 'info'}, glossary: [{term: 'Harbin', wrong: ['Haerbin']}]}]
    }),
    'wire/a.md': article,
    'news/b.md': article
  })
  const result = await run(compact('--rule', 'missing-space', '--rule', 'glossary', 'news', 'wire'), dir)
  assert.equal(
    result.stdout,
    [
      'news/b.md:1:11:1:25: error Missing space after `.`, expected `opened. Workers` [missing-space]',
      'wire/a.md:1:11:1:25: info Missing space after `.`, expected `opened. Workers` [missing-space]',
      'wire/a.md:1:37:1:44: error Unexpected `Haerbin`, expected `Harbin` [glossary]',
      ''
    ].join('\n')
  )
  const bad = workspace({'rules.config.json': '{"overrides": [{"files": ["wire/**"], "rules": {"missing-space": "loud"}}]}', 'a.md': 'Fine.\n'})
  assert.equal((await run(['a.md'], bad)).stderr, `copydesk: ${join(bad, 'rules.config.json')}: /overrides/0/rules/missing-space (line 1, column 66): unexpected \`loud\`, must be one of \`off\`, \`info\`, \`warn\`, \`error\`\n`)
})

test('print-config: the configuration one file gets, overrides applied, and whether it is ignored', async () => {
  const dir = workspace({
    'rules.config.json': JSON.stringify({rules: {calque: 'off'}, ignore: ['drafts/**'], overrides: [{files: ['wire/**'], rules: {'missing-space': 'info'}}]}),
    '.copydeskignore': 'old/\n'
  })
  const printed = async (file: string) => {
    const result = await run(['--print-config', file], dir)
    assert.equal(result.code, 0)
    return JSON.parse(result.stdout) as {configFiles: string[]; builtInDefaults: boolean; ignored: boolean; rules: Record<string, unknown>}
  }
  const wire = await printed('wire/a.md')
  assert.deepEqual(wire.configFiles, [join(dir, 'rules.config.json')])
  assert.equal(wire.builtInDefaults, false)
  assert.equal(wire.ignored, false)
  assert.deepEqual(wire.rules['missing-space'], ['info', {}])
  assert.equal(wire.rules['calque'], 'off')
  assert.deepEqual((await printed('news/a.md')).rules['missing-space'], ['error', {}])
  assert.equal((await printed('drafts/a.md')).ignored, true)
  assert.equal((await printed('old/a.md')).ignored, true)
})
