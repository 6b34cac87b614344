// Standard input as editors and Node give it to a child: a socket, not a FIFO.
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {workspace} from './cli-run.js'

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))

/** Spawn the CLI as child_process does by default (stdin a socketpair), write `input` and close it. */
async function spawnWithInput(args: string[], input: string, cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, ...args], {cwd})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const closed = once(child, 'close')
  // Written in two pieces, the second after a pause, as an editor streams a buffer.
  child.stdin.write('The meeting ended.The heads ')
  await new Promise((resolve) => setTimeout(resolve, 100))
  child.stdin.end(input)
  const [code] = (await closed) as [number]
  return {code, stdout, stderr}
}

test('stdin: an article written to a socket stdin is read whole and checked', async () => {
  const dir = workspace({})
  const result = await spawnWithInput(['--format', 'compact', '--stdin-filename', 'story.md', '-'], 'left.\n', dir)
  assert.deepEqual(result, {
    code: 1,
    stdout: 'story.md:1:13:1:22: error Missing space after `.`, expected `ended. The` [missing-space]\n',
    stderr: ''
  })
})

test('stdin: with no paths, a socket stdin is the article', async () => {
  const dir = workspace({})
  const result = await spawnWithInput(['--format', 'compact'], 'left.\n', dir)
  assert.equal(result.code, 1)
  assert.equal(result.stdout, '<stdin>:1:13:1:22: error Missing space after `.`, expected `ended. The` [missing-space]\n')
})
