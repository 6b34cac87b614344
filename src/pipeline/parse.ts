// Step 1 of the pipeline: text → Markdown tree (mdast) and front matter.
// A plain-text article is Markdown too: its paragraphs are Markdown paragraphs.
import {createRequire} from 'node:module'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {linkBareUrls, mayHoldAutolinks} from './autolinks.js'
import {simpleFrontmatter} from './frontmatter.js'

/**
 * GFM as remark-gfm has it (footnotes, strikethrough, tables, task lists)
 * but for autolink literals, found after parsing by autolinks.ts instead.
 */
function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}

const require = createRequire(import.meta.url)
/** The yaml package, loaded only for front matter frontmatter.ts cannot read: it is big to load. */
const parseYaml = (text: string, options: {schema: 'core'}): unknown => (require('yaml') as typeof import('yaml')).parse(text, options)

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmWithoutAutolinks).freeze()

export interface ParsedMarkdown {
  tree: Root
  frontmatter: Record<string, unknown> | undefined
  /** Why the front matter could not be read, when it could not. */
  frontmatterError: {reason: string; offset: number} | undefined
}

export function parseMarkdown(file: VFile): ParsedMarkdown {
  const tree = markdown.parse(file)
  const text = String(file)
  if (mayHoldAutolinks(text)) linkBareUrls(tree, text)
  const first = tree.children[0]
  if (first?.type !== 'yaml') return {tree, frontmatter: undefined, frontmatterError: undefined}
  try {
    // YAML dates stay strings: rules read years from them, not time zones.
    const data: unknown = simpleFrontmatter(first.value) ?? parseYaml(first.value, {schema: 'core'})
    const frontmatter = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
    return {tree, frontmatter, frontmatterError: undefined}
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    return {tree, frontmatter: {}, frontmatterError: {reason, offset: first.position?.start.offset ?? 0}}
  }
}
