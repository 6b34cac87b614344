// Inline directives: disable-line, disable-next-line, disable … enable, unknown ids, unused ones.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {resolveConfig} from '../src/config/load.js'
import {lintVFile} from '../src/pipeline/index.js'
import {describe} from './helpers.js'
import {run, workspace} from './cli-run.js'

/** Findings of missing-space and of the directives themselves, as strings with their rule id. */
function check(text: string, reportUnusedDirectives = false, rules: Record<string, 'off' | 'error'> = {}): string[] {
  const file = new VFile({path: 'story.md', value: text})
  lintVFile(file, resolveConfig({rules: {'missing-space': 'error', ...rules}, reportUnusedDirectives}, undefined), {only: ['missing-space', 'repeated-words']})
  return describe(file.messages).map((line, index) => `${line} [${file.messages[index]!.ruleId}]`)
}

const lines = (...text: string[]) => text.join('\n') + '\n'

test('directives: disable-line switches the rule off on its own line only, not for the rest of the file', () => {
  const text = lines('The meeting ended.The heads left. <!-- copydesk-disable-line missing-space -->', 'The talks ended.The guests left.', '', 'Prices rose.Sales fell.')
  assert.deepEqual(check(text), [
    '2:11-2:20: Missing space after `.`, expected `ended. The` [missing-space]',
    '4:8-4:18: Missing space after `.`, expected `rose. Sales` [missing-space]'
  ])
})

test('directives: disable-next-line switches the rule off on the next line only', () => {
  const text = lines('<!-- copydesk-disable-next-line missing-space -->', 'The meeting ended.The heads left.', '', 'Prices rose.Sales fell.')
  assert.deepEqual(check(text), ['4:8-4:18: Missing space after `.`, expected `rose. Sales` [missing-space]'])
})

test('directives: disable … enable switches the rule off between them, and disable alone for the rest of the file', () => {
  const region = lines('<!-- copydesk-disable missing-space -->', '', 'The meeting ended.The heads left.', '', '<!-- copydesk-enable missing-space -->', '', 'Prices rose.Sales fell.')
  assert.deepEqual(check(region), ['7:8-7:18: Missing space after `.`, expected `rose. Sales` [missing-space]'])
  const rest = lines('Prices rose.Sales fell.', '', '<!-- copydesk-disable missing-space -->', '', 'The meeting ended.The heads left.', '', 'Costs rose.Sales fell.')
  assert.deepEqual(check(rest), ['1:8-1:18: Missing space after `.`, expected `rose. Sales` [missing-space]'])
})

test('directives: without ids a directive applies to every rule; with other ids it leaves this one alone', () => {
  assert.deepEqual(check(lines('The meeting ended.The heads left. <!-- copydesk-disable-line -->')), [])
  assert.deepEqual(check(lines('<!-- copydesk-disable-next-line repeated-words -->', 'The meeting ended.The heads left.')), [
    '2:13-2:22: Missing space after `.`, expected `ended. The` [missing-space]'
  ])
})

test('directives: an unknown rule id is a warning naming it, with the closest id', () => {
  const text = lines('<!-- copydesk-disable-next-line missing-spce -->', 'The meeting ended.The heads left.')
  assert.deepEqual(check(text), [
    '1:1-1:49: Unknown rule `missing-spce` in `copydesk-disable-next-line`; did you mean `missing-space`? [directive]',
    '2:13-2:22: Missing space after `.`, expected `ended. The` [missing-space]'
  ])
  assert.deepEqual(check(lines('<!-- copydesk-disable banana -->')), ['1:1-1:33: Unknown rule `banana` in `copydesk-disable` [directive]'])
})

test('directives: with reportUnusedDirectives, a directive that switched nothing off is a warning; a used one is not', () => {
  const text = lines(
    'The meeting ended.The heads left. <!-- copydesk-disable-line missing-space -->',
    '',
    '<!-- copydesk-disable-next-line missing-space -->',
    'The heads left on time.',
    '',
    '<!-- copydesk-disable-line -->'
  )
  const unused = [
    '3:1-3:50: Unused `copydesk-disable-next-line missing-space`: no `missing-space` finding to switch off, remove it [directive]',
    '6:1-6:31: Unused `copydesk-disable-line`: no finding to switch off, remove it [directive]'
  ]
  assert.deepEqual(check(text, true), unused)
  assert.deepEqual(check(text, false), [])
  // A rule that did not run cannot have used its directive: no word about it.
  assert.deepEqual(check(lines('<!-- copydesk-disable-next-line missing-space -->', 'Fine.'), true, {'missing-space': 'off'}), [])
})

test('directives: --report-unused-directives on the command line', async () => {
  const dir = workspace({'a.md': lines('<!-- copydesk-disable-next-line missing-space -->', 'The heads left on time.')})
  assert.deepEqual(await run(['--format', 'compact', 'a.md'], dir), {code: 0, stdout: '', stderr: ''})
  assert.deepEqual(await run(['--format', 'compact', '--report-unused-directives', 'a.md'], dir), {
    code: 0,
    stdout: 'a.md:1:1:1:50: warning Unused `copydesk-disable-next-line missing-space`: no `missing-space` finding to switch off, remove it [directive]\n',
    stderr: ''
  })
})
