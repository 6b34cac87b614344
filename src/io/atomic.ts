// Atomic file replacement: write a temporary file in the same folder, flush
// it, then rename it over the target, so a reader sees the old file or the
// new one, never half of one. On any failure the temporary file is removed
// and the target is left as it was. The file-system calls are a parameter so
// tests can make any step fail (disk full, a concurrent edit).
import {randomBytes} from 'node:crypto'
import * as fs from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {onExit} from 'signal-exit'

export interface AtomicFs {
  /** Open a new file for writing; fails when it exists. */
  create(path: string, mode: number): number
  write(fd: number, data: Uint8Array, offset: number): number
  chmod(fd: number, mode: number): void
  sync(fd: number): void
  close(fd: number): void
  rename(from: string, to: string): void
  unlink(path: string): void
}

export const nodeFs: AtomicFs = {
  create: (path, mode) => fs.openSync(path, 'wx', mode),
  write: (fd, data, offset) => fs.writeSync(fd, data, offset, data.length - offset),
  chmod: (fd, mode) => fs.fchmodSync(fd, mode),
  sync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path)
}

/** A dot-name beside the target, so a directory walk never picks it up. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.copydesk-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Remove `temporary` if the process ends before it is put in place: at exit,
 * on Ctrl-C, on a kill. Only for a temporary file kept open across turns of
 * the event loop (a signal waits for one). Returns the function to call once
 * the file is renamed or removed.
 */
export function removeOnExit(temporary: string): () => void {
  return onExit(() => {
    try {
      fs.unlinkSync(temporary)
    } catch {
      // Put in place, or gone.
    }
  })
}

export interface AtomicWriteOptions {
  /** Permission bits of the new file. */
  mode: number
  fs?: AtomicFs
  /** Last check before the rename; throw to abandon the write. */
  beforeRename?: () => void
}

export function writeFileAtomic(target: string, data: Uint8Array, options: AtomicWriteOptions): void {
  const ops = options.fs ?? nodeFs
  const temporary = temporaryPath(target)
  // Until `create` succeeds there is nothing of ours to remove (and a file of
  // that name, if any, is someone else's).
  const fd = ops.create(temporary, options.mode)
  try {
    try {
      // The umask may have narrowed the mode given to `create`.
      ops.chmod(fd, options.mode)
      let written = 0
      while (written < data.length) written += ops.write(fd, data, written)
      ops.sync(fd)
    } finally {
      ops.close(fd)
    }
    options.beforeRename?.()
    ops.rename(temporary, target)
  } catch (error) {
    try {
      ops.unlink(temporary)
    } catch {
      // Already gone.
    }
    throw error
  }
}

/** Why a write failed, in a few words. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the device'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'read-only file system'
    case 'ENOENT':
      return 'no such file or directory'
    default:
      return code ? `cannot write (${code})` : String(error)
  }
}
