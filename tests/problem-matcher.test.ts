// The VS Code task's problem matcher, applied exactly as tasks.json writes
// it to the compact output of a real run: every finding must come out with
// its file, position, severity, message and rule id.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {parse, type ParseError} from 'jsonc-parser'
import {run, workspace} from './cli-run.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

interface Pattern {
  regexp: string
  file: number
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: number
  message: number
  code: number
}
interface Task {
  label: string
  command: string
  args: string[]
  options?: {cwd?: string}
  problemMatcher: {owner: string; fileLocation: [string, string]; pattern: Pattern}
}

function readTask(): Task {
  const errors: ParseError[] = []
  const tasks = parse(readFileSync(join(root, '.vscode/tasks.json'), 'utf8'), errors) as {tasks: Task[]}
  assert.deepEqual(errors, [], 'tasks.json parses as JSONC')
  const task = tasks.tasks.find((t) => t.problemMatcher?.owner === 'copydesk')
  assert.ok(task, 'a task with the copydesk problem matcher')
  return task
}

interface JsonReport {
  path: string
  messages: Array<{
    reason: string
    ruleId: string | null
    fatal?: boolean | null
    place?: {start: {line: number; column: number}; end: {line: number; column: number}} | {line: number; column: number} | null
    line: number | null
    column: number | null
  }>
}

/** What VS Code's matcher makes of each output line, and the lines it misses. */
function applyMatcher(task: Task, output: string, workspace: string) {
  const {pattern, fileLocation} = task.problemMatcher
  assert.deepEqual(fileLocation, ['relative', '${workspaceFolder}'])
  const regexp = new RegExp(pattern.regexp)
  const problems = []
  const unmatched = []
  for (const line of output.split('\n')) {
    if (line === '') continue
    const match = regexp.exec(line)
    if (!match) {
      unmatched.push(line)
      continue
    }
    problems.push({
      file: resolve(workspace, match[pattern.file]!),
      line: Number(match[pattern.line]),
      column: Number(match[pattern.column]),
      endLine: Number(match[pattern.endLine]),
      endColumn: Number(match[pattern.endColumn]),
      severity: match[pattern.severity],
      message: match[pattern.message],
      code: match[pattern.code]
    })
  }
  return {problems, unmatched}
}

/** The same findings from the JSON report, as the matcher should see them. */
function expectedProblems(report: JsonReport[], workspace: string) {
  return report.flatMap((file) =>
    file.messages.map((message) => {
      const place = message.place
      const start = place && 'start' in place ? place.start : {line: message.line ?? 1, column: message.column ?? 1}
      const end = place && 'end' in place ? place.end : start
      return {
        file: resolve(workspace, file.path),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message: message.reason,
        code: message.ruleId ?? 'copydesk'
      }
    })
  )
}

async function check(task: Task, args: string[], workspace: string) {
  const compact = await run(args, workspace)
  assert.equal(compact.stderr, '')
  const json = await run(args.map((arg) => (arg === 'compact' ? 'json' : arg)), workspace)
  const expected = expectedProblems(JSON.parse(json.stdout) as JsonReport[], workspace)
  const {problems, unmatched} = applyMatcher(task, compact.stdout, workspace)
  assert.deepEqual(unmatched, [], 'every output line is a problem')
  assert.deepEqual(problems, expected)
  return problems
}

test('problem matcher: the shipped task, run as written on the examples, matches every finding', async () => {
  const task = readTask()
  assert.equal(task.command, 'npx')
  assert.equal(task.args[0], 'copydesk')
  assert.equal(task.options?.cwd, '${workspaceFolder}')
  const args = task.args.slice(1)
  assert.ok(args.includes('compact'), 'the task runs the compact format')
  const problems = await check(task, args, root)
  assert.ok(problems.length >= 3, 'the examples have findings')
  assert.ok(problems.some((p) => p.severity === 'error' && p.code === 'missing-space'))
})

test('problem matcher: all severities, odd file names and a finding without a position', async () => {
  const task = readTask()
  const dir = workspace({
    'rules.config.json': JSON.stringify({rules: {boilerplate: 'info'}}),
    'news/a story, 2021.md': 'The plant opened.It grew.\n\nReprint Statement: all rights reserved.\n',
    'news/odd:1:2 name.md': '---\ntitle: [unclosed\n---\n\nShe left,then came back.\r\nThe end.\n'
  })
  const problems = await check(task, ['--format', 'compact', 'news'], dir)
  assert.deepEqual(
    problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.column, p.severity, p.code]),
    [
      ['news/a story, 2021.md', 1, 11, 'error', 'missing-space'],
      ['news/a story, 2021.md', 3, 1, 'info', 'boilerplate'],
      ['news/odd:1:2 name.md', 1, 1, 'warning', 'front-matter'],
      ['news/odd:1:2 name.md', 5, 5, 'error', 'missing-space']
    ]
  )
})

test('problem matcher: the README shows the same regular expression as tasks.json', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const snippet = /```jsonc\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## VS Code')))
  assert.ok(snippet, 'a tasks.json snippet in the VS Code section')
  const shown = (parse(snippet[1]!) as {tasks: Task[]}).tasks[0]!.problemMatcher
  assert.deepEqual(shown, readTask().problemMatcher)
})
