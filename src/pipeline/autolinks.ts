// Bare URLs and e-mail addresses as links, the way GFM's autolink literals
// make them (`www.x.cn`, `https://x.cn/a`, `name@x.cn`), found with regular
// expressions on the parsed text instead of by micromark: its autolink
// extension tries every word start as a possible e-mail address and halves
// the parser's speed (measured: 3.9 → 1.7 MB/s on news articles). The prose
// tree then masks these links as it masks GFM's (see prose.ts).
import type {Link, Nodes, Root, Text} from 'mdast'
import {location} from 'vfile-location'

/** Characters a link never runs into: whitespace, `<`, and CJK punctuation. */
const tail = '[^\\s<\\u3000-\\u303f\\uff00-\\uffef]*'
// GFM: www and scheme links start a text or follow whitespace, `*`, `_`, `~` or `(`.
const web = new RegExp(`(?<![^\\s*_~(])(?:https?://|www\\.)[\\w-]+(?:\\.[\\w-]+)*${tail}`, 'gi')
const email = /(?<![\w.+@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
/** GFM leaves trailing punctuation out of a link; `)` only when unbalanced. */
const trailing = /[?!.,:;*_~'"]+$/

/** Whether the text could hold a bare link at all; most articles hold none. */
export function mayHoldAutolinks(value: string): boolean {
  return value.includes('www.') || value.includes('://') || value.includes('@')
}

export function linkBareUrls(tree: Root, value: string): void {
  const place = location(value)
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') continue
    const children = node.children as Nodes[]
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      if (child.type === 'text') {
        const parts = split(child, value, place)
        if (parts) children.splice(index, 1, ...parts)
      } else stack.push(child)
    }
  }
}

type Place = ReturnType<typeof location>

/** The text node cut around its links; undefined when it holds none. */
function split(node: Text, value: string, place: Place): Array<Text | Link> | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  // Positions map one to one only when the text is its source (no escapes,
  // entities or stripped indentation).
  if (start === undefined || end === undefined || value.slice(start, end) !== node.value) return undefined
  const found: Array<[from: number, to: number, url: string]> = []
  for (const match of node.value.matchAll(web)) {
    const text = trim(match[0])
    if (!/\.[\w-]*[a-z\d]/i.test(text)) continue
    found.push([match.index, match.index + text.length, /^www\./i.test(text) ? `http://${text}` : text])
  }
  for (const match of node.value.matchAll(email)) {
    const text = match[0].replace(/[._-]+$/, '')
    if (found.some(([from, to]) => match.index < to && match.index + text.length > from)) continue
    if (!/\.[a-z]{2,}$/i.test(text)) continue
    found.push([match.index, match.index + text.length, `mailto:${text}`])
  }
  if (found.length === 0) return undefined
  found.sort((a, b) => a[0] - b[0])
  const point = (offset: number) => place.toPoint(start + offset)!
  const text = (from: number, to: number): Text => ({type: 'text', value: node.value.slice(from, to), position: {start: point(from), end: point(to)}})
  const parts: Array<Text | Link> = []
  let at = 0
  for (const [from, to, url] of found) {
    if (from > at) parts.push(text(at, from))
    const label = text(from, to)
    parts.push({type: 'link', url, title: null, children: [label], position: {start: label.position!.start, end: label.position!.end}})
    at = to
  }
  if (at < node.value.length) parts.push(text(at, node.value.length))
  return parts
}

/** Drop trailing punctuation, and closing parentheses that close nothing in the link. */
function trim(link: string): string {
  let text = link
  for (;;) {
    const before = text
    text = text.replace(trailing, '')
    if (text.endsWith(')')) {
      const open = text.split('(').length - 1
      const close = text.split(')').length - 1
      if (close > open) text = text.slice(0, -1)
    }
    if (text === before) return text
  }
}
