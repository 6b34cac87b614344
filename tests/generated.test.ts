// The config schema and the README's rule reference are generated from the
// registry; these fail when either is stale (fix: npm run generate).
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {readmeFile, schemaFile, schemaText, withRules} from '../scripts/generated.js'

const root = join(import.meta.dirname, '..')

test('generated: rules.config.schema.json matches the registry', () => {
  assert.equal(readFileSync(join(root, schemaFile), 'utf8'), schemaText(), 'stale: run npm run generate')
})

test('generated: the README rule reference matches the registry', () => {
  const readme = readFileSync(join(root, readmeFile), 'utf8')
  assert.equal(readme, withRules(readme), 'stale: run npm run generate')
})

test('generated: the house rules.config.json validates against the schema', async () => {
  const {loadConfig} = await import('../src/config/load.js')
  assert.doesNotThrow(() => loadConfig(join(root, 'rules.config.json')))
})
