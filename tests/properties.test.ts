// Properties on generated articles, with a fixed seed (scripts/fuzz.ts has the
// generators and checks; `npm run fuzz` runs them longer with a random seed).
// Every rule is taken from the registry, so rules are covered as they land.
// The runs over generated articles are slow (tests/slow.ts); CI runs them.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {ConfigError, parseConfig} from '../src/config/load.js'
import {articleArbitrary, checkDecode, checkPieces, checkPipeline, checkRule, ruleIds, sourceArbitrary} from '../scripts/fuzz.js'
import {slow} from './slow.js'

const seed = 20260601

test('properties: the whole pipeline, every rule on, on generated Markdown and Unicode', slow, () => {
  fc.assert(
    fc.property(articleArbitrary, sourceArbitrary, (text, source) => checkPipeline(text, source)),
    {seed, numRuns: 60}
  )
})

for (const ruleId of ruleIds) {
  test(`properties: ${ruleId} alone (positions, fixes inside findings and disjoint, fixing twice = once)`, slow, () => {
    fc.assert(
      fc.property(articleArbitrary, sourceArbitrary, (text, source) => checkRule(ruleId, text, source)),
      {seed, numRuns: 25}
    )
  })
}

test('properties: a file parsed in pieces gives the tree parsed whole', slow, () => {
  fc.assert(fc.property(articleArbitrary, fc.integer({min: 1, max: 200}), (text, size) => checkPieces(text, size)), {seed, numRuns: 150})
})

test('properties: any bytes decode to a file or a reason, never an exception', () => {
  fc.assert(fc.property(fc.uint8Array({maxLength: 400}), (bytes) => checkDecode(bytes)), {seed, numRuns: 500})
  const text = fc.string({unit: 'binary', maxLength: 200}).map((value) => new TextEncoder().encode(value))
  fc.assert(fc.property(text, (bytes) => checkDecode(bytes)), {seed, numRuns: 300})
})

test('properties: any JSON as configuration is accepted or one ConfigError, never another exception', () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
      try {
        parseConfig(text, 'rules.config.json')
      } catch (error) {
        assert.ok(error instanceof ConfigError, String(error))
        assert.ok(!(error as Error).message.includes('\n'), 'one line')
      }
    }),
    {seed, numRuns: 300}
  )
})
