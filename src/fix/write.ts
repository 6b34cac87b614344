// Writing a fixed article back: only when the file on disk still holds the
// exact bytes that were checked, atomically, with the byte-order mark, line
// endings (kept by the fix engine), permission bits and owner it had.
//
// An editor may save the file while it is fixed. The file is compared,
// read to its end, right before the rename; and since a write can still
// land between that comparison and the rename, the old file is read once
// more after it, through the descriptor held open all along: if it changed,
// its newer text is put back and the file is reported as not fixed. A file
// with hard links is left alone: a rename would split them.
import {closeSync, fstatSync, openSync, readSync, realpathSync, statSync} from 'node:fs'
import {describeWriteError, writeFileAtomic, type AtomicFs} from '../io/atomic.js'
import {describeFsError, fsPath} from '../io/files.js'

export interface FixedArticle {
  /** The path to write (a symbolic link is followed and kept). */
  path: string
  /** The text as read and checked, without its byte-order mark. */
  original: string
  fixed: string
  bom: boolean
}

export interface WriteDeps {
  /** The file-system calls of the atomic write (tests make them fail, or edit the file at a chosen step). */
  fs?: AtomicFs
}

const encoder = new TextEncoder()

export function encodeArticle(text: string, bom: boolean): Uint8Array {
  return encoder.encode(bom ? '\uFEFF' + text : text)
}

/** Write a fixed article; returns why it was not written, or undefined. */
export function writeFixedArticle(article: FixedArticle, deps: WriteDeps = {}): string | undefined {
  // Node names such a file only by its bytes; the atomic write works with text paths.
  if (typeof fsPath(article.path) !== 'string') return 'not fixed: its name is not valid UTF-8; rename it to have it fixed'
  const expected = encodeArticle(article.original, article.bom)
  let target: string
  let fd: number
  try {
    target = realpathSync(article.path)
    // A pipe or device was read as it streamed by; there is nothing to rewrite (and opening a FIFO would wait).
    if (!statSync(target).isFile()) return 'not fixed: not a regular file'
    fd = openSync(target, 'r')
  } catch (error) {
    return `not fixed: ${describeFsError(error)}`
  }
  try {
    const stats = fstatSync(fd)
    if (stats.nlink > 1) return `not fixed: it has ${stats.nlink} hard links, and saving the fixes would split them; left as it was`
    // Decoding must have been exact (UTF-8, no replaced bytes) and the file
    // unchanged since: only then is the fixed text a faithful edit of it.
    if (!sameBytes(readToEnd(fd), expected)) {
      return 'not fixed: the file on disk differs from the UTF-8 text that was checked (changed since, or not UTF-8); left as it was'
    }
    const options = {mode: stats.mode & 0o7777, owner: {uid: stats.uid, gid: stats.gid}, ...(deps.fs ? {fs: deps.fs} : {})}
    try {
      writeFileAtomic(target, encodeArticle(article.fixed, article.bom), {
        ...options,
        beforeRename() {
          if (!sameBytes(readToEnd(fd), expected)) throw new ChangedOnDisk()
        }
      })
    } catch (error) {
      if (error instanceof ChangedOnDisk) return 'not fixed: the file changed on disk while it was being fixed; left as it is now'
      return `not fixed, file left as it was: ${describeWriteError(error)}`
    }
    // A write that landed after the last comparison went to the old file.
    const late = readToEnd(fd)
    if (sameBytes(late, expected)) return undefined
    try {
      writeFileAtomic(target, late, options)
    } catch (error) {
      return `not fixed: the file changed on disk while it was being fixed, and its newer text could not be put back (${describeWriteError(error)})`
    }
    return 'not fixed: the file changed on disk while it was being fixed; its newer text was put back'
  } catch (error) {
    return `not fixed: ${describeFsError(error)}`
  } finally {
    closeSync(fd)
  }
}

class ChangedOnDisk extends Error {}

/** All of an open file, from its first byte to its end as it is now (past the size it had when opened). */
function readToEnd(fd: number): Buffer {
  const chunks: Buffer[] = []
  let position = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(fstatSync(fd).size - position + 1, 64 * 1024))
    const read = readSync(fd, chunk, 0, chunk.length, position)
    if (read === 0) break
    chunks.push(chunk.subarray(0, read))
    position += read
  }
  return Buffer.concat(chunks)
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0
}
