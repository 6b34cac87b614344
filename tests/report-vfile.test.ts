// The stylish and json formats write each file's part from the messages
// directly; they read as vfile-reporter and vfile-reporter-json read the
// same file as vfile messages, which copydesk printed before (and which
// users' scripts parse): held equal here on any messages fast-check makes.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import type {Message} from '../src/message.js'
import {addVFileMessages} from '../src/pipeline/index.js'
import {jsonHead, jsonMessages} from '../src/report/json.js'
import {stylishFile} from '../src/report/stylish.js'

const point = fc.record({line: fc.integer({min: 1, max: 40}), column: fc.integer({min: 1, max: 90}), offset: fc.nat({max: 4000})})
/** Reasons with code spans, odd runs of backticks, wide characters and line breaks of every kind. */
const reason = fc
  .array(fc.constantFrom('Missing space', ' ', '`', '``', 'ended.The', '市长', '，', '😀', '\n', '\r\n', '\r', 'x', '.'), {minLength: 1, maxLength: 12})
  .map((parts) => parts.join(''))
const message: fc.Arbitrary<Message> = fc
  .record({
    ruleId: fc.constantFrom('missing-space', 'calque', 'name-mismatch', 'a', 'b'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    reason,
    place: fc.option(fc.oneof(point, fc.record({start: point, end: point})), {nil: undefined}),
    url: fc.option(fc.constant('https://example.com/rule.md'), {nil: undefined}),
    actual: fc.option(fc.string(), {nil: undefined}),
    expected: fc.option(fc.array(fc.string(), {maxLength: 2}), {nil: undefined}),
    note: fc.option(fc.string({minLength: 1}), {nil: undefined})
  })
  .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as Message)
const path = fc.constantFrom('news/a.md', '<stdin>', 'b c.md', '')

const asVFile = (name: string, messages: Message[]) => addVFileMessages(new VFile({cwd: '/desk', ...(name ? {path: name} : {})}), messages)

test('stylish: a file part reads as vfile-reporter printed it, colour or none', () => {
  fc.assert(
    fc.property(path, fc.array(message, {minLength: 1, maxLength: 8}), fc.boolean(), (name, messages, color) => {
      let expected = reporter([asVFile(name, messages)], {color, quiet: true}) + '\n'
      // vfile-reporter's closing count comes after a blank line; copydesk counts the whole run once.
      if (messages.some((each) => each.severity !== 'info')) expected = expected.slice(0, expected.lastIndexOf('\n\n')) + '\n'
      assert.equal(stylishFile({path: name, messages}, color, true), expected)
    })
  )
})

test('stylish: a file without findings prints nothing; a later slice of a file leaves out its name', () => {
  assert.equal(stylishFile({path: 'a.md', messages: []}, false, true), '')
  const messages: Message[] = [{ruleId: 'calque', severity: 'warning', reason: 'Literal `x`', place: {line: 2, column: 3}}]
  assert.equal(stylishFile({path: 'a.md', messages}, false, true), 'a.md\n2:3 warning Literal `x` calque copydesk\n')
  assert.equal(stylishFile({path: 'a.md', messages}, false, false), '2:3 warning Literal `x` calque copydesk\n')
})

test('json: a file object, up to its risk, reads as vfile-reporter-json wrote it', () => {
  fc.assert(
    fc.property(path, fc.array(message, {maxLength: 8}), (name, messages) => {
      // `[{…,"messages":[…]}]` without the `]}]` that closes the list, the object and the array.
      const expected = reporterJson([asVFile(name, messages)]).slice(1, -3)
      assert.equal(jsonHead({path: name, messages}, '/desk') + jsonMessages(messages), expected)
    })
  )
})
