// Which paths a run leaves alone: the configuration's `ignore` globs
// (relative to its file) and a `.copydeskignore` in the folder copydesk runs
// in (gitignore syntax, through the `ignore` package as ESLint and Prettier
// read theirs). `--no-ignore` turns both off.
import {readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, relative} from 'node:path'
import ignore from 'ignore'
import picomatch from 'picomatch'
import type {ResolvedConfig} from '../config/types.js'

export const ignoreFileName = '.copydeskignore'

/** What an explicitly named file that is ignored gets, as ESLint words it. */
export const ignoredWarning = 'File ignored because of a matching ignore pattern; use --no-ignore to check it'

export type IsIgnored = (absolutePath: string) => boolean

export const ignoresNothing: IsIgnored = () => false

/** Thrown when .copydeskignore exists but cannot be read. */
export class IgnoreFileError extends Error {
  override name = 'IgnoreFileError'
}

/** `path` relative to `base` with forward slashes; undefined when it lies outside `base`. */
function inside(base: string, path: string): string | undefined {
  const rel = relative(base, path).split('\\').join('/')
  return rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel
}

export function ignoreMatcher(config: Pick<ResolvedConfig, 'path' | 'ignore'>, cwd: string): IsIgnored {
  const configBase = config.path ? dirname(config.path) : cwd
  const globs = config.ignore.length > 0 ? picomatch([...config.ignore], {dot: true}) : undefined
  const file = readIgnoreFile(join(cwd, ignoreFileName))
  const patterns = file === undefined ? undefined : ignore().add(file)
  if (!globs && !patterns) return ignoresNothing
  return (path) => {
    if (globs && globs(relative(configBase, path).split('\\').join('/'))) return true
    const rel = patterns ? inside(cwd, path) : undefined
    return rel !== undefined && patterns!.ignores(rel)
  }
}

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new IgnoreFileError(`${path}: cannot read the ignore file (${code ?? String(error)})`)
  }
}
