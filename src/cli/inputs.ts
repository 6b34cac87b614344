// Command-line paths → the article files to lint, plus a problem line for
// each path that yields none. Directories are walked for articles; globs are
// expanded; the configuration's `ignore` globs drop matches. Only regular
// files are articles: a device (`/dev/zero`) or socket named on the command
// line is one problem line, never read; a FIFO (`<(cat a.md)`) is read to its
// end as standard input is. Temporary files of --fix, a report or a cache
// that a killed run left beside the articles are removed on the way.
import {closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs'
import {basename, dirname, join, relative, resolve} from 'node:path'
import picomatch from 'picomatch'
import {removeStaleTemporaries} from '../fix/atomic.js'
import {globSync, isDynamicPattern} from 'tinyglobby'

export const articleExtensions = ['.md', '.markdown', '.txt']
export const stdinPath = '-'

export interface InputProblem {
  path: string
  problem: string
}

export interface ExpandedInputs {
  /** Absolute paths, and `-` for stdin, in a stable order without repeats. */
  files: string[]
  problems: InputProblem[]
}

// story.zh.md / story.zh.txt: the Chinese source of story.md, not an English article.
export const isArticle = (name: string) => articleExtensions.some((ext) => name.toLowerCase().endsWith(ext)) && !/\.zh\.(?:md|markdown|txt)$/i.test(name)

export function expandInputs(paths: readonly string[], cwd: string, ignore: readonly string[], ignoreBase: string): ExpandedInputs {
  const files: string[] = []
  const problems: InputProblem[] = []
  const seen = new Set<string>()
  const ignored = ignore.length > 0 ? picomatch([...ignore], {dot: true}) : () => false
  const add = (file: string) => {
    // One file reached by two paths (a symbolic link) is checked once.
    const key = file === stdinPath ? file : realPath(file)
    if (seen.has(key)) return
    seen.add(key)
    files.push(file)
  }
  const isIgnored = (file: string) => ignored(relative(ignoreBase, file).split('\\').join('/'))

  for (const path of paths) {
    if (path === stdinPath) {
      add(stdinPath)
      continue
    }
    const absolute = resolve(cwd, path)
    let stats
    try {
      stats = statSync(fsPath(absolute))
    } catch (error) {
      if (rawName(absolute) !== undefined) {
        add(absolute)
        continue
      }
      if (isDynamicPattern(path)) {
        const matches = globSync(path, {cwd, absolute: true, ignore: ['**/node_modules/**'], onlyFiles: true}).filter(
          (file) => isArticle(file) && !isIgnored(file)
        )
        if (matches.length === 0) problems.push({path, problem: 'no article files match this pattern'})
        for (const file of matches.sort()) add(file)
      } else {
        problems.push({path, problem: describeFsError(error)})
      }
      continue
    }
    if (stats.isDirectory()) {
      const found: string[] = []
      const walked: InputProblem[] = []
      walk(absolute, found, walked, new Set())
      // Shown as the user would type them, like the paths they named.
      for (const problem of walked) problems.push({path: relative(cwd, problem.path) || problem.path, problem: problem.problem})
      const kept = found.filter((file) => !isIgnored(file))
      if (kept.length === 0) problems.push({path, problem: 'no article files (.md, .markdown, .txt) in this directory'})
      for (const file of kept) add(file)
    } else if (stats.isFile() || stats.isFIFO()) {
      // A file named on the command line is linted whatever its extension.
      add(absolute)
    } else {
      problems.push({path, problem: notAFile(stats)})
    }
  }
  for (const folder of new Set(files.filter((file) => file !== stdinPath).map(dirname))) removeStaleTemporaries(folder)
  return {files, problems}
}

/** Collect article files below `folder`, skipping node_modules, dot-folders and symlink loops. */
function walk(folder: string, found: string[], problems: InputProblem[], visited: Set<string>): void {
  let real: string
  try {
    real = realpathSync(folder)
  } catch (error) {
    problems.push({path: folder, problem: describeFsError(error)})
    return
  }
  if (visited.has(real)) {
    problems.push({path: folder, problem: 'symbolic link loop, not followed'})
    return
  }
  visited.add(real)
  let entries
  try {
    entries = readdirSync(folder, {withFileTypes: true})
  } catch (error) {
    problems.push({path: folder, problem: describeFsError(error)})
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.name.includes('\uFFFD') && rawName(path) === undefined) continue
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(fsPath(path))
        isDirectory = target.isDirectory()
        isFile = target.isFile()
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
        problems.push({path, problem: missing ? 'broken symbolic link (its target does not exist)' : describeFsError(error)})
        continue
      }
    }
    if (isDirectory) walk(path, found, problems, new Set(visited))
    else if (isFile && isArticle(entry.name)) found.push(path)
  }
}

/**
 * Names that are not valid UTF-8 (`x\xffy.md` from an old archive): Node
 * gives them as strings with U+FFFD, which name no file. The path keeps that
 * string everywhere (reports show it so) and file-system calls take the
 * name's bytes from here.
 */
const rawNames = new Map<string, Buffer>()

/** What to hand the file system for `path`: its bytes when its name is not valid UTF-8. */
export function fsPath(path: string): string | Buffer {
  return rawNames.get(path) ?? path
}

/**
 * The bytes of the one name in `path`'s folder that reads as its last part
 * with U+FFFD in place of bad bytes; remembered for `fsPath`.
 */
function rawName(path: string): Buffer | undefined {
  if (rawNames.has(path)) return rawNames.get(path)
  const name = basename(path)
  if (!name.includes('\uFFFD')) return undefined
  let matches: Buffer[]
  try {
    matches = readdirSync(dirname(path), {encoding: 'buffer'}).filter((raw) => raw.toString('utf8') === name)
  } catch {
    return undefined
  }
  // Two names that differ only in their bad bytes cannot be told apart by the path shown.
  if (matches.length !== 1) return undefined
  const raw = Buffer.concat([Buffer.from(dirname(path) === '/' ? '/' : dirname(path) + '/'), matches[0]!])
  rawNames.set(path, raw)
  return raw
}

/** Why something that exists is not an article file. */
function notAFile(stats: Stats): string {
  const kind = stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : stats.isSocket() ? 'a socket' : stats.isDirectory() ? 'a directory' : 'not a regular file'
  return `not an article file (it is ${kind}); only regular files are checked`
}

/** An input that is no longer a regular file or FIFO when it is opened. */
class NotAFileError extends Error {}

/**
 * An article's bytes. The path was a regular file (or a FIFO) when listed;
 * what is opened is checked again, so a device put in its place is refused,
 * not read forever.
 */
export function readInput(path: string): Uint8Array {
  const fd = openSync(fsPath(path), 'r')
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile() && !stats.isFIFO()) throw new NotAFileError(notAFile(stats))
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}

function realPath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

export function describeFsError(error: unknown): string {
  if (error instanceof NotAFileError) return error.message
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'symbolic link loop'
    case 'EISDIR':
      return 'is a directory'
    default:
      return code ? `cannot read (${code})` : String(error)
  }
}

