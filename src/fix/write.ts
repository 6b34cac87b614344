// Writing a fixed article back: only when the file on disk still holds the
// exact bytes that were checked, atomically, with the byte-order mark, line
// endings (kept by the fix engine) and permission bits it had.
import {readFileSync, realpathSync, statSync} from 'node:fs'
import {describeFsError} from '../io/read.js'
import {describeWriteError, writeFileAtomic, type AtomicFs} from '../io/atomic.js'

export interface FixedArticle {
  /** The path to write (a symbolic link is followed and kept). */
  path: string
  /** The text as read and checked, without its byte-order mark. */
  original: string
  fixed: string
  bom: boolean
}

export interface WriteDeps {
  /** The file-system calls of the atomic write (tests make them fail). */
  fs?: AtomicFs
}

const encoder = new TextEncoder()

export function encodeArticle(text: string, bom: boolean): Uint8Array {
  return encoder.encode(bom ? '\uFEFF' + text : text)
}

/** Write a fixed article; returns why it was not written, or undefined. */
export function writeFixedArticle(article: FixedArticle, deps: WriteDeps = {}): string | undefined {
  const expected = encodeArticle(article.original, article.bom)
  let target: string
  let mode: number
  try {
    target = realpathSync(article.path)
    const stats = statSync(target)
    // A pipe or device was read as it streamed by; there is nothing to rewrite.
    if (!stats.isFile()) return 'not fixed: not a regular file'
    mode = stats.mode & 0o7777
    // Decoding must have been exact (UTF-8, no replaced bytes) and the file
    // unchanged since: only then is the fixed text a faithful edit of it.
    if (!sameBytes(readFileSync(target), expected)) {
      return 'not fixed: the file on disk differs from the UTF-8 text that was checked (changed since, or not UTF-8); left as it was'
    }
  } catch (error) {
    return `not fixed: ${describeFsError(error)}`
  }
  try {
    writeFileAtomic(target, encodeArticle(article.fixed, article.bom), {
      mode,
      ...(deps.fs ? {fs: deps.fs} : {}),
      beforeRename() {
        if (!sameBytes(readFileSync(target), expected)) throw new ChangedOnDisk()
      }
    })
  } catch (error) {
    if (error instanceof ChangedOnDisk) return 'not fixed: the file changed on disk while it was being fixed; left as it is now'
    return `not fixed, file left as it was: ${describeWriteError(error)}`
  }
  return undefined
}

class ChangedOnDisk extends Error {}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0
}
