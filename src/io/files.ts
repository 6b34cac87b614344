// The file system's side of reading articles: names that are not valid
// UTF-8, paths that are not regular files, and why a file could not be read,
// in a few plain words. Kept apart from decoding (read.ts), which the Node
// API's type declarations include: these name Node's own types.
import {closeSync, fstatSync, openSync, readdirSync, readFileSync, type Stats} from 'node:fs'
import {basename, dirname} from 'node:path'
import {decodeArticle, type ReadResult} from './read.js'

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
export function rawName(path: string): Buffer | undefined {
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
export function notAFile(stats: Stats): string {
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

/** Why a file could not be read, in a few plain words. */
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

/** Read and decode an article file; `readFile` is for tests that simulate failures. */
export function readArticle(absolutePath: string, displayPath: string, cwd: string, readFile: (path: string) => Uint8Array = readFileSync): ReadResult {
  let bytes: Uint8Array
  try {
    bytes = readFile(absolutePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // The path was there when the inputs were listed.
    return {problem: code === 'ENOENT' ? 'it no longer exists (deleted during the run)' : describeFsError(error)}
  }
  return decodeArticle(bytes, displayPath, cwd)
}
