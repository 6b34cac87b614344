// Reading an article: bytes → text in a VFile, or a problem saying why not.
// UTF-8 (with or without a byte-order mark) is the norm; UTF-16 with a
// byte-order mark is decoded too. Invalid UTF-8 is decoded with U+FFFD in
// place of the bad bytes and the pipeline warns once (src/pipeline/index.ts):
// a Latin-1 file from an old CMS is still worth checking. Anything that is
// not text (an image, a PDF, NUL bytes) is refused.
import {createHash} from 'node:crypto'
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

/** Bytes of a file read at a time when it is read in pieces. */
export const readPieceSize = 1 << 20

/** Read into `buffer` from byte `position` of a file: readSync's shape, so tests can watch the reads. */
export type ReadAt = (buffer: Uint8Array, position: number) => number

/** A file's bytes read through `read` a piece at a time (each piece's buffer is reused for the next). */
export function* bytePieces(read: ReadAt, size = readPieceSize): Generator<Uint8Array> {
  const buffer = new Uint8Array(size)
  for (let position = 0, bytes = read(buffer, 0); bytes > 0; position += bytes, bytes = read(buffer, position)) yield buffer.subarray(0, bytes)
}

/** What reading a file in pieces learnt of it, once read to its end. */
export interface DecodedFacts {
  bom: boolean
  encoding: TextEncodingName
  /** The first invalid UTF-8 byte, and where its U+FFFD stands in the text. */
  invalidUtf8?: InvalidUtf8 & {at: number}
  /** Characters of text (without a byte-order mark). */
  length: number
  /** SHA-1 of the bytes, as the cache keys a file. */
  hash: string
}

/**
 * A file's text, decoded piece by piece as it is read (`read`, `size`
 * bytes at a time), never held whole: the same text, piece after piece,
 * that decodeArticle gives in one string, and, once read to the end, the
 * same problem or facts. Each piece of UTF-8 ends after a whole character
 * (the rest is carried to the next), so it decodes as it would in the
 * whole file, and the first bad byte is found in the piece that holds it.
 */
export class PieceDecoder {
  /** Why the file is not an article, once known (some problems only at the end). */
  problem: string | undefined
  facts: DecodedFacts | undefined
  /** Where the first bad byte's U+FFFD stands in the text, once a piece holding it is decoded. */
  invalidAt: number | undefined

  constructor(
    private readonly read: ReadAt,
    private readonly size = readPieceSize
  ) {}

  *pieces(): Generator<string> {
    const buffer = new Uint8Array(Math.max(this.size, 8) + 4)
    const hash = createHash('sha1')
    let carried = 0
    let position = 0
    let first = true
    let encoding: TextEncodingName = 'utf-8'
    let bom = false
    let utf16: InstanceType<typeof TextDecoder> | undefined
    let length = 0
    let sample = ''
    let literalReplacements = 0
    let invalid: DecodedFacts['invalidUtf8']
    for (;;) {
      let read = this.read(buffer.subarray(carried, carried + this.size), position)
      // The first piece holds the first bytes whole: a signature, a byte-order mark.
      for (let more = read; first && more > 0 && read < 8; read += more) more = this.read(buffer.subarray(read, Math.max(this.size, 8)), position + read)
      position += read
      hash.update(buffer.subarray(carried, carried + read))
      const available = carried + read
      const done = read === 0
      let bytes = buffer.subarray(0, available)
      let offset = position - available
      if (first) {
        first = false
        for (const [signature, name] of signatures) {
          if (signature.every((byte, index) => bytes[index] === byte)) return this.stop(`not a text file (it looks like ${name})`)
        }
        if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le'
        else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be'
        bom = encoding !== 'utf-8' || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        if (encoding !== 'utf-8') utf16 = new TextDecoder(encoding)
        else if (bom) {
          bytes = bytes.subarray(3)
          offset += 3
        }
      }
      let text: string
      if (utf16) {
        text = utf16.decode(bytes, {stream: !done})
        if (text.includes('\0')) return this.stop('not a text file (it contains NUL characters)')
        carried = 0
      } else {
        if (bytes.includes(0)) return this.stop('not a text file (it contains NUL bytes; UTF-16 text needs a byte-order mark)')
        const end = done ? bytes.length : wholeCharacters(bytes)
        const whole = bytes.subarray(0, end)
        try {
          text = utf8Pieces.decode(whole)
          for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) if (!invalid) literalReplacements++
        } catch {
          text = utf8PiecesLossy.decode(whole)
          if (!invalid) {
            const found = firstInvalidByte(whole, text, false)
            let at = -1
            for (let index = 0; index <= found.replacement; index++) at = text.indexOf('\uFFFD', at + 1)
            invalid = {byte: found.byte, byteOffset: offset + found.byteOffset, replacement: literalReplacements + found.replacement, at: length + at}
            this.invalidAt = invalid.at
          }
        }
        // The start of a character cut off at the end, read again first.
        carried = bytes.length - end
        buffer.copyWithin(0, offset - (position - available) + end, available)
      }
      if (sample.length < 4096) sample += text.slice(0, 4096 - sample.length)
      length += text.length
      if (text !== '') yield text
      if (done) break
    }
    const odd = oddCharacters(sample)
    if (odd.controls) return this.stop('not a text file (it is full of control characters)')
    if (invalid && odd.replacements) return this.stop('not UTF-8 text: much of it cannot be decoded (a legacy encoding such as GBK or Latin-1?); save it as UTF-8')
    this.facts = {bom, encoding, ...(invalid ? {invalidUtf8: invalid} : {}), length, hash: hash.digest('hex')}
  }

  private stop(problem: string): void {
    this.problem = problem
  }
}

// Pieces after the first keep a U+FEFF that starts them: only the file's first bytes are a byte-order mark, and those are skipped.
const utf8Pieces = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const utf8PiecesLossy = new TextDecoder('utf-8', {ignoreBOM: true})

/** How many of `bytes` make whole UTF-8 characters: a character cut off at the end is left out (bad bytes count as whole). */
function wholeCharacters(bytes: Uint8Array): number {
  const end = bytes.length
  let lead = end - 1
  while (lead >= 0 && end - lead <= 3 && (bytes[lead]! & 0xc0) === 0x80) lead--
  if (lead < 0) return end
  const byte = bytes[lead]!
  const needs = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 1
  return end - lead < needs ? lead : end
}
