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
  chown(fd: number, uid: number, gid: number): void
  sync(fd: number): void
  close(fd: number): void
  rename(from: string, to: string): void
  unlink(path: string): void
}

export const nodeFs: AtomicFs = {
  create: (path, mode) => fs.openSync(path, 'wx', mode),
  write: (fd, data, offset) => fs.writeSync(fd, data, offset, data.length - offset),
  chmod: (fd, mode) => fs.fchmodSync(fd, mode),
  chown: (fd, uid, gid) => fs.fchownSync(fd, uid, gid),
  sync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path)
}

/**
 * A dot-name beside the target, so a directory walk never picks it up, and
 * ending in `.tmp`, so no glob of articles matches it. It names the process
 * that writes it, so a later run can tell one left by a kill.
 */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.copydesk-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

const temporaryName = /^\..+\.copydesk-(\d+)-[0-9a-f]{8}\.tmp$/

/**
 * Remove the temporary files in `folder` (its entries `names`, when already
 * listed) that a process killed outright (SIGKILL, a power cut) left
 * behind: those whose process is gone. One of a live process, on this
 * machine, is its own business.
 */
export function removeStaleTemporaries(folder: string, names?: readonly string[]): void {
  let entries = names
  try {
    entries ??= fs.readdirSync(folder)
  } catch {
    return
  }
  for (const name of entries) {
    const pid = temporaryName.exec(name)?.[1]
    if (pid === undefined || isAlive(Number(pid))) continue
    try {
      fs.unlinkSync(join(folder, name))
    } catch {
      // Removed by another run, or not ours to remove.
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: alive, another user's.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
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
  /** The owner of the file it replaces, given to the new one when it is not ours (as root, say). */
  owner?: {uid: number; gid: number}
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
      const owner = options.owner
      if (owner && (owner.uid !== process.getuid?.() || owner.gid !== process.getgid?.())) {
        try {
          ops.chown(fd, owner.uid, owner.gid)
        } catch (error) {
          throw new OwnerError((error as Error).message)
        }
      }
      // The umask may have narrowed the mode given to `create` (and a change of owner clears set-id bits).
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

/** The new file could not be given the owner of the one it replaces. */
export class OwnerError extends Error {}

/** Why a write failed, in a few words. */
export function describeWriteError(error: unknown): string {
  if (error instanceof OwnerError) return 'the file belongs to another user or group, and the fixed file could not be given to them'
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
