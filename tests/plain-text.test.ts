// How a plain-text article is read (issue 25): `.txt`, and stdin without a
// Markdown name, have no code; every line is prose, however it is indented.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {resolveConfig} from '../src/config/load.js'
import {isPlainTextPath, parseMarkdown} from '../src/pipeline/parse.js'
import {lintVFile} from '../src/pipeline/index.js'
import {rules} from '../src/rules/index.js'
import {run} from './cli-run.js'
import {describe} from './helpers.js'
import {workspace} from './cli-run.js'

const onlyMissingSpace = resolveConfig({rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'missing-space' ? 'error' : 'off']))}, undefined)
const check = (path: string, value: string) => describe(lintVFile(new VFile({path, value}), onlyMissingSpace).messages)

const indented = 'The mayor came.\n\n    The plant opened in May.It employs 300 people.\n'

test('plain text: an indented paragraph of a .txt article is prose and is checked', () => {
  assert.deepEqual(check('story.txt', indented), ['3:25-3:31: Missing space after `.`, expected `May. It`'])
})

test('plain text: the same paragraph in a .md article is indented code and is skipped', () => {
  assert.deepEqual(check('story.md', indented), [])
})

test('plain text: backticks and fences are text, not code', () => {
  const tree = parseMarkdown(new VFile({path: 'a.txt', value: 'He Zi`ang said so.Then `left`.\n\n```\nA fence.\n```\n'})).tree
  assert.deepEqual(tree.children.map((node) => node.type), ['paragraph', 'paragraph'])
  assert.deepEqual(check('a.txt', 'He Zi`ang said so.Then `left`.\n'), ['1:16-1:23: Missing space after `.`, expected `so. Then`'])
})

test('plain text: headings, blank-line paragraphs and directives keep working', () => {
  const tree = parseMarkdown(new VFile({path: 'a.txt', value: '# Title\n\nOne.\n\n<!-- copydesk-disable -->\n\nTwo.\n'})).tree
  assert.deepEqual(tree.children.map((node) => node.type), ['heading', 'paragraph', 'html', 'paragraph'])
})

test('plain text: which names are plain text', () => {
  assert.equal(isPlainTextPath('story.txt'), true)
  assert.equal(isPlainTextPath('<stdin>'), true)
  assert.equal(isPlainTextPath('NOTES'), true)
  assert.equal(isPlainTextPath('story.md'), false)
  assert.equal(isPlainTextPath('story.Markdown'), false)
  assert.equal(isPlainTextPath(undefined), false)
})

test('plain text: stdin is plain text unless --stdin-filename names Markdown', async () => {
  const dir = workspace({})
  const count = async (argv: string[]) => (JSON.parse((await run(['--format', 'json', '--rule', 'missing-space', ...argv, '-'], dir, indented)).stdout) as Array<{messages: unknown[]}>)[0]!.messages.length
  assert.equal(await count([]), 1)
  assert.equal(await count(['--stdin-filename', 'story.txt']), 1)
  assert.equal(await count(['--stdin-filename', 'story.md']), 0)
})
