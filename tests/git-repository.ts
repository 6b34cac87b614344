// A throwaway git repository holding a pull request, for the CI recipe and the Action.
import {execFileSync} from 'node:child_process'
import {mkdirSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {workspace} from './cli-run.js'

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.com', '-c', 'init.defaultBranch=main', ...args], {cwd: dir, encoding: 'utf8'})

/** A repository whose second commit moves an article into a folder with an unusual name, edits it, and adds another. */
export function pullRequestRepository(): {dir: string; base: string; head: string} {
  const paragraphs = Array.from({length: 8}, (_, index) => `Paragraph ${index + 1} of the report describes the harbour works in some detail.`)
  const dir = workspace({'news/harbour.md': paragraphs.join('\n\n') + '\n', 'news/old.md': 'The old story stays as it was.\n'})
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-qm', 'base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  mkdirSync(join(dir, 'archive/été 2026'), {recursive: true})
  renameSync(join(dir, 'news/harbour.md'), join(dir, 'archive/été 2026/harbour "final".md'))
  paragraphs[2] = 'The crane arrived.Work began at once.'
  writeFileSync(join(dir, 'archive/été 2026/harbour "final".md'), paragraphs.join('\n\n') + '\n')
  writeFileSync(join(dir, 'news/new.md'), 'The new story ended.It was short.\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'rename and edit')
  return {dir, base, head: git(dir, 'rev-parse', 'HEAD').trim()}
}

