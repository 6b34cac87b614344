// --format sarif: valid against the SARIF 2.1.0 schema, with rules, levels,
// relative URIs, regions, and fingerprints that survive unrelated edits.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {test} from 'node:test'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type {Log} from 'sarif'
import type {Message} from '../src/message.js'
import {fingerprintKey, Fingerprints} from '../src/report/sarif.js'
import {run, workspace} from './cli-run.js'

// Microsoft's SARIF 2.1.0 schema (rtm.5, the schema of the OASIS standard),
// as the @microsoft/jest-sarif package ships it.
const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object
// Without the `u` flag: the schema's `language` pattern has a stray `]`,
// which only Unicode-mode regular expressions reject.
const ajv = new Ajv04.default({allErrors: true, strict: false, unicodeRegExp: false})
addFormats.default(ajv)
const validate = ajv.compile(schema)

async function sarif(files: Record<string, string>, args: string[] = ['.']): Promise<Log> {
  const dir = workspace(files)
  const result = await run(['--format', 'sarif', ...args], dir)
  assert.equal(result.stderr, '')
  const log = JSON.parse(result.stdout) as Log
  const valid = validate(log)
  assert.ok(valid, JSON.stringify(validate.errors, null, 2))
  return log
}

const article = [
  '---',
  'title: A visit',
  '---',
  '',
  'The mayor came.She left early.',
  '',
  'Reprint Statement: all rights reserved.',
  ''
].join('\n')

test('sarif: a real run validates against the SARIF 2.1.0 schema', async () => {
  const log = await sarif({
    'rules.config.json': JSON.stringify({rules: {boilerplate: 'info'}}),
    'news/city hall/visit é.md': article,
    'news/clean.md': 'Nothing to see here.\n'
  })
  assert.equal(log.version, '2.1.0')
  assert.equal(log.runs.length, 1)
  const runLog = log.runs[0]!
  const driver = runLog.tool.driver
  assert.equal(driver.name, 'copydesk')
  assert.match(driver.version!, /^\d+\.\d+\.\d+/)
  assert.equal(driver.informationUri, 'https://github.com/copydesk/copydesk')
  // Every rule that fired, once, with its description, help and level.
  assert.deepEqual(
    driver.rules!.map((rule) => [rule.id, rule.helpUri, rule.defaultConfiguration?.level]),
    [
      ['missing-space', 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md', 'error'],
      ['boilerplate', 'https://github.com/copydesk/copydesk/blob/main/docs/rules/boilerplate.md', 'note']
    ]
  )
  assert.match(driver.rules![0]!.shortDescription!.text, /No space after a punctuation mark/)

  const [space, boilerplate] = runLog.results!
  assert.deepEqual(
    {...space, partialFingerprints: undefined},
    {
      ruleId: 'missing-space',
      ruleIndex: 0,
      level: 'error',
      message: {text: 'Missing space after `.`, expected `came. She`'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'news/city%20hall/visit%20%C3%A9.md'},
            region: {startLine: 5, startColumn: 11, endLine: 5, endColumn: 19}
          }
        }
      ],
      partialFingerprints: undefined
    }
  )
  assert.equal(boilerplate!.level, 'note')
  assert.equal(boilerplate!.ruleIndex, 1)
  assert.match(space!.partialFingerprints![fingerprintKey]!, /^[0-9a-f]{32}:1$/)
})

test('sarif: no findings is still a valid log with an empty run', async () => {
  // The validator does reject what the schema forbids.
  assert.equal(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]}), false)
  assert.equal(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{level: 'fatal', message: {text: 'x'}}]}]}), false)
  const log = await sarif({'a.md': 'All is well.\n'})
  assert.deepEqual(log.runs[0]!.results, [])
  assert.deepEqual(log.runs[0]!.tool.driver.rules, [])
})

test('sarif: fingerprints survive edits elsewhere and tell identical findings apart', async () => {
  const fingerprints = async (text: string) =>
    (await sarif({'a.md': text})).runs[0]!.results!.map((result) => [
      result.locations![0]!.physicalLocation!.region!.startLine,
      result.partialFingerprints![fingerprintKey]
    ])
  const before = await fingerprints('It rained.Then it stopped.\n\nThe end came.It was late.\n')
  // A new paragraph above moves both findings down two lines …
  const after = await fingerprints('A new first paragraph.\n\nIt rained.Then it stopped.\n\nThe end came.It was late.\n')
  assert.deepEqual(after.map(([line]) => line), [3, 5])
  // … and their fingerprints stay.
  assert.deepEqual(after.map(([, print]) => print), before.map(([, print]) => print))
  // Re-wrapping a paragraph's lines changes nothing either.
  const rewrapped = await fingerprints('It rained.Then\nit stopped.\n\nThe end came.It was late.\n')
  assert.deepEqual(rewrapped.map(([, print]) => print), before.map(([, print]) => print))
  // An edit to the finding's own paragraph gives it a new identity.
  const edited = await fingerprints('It poured.Then it stopped.\n\nThe end came.It was late.\n')
  assert.notEqual(edited[0]![1], before[0]![1])
  assert.equal(edited[1]![1], before[1]![1])
  // The same finding twice in one paragraph: one hash, two counters.
  const twice = await fingerprints('It rained.Then it rained.Then it stopped.\n')
  const [first, second] = twice.map(([, print]) => String(print))
  assert.equal(first!.split(':')[0], second!.split(':')[0])
  assert.deepEqual([first!.split(':')[1], second!.split(':')[1]], ['1', '2'])
})

test('sarif: a run whose files went past --max-findings validates, with the count left out in a run property and a notification per file', async () => {
  const log = await sarif({'a.md': 'It ended.Then it began.\n\nIt rose.Then it fell.\n\nIt came.Then it went.\n', 'b.md': 'It rose.Then it fell.\n'}, ['--max-findings', '1', '.'])
  const runLog = log.runs[0]!
  assert.deepEqual(runLog.properties, {'copydesk/omittedFindings': {total: 2, error: 2, warning: 0, info: 0}})
  assert.deepEqual(
    runLog.invocations?.[0]?.toolExecutionNotifications?.map((notification) => [notification.message.text, notification.locations?.[0]?.physicalLocation?.artifactLocation?.uri, notification.properties]),
    [['2 more findings not shown (2 errors): only the first 1 of a file are reported (--max-findings)', 'a.md', {omitted: {total: 2, error: 2, warning: 0, info: 0}}]]
  )
})

test('sarif: fingerprints of a file with more findings than are remembered are the ones counted whole, in file order', () => {
  // Two identical paragraphs: their findings share a hash, and count on from the first.
  const paragraph = 'It ended.Then it began. It ended.Then it began.'
  const value = Array.from({length: 6}, (_, index) => (index === 3 ? paragraph : `Report ${index} ended.Then it began.`)).join('\n\n') + `\n\n${paragraph}\n`
  const messages: Message[] = [...value.matchAll(/ended\.Then/g)].map((match) => ({
    ruleId: 'missing-space',
    severity: 'error',
    reason: 'x',
    place: {start: {line: 1, column: 1, offset: match.index}, end: {line: 1, column: 1, offset: match.index + 10}}
  }))
  const whole = new Fingerprints(value)
  const expected = messages.map((message) => whole.next('missing-space', message))
  assert.equal(new Set(expected).size, expected.length)
  assert.deepEqual(expected.slice(3, 5).map((print) => print.split(':')[1]), ['1', '2'])
  assert.deepEqual(expected.slice(-2).map((print) => print.split(':')[1]), ['3', '4'])
  // Remembering two at a time gives the same, but for the repeat of a paragraph forgotten by then.
  const forgetful = new Fingerprints(value, 2)
  const got = messages.map((message) => forgetful.next('missing-space', message))
  assert.deepEqual(got.slice(0, -2), expected.slice(0, -2))
  assert.deepEqual(got.slice(-2).map((print) => print.split(':')[1]), ['1', '2'])
})
