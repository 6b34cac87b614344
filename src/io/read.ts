// Reading an article: bytes → text in a VFile, or a problem saying why not.
// UTF-8 (with or without a byte-order mark) is the norm; UTF-16 with a
// byte-order mark is decoded too. Invalid UTF-8 is decoded with U+FFFD in
// place of the bad bytes and the pipeline warns once (see `encodingMessage`):
// a Latin-1 file from an old CMS is still worth checking. Anything that is
// not text (an image, a PDF, NUL bytes) is refused.
import {closeSync, fstatSync, openSync, readdirSync, readFileSync, type Stats} from 'node:fs'
import {basename, dirname} from 'node:path'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

// `file.data.bom`, `encoding`, `invalidUtf8` are declared apart, so the Node
// API's type declarations need no Node.js types from this module.
import type {InvalidUtf8, TextEncodingName} from './file-data.js'
export type {InvalidUtf8, TextEncodingName}

export type ReadResult = {file: VFile; problem?: undefined} | {file?: undefined; problem: string}

/** ruleId of the fatal message on a file that could not be read or is not text. */
export const readErrorId = 'read-error'
/** ruleId of the warning on a file that is not valid UTF-8. */
export const encodingId = 'encoding'

const utf8 = new TextDecoder('utf-8', {fatal: true})
const utf8Lossy = new TextDecoder('utf-8')

/** File signatures of formats that get renamed `.md` by mistake. */
const signatures: Array<[bytes: number[], name: string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive, such as a Word document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Word or Excel document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program']
]

/** Decode article bytes; `path` is the name shown in reports. */
export function decodeArticle(bytes: Uint8Array, path: string, cwd: string): ReadResult {
  for (const [signature, name] of signatures) {
    if (signature.every((byte, index) => bytes[index] === byte)) return {problem: `not a text file (it looks like ${name})`}
  }
  let encoding: TextEncodingName = 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le'
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be'
  const bom = encoding !== 'utf-8' || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)

  let value: string
  let invalid: InvalidUtf8 | undefined
  if (encoding === 'utf-8') {
    if (bytes.includes(0)) return {problem: 'not a text file (it contains NUL bytes; UTF-16 text needs a byte-order mark)'}
    try {
      value = utf8.decode(bytes)
    } catch {
      value = utf8Lossy.decode(bytes)
      invalid = firstInvalidByte(bytes, value, bom)
    }
  } else {
    value = new TextDecoder(encoding).decode(bytes)
    if (value.includes('\0')) return {problem: 'not a text file (it contains NUL characters)'}
  }
  const odd = oddCharacters(value)
  if (odd.controls) return {problem: 'not a text file (it is full of control characters)'}
  if (invalid && odd.replacements) return {problem: 'not UTF-8 text: much of it cannot be decoded (a legacy encoding such as GBK or Latin-1?); save it as UTF-8'}

  // The decoders drop a byte-order mark; remember it so a fix can keep it.
  const file = new VFile({path, cwd, value})
  file.data.bom = bom
  file.data.encoding = encoding
  if (invalid) file.data.invalidUtf8 = invalid
  return {file}
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

/**
 * A file that could not be checked, as the reports show it: no text, one
 * fatal message at 1:1 (so every format, VS Code's problem matcher included,
 * has a place to show).
 */
export function unreadableFile(path: string, cwd: string, problem: string): VFile {
  const file = new VFile({path, cwd})
  const message = file.message(`Cannot check this file: ${problem}`, {
    place: {line: 1, column: 1},
    ruleId: readErrorId,
    source: 'copydesk'
  })
  message.fatal = true
  return file
}

/** The warning for a file decoded with replacement characters, placed on the first one. */
export function encodingMessage(file: VFile, toPoint: (offset: number) => {line: number; column: number; offset: number}): VFileMessage | undefined {
  const invalid = file.data.invalidUtf8
  if (!invalid) return undefined
  const text = String(file)
  let at = -1
  for (let index = 0; index <= invalid.replacement; index++) {
    at = text.indexOf('\uFFFD', at + 1)
    if (at === -1) return undefined
  }
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`
  const message = file.message(`Not valid UTF-8: byte \`${byte}\` and any other bad bytes were read as \`\uFFFD\`; save the file as UTF-8`, {
    place: {start: toPoint(at), end: toPoint(at + 1)},
    ruleId: encodingId,
    source: 'copydesk'
  })
  message.fatal = false
  message.actual = '\uFFFD'
  message.note = `The first bad byte is at byte ${invalid.byteOffset} of the file. The rest of the article was checked; --fix leaves the file as it is.`
  return message
}

/**
 * The first byte the lossy decoder replaced: walk the U+FFFD of `value`,
 * skipping those the file really holds (EF BF BD), keeping count of bytes.
 */
function firstInvalidByte(bytes: Uint8Array, value: string, bom: boolean): InvalidUtf8 {
  let byteOffset = bom ? 3 : 0
  let from = 0
  let replacement = 0
  for (let at = value.indexOf('\uFFFD'); at !== -1; at = value.indexOf('\uFFFD', at + 1)) {
    // Everything before `at` decoded cleanly, so its UTF-8 length is its byte length.
    byteOffset += Buffer.byteLength(value.slice(from, at))
    if (bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd) {
      byteOffset += 3
      from = at + 1
      replacement++
      continue
    }
    return {byte: bytes[byteOffset]!, byteOffset, replacement}
  }
  // Unreachable when the strict decoder failed; keep a sane answer anyway.
  return {byte: bytes[byteOffset] ?? 0, byteOffset, replacement}
}

/**
 * Whether more than one character in ten of the start is a control
 * character, or a replacement (counted over 160 characters at least, so one
 * bad byte in a short file is not "much").
 */
function oddCharacters(value: string): {controls: boolean; replacements: boolean} {
  const sample = value.slice(0, 4096)
  const share = (pattern: RegExp) => (sample.match(pattern)?.length ?? 0) * 10 > Math.max(sample.length, 160)
  return {controls: share(/[\u0001-\u0008\u000E-\u001F\u007F]/g), replacements: share(/\uFFFD/g)}
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
