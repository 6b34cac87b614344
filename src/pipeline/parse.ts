// Step 1 of the pipeline: text → Markdown tree (mdast) and front matter.
// A plain-text article is Markdown too: its paragraphs are Markdown paragraphs.
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

export interface ParsedMarkdown {
  tree: Root
  frontmatter: Record<string, unknown> | undefined
  /** Why the front matter could not be read, when it could not. */
  frontmatterError: {reason: string; offset: number} | undefined
}

export function parseMarkdown(file: VFile): ParsedMarkdown {
  const tree = markdown.parse(file)
  const first = tree.children[0]
  if (first?.type !== 'yaml') return {tree, frontmatter: undefined, frontmatterError: undefined}
  try {
    // YAML dates stay strings: rules read years from them, not time zones.
    const data: unknown = parseYaml(first.value, {schema: 'core'})
    const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
    return {tree, frontmatter, frontmatterError: undefined}
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return {tree, frontmatter: {}, frontmatterError: {reason, offset: first.position?.start.offset ?? 0}}
  }
}
