// Command-line paths → the article files to lint, plus a problem line for
// each path that yields none. Directories are walked for articles; globs are
// expanded; the configuration's `ignore` globs drop matches (a file named
// on the command line that they match is said to be ignored, not linted).
// Only regular files are articles: a device (`/dev/zero`) or socket named on
// the command line is one problem line, never read; a FIFO (`<(cat a.md)`) is
// read to its end as standard input is. Temporary files of --fix, a report or
// a cache that a killed run left beside the articles are removed on the way.
import {readdirSync, realpathSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {removeStaleTemporaries} from '../io/atomic.js'
import {describeFsError, fsPath, notAFile, rawName} from '../io/files.js'
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
  /** Files named on the command line that the ignore patterns leave out, as named. */
  ignored: string[]
}

// story.zh.md / story.zh.txt: the Chinese source of story.md, not an English article.
export const isArticle = (name: string) => articleExtensions.some((ext) => name.toLowerCase().endsWith(ext)) && !/\.zh\.(?:md|markdown|txt)$/i.test(name)

export function expandInputs(paths: readonly string[], cwd: string, isIgnored: (absolutePath: string) => boolean): ExpandedInputs {
  const files: string[] = []
  const problems: InputProblem[] = []
  const ignored: string[] = []
  const seen = new Set<string>()
  const add = (file: string) => {
    // One file reached by two paths (a symbolic link) is checked once.
    const key = file === stdinPath ? file : realPath(file)
    if (seen.has(key)) return
    seen.add(key)
    files.push(file)
  }

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
    } else if (isIgnored(absolute)) {
      // Named, yet ignored: said so (as ESLint does), not linted.
      ignored.push(path)
    } else if (stats.isFile() || stats.isFIFO()) {
      // A file named on the command line is linted whatever its extension.
      add(absolute)
    } else {
      problems.push({path, problem: notAFile(stats)})
    }
  }
  for (const folder of new Set(files.filter((file) => file !== stdinPath).map(dirname))) removeStaleTemporaries(folder)
  return {files, problems, ignored}
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

function realPath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

