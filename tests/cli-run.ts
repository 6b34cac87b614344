// Running the CLI in-process for tests, and making throwaway workspaces.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {main} from '../src/cli.js'
import type {CliIo} from '../src/cli/io.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process in `cwd`. */
export async function run(argv: string[], cwd: string, stdin?: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd,
    env,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    readStdin: () => (stdin === undefined ? undefined : new TextEncoder().encode(stdin))
  }
  const code = await main(argv, io)
  return {code, stdout, stderr}
}

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), text)
  }
  return dir
}

