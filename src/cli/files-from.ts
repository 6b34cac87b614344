// --files-from FILE|-: the articles to check, one path per line, as
// `git diff --name-only` prints them. Paths that are gone (a deleted file),
// are not articles (code, images, a story.zh.md source) or are ignored by
// the configuration are skipped without a word: a pull request that touches
// no article has nothing to check, and that is not an error.
import {readFileSync, statSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import picomatch from 'picomatch'
import {describeFsError, isArticle, stdinPath} from './inputs.js'

/** The list's text, from a file or (`-`) stdin; or the problem, in one line. */
export function readFileList(from: string, cwd: string, readStdin: () => Uint8Array | undefined): {text: string; problem?: undefined} | {problem: string} {
  try {
    const bytes = from === stdinPath ? readStdin() ?? new Uint8Array() : readFileSync(resolve(cwd, from))
    return {text: new TextDecoder().decode(bytes)}
  } catch (error) {
    return {problem: `${from}: cannot read the list of files (${describeFsError(error)})`}
  }
}

export function articlesFromList(list: string, cwd: string, ignore: readonly string[], ignoreBase: string): string[] {
  const ignored = ignore.length > 0 ? picomatch([...ignore], {dot: true}) : () => false
  const files: string[] = []
  for (const line of list.split(/\r?\n/)) {
    const path = line.trim()
    if (path === '' || !isArticle(path)) continue
    const absolute = resolve(cwd, path)
    if (ignored(relative(ignoreBase, absolute).split('\\').join('/'))) continue
    try {
      if (!statSync(absolute).isFile()) continue
    } catch {
      continue
    }
    files.push(absolute)
  }
  return files
}
