// Chinese, Japanese and Korean text inside English prose, as runs.
// Shared by untranslated-text (which reports each run once) and
// fullwidth-punctuation (which leaves the marks inside a run to it), so a
// line left wholly in Chinese gives the editor one finding, not twenty.
import {once} from './once.js'

/** A Han, kana or Hangul letter (ー, the kana length mark, is script Common). */
const letter = once(() => /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30FC]/u)
/** A quick test that skips the per-character scan for most paragraphs. */
const anyCjk = /[\u1100-\u11FF\u2E80-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFFDC\u{20000}-\u{3FFFF}]/u
/** Chinese opening marks that belong to the run they open. */
const opening = /[（《「『【〔〖〈［｛〝]/u
/** Chinese closing and terminal marks that belong to the run they end. */
const closing = /[）》」』】〕〗〉］｝〞〟。，、；：！？．｡､]/u
const figuresBefore = once(() => /(?<![\p{L}\p{N}.,])[0-9０-９]+(?:[.,][0-9０-９]+)*$/u)
const figuresAfter = once(() => /^[0-9０-９]+(?:[.,][0-9０-９]+)*[%％]?(?![\p{L}\p{N}])/u)
/** The longest stretch of non-CJK text that can still join two runs. */
const maxGap = 30

/**
 * Whether `text` holds a Han, kana or Hangul letter: text in those scripts
 * puts no space after its marks, even ASCII ones ("时间:2021"), so the
 * spacing rules leave it to untranslated-text.
 */
export function hasCjkLetter(text: string): boolean {
  return anyCjk.test(text) && [...text].some((char) => letter().test(char))
}

export type CjkScript = 'Chinese' | 'Japanese' | 'Korean'

export interface CjkRun {
  /** Index in the text of the run's first character. */
  start: number
  /** Index just past its last character. */
  end: number
  script: CjkScript
}

/**
 * The runs of CJK text in `value`. Letters close together join into one run
 * when what lies between has no space (Chinese writes none: "2023年GDP增长")
 * or no letters ("3.70%、4.10%"); Chinese marks right before or after a run
 * are part of it. 丨 on its own is a separator, not a word: it is no run.
 */
export function cjkRuns(value: string): CjkRun[] {
  const runs: CjkRun[] = []
  if (!anyCjk.test(value)) return runs
  let index = 0
  while (index < value.length) {
    const first = nextLetter(value, index)
    if (first < 0) break
    let last = first
    let cursor = first
    for (;;) {
      for (let size = letterSize(value, cursor); size > 0; size = letterSize(value, cursor)) cursor += size
      last = cursor
      const next = nextLetter(value, cursor)
      if (next < 0 || next - cursor > maxGap) break
      const gap = value.slice(cursor, next)
      if (gap.includes('\n') || (/\s/.test(gap) && /\p{L}/u.test(gap))) break
      cursor = next
    }
    // Figures written onto the words belong to them: "2023年", "11亿美元".
    let start = first - (figuresBefore().exec(value.slice(Math.max(0, first - 24), first))?.[0].length ?? 0)
    while (start > 0 && opening.test(value[start - 1]!)) start--
    let end = last + (figuresAfter().exec(value.slice(last, last + 24))?.[0].length ?? 0)
    while (end < value.length && closing.test(value[end]!)) end++
    const text = value.slice(first, last)
    if (text !== '丨') runs.push({start, end, script: scriptOf(text)})
    index = end
  }
  return runs
}

/**
 * A credit left in Chinese: a role and a name ("摄影/王小明", "记者：李明"),
 * parted by a slash, colon or bar, or a credit word with a name after it.
 */
const credit = /[/／:：|｜丨]|^[（(]?(?:摄影|摄|记者|通讯员|来源|责任编辑|编辑|作者|供稿|审核|校对|撰稿|图文)\p{sc=Han}/u

/**
 * "Baiyun (白云)", "Guizhou Aluminum（贵铝）": the run alone in parentheses
 * right after a romanized word, the way a translator glosses a name. A
 * photo or reporter credit in parentheses glosses nothing.
 */
export function isGloss(value: string, run: CjkRun): boolean {
  if (credit.test(value.slice(run.start, run.end))) return false
  let start = run.start
  let end = run.end
  if (value[start] !== '（' || value[end - 1] !== '）') {
    while (start > 0 && value[start - 1] === ' ') start--
    while (end < value.length && value[end] === ' ') end++
    if (value[start - 1] !== '(' || value[end] !== ')') return false
    start--
  }
  // What stands before the parenthesis: a romanized word (or its closing quote or dot).
  let before = start - 1
  while (before >= 0 && value[before] === ' ') before--
  return before >= 0 && /[\p{sc=Latn}.’'”"]/u.test(value[before]!)
}

function nextLetter(value: string, from: number): number {
  for (let index = from; index < value.length; index++) if (letterSize(value, index) > 0) return index
  return -1
}

/** The UTF-16 length of the CJK letter at `index` (rare Han are two units), or 0. */
function letterSize(value: string, index: number): number {
  const code = value.codePointAt(index)
  if (code === undefined) return 0
  const char = String.fromCodePoint(code)
  return letter().test(char) ? char.length : 0
}

function scriptOf(text: string): CjkScript {
  if (/[\p{sc=Hiragana}\p{sc=Katakana}\u30FC]/u.test(text)) return 'Japanese'
  if (/\p{sc=Hangul}/u.test(text)) return 'Korean'
  return 'Chinese'
}
