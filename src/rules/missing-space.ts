// missing-space: "clusters.The", "ecosystem,said", "article:Bu" — the space
// after a punctuation mark lost when sentences were joined. Machine
// translation and copy-paste from Chinese pages (where `。` needs no space)
// leave these behind; so do pages that dropped their non-breaking spaces:
// words glued to figures ("signed2023"), words glued by case ("andChairman")
// or to a function word ("technologyof"), a full stop inside a closing
// quote glued to the next sentence (`work.”She`), a comma or colon glued to
// a figure ("May,6", "held on:10 May") and "?" left where a space was lost
// ("Leaders?Visit?the"). Furniture lines (text/furniture.ts), Chinese text
// and web addresses are left alone.
// Bad: "The heads attended the meeting.The company agreed."
// Good: "The heads attended the meeting. The company agreed."
import {defineRule, type Finding} from '../rule.js'
import type {ProseBlock} from '../document.js'
import {isAbbreviation} from '../text/abbreviations.js'
import {hasCjkLetter} from '../text/cjk.js'
import {isFunctionWord} from '../text/function-words.js'
import {onFurnitureLine} from '../text/furniture.js'
import {remember} from '../text/memo.js'
import {lemmaKey, possibleTags} from '../text/morphology.js'
import {once} from '../text/once.js'

/** A mark, then a letter (a figure or an opening bracket, for some marks) right after it: the candidates. */
const candidate = /[.,:;!?](?=\p{L})|[,:](?=\d)|[.!?](?=[(（]\p{Lu})|(?<=[.!?,])[”’"](?=\p{L})/uy
/**
 * A mark with no space after it: where a candidate may be. Its one class is
 * a quick scan; `candidate`'s lookarounds then run only there.
 */
const markBeforeText = /[.,:;!?”’"](?=\S)/g
/** A token of one- or two-letter parts each ending in a dot: "Ph.D.", "LL.M.". */
const dottedAbbreviation = once(() => /^[\p{P}]*(?:\p{L}{1,2}\.){2,}$/u)
/** A whitespace-free run that is a URL, e-mail address, domain or path. */
const webLike = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|@|\/|\\/i
/** Titles that always stand before a name, with a space: "Mr. Luo". */
const titles = new Set(['mr', 'mrs', 'ms', 'dr', 'prof'])
/** Where a glued pair may be: a lowercase letter before a capital or a figure. ASCII: pages that lose spaces are. */
const mayGlue = /[a-z][A-Z\d]/
/** Two words glued: a word and a figure ("signed2023"), or a lowercase word and a capitalised one ("andChairman"). */
const gluedPair = /(?<![A-Za-z0-9'’_-])(?:([A-Z][a-z]{3,}|[a-z]{3,})(?=\d+(?![A-Za-z\d]))|([a-z]{2,})(?=[A-Z][a-z]+(?![A-Za-z0-9])))/g
/** A lowercase word glued to a function word after it ("technologyof"). */
const gluedFunctionWord = /(?<![A-Za-z0-9'’_-])([a-z]{2,})(?:of|and|the|to|for|with|from)(?![A-Za-z0-9])/g

export default defineRule({
  id: 'missing-space',
  description: 'No space after a punctuation mark, or between two words, before the next word ("meeting.The", "signed2023")',
  severity: 'error',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  // Whether a lowercase form is English, per form: kept as long as the configuration, as a rule's prepared state is.
  prepare: () => new Map<string, boolean>(),
  docs: {
    bad: 'The heads attended the meeting.The company agreed,and the deal was signed2023.',
    good: 'The heads attended the meeting. The company agreed, and the deal was signed in 2023.'
  },
  create(context) {
    const known = context.prepared
    // The helpers take the block: made once an article, not once a paragraph.
    /** Report the gap at `at` of `block` (a space goes there), over `[from, to)` of the block. */
    const report = (block: ProseBlock, from: number, to: number, at: number, reason: string, expected: string, extra: Partial<Finding> = {}) => {
      // "Source:cnu Hits:519" is deleted whole (boilerplate), not spaced.
      if (onFurnitureLine(block.text.value, at)) return
      const [start, end] = block.text.range(from, to)
      const insertAt = block.text.offsetAt(at)
      context.report({reason, start, end, expected: [expected], fix: {range: [insertAt, insertAt], text: ' '}, ...extra})
    }

    /** A word glued to a figure or to a capitalised word, at `at`. */
    const gluedWords = (block: ProseBlock, at: number, first: string, toFigure: boolean): void => {
      const {value} = block.text
      const next = toFigure ? /^\d+/.exec(value.slice(at + first.length))![0] : /^\p{Lu}\p{Ll}+/u.exec(value.slice(at + first.length))![0]
      // "andChairman"; a brand ("teamLab") glues a noun, not a function word.
      if (toFigure ? !isKnown(known, first.toLowerCase()) : !isFunctionWord(first)) return
      glued(block, at, first.length, first.length + next.length, toFigure ? 'warn' : 'error')
    }

    /** Report `[at, at + length)` of `block` as two words glued after `split` characters. */
    const glued = (block: ProseBlock, at: number, split: number, length: number, severity: 'warn' | 'error'): void => {
      const {value} = block.text
      const token = tokenAround(value, at)
      if (webLike.test(token) || hasCjkLetter(token)) return
      const word = value.slice(at, at + length)
      const expected = `${word.slice(0, split)} ${word.slice(split)}`
      report(block, at, at + length, at + split, `Missing space in \`${word}\`, expected \`${expected}\``, expected, severity === 'warn' ? {severity} : {})
    }

    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        for (const found of value.matchAll(markBeforeText)) {
          const at = found.index
          candidate.lastIndex = at
          if (!candidate.test(value)) continue
          const mark = found[0]
          // After a closing quote, the mark inside it goes with the word: `work.”She`.
          const left = /[”’"]/.test(mark) ? wordBefore(value, at - 1) + value[at - 1] : wordBefore(value, at)
          // ".(Peng": the bracket belongs to the word after it.
          const bracket = /[(（]/.test(value[at + 1] ?? '') ? value[at + 1]! : ''
          const right = bracket + wordAfter(value, at + 1 + bracket.length)
          const token = tokenAround(value, at)
          if (mark === '?' && lostSpace(value, at, token)) {
            if (onFurnitureLine(value, at)) continue
            const [start, end] = block.text.range(at - left.length, at + 1 + right.length)
            const offset = block.text.offsetAt(at)
            context.report({
              reason: `Unexpected \`?\` where a space was lost, expected \`${left} ${right}\``,
              start,
              end,
              expected: [`${left} ${right}`],
              fix: {range: [offset, offset + 1], text: ' '}
            })
            continue
          }
          if (!isMissingSpace(mark, left, right, token)) continue
          // `said,"The`: a straight quote that opens a quotation; the space goes before it.
          if (mark === '"' && opensQuotation(value, at)) {
            const expected = `${left} "${right}`
            report(block, at - left.length, at + 1 + right.length, at, `Missing space after \`${value[at - 1]}\`, expected \`${expected}\``, expected)
            continue
          }
          report(block, at - left.length, at + 1 + right.length, at + 1, `Missing space after \`${mark}\`, expected \`${left}${mark} ${right}\``, `${left}${mark} ${right}`)
        }
        if (mayGlue.test(value)) for (const match of value.matchAll(gluedPair)) gluedWords(block, match.index, match[0], match[1] !== undefined)
        for (const match of value.matchAll(gluedFunctionWord)) {
          const word = match[0]
          const first = match[1]!
          if (isKnown(known, word) || !(isFunctionWord(first) || (first.length >= 4 && isKnown(known, first)))) continue
          glued(block, match.index, first.length, word.length, 'warn')
        }
      }
    }
  }
})

/** Whether the straight quote at `index` opens a quotation: an even number of them before it in the paragraph. */
function opensQuotation(value: string, index: number): boolean {
  let count = 0
  for (let i = value.indexOf('"'); i !== -1 && i < index; i = value.indexOf('"', i + 1)) count++
  return count % 2 === 0
}

/**
 * Whether a lowercase word is English: in the tagger's lexicon or WordNet,
 * itself or its lemma. `known` keeps the answers, bounded (memo.ts) so a
 * long run does not grow it without end.
 */
function isKnown(known: Map<string, boolean>, word: string): boolean {
  const found = known.get(word)
  return found !== undefined ? found : remember(known, word, possibleTags(word).length > 0 || possibleTags(lemmaKey(word)).length > 0)
}

/**
 * "Leaders?Visit?the": a `?` glued to letters on both sides that stands for
 * a lost space, when a lowercase word follows it or another such `?` is in
 * the same run. "What?No" is a question with its space lost.
 */
function lostSpace(value: string, at: number, token: string): boolean {
  if (!/\p{L}/u.test(value[at - 1] ?? '') || !/\p{L}/u.test(value[at + 1] ?? '')) return false
  return /\p{Ll}/u.test(value[at + 1]!) || (token.match(/\p{L}\?\p{L}/gu)?.length ?? 0) >= 2
}

function isMissingSpace(mark: string, left: string, right: string, token: string): boolean {
  if (left === '') return false
  if (webLike.test(token)) return false
  // Chinese left with ASCII marks ("时间:2021") needs no space; untranslated-text reports it.
  if (hasCjkLetter(left) || hasCjkLetter(right)) return false
  // A figure after a comma or colon: only after a word ("May,6", "on:10"), not in "1,200" or "10:30".
  if (/^\d/.test(right) && !/\p{L}{2,}$/u.test(left)) return false
  if (mark === '.') {
    // Dotted abbreviations and initials: U.S., e.g., a.m., J.R.R. Tolkien.
    if (/^(\p{L}\.)*\p{L}$/u.test(left)) return false
    // Ph.D., M.Sc., Ed.D.: short parts, each with its dot.
    if (dottedAbbreviation().test(token.replace(/[^\p{L}.]+$/u, ''))) return false
    // "Mr.Luo": a title glued to the name it stands before.
    if (titles.has(left.toLowerCase()) && /^\p{Lu}/u.test(right)) return true
    if (isAbbreviation(left)) return false
    // A lowercase word after a dot is a domain, a file name or code
    // (example.com, report.pdf, Node.js), not a new sentence.
    if (!/^[(（]?\p{Lu}/u.test(right)) return false
    // ASP.NET, CCTV.COM: all-caps on both sides is a name.
    if (/^[\p{Lu}\d]+$/u.test(left) && /^[\p{Lu}\d]+$/u.test(right)) return false
    // A domain with capitals (Example.Com.Cn): more dots follow in the token.
    if (/^[^\s.]+(\.[^\s.]+){2,}$/.test(token) && !/\p{Ll}{2,}\.\p{Lu}\p{Ll}+$/u.test(token)) return false
  }
  // "Co.,Ltd.": a comma after an abbreviation's dot. "Ltd,Hebei" lost its space.
  if (mark === ',' && left.endsWith('.') && isAbbreviation(left.slice(0, -1))) return false
  return true
}

/** The letters, digits and closing marks right before `index`. */
function wordBefore(value: string, index: number): string {
  let start = index
  while (start > 0 && /[\p{L}\p{N}\p{M}’'”")\].]/u.test(value[start - 1]!)) start--
  return value.slice(start, index).replace(/^[’'”")\].]+/u, '')
}

function wordAfter(value: string, index: number): string {
  let end = index
  while (end < value.length && /[\p{L}\p{N}\p{M}’'-]/u.test(value[end]!)) end++
  return value.slice(index, end)
}

/** The whitespace-free run containing `index`. */
function tokenAround(value: string, index: number): string {
  let start = index
  let end = index
  while (start > 0 && !/\s/.test(value[start - 1]!)) start--
  while (end < value.length && !/\s/.test(value[end]!)) end++
  return value.slice(start, end)
}
