// The config schema and the README's rule reference are generated from the
// registry; these fail when either is stale (fix: npm run generate).
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {readdirSync} from 'node:fs'
import {headerProse, linksFile, linksText, readmeFile, rulePageFiles, rulePagesFolder, schemaFile, schemaText, withRules} from '../scripts/generated.js'
import {rulePage} from '../src/cli/explain.js'
import {rulesById} from '../src/rules/index.js'

const root = join(import.meta.dirname, '..')

test('generated: rules.config.schema.json matches the registry', () => {
  assert.equal(readFileSync(join(root, schemaFile), 'utf8'), schemaText(), 'stale: run npm run generate')
})

test('generated: the README rule table matches the registry', () => {
  const readme = readFileSync(join(root, readmeFile), 'utf8')
  assert.equal(readme, withRules(readme), 'stale: run npm run generate')
})

test('generated: the house rules.config.json validates against the schema', async () => {
  const {loadConfig} = await import('../src/config/load.js')
  assert.doesNotThrow(() => loadConfig(join(root, 'rules.config.json')))
})

test('generated: docs/rules has exactly one current page per rule', () => {
  const pages = rulePageFiles()
  assert.deepEqual(readdirSync(join(root, rulePagesFolder)).sort(), [...pages.keys()].map((file) => file.slice(rulePagesFolder.length + 1)).sort())
  for (const [file, text] of pages) assert.equal(readFileSync(join(root, file), 'utf8'), text, `stale ${file}: run npm run generate`)
})

test('generated: src/links.ts (rule URLs) matches package.json', () => {
  assert.equal(readFileSync(join(root, linksFile), 'utf8'), linksText(), 'stale: run npm run generate')
})

test('generated: a rule page says why from docs.why, else from the header comment, else it leaves the section out', () => {
  const rule = rulesById.get('missing-space')!
  assert.match(headerProse('missing-space')!, /^"clusters\.The", "ecosystem,said"/)
  assert.match(rulePage(rule, 'From the comment.'), /\n## What it catches, and why\n\nFrom the comment\.\n/)
  assert.match(rulePage({...rule, docs: {...rule.docs, why: 'From the docs.'}}, 'From the comment.'), /\n## What it catches, and why\n\nFrom the docs\.\n/)
  // A rule written without the field and without a header comment still gets its page.
  const bare = rulePage({...rule, docs: {bad: 'A.B', good: 'A. B'}})
  assert.doesNotMatch(bare, /What it catches/)
  assert.match(bare, /^# missing-space\n\nNo space after a punctuation mark/)
  assert.equal(headerProse('no-such-rule'), undefined)
})
