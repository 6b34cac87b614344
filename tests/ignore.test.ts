// What a run leaves alone: the configuration's `ignore`, .copydeskignore, --no-ignore.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {run, workspace} from './cli-run.js'

const bad = 'It ended.Then it began.\n'
const finding = (path: string) => `${path}:1:4:1:14: error Missing space after \`.\`, expected \`ended. Then\` [missing-space]\n`

test('ignore: a file named on the command line that `ignore` matches is not linted, with a warning as ESLint gives', async () => {
  const dir = workspace({'rules.config.json': '{"ignore": ["drafts/**"]}', 'drafts/a.md': bad, 'b.md': bad})
  assert.deepEqual(await run(['--format', 'compact', 'drafts/a.md', 'b.md'], dir), {
    code: 1,
    stdout: finding('b.md'),
    stderr: 'copydesk: warning: drafts/a.md: File ignored because of a matching ignore pattern; use --no-ignore to check it\n'
  })
  assert.deepEqual(await run(['--format', 'compact', '--no-ignore', 'drafts/a.md'], dir), {code: 1, stdout: finding('drafts/a.md'), stderr: ''})
})

test('ignore: .copydeskignore in gitignore syntax applies to folders, globs and named files; --no-ignore turns it off', async () => {
  const dir = workspace({
    '.copydeskignore': '# wire copy is checked upstream\nwire/\n*.draft.md\n!keep.draft.md\n',
    'wire/a.md': bad,
    'news/b.draft.md': bad,
    'news/keep.draft.md': bad,
    'news/c.md': bad
  })
  assert.deepEqual(await run(['--format', 'compact', '.'], dir), {code: 1, stdout: finding('news/c.md') + finding('news/keep.draft.md'), stderr: ''})
  assert.deepEqual(await run(['--format', 'compact', 'news/*.md'], dir), {code: 1, stdout: finding('news/c.md') + finding('news/keep.draft.md'), stderr: ''})
  const named = await run(['--format', 'compact', 'wire/a.md'], dir)
  assert.deepEqual(named, {code: 0, stdout: '', stderr: 'copydesk: warning: wire/a.md: File ignored because of a matching ignore pattern; use --no-ignore to check it\n'})
  const all = await run(['--format', 'compact', '--no-ignore', '.'], dir)
  assert.equal(all.stdout, finding('news/b.draft.md') + finding('news/c.md') + finding('news/keep.draft.md') + finding('wire/a.md'))
})

test('ignore: --files-from skips ignored paths without a word and reads a NUL-separated list verbatim', async () => {
  const dir = workspace({'.copydeskignore': 'wire/\n', 'wire/a.md': bad, 'news/café story.md': bad, 'news/ spaced .md': bad})
  const result = await run(['--format', 'compact', '--files-from', '-'], dir, 'wire/a.md\0news/café story.md\0news/ spaced .md\0')
  assert.deepEqual(result, {code: 1, stdout: finding('news/café story.md') + finding('news/ spaced .md'), stderr: ''})
})
