// mixed-case-name: one name capitalized two ways — "the standing Committee"
// where the article also writes "the Standing Committee", "PV Poverty
// alleviation" beside "PV Poverty Alleviation". Machine translation decides
// each word's case on its own, and a name comes out half capitalized.
// A phrase of two to five words is reported when the article writes the same
// words elsewhere with every word capitalized, and here capitalizes some but
// not all of them, a capital on an everyday word or one the article also
// writes in lower case. capitalization-variants reports the all-lowercase form of
// a long name; a half-capitalized form is never a generic reference, so two
// words are enough here. An acronym or a name ("PV", "Zhejiang"), "Party",
// and the capital that starts a sentence say nothing; lines without a final
// stop (headlines, captions) are not compared, and a generic word beside a
// whole name ("the surgery department of Zhongshan Hospital") is no half name.
// Bad: "The Standing Committee met on Monday. Members of the standing Committee voted."
// Good: "The Standing Committee met on Monday. Members of the Standing Committee voted."
import {defineRule} from '../rule.js'
import {allSpaces, isWhitespace} from '../text/chars.js'
import type {ProseBlock} from '../document.js'
import {remember} from '../text/memo.js'
import {commonTags} from '../text/morphology.js'
import {Shapes} from '../text/phrases.js'

/** Small words a name may hold in lower case: "Bank of China". Three letters at most. */
const connectors = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de'])
const maxWords = 5
/** Capitalized in Chinese official English wherever they stand: "the Party committee" is not half a name. */
const properWords = new Set(['party', 'communist', 'china', 'chinese', 'state', 'central', 'national', 'people', 'i'])

/** What this rule asks of a word, as bits of `RuleWords.flags`. */
const CAPITAL = 1
const CONNECTOR = 2
/** Starts a sentence, a line or a clause after a colon or bracket: its capital says nothing. */
const INITIAL = 4
/** Joined to the previous word by spaces only. */
const SPACED = 8
/** Its line ends with a sentence's stop; a line without one is a headline or caption. */
const STOPPED = 16

/**
 * A paragraph's words as this rule sees them, found once: flags and the
 * lowercase without a possessive `'s`, by word index. Arrays, not an object
 * per word: the rule keeps every paragraph of the article until its end.
 */
class RuleWords {
  readonly length: number
  readonly lower: string[] = []
  private readonly flags: Uint8Array
  /** Per word: 0 not asked yet, 1 its capital tells a name, 2 it does not. Made only for a paragraph asked. */
  private telling: Uint8Array | undefined = undefined

  constructor(readonly block: ProseBlock) {
    const value = block.text.value
    const words = block.words
    this.length = words.length
    this.flags = new Uint8Array(words.length)
    let last = 0
    // The line the last word stood in: where it ends, and whether with a stop.
    let lineEnd = -1
    let stopped = false
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!
      const {start, end} = word
      if (end > lineEnd) {
        const newline = value.indexOf('\n', end)
        lineEnd = newline < 0 ? value.length : newline
        stopped = endsWithStop(value, lineEnd)
      }
      const lower = withoutPossessive(word.lower)
      this.lower.push(lower)
      this.flags[k] =
        (word.capital ? CAPITAL : 0) |
        (lower.length <= 3 && connectors.has(lower) ? CONNECTOR : 0) |
        (k === 0 || holdsClauseBreak(value, last, start) ? INITIAL : 0) |
        (allSpaces(value, last, start) ? SPACED : 0) |
        (stopped ? STOPPED : 0)
      last = end
    }
  }

  capital(k: number): boolean {
    return (this.flags[k]! & CAPITAL) !== 0
  }

  connector(k: number): boolean {
    return (this.flags[k]! & CONNECTOR) !== 0
  }

  initial(k: number): boolean {
    return (this.flags[k]! & INITIAL) !== 0
  }

  spaced(k: number): boolean {
    return (this.flags[k]! & SPACED) !== 0
  }

  stopped(k: number): boolean {
    return (this.flags[k]! & STOPPED) !== 0
  }

  start(k: number): number {
    return this.block.words[k]!.start
  }

  end(k: number): number {
    return this.block.words[k]!.end
  }

  text(k: number): string {
    return this.block.words[k]!.text
  }

  /** Whether word k's capital tells a name (see capitalTells), once found. */
  knownTelling(k: number): boolean | undefined {
    const known = this.telling?.[k] ?? 0
    return known === 0 ? undefined : known === 1
  }

  setTelling(k: number, tells: boolean): boolean {
    const telling = (this.telling ??= new Uint8Array(this.length))
    telling[k] = tells ? 1 : 2
    return tells
  }
}

/**
 * The article's titled phrases word by word (lowercase): a node for every
 * phrase that starts one, a phrase read a word at a time with no string
 * made for it.
 */
class PhraseNode {
  readonly next = new Map<string, PhraseNode>()
  /** As written, where this phrase is a titled one. */
  titled: string | undefined = undefined

  /** The node of words `[i, j]` of `lower`, made where missing. */
  add(lower: readonly string[], i: number, j: number): PhraseNode {
    let node: PhraseNode = this
    for (let k = i; k <= j; k++) {
      let next = node.next.get(lower[k]!)
      if (!next) node.next.set(lower[k]!, (next = new PhraseNode()))
      node = next
    }
    return node
  }
}

export default defineRule({
  id: 'mixed-case-name',
  description: 'A name half capitalized where the article capitalizes it in full ("standing Committee")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The Standing Committee met on Monday. Members of the standing Committee voted.',
    good: 'The Standing Committee met on Monday. Members of the Standing Committee voted.'
  },
  // Whether a form is in the tagger's lexicon, kept for the run (see memo.ts):
  // a word not in it costs a search of the packed lexicon each time it is asked.
  prepare: () => new Map<string, boolean>(),
  create(context) {
    const inLexicon = context.prepared
    const tagged = (form: string): boolean => inLexicon.get(form) ?? remember(inLexicon, form, commonTags(form) !== undefined)
    const blocks: RuleWords[] = []
    return {
      ParagraphNode(_node, block) {
        if (block.kind !== 'paragraph') return
        blocks.push(new RuleWords(block))
      },
      'RootNode:exit'() {
        // Every run of two to five capitalized words, with connectors inside,
        // in the body: not at a sentence's start, not in a line without a final stop (a headline or caption).
        const titled = new PhraseNode()
        /**
         * The words of titled phrases: `isMixed` looks for those the tagger
         * does not know in lower case, and asks the tagger only of the words
         * of a phrase it compares, not of every word here.
         */
        const titledWords = new Set<string>()
        for (let b = 0; b < blocks.length; b++) {
          const words = blocks[b]!
          for (let i = 0; i < words.length; i++) {
            if (!words.stopped(i) || !words.capital(i) || words.initial(i) || words.connector(i)) continue
            // The phrase from i to j, where the article titles one that starts so.
            let node = titled.next.get(words.lower[i]!)
            // The words up to here belong to a titled phrase already: each longer one adds only its new words.
            let covered = i - 1
            for (let j = i + 1; j < words.length && j < i + maxWords; j++) {
              if (!words.spaced(j) || (!words.capital(j) && !words.connector(j))) break
              node = node?.next.get(words.lower[j]!)
              if (!words.capital(j) || words.connector(j)) continue
              if (node?.titled === undefined) {
                node = titled.add(words.lower, i, j)
                node.titled = words.block.text.value.slice(words.start(i), words.end(j))
                for (let k = covered + 1; k <= j; k++) titledWords.add(words.lower[k]!)
              }
              covered = j
            }
          }
        }
        if (titled.next.size === 0) return
        // Words of titled phrases written in lower case somewhere: of the words
        // the tagger does not know, only their capitals tell a name. Gathered
        // when a phrase is first compared (isMixed asks the tagger first).
        let knownLowercase: Set<string> | undefined
        const lowercase = () => (knownLowercase ??= lowercaseWords(blocks, titledWords))
        // Counted when a mixed phrase is first found: few articles have one.
        let knownStandalone: Map<string, number> | undefined
        const standalone = () => (knownStandalone ??= standaloneRuns(blocks))
        /** The node of the phrase from word i to word j is `phrases[j - i]`: undefined when no titled phrase starts so. */
        const phrases: Array<PhraseNode | undefined> = []
        for (let b = 0; b < blocks.length; b++) {
          const words = blocks[b]!
          const {text} = words.block
          // The next word from i whose capital may tell (see isMixed): a
          // phrase without one within its five words is not mixed, and most
          // words are passed over without reading them.
          let telling = -1
          for (let i = 0; i < words.length; i++) {
            if (telling < i) telling = tellingCapital(words, i)
            if (telling - i >= maxWords) continue
            if (!words.stopped(i) || words.connector(i)) continue
            // A phrase is read word by word only while a titled one starts with it.
            let phrase: PhraseNode | undefined = titled.next.get(words.lower[i]!)
            if (!phrase) continue
            let longest = i
            while (longest + 1 < words.length && longest + 1 < i + maxWords) {
              const next: PhraseNode | undefined = phrase.next.get(words.lower[++longest]!)
              phrases[longest - i] = next
              if (!next || next.next.size === 0) break
              phrase = next
            }
            for (let j = longest; j > i; j--) {
              if (words.connector(j) || !allSpaced(words, i, j)) continue
              let expected = phrases[j - i]?.titled
              if (!expected || !isMixed(words, i, j, tagged, lowercase) || namesApart(words, i, j, standalone()) || titleBeforeName(words, i, j)) continue
              // "PV Poverty alleviation and PV": end at the last word whose case differs.
              let last = j
              for (let k = j - 1; k > i; k--) {
                if (!words.capital(k + 1) && !words.connector(k + 1)) break
                if (!words.connector(k) && phrases[k - i]?.titled !== undefined && isMixed(words, i, k, tagged, lowercase)) last = k
              }
              if (last !== j) {
                j = last
                expected = phrases[j - i]!.titled!
              }
              const [start, end] = text.range(words.start(i), words.end(j))
              const actual = text.value.slice(words.start(i), words.end(j))
              context.report({
                reason: `Unexpected \`${actual}\`, expected \`${expected}\`: the article capitalizes this name in full elsewhere`,
                start,
                end,
                expected: [expected]
              })
              i = j
              break
            }
          }
        }
      }
    }
  }
})

/** The words `asked` that some paragraph writes in lower case, not at a sentence's start. */
function lowercaseWords(blocks: readonly RuleWords[], asked: ReadonlySet<string>): Set<string> {
  const lowercase = new Set<string>()
  if (asked.size === 0) return lowercase
  const shapes = new Shapes(asked)
  for (let b = 0; b < blocks.length; b++) {
    const words = blocks[b]!
    for (let k = 0; k < words.length; k++) {
      const lower = words.lower[k]!
      if (!words.capital(k) && !words.initial(k) && shapes.hasWord(lower) && asked.has(lower)) lowercase.add(lower)
    }
  }
  return lowercase
}

/** How often each maximal run of two or more capitalized words stands as a name of its own, by `keyOf`. */
function standaloneRuns(blocks: readonly RuleWords[]): Map<string, number> {
  const standalone = new Map<string, number>()
  for (let b = 0; b < blocks.length; b++) {
    const words = blocks[b]!
    for (let i = 0; i < words.length; i++) {
      if (!words.capital(i) || (i > 0 && words.spaced(i) && words.capital(i - 1))) continue
      let j = i
      while (j + 1 < words.length && words.spaced(j + 1) && words.capital(j + 1)) j++
      if (j > i) {
        const key = keyOf(words, i, j)
        standalone.set(key, (standalone.get(key) ?? 0) + 1)
      }
    }
  }
  return standalone
}

/** Lowercase words, a connector, then the capitalized ones: "president of the University", a post and a name. */
function titleBeforeName(words: RuleWords, i: number, j: number): boolean {
  let k = i
  while (k <= j && !words.capital(k) && !words.connector(k)) k++
  if (k === i || k > j || !words.connector(k)) return false
  while (k <= j && words.connector(k)) k++
  for (; k <= j; k++) if (!words.capital(k) && !words.connector(k)) return false
  return true
}

/**
 * The capitalized words of the phrase are a name the article uses on its own
 * elsewhere, or part of a longer one ("the surgery department of Zhongshan
 * Hospital", "the Municipal Party Committee inspection", "the Baiyun District
 * government"): a generic word beside a name, not half a name.
 */
function namesApart(words: RuleWords, i: number, j: number, standalone: ReadonlyMap<string, number>): boolean {
  // "the Baiyun District government": the phrase starts inside a longer name.
  if (words.capital(i) && i > 0 && words.spaced(i) && words.capital(i - 1)) return true
  for (let k = i; k <= j; k++) {
    if (!words.capital(k)) continue
    let end = k
    while (end + 1 < words.length && words.spaced(end + 1) && words.capital(end + 1)) end++
    // A name that goes on past the phrase, or stands on its own elsewhere.
    if (end > j || (end > k && (standalone.get(keyOf(words, k, end)) ?? 0) >= 2)) return true
    k = end
  }
  return false
}

/** The first word from `from` that is capitalized, not a connector nor a sentence's first; the length when there is none. */
function tellingCapital(words: RuleWords, from: number): number {
  let k = from
  while (k < words.length && (!words.capital(k) || words.initial(k) || words.connector(k))) k++
  return k
}

/** Words i to j, lowercase, joined by spaces. */
function keyOf(words: RuleWords, i: number, j: number): string {
  let key = words.lower[i]!
  for (let k = i + 1; k <= j; k++) key += ' ' + words.lower[k]!
  return key
}

function allSpaced(words: RuleWords, i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) if (!words.spaced(k)) return false
  return true
}

/** Some words capitalized and some not, counting only words the article also writes in lower case. `tagged`: the form is in the tagger's lexicon. */
function isMixed(words: RuleWords, i: number, j: number, tagged: (form: string) => boolean, lowercase: () => ReadonlySet<string>): boolean {
  let capital = false
  let lower = false
  for (let k = i; k <= j; k++) {
    if (words.connector(k)) continue
    if (!words.capital(k)) lower = true
    else if (capitalTells(words, k, tagged, lowercase)) capital = true
  }
  return capital && lower
}

/**
 * Whether word k's capital may tell a name: inside a sentence, not an
 * acronym nor a word always capitalized, on a word written in lower case
 * too. Found once per word: phrases overlap, and ask of the same words.
 */
function capitalTells(words: RuleWords, k: number, tagged: (form: string) => boolean, lowercase: () => ReadonlySet<string>): boolean {
  const known = words.knownTelling(k)
  if (known !== undefined) return known
  const form = words.lower[k]!
  return words.setTelling(k, !words.initial(k) && !/^\p{Lu}+$/u.test(words.text(k)) && !properWords.has(form) && (tagged(form) || lowercase().has(form)))
}

/** `lower` without a final `'s` or `’s`. */
function withoutPossessive(lower: string): string {
  const at = lower.length - 2
  if (at < 0 || lower.charCodeAt(at + 1) !== 0x73) return lower
  const mark = lower.charCodeAt(at)
  return mark === 0x27 || mark === 0x2019 ? lower.slice(0, at) : lower
}

/** . ! ? : ; " “ ” ( a line break and 。: after one, a word starts a sentence or clause. */
function holdsClauseBreak(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (value.charCodeAt(i)) {
      case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: case 0x22: case 0x201c: case 0x201d: case 0x28: case 0x0a: case 0x3002:
        return true
    }
  }
  return false
}

const stops = new Set(Array.from('.!?。”"’)', (mark) => mark.charCodeAt(0)))

/** Whether `value` before `lineEnd`, trailing whitespace aside, ends with a sentence's stop. */
function endsWithStop(value: string, lineEnd: number): boolean {
  let at = lineEnd - 1
  while (at >= 0 && isWhitespace(value.charCodeAt(at))) at--
  return at >= 0 && stops.has(value.charCodeAt(at))
}
