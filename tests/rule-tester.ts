// A rule tester in the shape of ESLint's RuleTester and textlint-tester: each
// case is data — text that must pass, text that must give exactly these
// findings, and the text `--fix` must make of it. A case with `output` must
// offer a fix; a case without it must offer none, so `fixable` cannot drift.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {describe, fixWith, type LintWith, lintWith} from './helpers.js'

/** A text and how to lint it: `setting`, `config`, `source` and `path` as in `lintWith`. */
interface Case extends LintWith {
  /** Shown in the test name; the text itself when absent. */
  name?: string
  text: string
}

export type ValidCase = Case | string

export interface InvalidCase extends Case {
  /** Every finding, in order, as `line:column-line:column: message`. */
  errors: string[]
  /** The text after one pass of fixes; absent when no finding may be fixed. */
  output?: string
}

export interface RuleTests {
  valid: ValidCase[]
  invalid: InvalidCase[]
}

const label = (kind: string, item: Case) => `${kind}: ${item.name ?? JSON.stringify(item.text.slice(0, 60))}`

/** Register one node:test per case for rule `ruleId`. */
export function testRule(ruleId: string, {valid, invalid}: RuleTests): void {
  for (const entry of valid) {
    const item = typeof entry === 'string' ? {text: entry} : entry
    test(`${ruleId} ${label('valid', item)}`, () => {
      assert.deepEqual(describe(lintWith(item.text, ruleId, item)), [])
    })
  }
  for (const item of invalid) {
    test(`${ruleId} ${label('invalid', item)}`, () => {
      const messages = lintWith(item.text, ruleId, item)
      assert.deepEqual(describe(messages), item.errors)
      const fixed = messages.filter((message) => message.fix)
      if (item.output === undefined) {
        assert.deepEqual(fixed.map((message) => message.reason), [], 'findings offer a fix: give the case an `output`')
      } else {
        assert.ok(fixed.length > 0, 'the case gives an `output` but no finding offers a fix')
        assert.equal(fixWith(item.text, ruleId, item), item.output)
      }
    })
  }
}
