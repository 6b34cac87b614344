// Hostile configurations: every mistake is one line naming the file and the
// place (JSON path, or line and column), exit 2, no stack trace; a huge
// glossary still loads and matches; user text is never a regular expression.
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {test} from 'node:test'
import {ConfigError, parseConfig, resolveConfig} from '../src/config/load.js'
import {starterTermbase} from '../src/text/termbase.js'
import type {GlossaryEntry} from '../src/text/glossary.js'
import {run, workspace} from './cli-run.js'
import {findings} from './helpers.js'

/** The one line the CLI prints for `config`, without the file name. */
async function configError(config: string): Promise<string> {
  const dir = workspace({'rules.config.json': config, 'a.md': 'Fine.\n'})
  const result = await run(['a.md'], dir)
  assert.equal(result.code, 2, config)
  assert.equal(result.stdout, '', config)
  const prefix = `copydesk: ${join(dir, 'rules.config.json')}: `
  assert.ok(result.stderr.startsWith(prefix), result.stderr)
  assert.ok(result.stderr.endsWith('\n') && !result.stderr.slice(0, -1).includes('\n'), `one line: ${result.stderr}`)
  return result.stderr.slice(prefix.length, -1)
}

test('hostile config: malformed JSON gives the line and column, also where V8 gives no position', async () => {
  assert.equal(await configError('{\n  "rules": {},\n}'), "invalid JSON at line 3, column 1: Expected double-quoted property name")
  // Comments are allowed (JSON with comments, as VS Code's settings); what follows one is still placed right.
  assert.equal(await configError('{\n  // house rules\n  "rules": {"missing-space": tru}\n}'), 'invalid JSON at line 3, column 30: Unexpected `tru`')
  assert.equal(await configError('{\n  "rules": {"missing-space": tru}\n}'), 'invalid JSON at line 2, column 30: Unexpected `tru`')
  assert.equal(await configError('{\n  "rules": {"missing-space": '), 'invalid JSON at line 2, column 30: Expected a value')
  assert.equal(await configError('{"rules": {}} {}'), 'invalid JSON at line 1, column 15: Unexpected non-whitespace character after JSON')
  assert.equal(await configError("{'rules': {}}"), "invalid JSON at line 1, column 2: Expected property name or '}'")
  assert.equal(await configError('\uFEFF{"rules": {},}'), 'invalid JSON at line 1, column 14: Expected double-quoted property name')
  assert.equal(await configError(' \n'), 'the file is empty; write `{}` for the defaults')
})

test('hostile config: plain JSON and JSON with comments read alike, a mistake placed in the file as written', async () => {
  const plain = '{\n  "rules": {"missing-space": "warn"},\n  "glossary": [{"term": "Baiyun", "wrong": ["white cloud"]}]\n}'
  const commented = '{\n  // house rules\n  "rules": {"missing-space": "warn"}, /* and terms */\n  "glossary": [{"term": "Baiyun", "wrong": ["white cloud"]}]\n}'
  assert.deepEqual(parseConfig(plain, 'a.json'), parseConfig(commented, 'b.json'))
  assert.equal(await configError('{\n  "rules": {"missing-space": 2}\n}'), '/rules/missing-space (line 2, column 30): must be a severity (`off`, `info`, `warn`, `error`) or [severity, {options}]')
  assert.equal(await configError('{\n  // house rules\n  "rules": {"missing-space": 2}\n}'), '/rules/missing-space (line 3, column 30): must be a severity (`off`, `info`, `warn`, `error`) or [severity, {options}]')
})

test('hostile config: unknown rule ids, option keys and keys get a "did you mean"', async () => {
  assert.equal(await configError('{"rules": {"Missing-Space": "error"}}'), '/rules (line 1, column 12): unknown rule `Missing-Space`; did you mean `missing-space`?')
  assert.equal(await configError('{"rules": {"repeated-word": "off"}}'), '/rules (line 1, column 12): unknown rule `repeated-word`; did you mean `repeated-words`?')
  assert.equal(await configError('{"rule": {}}'), '(top level) (line 1, column 2): unknown key `rule`; did you mean `rules`?')
  assert.equal(await configError('{"glossary": [{"term": "Baiyun", "wrng": ["white cloud"]}]}'), '/glossary/0 (line 1, column 34): unknown key `wrng`; did you mean `wrong`?')
  assert.equal(await configError('{"rules": {"boilerplate": ["warn", {"starts": []}]}}'), '/rules/boilerplate/1 (line 1, column 37): unknown option `starts`; did you mean `start`?')
})

test('hostile config: wrong types name the JSON path and what is expected', async () => {
  const cases: Array<[string, string]> = [
    ['[]', '(top level) (line 1, column 1): must be object'],
    ['null', '(top level) (line 1, column 1): must be object'],
    ['{"rules": []}', '/rules (line 1, column 11): must be object'],
    ['{"rules": {"missing-space": "warning"}}', '/rules/missing-space (line 1, column 29): unexpected `warning`, must be one of `off`, `info`, `warn`, `error`; did you mean `warn`?'],
    ['{"rules": {"missing-space": 2}}', '/rules/missing-space (line 1, column 29): must be a severity (`off`, `info`, `warn`, `error`) or [severity, {options}]'],
    ['{"rules": {"missing-space": ["warn", {}, 1]}}', '/rules/missing-space (line 1, column 29): must be a severity (`off`, `info`, `warn`, `error`) or [severity, {options}]'],
    ['{"rules": {"missing-space": ["warn", 3]}}', '/rules/missing-space/1 (line 1, column 38): must be object'],
    ['{"rules": {"boilerplate": ["warn", {"start": [1]}]}}', '/rules/boilerplate/1/start/0 (line 1, column 47): must be string'],
    ['{"glossary": {}}', '/glossary (line 1, column 14): must be array'],
    ['{"glossary": [{"term": "X", "wrong": "x"}]}', '/glossary/0/wrong (line 1, column 38): must be array'],
    ['{"glossary": [{"wrong": ["x"]}]}', "/glossary/0 (line 1, column 15): must have required property 'term'"],
    ['{"ignore": "drafts/**"}', '/ignore (line 1, column 12): must be array'],
    ['{"$schema": 5}', '/$schema (line 1, column 13): must be string']
  ]
  for (const [config, expected] of cases) assert.equal(await configError(config), expected, config)
  // Deeply nested junk is still one line, not a crash.
  assert.equal(await configError('{"ignore": ' + '['.repeat(20000) + ']'.repeat(20000) + '}'), '/ignore/0: must be string')
})

test('hostile config: a $schema pointing nowhere is fine (it is for editors only)', async () => {
  const dir = workspace({'rules.config.json': '{"$schema": "https://nowhere.invalid/no-such-schema.json", "rules": {}}', 'a.md': 'It ended.Then it began.\n'})
  const result = await run(['--format', 'json', 'a.md'], dir)
  assert.equal(result.code, 1)
  assert.equal(result.stderr, '')
  assert.doesNotThrow(() => parseConfig('{"$schema": "./missing/rules.config.schema.json"}', 'rules.config.json'))
})

test('hostile config: a glossary of 20,000 entries loads, validates and matches, first and last entry alike', async () => {
  const glossary: GlossaryEntry[] = Array.from({length: 20000}, (_, i) => ({
    term: `Harbour Authority ${i}`,
    wrong: [`port office ${i}`, `harbor bureau number ${i}`]
  }))
  const text = JSON.stringify({rules: {glossary: 'error'}, glossary})
  const config = resolveConfig(parseConfig(text, 'rules.config.json'), undefined)
  // The house entries, then the starter termbase's.
  assert.equal(config.glossary.length, 20000 + starterTermbase.length)
  const article = 'The port office 0 opened.\n\nLater the harbor bureau number 19999 closed, but Harbour Authority 5 stayed.\n'
  assert.deepEqual(findings(article, 'glossary', 'error', {glossary}), [
    '1:5-1:18: Unexpected `port office 0`, expected `Harbour Authority 0`',
    '3:11-3:37: Unexpected `harbor bureau number 19999`, expected `Harbour Authority 19999`'
  ])
  // Through the command line, from the file.
  const dir = workspace({'rules.config.json': text, 'a.md': article})
  const result = await run(['--format', 'json', 'a.md'], dir)
  assert.equal(result.code, 1)
  const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>
  assert.deepEqual(file!.messages.map((m) => m.ruleId), ['glossary', 'glossary'])
})

test('hostile config: glossary text full of regular-expression characters is matched literally', () => {
  const glossary: GlossaryEntry[] = [{term: 'Plan B', wrong: ['a.b*c', 'back\\slash', 'what? now', 'C++ (beta) team', 'x|y fund', 'z+ group$']}]
  const flagged = (text: string) => findings(text, 'glossary', 'error', {glossary}).map((line) => line.replace(/^\S+ /, ''))
  assert.deepEqual(flagged('We used a.b*c daily.'), ['Unexpected `a.b*c`, expected `Plan B`'])
  assert.deepEqual(flagged('We used aXbbc daily, and abc, and a.bbbc.'), [])
  assert.deepEqual(flagged('A back\\slash here.'), ['Unexpected `back\\slash`, expected `Plan B`'])
  assert.deepEqual(flagged('He asked what? now and left.'), ['Unexpected `what? now`, expected `Plan B`'])
  assert.deepEqual(flagged('The C++ (beta) team met.'), ['Unexpected `C++ (beta) team`, expected `Plan B`'])
  assert.deepEqual(flagged('The C (beta) team met, and the C+++ (beta) team.'), [])
  assert.deepEqual(flagged('The x|y fund and the z+ group$ rose.'), ['Unexpected `x|y fund`, expected `Plan B`', 'Unexpected `z+ group$`, expected `Plan B`'])
  assert.deepEqual(flagged('The x fund and the y fund and the zz group rose.'), [])
})

test('hostile config: parseConfig throws ConfigError only, whatever the text', () => {
  for (const text of ['', '{', '}', '"', '\0', '{"rules": {"x": ' + '{'.repeat(5000), '\uFEFF', '{"rules": null}', '{"glossary": [null]}']) {
    assert.throws(() => parseConfig(text, 'c.json'), ConfigError, JSON.stringify(text.slice(0, 30)))
  }
})
