// Finding an article's Chinese source: the front matter's `source:` (a path
// relative to the article), else a sibling file named by convention —
// `story.md` or `story.en.md` beside `story.zh.md` or `story.zh.txt`.
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {describeFsError} from '../io/files.js'

/** A source text and where it came from. */
export interface SourceText {
  value: string
  path?: string
}

/** Why a declared source could not be used. */
export interface SourceProblem {
  problem: string
  path: string
}

export type SourceLookup = SourceText | SourceProblem | undefined

/** `story.zh.md`, `notes.ZH.txt`: Chinese sources, never English articles. */
export const sourceFileName = /\.zh\.(?:md|markdown|txt)$/i

/** Read a source file: UTF-8 text, or a problem saying why not. */
export function readSource(path: string): SourceText | SourceProblem {
  try {
    return {value: readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path}
  } catch (error) {
    return {problem: describeFsError(error), path}
  }
}

/**
 * The source of the article at `articlePath` (absolute): declared in front
 * matter, or a sibling by naming convention; undefined when there is none.
 */
export function findSource(articlePath: string, frontmatter: Record<string, unknown> | undefined): SourceLookup {
  const declared = frontmatter?.['source']
  if (typeof declared === 'string' && declared.trim()) return readSource(resolve(dirname(articlePath), declared.trim()))
  for (const sibling of siblingSources(articlePath)) if (existsSync(sibling)) return readSource(sibling)
  return undefined
}

/** The sibling names that would hold the source of `articlePath`, in order of preference. */
export function siblingSources(articlePath: string): string[] {
  const name = basename(articlePath)
  if (sourceFileName.test(name)) return []
  const stem = name.replace(/(?:\.en)?\.(?:md|markdown|txt)$/i, '')
  if (stem === name) return []
  const folder = dirname(articlePath)
  return [join(folder, `${stem}.zh.md`), join(folder, `${stem}.zh.txt`)]
}
