// Invariants over the whole registry: ids, files, docs and examples agree.
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {Ajv} from 'ajv'
import {loadConfig} from '../src/config/load.js'
import {rules} from '../src/rules/index.js'
import {lintWith} from './helpers.js'

const root = join(import.meta.dirname, '..')
const ruleFiles = readdirSync(join(root, 'src/rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3))

test('registry: sorted by id, one entry per file in src/rules, id = file name', async () => {
  const ids = rules.map((rule) => rule.id)
  assert.deepEqual(ids, [...ids].sort())
  assert.deepEqual([...ids].sort(), [...ruleFiles].sort())
  for (const id of ids) {
    const module = (await import(`../src/rules/${id}.js`)) as {default: {id: string}}
    assert.equal(module.default.id, id)
  }
})

test('registry: every rule has metadata an editor can use', () => {
  const ajv = new Ajv({strict: false})
  for (const rule of rules) {
    assert.match(rule.description, /^[A-Z][^]*[^.]$/, `${rule.id}: description starts with a capital and has no final period`)
    assert.ok(['info', 'warn', 'error'].includes(rule.severity), rule.id)
    assert.equal(rule.schema.additionalProperties, false, `${rule.id}: options schema closes its keys`)
    assert.ok(ajv.validate(rule.schema, rule.defaults), `${rule.id}: defaults satisfy the options schema`)
    assert.ok(rule.docs.bad.length > 0 && rule.docs.good.length > 0, `${rule.id}: docs have a bad and a good example`)
    assert.equal(rule.url, `https://github.com/copydesk/copydesk/blob/main/docs/rules/${rule.id}.md`)
  }
})

test('registry: every rule has a page in docs/rules, where its url points, linked from the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  for (const rule of rules) {
    assert.ok(readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8').startsWith(`# ${rule.id}\n`), rule.id)
    assert.ok(rule.url.endsWith(`/docs/rules/${rule.id}.md`), rule.url)
    assert.ok(readme.includes(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`), `README lacks a link to ${rule.id}`)
  }
})

test('registry: each bad example is flagged by its rule and each good example is not', () => {
  // The examples assume the house configuration (its glossary, its variants).
  const house = loadConfig(join(root, 'rules.config.json'))
  for (const rule of rules) {
    const setting = house.rules.get(rule.id)
    const run = (text: string) =>
      lintWith(text, rule.id, {
        setting: [setting?.severity ?? rule.severity, setting?.options ?? {}],
        config: {glossary: house.glossary},
        source: rule.docs.source
      }).filter((message) => message.ruleId === rule.id)
    assert.ok(run(rule.docs.bad).length > 0, `${rule.id}: its bad example is not flagged`)
    assert.deepEqual(run(rule.docs.good).map((message) => message.reason), [], `${rule.id}: its good example is flagged`)
  }
})
