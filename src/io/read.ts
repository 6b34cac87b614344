// Reading an article: bytes → text in a VFile, or a problem saying why not.
// UTF-8 (with or without a byte-order mark) is the norm; UTF-16 with a
// byte-order mark is decoded too. Invalid UTF-8 is decoded with U+FFFD in
// place of the bad bytes and the pipeline warns once (src/pipeline/index.ts):
// a Latin-1 file from an old CMS is still worth checking. Anything that is
// not text (an image, a PDF, NUL bytes) is refused.
import {VFile} from 'vfile'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be'

/** Where the first invalid UTF-8 byte was, for the warning. */
export interface InvalidUtf8 {
  /** The bad byte's value. */
  byte: number
  /** Its offset in the file's bytes. */
  byteOffset: number
  /** Which U+FFFD of the text replaced it (0: the first); fixes move offsets, not this. */
  replacement: number
}

declare module 'vfile' {
  interface DataMap {
    /** The file started with a byte-order mark (UTF-8, or UTF-16 when `encoding` says so). */
    bom: boolean
    /** How the bytes were decoded; only UTF-8 files are ever rewritten by --fix. */
    encoding: TextEncodingName
    /** Set when the bytes were not valid UTF-8 and bad bytes became U+FFFD. */
    invalidUtf8: InvalidUtf8
  }
}

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
