// A fix may only replace text the editor sees as prose. Where Markdown syntax
// lies between the characters of a match (`**`, a link's `](url)`), the file
// slice differs from the prose slice and an edit would break the markup.
import type {ProseDocument} from '../document.js'
import type {ProseText} from './prose-text.js'

/** File offsets of `[start, end)` of `text.value`, if the file holds exactly those characters there. */
export function verbatimRange(document: ProseDocument, text: ProseText, start: number, end: number): [number, number] | undefined {
  const range = text.range(start, end)
  return document.value.slice(range[0], range[1]) === text.value.slice(start, end) ? range : undefined
}
