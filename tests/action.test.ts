// action.yml's script run as the Action runs it, against a pull request that renames and edits an article;
// .pre-commit-hooks.yaml as pre-commit calls it.
import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {parse} from 'yaml'
import {run, workspace} from './cli-run.js'
import {pullRequestRepository} from './git-repository.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const copydesk = `${process.execPath} --import ${import.meta.resolve('tsx')} ${join(root, 'src/cli.ts')}`

test('action: one lint run gives annotations on stdout, SARIF and outputs, for renamed-and-edited and new articles', () => {
  const {dir, base, head} = pullRequestRepository()
  const out = mkdtempSync(join(tmpdir(), 'copydesk-action-'))
  const outputs = join(out, 'github-output')
  const result = spawnSync(join(root, 'action/run.sh'), {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, COPYDESK_BASE: base, COPYDESK_HEAD: head, COPYDESK_COMMAND: copydesk, COPYDESK_ARGS: '--timing', COPYDESK_OUTPUT: out, GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: ''}
  })
  assert.equal(result.status, 1)
  // --timing: the SARIF run ran the rules; the annotations run ran none, answered from the cache.
  const tables = result.stderr.split(/(?=^Rule +\|)/m)
  assert.equal(tables.length, 2, result.stderr)
  assert.match(tables[0]!, /^missing-space +\|/m)
  assert.doesNotMatch(tables[1]!, /^missing-space/m)
  assert.equal(
    result.stdout,
    [
      '::error file=archive/été 2026/harbour "final".md,line=5,col=11,endLine=5,endColumn=23,title=missing-space::Missing space after `.`, expected `arrived. Work`',
      '::error file=news/new.md,line=1,col=15,endLine=1,endColumn=23,title=missing-space::Missing space after `.`, expected `ended. It`',
      ''
    ].join('\n')
  )
  const sarif = JSON.parse(readFileSync(join(out, 'copydesk.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleId: string}>}>}
  assert.deepEqual(sarif.runs[0]!.results.map((entry) => entry.ruleId), ['missing-space', 'missing-space'])
  assert.equal(readFileSync(outputs, 'utf8'), `sarif=${join(out, 'copydesk.sarif')}\nexit-code=1\n`)
  assert.ok(existsSync(join(out, 'copydesk-cache')))
})

test('action: action.yml runs the script, uploads SARIF and fails on its exit code', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {runs: {using: string; steps: Array<Record<string, unknown>>}}
  assert.equal(action.runs.using, 'composite')
  const [check, upload, judge] = action.runs.steps
  assert.match(String(check!['run']), /\$GITHUB_ACTION_PATH\/action\/run\.sh/)
  assert.equal(upload!['uses'], 'github/codeql-action/upload-sarif@v3')
  assert.match(String(judge!['run']), /exit "\$\{\{ steps\.check\.outputs\.exit-code/)
  // Every variable the script reads is set by the step.
  const script = readFileSync(join(root, 'action/run.sh'), 'utf8')
  for (const name of ['COPYDESK_BASE', 'COPYDESK_HEAD', 'COPYDESK_ARGS', 'COPYDESK_COMMAND']) {
    assert.ok(script.includes(name) && Object.keys(check!['env'] as object).includes(name), name)
  }
})

test('pre-commit: the hook checks the staged article files it is given, errors only, and skips ignored ones with a warning', async () => {
  const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{id: string; entry: string; args: string[]; files: string; exclude: string}>
  assert.equal(hook!.id, 'copydesk')
  assert.equal(hook!.entry, 'copydesk')
  const names = ['news/a.md', 'news/a.zh.md', 'drafts/b.md', 'README.rst']
  const passed = names.filter((name) => new RegExp(hook!.files).test(name) && !new RegExp(hook!.exclude).test(name))
  assert.deepEqual(passed, ['news/a.md', 'drafts/b.md'])
  const dir = workspace({'rules.config.json': '{"ignore": ["drafts/**"]}', 'news/a.md': 'Ships waited.Trucks queued, and and left.\n', 'drafts/b.md': 'It ended.Then.\n'})
  execFileSync('git', ['init', '-q'], {cwd: dir})
  const result = await run([...hook!.args, '--format', 'compact', ...passed], dir)
  assert.deepEqual(result, {
    code: 1,
    stdout: 'news/a.md:1:7:1:20: error Missing space after `.`, expected `waited. Trucks` [missing-space]\n',
    stderr: 'copydesk: warning: drafts/b.md: File ignored because of a matching ignore pattern; use --no-ignore to check it\n'
  })
})
