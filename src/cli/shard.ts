// --shard K/N: this runner's share of the inputs, so an archive can be split
// across CI runners. A file belongs to a shard by the hash of its path
// relative to the working folder, `/`-separated: the same on every machine and
// operating system, and a file keeps its shard when others are added.
import {createHash} from 'node:crypto'
import {relative, sep} from 'node:path'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** `K/N` with 1 ≤ K ≤ N, or undefined when the text is not that. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return undefined
  return {index, count}
}

/** The shard (1-based) an absolute `path` falls in. */
export function shardOf(path: string, cwd: string, count: number): number {
  const key = relative(cwd, path).split(sep).join('/')
  return (createHash('sha1').update(key).digest().readUInt32BE(0) % count) + 1
}

export function inShard(path: string, cwd: string, shard: Shard): boolean {
  return shardOf(path, cwd, shard.count) === shard.index
}
