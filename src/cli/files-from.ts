// --files-from FILE|-: the articles to check, one path per line as
// `git diff --name-only` prints them, or NUL-separated as with `-z`. Paths that are gone (a deleted file),
// are not articles (code, images, a story.zh.md source) or are ignored by
// the configuration are skipped without a word: a pull request that touches
// no article has nothing to check, and that is not an error.
import {readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {describeFsError} from '../io/files.js'
import {isArticle, stdinPath} from './inputs.js'

/** The list's text, from a file or (`-`) stdin; or the problem, in one line. */
export function readFileList(from: string, cwd: string, readStdin: () => Uint8Array | undefined): {text: string; problem?: undefined} | {problem: string} {
  try {
    const bytes = from === stdinPath ? readStdin() ?? new Uint8Array() : readFileSync(resolve(cwd, from))
    return {text: new TextDecoder().decode(bytes)}
  } catch (error) {
    return {problem: `${from}: cannot read the list of files (${describeFsError(error)})`}
  }
}

/**
 * The articles a list names. A list with a NUL in it (`git diff -z`) is
 * NUL-separated and taken verbatim; otherwise one path a line, trimmed, and
 * unquoted as git quotes unusual names.
 */
export function articlesFromList(list: string, cwd: string, isIgnored: (absolutePath: string) => boolean): string[] {
  const files: string[] = []
  const entries = list.includes('\0') ? list.split('\0') : list.split(/\r?\n/).map((line) => unquoteGitPath(line.trim()))
  for (const path of entries) {
    if (path === '' || !isArticle(path)) continue
    const absolute = resolve(cwd, path)
    if (isIgnored(absolute)) continue
    try {
      if (!statSync(absolute).isFile()) continue
    } catch {
      continue
    }
    files.push(absolute)
  }
  return files
}

const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}

/**
 * Git quotes a path with unusual characters, non-ASCII letters included
 * (`"news/caf\303\251.md"`), unless core.quotePath is off: undo that.
 */
export function unquoteGitPath(path: string): string {
  if (path.length < 2 || !path.startsWith('"') || !path.endsWith('"')) return path
  const body = path.slice(1, -1)
  const bytes: number[] = []
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else {
      const next = body[++i] ?? ''
      bytes.push(escapes[next] ?? next.charCodeAt(0))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
