// Quoting the Chinese in messages: a short excerpt around the spot, so the
// editor sees what the source says without opening it.

/** Up to `room` characters each side of `[start, end)` in `text`, with ellipses where cut. */
export function quote(text: string, start: number, end: number, room = 12): string {
  const from = Math.max(0, start - room)
  const to = Math.min(text.length, end + room)
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`
}

/** A whole sentence or paragraph, shortened to `limit` characters. */
export function excerpt(text: string, limit = 40): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`
}
