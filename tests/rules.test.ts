// Every rule's tests in one process: `npm test` runs this file instead of
// each tests/rules/*.test.ts alone, which would load the whole pipeline once
// per rule (a second of start-up each, more than the cases themselves). So
// the test script names the other test folders one by one; the test below
// fails when a new folder is left out. A rule's file still runs alone:
// node --import tsx --test tests/rules/<id>.test.ts
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {test} from 'node:test'

const tests = new URL('./', import.meta.url)
const rules = new URL('rules/', tests)
for (const name of readdirSync(rules).filter((file) => file.endsWith('.test.ts')).sort()) await import(new URL(name, rules).href)

test('npm test: runs this file and every test folder but tests/rules', () => {
  const script = (JSON.parse(readFileSync(new URL('../package.json', tests), 'utf8')) as {scripts: {test: string}}).scripts.test
  const folders = readdirSync(tests, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, tests)).some((file) => file.endsWith('.test.ts')))
    .map((entry) => entry.name)
  assert.deepEqual(
    folders.filter((folder) => !script.includes(` tests/${folder}/*.test.ts`)),
    ['rules']
  )
  assert.ok(script.includes(' tests/*.test.ts'))
})
