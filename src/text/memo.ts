// Answers kept for the words asked: rules ask about most words of every
// article, and about the same ones again and again. An archive run meets new
// forms (names, numbers, typos) without end, so a memo starts afresh past
// `memoLimit` entries: memory stays bounded, and the everyday words are back
// in it within an article or two.
const memoLimit = 100_000

/** Keep `answer` for `key` in `memo`, emptying it first when full (at `limit` entries, `memoLimit` unless given); returns `answer`. */
export function remember<K, T>(memo: Map<K, T>, key: K, answer: T, limit = memoLimit): T {
  if (memo.size >= limit) memo.clear()
  memo.set(key, answer)
  return answer
}

/** Whether `memo` holds as many entries as a memo may: for one emptied at a moment of its own choosing (see text/lexemes.ts). */
export function memoFull(memo: Map<unknown, unknown>): boolean {
  return memo.size >= memoLimit
}
