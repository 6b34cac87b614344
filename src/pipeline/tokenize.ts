// parse-english, faster, building the same trees.
//
// parse-latin's tokenizer classifies every character with three regular
// expressions and copies a position object per token; in a full pass that
// was an eighth of the time to build the prose tree. Here each UTF-16 unit is
// classified once per run of the program, by asking the original tokenizer
// about it alone, so the classes are parse-latin's own and the tokens the
// same. Positions are left out: mdast-util-to-nlcst sets every token's
// position right after tokenizing, and the prose step places every node in
// the file afterwards (see placeLeaves in prose.ts).
//
// The plugin lists (below the class) are parse-english's, minus
// patchPosition, with the plugins that act only on a rare mark run only
// where a quick look finds it, and mergeInnerWordSymbol as a plain loop.
import type {Paragraph, Root, Sentence, SentenceContent, WordContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'

type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'
const tokenTypes: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const whiteSpace = 1
const word = 3

const originalTokenize = ParseEnglish.prototype.tokenize
/** Per UTF-16 unit: 0 not asked yet, else 1 + its index in `tokenTypes`. */
const classes = new Uint8Array(65536)

function classOf(parser: ParseEnglish, code: number): number {
  let known = classes[code]!
  if (known === 0) {
    const [token] = originalTokenize.call(parser, String.fromCharCode(code))
    known = tokenTypes.indexOf(token!.type as TokenType) + 1
    classes[code] = known
  }
  return known
}

/**
 * A token with a `position` slot, left empty for the prose step to fill:
 * added later, the property grew each node's backing store, a tenth of what
 * a full pass allocated.
 */
function token(known: number, value: string): SentenceContent {
  const type = tokenTypes[known - 1]!
  if (type === 'WordNode') return {type, children: [{type: 'TextNode', value, position: undefined}], position: undefined}
  return {type, value, position: undefined}
}

/** parse-english with a faster tokenizer, and plugin lists (set below) that do the same with less work. */
export class FastParseEnglish extends ParseEnglish {
  /** Words, white space, and runs of one punctuation mark or symbol, as parse-latin cuts them. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const tokens: SentenceContent[] = []
    if (!value) return tokens
    let from = 0
    let previous = classOf(this, value.charCodeAt(0))
    for (let index = 1; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const current = classOf(this, code)
      // Words and white space run on; a mark runs on only as itself, or as
      // the second half of a surrogate pair.
      const continues =
        current === previous && (current === word || current === whiteSpace || code === value.charCodeAt(index - 1) || (code >= 0xd800 && code <= 0xdfff))
      if (!continues) {
        tokens.push(token(previous, value.slice(from, index)))
        from = index
      }
      previous = current
    }
    tokens.push(token(previous, value.slice(from)))
    return tokens
  }
}

type Plugin<Node> = (node: Node) => undefined | void

/**
 * The one plugin of `plugins` that changes the small tree `example` makes:
 * found by what it does, not by its place in a list that a new version of
 * parse-latin may reorder.
 */
function pluginChanging<Node>(plugins: ReadonlyArray<Plugin<Node>>, name: string, example: () => Node): Plugin<Node> {
  const found = plugins.filter((plugin) => {
    const tree = example()
    const before = JSON.stringify(tree)
    plugin(tree)
    return JSON.stringify(tree) !== before
  })
  if (found.length !== 1) throw new Error(`Expected one ${name} plugin in parse-english, found ${found.length}`)
  return found[0]!
}

const wordNode = (value: string): SentenceContent => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
const markNode = (value: string): SentenceContent => ({type: 'PunctuationNode', value})
const sentenceOf = (...children: SentenceContent[]): Sentence => ({type: 'SentenceNode', children})
const english = ParseEnglish.prototype

// patchPosition gives a parent without a position its first and last
// child's. placeLeaves places every parent afterwards, from its leaves: this
// walk over every list would be for nothing.
const patchPosition = pluginChanging(english.tokenizeRootPlugins as Array<Plugin<Root | Paragraph>>, 'patchPosition', (): Paragraph => ({
  type: 'ParagraphNode',
  children: [{type: 'WhiteSpaceNode', value: ' ', position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}}]
}))

// Five sentence plugins act only on a sentence with some mark among its
// children, and each walks every child, through the whole block, to find
// one; most blocks have none. Each is run only where a look just before it
// finds what it acts on: for four, one walk for all (see sentenceMarks).
const sentencePlugins = english.tokenizeSentencePlugins
/** The marks the sentence gates look for, as bits. */
const ampersand = 1
const hyphen = 2
const slash = 4
const apostrophe = 8
const markBits = new Map([
  ['&', ampersand],
  ['-', hyphen],
  ['/', slash],
  ["'", apostrophe],
  ['’', apostrophe]
])
/** The sentence whose marks were found last, and those marks. */
let marked: Sentence | undefined
let marks = 0

const hasMark =
  (mark: number) =>
  (sentence: Sentence): boolean =>
    (sentenceMarks(sentence) & mark) !== 0
const actsOn = new Map<Plugin<Sentence>, (sentence: Sentence) => boolean>([
  // `&` joins the word after it.
  [pluginChanging(sentencePlugins, 'mergeInitialWordSymbol', () => sentenceOf(markNode('&'), wordNode('b'))), hasMark(ampersand)],
  // `-` ends the word before it, where no word follows ("pre- and post-war").
  [pluginChanging(sentencePlugins, 'mergeFinalWordSymbol', () => sentenceOf(wordNode('a'), markNode('-'))), hasFinalHyphen],
  // `/` between short words.
  [pluginChanging(sentencePlugins, 'mergeInnerWordSlash', () => sentenceOf(wordNode('ab'), markNode('/'), wordNode('cd'))), hasMark(slash)],
  // English elisions: `w/`, `'tis`, `rock 'n' roll`.
  [pluginChanging(sentencePlugins, 'mergeEnglishElisionExceptions', () => sentenceOf(markNode('’'), wordNode('tis'))), hasMark(slash | apostrophe)],
  // The last full stop of an initialism: a `.` right after a word of three, five… parts (`U.S` of `U.S.`).
  [
    pluginChanging(sentencePlugins, 'mergeInitialisms', () => {
      const initialism: SentenceContent = {type: 'WordNode', children: [{type: 'TextNode', value: 'U'}, {type: 'PunctuationNode', value: '.'}, {type: 'TextNode', value: 'S'}]}
      return sentenceOf(initialism, markNode('.'))
    }),
    hasInitialismEnd
  ]
])

/**
 * The gates' marks among a sentence's children, as bits, found in one walk
 * and kept while the plugins run over the same sentence. The plugins only
 * ever take a mark out of a sentence's children (into a word), never put
 * one in, so a mark missing before the first plugin is missing for all.
 */
function sentenceMarks(sentence: Sentence): number {
  if (sentence === marked) return marks
  let found = 0
  for (const child of sentence.children) {
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') found |= markBits.get(child.value) ?? 0
  }
  marked = sentence
  marks = found
  return found
}

/**
 * Whether mergeFinalWordSymbol would act: a `-` after a word and before
 * anything but a word. Most hyphens join two words ("state-owned"), and
 * the plugin walked every token of the block, a call each, to find none.
 */
function hasFinalHyphen(sentence: Sentence): boolean {
  if ((sentenceMarks(sentence) & hyphen) === 0) return false
  const children = sentence.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    if ((child.type === 'PunctuationNode' || child.type === 'SymbolNode') && child.value === '-' && children[index - 1]!.type === 'WordNode' && children[index + 1]?.type !== 'WordNode') return true
  }
  return false
}

function hasInitialismEnd(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = 1; index < children.length; index++) {
    const child = children[index]!
    const previous = children[index - 1]!
    const parts = previous.type === 'WordNode' ? previous.children.length : 0
    if (child.type === 'PunctuationNode' && child.value === '.' && parts > 1 && parts % 2 === 1) return true
  }
  return false
}

// breakImplicitSentences splits a sentence at white space holding a blank
// line, and to find one it splits the text of every white-space node in the
// paragraph into lines. Such a node is rare: look for it first.
const breakImplicitSentences = pluginChanging(english.tokenizeParagraphPlugins, 'breakImplicitSentences', (): Paragraph => ({
  type: 'ParagraphNode',
  children: [sentenceOf(wordNode('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, wordNode('b'))]
}))

/** Whether breakImplicitSentences would act: a white-space node with two line breaks or more, not first or last in its sentence. */
function hasBlankLine(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    for (let index = 1; index < children.length - 1; index++) {
      const node = children[index]!
      if (node.type === 'WhiteSpaceNode' && lineBreaks(node.value) >= 2) return true
    }
  }
  return false
}

// mergeRemainingFullStops merges a full stop that does not end its
// sentence into a word beside it, and to find one it walks every sentence
// from its end, testing each mark with a regular expression. Most sentences
// have a full stop only at the end: look for one with more after it first.
const mergeRemainingFullStops = pluginChanging(english.tokenizeParagraphPlugins, 'mergeRemainingFullStops', (): Paragraph => ({
  type: 'ParagraphNode',
  children: [sentenceOf(wordNode('a'), markNode('.'), wordNode('b'))]
}))
/** parse-latin's terminal marker. */
const terminalMarker = /^[!.?\u2026\u203D]+$/

/** Whether mergeRemainingFullStops would act: a `.` with a word or a terminal marker after it in its sentence. */
function hasInnerFullStop(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    let stop = false
    for (const child of sentence.children) {
      if (child.type === 'WordNode') {
        if (stop) return true
      } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
        if (stop && terminalMarker.test(child.value)) return true
        if (child.value === '.') stop = true
      }
    }
  }
  return false
}

/** Line breaks in `text`, `\r\n` counting once, as `split(/\r\n|\r|\n/)` cuts. */
function lineBreaks(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) count++
    else if (code === 13) {
      count++
      if (text.charCodeAt(index + 1) === 10) index++
    }
  }
  return count
}

const withoutPatchPosition = <Node>(plugins: ReadonlyArray<Plugin<Node>>) => plugins.filter((plugin) => plugin !== (patchPosition as unknown))
// mergeInnerWordSymbol joins words across the marks between them ("3.5",
// "China's", "state-owned") and acts in nearly every block, so no gate
// spares it; it walked every token with a call each (unist-util-modify-
// children), a sixth of the parse. mergeInnerWordSymbols does the same in
// a loop (tests/prose.test.ts holds the trees equal).
const mergeInnerWordSymbol = pluginChanging(sentencePlugins, 'mergeInnerWordSymbol', () => sentenceOf(wordNode('a'), markNode('='), wordNode('b')))
/** parse-latin's wordSymbolInner: the marks that join the words on either side. */
const innerWordSymbol = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

function isInnerWordSymbol(node: SentenceContent): node is Extract<SentenceContent, WordContent> {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && innerWordSymbol.test(node.value)
}

/**
 * mergeInnerWordSymbol's own steps: at each mark after a word, take the
 * words and joining marks that follow (up to the last word) into that word,
 * then look at what now stands there again.
 */
function mergeInnerWordSymbols(sentence: Sentence): void {
  const siblings = sentence.children
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index]!
    const previous = siblings[index - 1]!
    if ((child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') || previous.type !== 'WordNode') continue
    const taken: WordContent[] = []
    let queue: WordContent[] = []
    let position = index
    for (; position < siblings.length; position++) {
      const sibling = siblings[position]!
      if (sibling.type === 'WordNode') {
        taken.push(...queue, ...sibling.children)
        queue = []
      } else if (isInnerWordSymbol(sibling)) queue.push(sibling)
      else break
    }
    if (taken.length === 0) continue
    // Marks after the last word stay where they are.
    siblings.splice(index, position - queue.length - index)
    previous.children.push(...taken)
    const last = taken[taken.length - 1]!
    if (previous.position && last.position) previous.position.end = last.position.end
    index--
  }
}

FastParseEnglish.prototype.tokenizeSentencePlugins = withoutPatchPosition(sentencePlugins).map((plugin) => {
  if (plugin === mergeInnerWordSymbol) return mergeInnerWordSymbols
  const acts = actsOn.get(plugin)
  return acts ? (sentence: Sentence) => (acts(sentence) ? plugin(sentence) : undefined) : plugin
})
const paragraphGates = new Map<Plugin<Paragraph>, (paragraph: Paragraph) => boolean>([
  [breakImplicitSentences, hasBlankLine],
  [mergeRemainingFullStops, hasInnerFullStop]
])
FastParseEnglish.prototype.tokenizeParagraphPlugins = withoutPatchPosition(english.tokenizeParagraphPlugins).map((plugin) => {
  const acts = paragraphGates.get(plugin)
  return acts ? (paragraph: Paragraph) => (acts(paragraph) ? plugin(paragraph) : undefined) : plugin
})
FastParseEnglish.prototype.tokenizeRootPlugins = withoutPatchPosition(english.tokenizeRootPlugins)
