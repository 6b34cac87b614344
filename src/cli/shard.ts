// --shard K/N: this runner's share of the inputs, so an archive can be split
// across CI runners. `--shard auto` (or `auto/N`) takes K, and N when not
// given, from the engine running it: a Kubernetes Indexed Job's
// JOB_COMPLETION_INDEX (from 0; the Job's completions are N), GitLab's
// CI_NODE_INDEX and CI_NODE_TOTAL (from 1), Buildkite's
// BUILDKITE_PARALLEL_JOB and BUILDKITE_PARALLEL_JOB_COUNT (from 0). A file belongs to a shard by the hash of its path
// relative to the working folder, `/`-separated: the same on every machine and
// operating system, and a file keeps its shard when others are added.
import {createHash} from 'node:crypto'
import {relative, sep} from 'node:path'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** Shard K of N, or `auto`: K (and N, when undefined) from the environment. */
export type ShardSpec = Shard | {index: 'auto'; count: number | undefined}

/** `K/N` with 1 ≤ K ≤ N, `auto` or `auto/N`; undefined when the text is none of them. */
export function parseShard(text: string): ShardSpec | undefined {
  const match = /^(\d+|auto)(?:\/(\d+))?$/.exec(text.trim())
  if (!match) return undefined
  const count = match[2] === undefined ? undefined : Number(match[2])
  if (count !== undefined && count < 1) return undefined
  if (match[1] === 'auto') return {index: 'auto', count}
  const index = Number(match[1])
  if (count === undefined || index < 1 || index > count) return undefined
  return {index, count}
}

/** Where engines put a job's place in its set: index variable, its base, count variable. */
const engines = [
  {index: 'JOB_COMPLETION_INDEX', base: 0, count: undefined},
  {index: 'CI_NODE_INDEX', base: 1, count: 'CI_NODE_TOTAL'},
  {index: 'BUILDKITE_PARALLEL_JOB', base: 0, count: 'BUILDKITE_PARALLEL_JOB_COUNT'}
] as const

/** The shard a spec names in this environment, or the problem (one line) when it cannot be told. */
export function resolveShard(spec: ShardSpec, env: NodeJS.ProcessEnv): Shard | {problem: string} {
  if (spec.index !== 'auto') return spec
  const engine = engines.find(({index}) => env[index] !== undefined && env[index] !== '')
  if (!engine) return {problem: `--shard auto: none of ${engines.map(({index}) => index).join(', ')} is set; use --shard K/N`}
  const raw = env[engine.index]!
  const index = /^\d+$/.test(raw) ? Number(raw) + 1 - engine.base : NaN
  const countText = spec.count === undefined && engine.count ? env[engine.count] : undefined
  const count = spec.count ?? (countText !== undefined && /^\d+$/.test(countText) ? Number(countText) : undefined)
  if (count === undefined) return {problem: `--shard auto: ${engine.index} gives the index but not the number of shards; use --shard auto/N`}
  if (!(index >= 1 && index <= count)) return {problem: `--shard auto: ${engine.index}=${raw} is not a shard of ${count}`}
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
