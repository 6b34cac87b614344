// copydesk --explain <rule>: the rule's page, offline.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {run, workspace} from './cli-run.js'

test('explain: prints the rule page shipped in docs/rules', async () => {
  const result = await run(['--explain', 'missing-space'], workspace({}))
  assert.deepEqual(result, {code: 0, stdout: readFileSync(new URL('../docs/rules/missing-space.md', import.meta.url), 'utf8'), stderr: ''})
  assert.match(result.stdout, /^# missing-space\n\nNo space after a punctuation mark/)
})

test('explain: an unknown rule is one line with the nearest id, exit 2', async () => {
  const result = await run(['--explain', 'missing-spce'], workspace({}))
  assert.equal(result.code, 2)
  assert.match(result.stderr, /^copydesk: unknown rule `missing-spce`; did you mean `missing-space`\? \(the rules: .*\bboilerplate, calque, .*\)\n$/)
})
