// What reading an article records in `file.data`: types only, so the Node
// API's declarations carry them without the reading code (io/read.ts), whose
// signatures need Node.js's own types.
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
