// People in an article: romanized Chinese names ("Liu Jianping", "Jianping
// Liu", "Liu Jian-ping", "Ma Zuo Bo", "Tsai Ing-wen"), other names that stand
// after a title ("Mayor John Smith") or before one ("John Smith, chief
// executive of Acme"), and the titles and roles attached to each mention.
// A name-like pair counts as a person only with person context somewhere in
// the article: a title or role, a verb of speech or action right after it
// ("He Fei pointed out"), "said" right before it, or a he/she pronoun after
// it. Single words ("Hefei", "Baiyun") are never names, and a pair followed
// by a place or firm word ("Li Ning Company", "Xi Jinping Thought") is not a
// person. The finder runs once per document, lazily, and is cached: several
// rules share it (unintroduced-person, name-variants, title-conflict,
// name-format, name-mismatch). `canonicalName` gives one key for every
// spelling and order of a name, to compare with the pinyin of a source.
import surnameData from '../data/chinese-surnames.json' with {type: 'json'}
import titleData from '../data/person-titles.json' with {type: 'json'}
import wordData from '../data/person-words.json' with {type: 'json'}
import type {ProseBlock, ProseDocument} from '../document.js'
import {allSpaces, charLength, combiningMark, isAsciiAlphanumeric, isAsciiCapital, isAsciiLetter, isSpaceOrTab, mayHoldCombiningMark} from './chars.js'
import {once} from './once.js'
import {isPinyinSyllable, longestSyllable, syllableLengths} from './pinyin.js'
import type {Word} from './words.js'

const pinyinSurnames = new Set([...surnameData.pinyin, ...surnameData.compound])
const otherSurnames = new Set(surnameData.other)
const commonSurnames = new Set(surnameData.pinyin.slice(0, 30))
const cores = new Set(titleData.cores)
const ranks = new Set(titleData.ranks)
const scopes = new Set(titleData.scopes)
const temporal = new Set(titleData.temporal)
const honorifics = new Set(titleData.honorifics)
const verbs = new Set(wordData.verbs)
const adverbs = new Set(wordData.adverbs)
const speechBefore = new Set(wordData.speechBefore)
const orgSuffixes = new Set(wordData.orgSuffixes)
const places = new Set(wordData.places)
/** The first words of `places`: a run of words is joined to be looked up only when it starts with one. */
const placeStarts = new Set(wordData.places.map((place) => place.split(' ')[0]!))
const rareSyllables = new Set(wordData.rareSyllables)
const westernGivenNames = new Set(wordData.westernGivenNames)
const pronouns = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself'])
/** Words that open a sentence or clause but are never part of a title or organisation. */
const functionWords = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'when', 'while', 'after', 'before', 'since', 'during', 'yesterday',
  'today', 'meanwhile', 'then', 'and', 'but', 'however', 'also', 'later', 'earlier', 'recently', 'last', 'this',
  'that', 'these', 'those', 'with', 'by', 'from', 'for', 'to', 'of', 'according', 'if', 'so', 'or', 'where'
])
/** A lowercase title word right after these is a verb ("to host Wang Yi"). */
const verbMarkers = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do'])
/** Never part of a name: function words and verbs that Title Case capitalizes. */
const notNameWords = new Set([
  ...functionWords, 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'do', 'does', 'did', 'not', 'no', 'yes', 'all', 'new', 'our', 'my', 'your', 'his', 'her', 'its', 'their', 'we',
  'you', 'they', 'it', 'he', 'she', 'i', 'what', 'who', 'how', 'why', 'which', 'there', 'here'
])
/** Words inside a title before a name: "Secretary of the …", "Secretary for Justice", "Ambassador to …", "Development and Reform Commission". */
const titleLinks = new Set(['of', 'the', 'for', 'and', 'to', 'at'])
const conjunctions = new Set(['and', 'or', 'but', 'nor', 'while', 'as', 'with'])
/** A noun for what someone does: pianist, conductor, tuner, attendant. */
const agentNoun = /^\p{Ll}{3,}(?:ist|ian|or|er|ee|ant)s?$/u
const agentEndings = ['ist', 'ian', 'or', 'er', 'ee', 'ant']
/** Ends as `agentNoun` needs, a plural s aside: most words do not, and are turned away before the pattern. */
function hasAgentEnding(text: string): boolean {
  const end = text.endsWith('s') ? text.length - 1 : text.length
  for (const ending of agentEndings) if (text.endsWith(ending, end)) return true
  return false
}
const notAgentNouns = new Set([
  'after', 'over', 'under', 'other', 'either', 'neither', 'whether', 'for', 'nor', 'her', 'their', 'our', 'your',
  'ever', 'never', 'later', 'further', 'rather', 'together', 'per', 'order', 'border', 'water', 'paper', 'power',
  'letter', 'number', 'chapter', 'quarter', 'matter', 'summer', 'winter', 'center', 'centre', 'another', 'major',
  'minor', 'prior', 'senior', 'junior', 'superior', 'inferior', 'exterior', 'interior', 'floor', 'door', 'color',
  'colour', 'labor', 'labour', 'favor', 'favour', 'honor', 'honour', 'error', 'mirror', 'sector', 'factor', 'motor',
  'vector', 'corridor', 'tractor', 'reactor', 'monitor', 'radar', 'calendar', 'consider', 'remember', 'register',
  'deliver', 'discover', 'offer', 'suffer', 'enter', 'answer', 'gather', 'cover', 'recover', 'wonder', 'render',
  'tender', 'gender', 'cancer', 'counter', 'meter', 'liter', 'filter', 'shelter', 'transfer', 'buffer', 'barrier',
  'carrier', 'frontier', 'premier', 'tower', 'flower', 'shower', 'lower', 'upper', 'inner', 'outer', 'former',
  'latter', 'bitter', 'better', 'greater', 'smaller', 'larger', 'longer', 'stronger', 'younger', 'older', 'elder',
  'among', 'within', 'european', 'asian', 'african', 'indian', 'australian', 'canadian', 'italian', 'russian',
  'brazilian', 'christian', 'civilian', 'guardian', 'median', 'meridian', 'want', 'giant', 'elephant', 'plant',
  'restaurant', 'constant', 'distant', 'important', 'significant', 'relevant', 'pleasant', 'vibrant', 'abundant',
  'brilliant', 'elegant', 'instant', 'tenant', 'covenant', 'grant', 'meant', 'entrant', 'coordinator', 'guarantee',
  'committee', 'employee', 'trainee', 'nominee', 'refugee', 'fee', 'coffee', 'degree', 'agree', 'free', 'three',
  'tree', 'see', 'decree', 'jubilee', 'pedigree', 'whenever', 'however', 'whoever', 'whatever', 'forever', 'clever'
])
const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our'])
const linkingVerbs = new Set(['is', 'was', 'became', 'becomes', 'serves', 'served', 'works', 'worked', 'remains'])

/** A Chinese name as parsed from its romanization. */
export interface ChineseName {
  /** As written: "Liu", "Ouyang", "Tsai". */
  surname: string
  /** As written: "Jianping", "Jian-ping", "Zuo Bo". */
  given: string
  order: 'surname-first' | 'given-first'
  /** joined "Jianping", hyphenated "Jian-ping", split "Zuo Bo". */
  style: 'joined' | 'hyphenated' | 'split'
  /** Surname and every given syllable are Hanyu Pinyin (not Wade–Giles or Cantonese). */
  pinyin: boolean
  /** Ways to read the given name as pinyin syllables (lowercase); empty when it is not pinyin. */
  readings: string[][]
}

/** A title or role attached to one mention of a person. */
export interface Title {
  /** As written: "deputy general manager", "Secretary of the Baiyun District Party Committee". */
  text: string
  /** File offsets of `text`. */
  start: number
  end: number
  /** The noun that says what the person is ("manager"), singular and lowercase; undefined for a role without one ("a girl from Guangdong"). */
  core: string | undefined
  /** Words that change which post it is, lowercase, `deputy` read as `vice`, in order ("vice general"). */
  ranks: string[]
  /** Marked as past, acting or new ("former", "acting", "newly appointed"): may differ from the person's title elsewhere. */
  dated: boolean
  /** The organisation, from "of X" or "X's" (lowercase, without "the"). */
  org: string | undefined
  /** For the reader: "deputy general manager of Guizhou Aluminum Plant". */
  role: string
}

export interface Mention {
  /** The name as written. */
  text: string
  /** The same for every spelling and order of one person (see `canonicalName`). */
  key: string
  /** File offsets of the name. */
  start: number
  end: number
  chinese: ChineseName | undefined
  /** A title or role before or after this mention. */
  title: Title | undefined
  /** Marked with Mr, Ms, Dr…: a person, but no role. */
  honorific: boolean
  /** The subject of a verb of speech or action, or the speaker of "said X". */
  acting: boolean
  /** A role given later in the same sentence: "Wang Li said …, and as the village head she …". */
  roleLater: boolean
  block: ProseBlock
}

export interface Person {
  key: string
  /** In document order. */
  mentions: Mention[]
}

export interface People {
  /** Every mention of a person, in document order. */
  mentions: Mention[]
  /** By first mention. */
  persons: Person[]
}

const cache = new WeakMap<ProseDocument, People>()

/** The people in `document`, computed once per document. */
export function findPeople(document: ProseDocument): People {
  let found = cache.get(document)
  if (!found) {
    found = scan(document)
    cache.set(document, found)
  }
  return found
}

/**
 * One key for every spelling and order of a name: "Liu Jian-ping",
 * "Jianping Liu" and "Liu Jianping" all give `liu jianping`. Other names
 * are lowercased with their spaces normalized.
 */
export function canonicalName(name: string): string {
  const chinese = parseChineseName(name)
  if (chinese) return chineseKey(chinese)
  return name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")
}

/** Read `name` ("Liu Jianping", "Jianping Liu", "Ma Zuo Bo") as a Chinese name, if it is one. */
export function parseChineseName(name: string): ChineseName | undefined {
  const parts = name.trim().split(/\s+/)
  if (!parts.every((part) => namePart.test(part))) return undefined
  if (parts.length === 3) return surnameFirst(parts[0]!, parts[1]!, parts[2])
  if (parts.length !== 2) return undefined
  return surnameFirst(parts[0]!, parts[1]!) ?? givenFirst(parts[0]!, parts[1]!)
}

/**
 * Ways to read `word` as one or two pinyin syllables ("jianping" → [["jian",
 * "ping"]]). A syllable that starts with a, o or e takes an apostrophe inside
 * a word ("Xi'an"), so "xian" is only [["xian"]] and "Sean" is not pinyin.
 */
export function pinyinReadings(word: string): string[][] {
  const lower = word.toLowerCase().replace(/ü/g, 'v')
  if (/[-'’]/.test(lower)) {
    const pieces = lower.split(/[-'’]/)
    return pieces.length === 2 && pieces.every((piece) => isPinyinSyllable(piece)) ? [pieces] : []
  }
  // The syllables each cut would make, read off the syllable trie: most
  // words asked are not pinyin, and cost no substrings.
  const readings: string[][] = []
  const length = lower.length
  if (length > 2 * longestSyllable) return readings
  const firsts = syllableLengths(lower, 0, length)
  if (length <= longestSyllable && firsts & (1 << length)) readings.push([lower])
  for (let cut = Math.max(1, length - longestSyllable); cut < length && cut <= longestSyllable; cut++) {
    if ((firsts & (1 << cut)) === 0 || !isSyllableStart(lower.charCodeAt(cut))) continue
    if (syllableLengths(lower, cut, length) & (1 << (length - cut))) readings.push([lower.slice(0, cut), lower.slice(cut)])
  }
  return readings
}

/** A syllable inside a word never starts with a, o or e: "Xi'an" takes an apostrophe. */
const isSyllableStart = (code: number) => code !== 0x61 && code !== 0x6f && code !== 0x65

/** Whether `word` is one of the thirty most common pinyin surnames (Wang, Li, Zhang…). */
export function isCommonSurname(word: string): boolean {
  return commonSurnames.has(word.toLowerCase())
}

/** Whether `word` is a Chinese surname in any romanization. */
export function isSurname(word: string): boolean {
  return isSurnameLower(word.toLowerCase())
}

/** Every surname in one set: most words asked are none, and a miss costs one lookup, not two. */
const allSurnames = new Set([...pinyinSurnames, ...otherSurnames])
const isSurnameLower = (lower: string) => allSurnames.has(lower)

/**
 * The run-together forms of some names, lowercase letters without hyphens
 * or apostrophes ("wanglihua", or "wang lihua" with the space kept), for
 * rules that look for them among every word of an article: most words start
 * with a letter none of the names does, which is tested before any lookup.
 */
export class RunTogetherNames {
  private readonly names = new Set<string>()
  /** Every name's beginnings, one letter and up: a pair of words is looked up whole only when its first word is one. */
  private readonly beginnings = new Set<string>()
  /** Bit n: a name starts with the n-th letter (a–z). */
  private initials = 0
  /** A name starts with something else. */
  private otherInitial = false

  constructor(names: Iterable<string>) {
    for (const name of names) {
      this.names.add(name)
      for (let end = 1; end <= name.length; end++) this.beginnings.add(name.slice(0, end))
      const letter = name.charCodeAt(0) - 0x61
      if (letter >= 0 && letter < 26) this.initials |= 1 << letter
      else this.otherInitial = true
    }
  }

  get size(): number {
    return this.names.size
  }

  /** Whether a name may start as the word at `index` of `text` does, lowercased. */
  mayStartAt(text: string, index: number): boolean {
    const code = text.charCodeAt(index)
    if (isAsciiLetter(code)) return (this.initials & (1 << ((code | 0x20) - 0x61))) !== 0
    // Beyond ASCII a capital may lowercase to a letter of ASCII (the Kelvin sign to k).
    return code >= 0x80 || this.otherInitial
  }

  /** Whether `lower` is one of the names once its hyphens and apostrophes are gone. */
  has(lower: string): boolean {
    return this.names.has(withoutJoiners(lower))
  }

  /** Whether two words run together, `first + second`, are one of the names: `has(first + second)`, without joining most pairs. */
  hasPair(first: string, second: string): boolean {
    return this.beginnings.has(withoutJoiners(first)) && this.has(first + second)
  }
}

/** `text` without hyphens and apostrophes: "jian-ping" → "jianping". */
function withoutJoiners(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x27 || code === 0x2019 || code === 0x2d) return text.replace(/[-'’]/g, '')
  }
  return text
}

/**
 * Two capitalized words, each a whole word, the first at `at` (where a
 * character starts): what the pattern
 * `(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])`
 * matches there, sticky ("Liu Jianpng"), as the two words and where the pair
 * ends; undefined where it matches nothing. Scanned by hand: that pattern
 * costs milliseconds to compile, and a one-file run asks it once.
 */
export function capitalizedPairAt(value: string, at: number): [first: string, second: string, end: number] | undefined {
  if (at > 0 && isNamePartAt(value, codePointStart(value, at - 1))) return undefined
  const firstEnd = capitalizedWordEnd(value, at)
  if (firstEnd < 0 || !isSpaceOrTab(value.charCodeAt(firstEnd))) return undefined
  let second = firstEnd + 1
  while (isSpaceOrTab(value.charCodeAt(second))) second++
  const end = capitalizedWordEnd(value, second)
  if (end < 0 || (end < value.length && isNamePartAt(value, end))) return undefined
  return [value.slice(at, firstEnd), value.slice(second, end), end]
}

/**
 * Whether `text` holds `word` (not empty) with no letter either side: what
 * the pattern `(?<![\p{L}])word(?![\p{L}])` finds for a word of letters,
 * apostrophes and hyphens, without compiling a pattern for each word.
 */
export function holdsWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length
    if ((at === 0 || !isLetterAt(text, codePointStart(text, at - 1))) && (end >= text.length || !isLetterAt(text, end))) return true
  }
  return false
}

function isLetterAt(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  if (code < 0x80) return isAsciiLetter(code)
  // General Punctuation (quotes, dashes, spaces) holds no letter.
  if (code >= 0x2000 && code <= 0x206f) return false
  return matchesAt(letterPattern(), value, i)
}

/** Where `\p{Lu}\p{Ll}+` from `at`, its lowercase letters as many as stand there, ends; -1 where it does not match. */
function capitalizedWordEnd(value: string, at: number): number {
  if (at >= value.length || !isCapitalAt(value, at)) return -1
  let end = at + charLength(value, at)
  const first = end
  while (end < value.length && isLowercaseAt(value, end)) end += charLength(value, end)
  return end > first ? end : -1
}

function isLowercaseAt(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : matchesAt(lowercasePattern(), value, i)
}

/** A letter, a mark, an apostrophe or a hyphen (`[\p{L}\p{M}'’-]`): a name's word goes on through it. */
function isNamePartAt(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  if (code < 0x80) return isAsciiLetter(code) || code === 0x27 || code === 0x2d
  // General Punctuation (quotes, dashes, spaces) holds no letter or mark, only ’.
  if (code >= 0x2000 && code <= 0x206f) return code === 0x2019
  return matchesAt(namePartPattern(), value, i)
}

/** Where the character that ends at `last` starts: one back, or two for a surrogate pair. */
function codePointStart(value: string, last: number): number {
  const code = value.charCodeAt(last)
  if (last > 0 && code >= 0xdc00 && code <= 0xdfff) {
    const high = value.charCodeAt(last - 1)
    if (high >= 0xd800 && high <= 0xdbff) return last - 1
  }
  return last
}

const lowercasePattern = once(() => /\p{Ll}/uy)
const letterPattern = once(() => /\p{L}/uy)
const namePartPattern = once(() => /[\p{L}\p{M}'’-]/uy)

/** Join pinyin syllables into one word, with the apostrophe pinyin needs ("xi" + "an" → "Xi'an"). */
export function joinSyllables(parts: readonly string[]): string {
  let joined = ''
  for (const part of parts) {
    const lower = part.toLowerCase()
    joined += joined && /^[aoe]/.test(lower) ? `'${lower}` : lower
  }
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}

/** One capitalized name word: "Liu", "Jian-ping", "Xi'an". */
const namePart = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Ll}+)?$/u
/** A word of any other name: "John", "O'Brien", "McDonald", "Jae-in". */
const otherNamePart = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}(?:[-'’]\p{L}[\p{L}\p{M}]*)*$/u

function surnameFirst(surname: string, given: string, split?: string): ChineseName | undefined {
  const lower = surname.toLowerCase()
  const pinyinSurname = pinyinSurnames.has(lower)
  if (!pinyinSurname && !otherSurnames.has(lower)) return undefined
  if (split !== undefined) {
    // "Ma Zuo Bo": two one-syllable words after a pinyin surname.
    const first = given.toLowerCase()
    const second = split.toLowerCase()
    if (!pinyinSurname || ![first, second].every((syllable) => isPinyinSyllable(syllable) && !rareSyllables.has(syllable))) return undefined
    return {surname, given: `${given} ${split}`, order: 'surname-first', style: 'split', pinyin: true, readings: [[first, second]]}
  }
  return givenName(surname, given, 'surname-first', pinyinSurname)
}

function givenFirst(given: string, surname: string): ChineseName | undefined {
  const lower = surname.toLowerCase()
  const pinyinSurname = pinyinSurnames.has(lower)
  if (!pinyinSurname && !otherSurnames.has(lower)) return undefined
  // Only an unmistakable given name comes first: two syllables or a hyphen,
  // not itself a surname ("Yang Liu" is read surname first), not an English name ("Nina Wang").
  if (isSurname(given) || westernGivenNames.has(given.toLowerCase())) return undefined
  const name = givenName(surname, given, 'given-first', pinyinSurname)
  if (!name) return undefined
  if (name.style === 'joined' && !name.readings.some((reading) => reading.length === 2)) return undefined
  return name
}

function givenName(surname: string, given: string, order: ChineseName['order'], pinyinSurname: boolean): ChineseName | undefined {
  const hyphenated = /[-]/.test(given)
  // Syllables no one is named with ("ha", "lia") make "Hana" and "Julia" English.
  const readings = pinyinReadings(given).filter((reading) => !reading.some((syllable) => rareSyllables.has(syllable)))
  if (readings.length > 0) {
    return {surname, given, order, style: hyphenated ? 'hyphenated' : 'joined', pinyin: pinyinSurname, readings}
  }
  // Wade–Giles and Cantonese given names are hyphenated: "Ing-wen", "Kin-chung".
  if (/^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u.test(given)) {
    return {surname, given, order, style: 'hyphenated', pinyin: false, readings: []}
  }
  return undefined
}

function chineseKey(name: ChineseName): string {
  return `${name.surname.toLowerCase()} ${name.given.toLowerCase().replace(/[-'’\s]/g, '')}`
}

// ---------------------------------------------------------------------------
// Scanning

/**
 * A word of a block. Tokenizing is most of the scan and most words are never
 * looked at closely, so the text, lowercase and gap are read on demand.
 */
class Token {
  private textCache: string | undefined = undefined
  private lowerCache: string | undefined = undefined

  constructor(
    private readonly source: string,
    /** Index in the block's text of the word's start and end (without `'s`). */
    readonly start: number,
    readonly end: number,
    readonly possessive: boolean,
    /** Starts with a capital letter. */
    readonly capital: boolean,
    /** The gap before it is spaces and tabs only (and not empty). */
    readonly spaced: boolean,
    /** Where the gap before it starts: the previous word's end, with its `'s`. */
    private readonly gapStart: number,
    /** The block's word it is, when it has no possessive ending: its text and lowercase, made once for every rule. */
    private readonly same?: Word
  ) {}

  /** The word without a possessive ending. */
  get text(): string {
    return (this.textCache ??= this.same ? this.same.text : this.source.slice(this.start, this.end))
  }

  get lower(): string {
    return (this.lowerCache ??= this.same ? this.same.lower : this.text.toLowerCase())
  }

  /** Text between the previous token and this one. */
  get gap(): string {
    return this.source.slice(this.gapStart, this.start)
  }

  /** The gap before it ends a sentence or line. */
  get afterSentenceEnd(): boolean {
    for (let i = this.gapStart; i < this.start; i++) if (sentenceEnds.has(this.source.charCodeAt(i))) return true
    return false
  }
}

/** . ! ? 。 ！ ？ and a line break. */
const sentenceEnds = new Set([...'.!?。！？\n'].map((mark) => mark.charCodeAt(0)))

// The word pattern [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*,
// scanned by hand: ASCII by its codes, other characters with sticky patterns,
// so a word costs no match object.
const wordStartPattern = once(() => /[\p{L}\p{N}]/uy)
const wordPartPattern = once(() => /[\p{L}\p{M}\p{N}]/uy)
const capitalPattern = once(() => /\p{Lu}/uy)

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019

function isWordStart(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  return code < 0x80 ? isAsciiAlphanumeric(code) : matchesAt(wordStartPattern(), value, i)
}

function isWordPart(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  return code < 0x80 ? isAsciiAlphanumeric(code) : matchesAt(wordPartPattern(), value, i)
}

function isCapitalAt(value: string, i: number): boolean {
  const code = value.charCodeAt(i)
  return code < 0x80 ? isAsciiCapital(code) : matchesAt(capitalPattern(), value, i)
}

function matchesAt(sticky: RegExp, value: string, i: number): boolean {
  sticky.lastIndex = i
  return sticky.test(value)
}

function tokenize(value: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  let i = 0
  while (i < value.length) {
    if (!isWordStart(value, i)) {
      i += charLength(value, i)
      continue
    }
    const start = i
    i += charLength(value, i)
    for (;;) {
      while (i < value.length && isWordPart(value, i)) i += charLength(value, i)
      // A hyphen or apostrophe joins two words: "Jian-ping", "Xi'an".
      const code = value.charCodeAt(i)
      if (!(code === 0x2d || isApostrophe(code)) || i + 1 >= value.length || !isWordStart(value, i + 1)) break
      i += 1 + charLength(value, i + 1)
    }
    tokens.push(wordToken(value, start, i, last))
    last = i
  }
  return tokens
}

/** The word `[start, end)` of `value` (the block's `word`), after the previous one's end `last`, with its possessive `'s` cut off. */
function wordToken(value: string, start: number, end: number, last: number, word?: Word): Token {
  const possessive = endsPossessive(value, start, end)
  return new Token(value, start, possessive ? end - 2 : end, possessive, isCapitalAt(value, start), allSpaces(value, last, start), last, possessive ? undefined : word)
}


/** Whether the word `[start, end)` ends with a possessive `'s` or `’s`. */
function endsPossessive(value: string, start: number, end: number): boolean {
  return end - start > 2 && (value.charCodeAt(end - 1) | 0x20) === 0x73 && isApostrophe(value.charCodeAt(end - 2))
}

/**
 * The block's words as the scan reads them: `block.words`, the words
 * `tokenize` finds, unless a combining mark makes them differ. The scan
 * passes every word to find the capitalized ones but reads only those and
 * their neighbours closely, so a word's token is made when first asked.
 */
class BlockTokens {
  readonly length: number
  private readonly made: Array<Token | undefined>

  constructor(
    private readonly value: string,
    private readonly words: readonly Word[] | undefined,
    tokens?: Token[]
  ) {
    this.made = tokens ?? new Array<Token | undefined>(words!.length)
    this.length = this.made.length
  }

  /** Token `i`, or undefined past either end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined
    const made = this.made[i]
    if (made) return made
    const word = this.words![i]!
    return (this.made[i] = wordToken(this.value, word.start, word.end, i > 0 ? this.words![i - 1]!.end : 0, word))
  }

  /** Token `i`'s lowercase, without making it when it has no possessive ending (the word's own lowercase). */
  lower(i: number): string {
    const made = this.made[i]
    if (made) return made.lower
    const word = this.words![i]!
    return endsPossessive(this.value, word.start, word.end) ? this.at(i)!.lower : word.lower
  }

  /** Whether token `i` starts with a capital, without making it. */
  capital(i: number): boolean {
    return this.made[i]?.capital ?? isCapitalAt(this.value, this.words![i]!.start)
  }

  /** Tokens `[from, to)`, within the block. */
  slice(from: number, to: number): Token[] {
    const tokens: Token[] = []
    for (let i = Math.max(from, 0); i < Math.min(to, this.length); i++) tokens.push(this.at(i)!)
    return tokens
  }
}

function blockTokens(block: ProseBlock): BlockTokens {
  const value = block.text.value
  if (mayHoldCombiningMark(value) && combiningMark.test(value)) return new BlockTokens(value, undefined, tokenize(value))
  return new BlockTokens(value, block.words)
}

const isCore = (lower: string): boolean =>
  coreWords.has(lower) || (lower.includes('-') && lower.split('-').some((part) => coreWords.has(part)))
/** A title word, or a lowercase noun for what someone does (pianist, conductor): enough for a role. */
const isRoleNoun = (token: Token, sentenceStart = false) => {
  const text = sentenceStart ? token.lower : token.text
  return isCore(token.lower) || (hasAgentEnding(text) && agentNoun.test(text) && !notAgentNouns.has(text))
}
const isTitleWord = (lower: string) => titleWords.has(lower)

function singular(word: string): string {
  if (word.endsWith('men')) return word.slice(0, -3) + 'man'
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * Every word whose `singular` is a title's core ("managers", "chairmen",
 * "deputies"), so that test is one lookup and makes no string: such a
 * word is the core itself or one of its plurals as `singular` undoes them.
 */
const coreForms = new Set(
  [...cores].flatMap((core) => [core, `${core}s`, `${core.slice(0, -1)}ies`, `${core.slice(0, -3)}men`]).filter((form) => cores.has(singular(form)))
)
/** The cores and their forms, and with them every other title word, each in one set: one lookup per word asked. */
const coreWords = new Set([...cores, ...coreForms])
const titleWords = new Set([...coreWords, ...ranks, ...scopes, ...temporal])

/** Whether tokens `i - 1` and `i` are joined by spaces only (or the dot of "Mr."). */
function joined(tokens: BlockTokens, i: number): boolean {
  const token = tokens.at(i)!
  if (token.spaced) return !tokens.at(i - 1)!.possessive
  return /^\.[ \t\u00a0]*$/.test(token.gap) && honorifics.has(tokens.at(i - 1)!.lower)
}

/** A name-like run of words: tokens `[first, after)`. */
interface Candidate {
  first: number
  after: number
  chinese: ChineseName | undefined
  key: string
}

interface Found extends Candidate {
  /** Has person context here (a title, a verb, a pronoun); one such mention makes the key a person. */
  context: boolean
  mention: Mention
}

function scan(document: ProseDocument): People {
  const candidates: Found[] = []
  for (const block of document.blocks) scanBlock(block, candidates)
  const known = new Set(candidates.filter((c) => c.context).map((c) => c.key))
  const mentions = candidates.filter((c) => known.has(c.key)).map((c) => c.mention)
  const byKey = new Map<string, Person>()
  const persons: Person[] = []
  for (const mention of mentions) {
    let person = byKey.get(mention.key)
    if (!person) {
      person = {key: mention.key, mentions: []}
      byKey.set(mention.key, person)
      persons.push(person)
    }
    person.mentions.push(mention)
  }
  return {mentions, persons}
}

/**
 * Two capitalized words joined by spaces (or the dot of "Mr."), the least a
 * name needs; any character beyond ASCII may be a capital or a letter here, so
 * the test is quick and misses no pair. About half of all blocks have none
 * and are not tokenized.
 */
const capitalPair = /[A-Z\u0080-\uFFFF][A-Za-z0-9\u0080-\uFFFF'-]*(?:[ \t\u00a0]+|\.[ \t\u00a0]*)[A-Z\u0080-\uFFFF]/

function scanBlock(block: ProseBlock, out: Found[]): void {
  const value = block.text.value
  if (!capitalPair.test(value)) return
  const tokens = blockTokens(block)
  const found: Found[] = []
  let i = 0
  while (i < tokens.length) {
    if (!tokens.capital(i)) {
      i++
      continue
    }
    let end = i + 1
    while (end < tokens.length && tokens.capital(end) && joined(tokens, end)) end++
    const candidate = nameInRun(tokens, i, end, block.kind === 'heading')
    if (candidate) found.push(describe(block, tokens, candidate, found.at(-1)?.after ?? 0))
    i = end
  }
  shareTitles(tokens, found)
  out.push(...found)
}

/** The name in the run of capitalized words `[from, to)`, if there is one. */
function nameInRun(tokens: BlockTokens, from: number, to: number, heading: boolean): Candidate | undefined {
  // Every name below has two words at least.
  if (to - from < 2) return undefined
  for (let p = from; p < to - 1; p++) {
    // Each reading needs a surname first or second: most capitalized words are neither.
    if (!isSurnameLower(tokens.lower(p)) && !isSurnameLower(tokens.lower(p + 1))) continue
    // Three words surname first (when they end the run), two surname first,
    // two given name first: the first reading that fits decides, each made only when asked.
    for (let reading = p + 3 === to ? 0 : 1; reading < 3; reading++) {
      const length = reading === 0 ? 3 : 2
      const one = tokens.at(p)!.text
      const two = tokens.at(p + 1)!.text
      const chinese = reading === 0 ? surnameFirst(one, two, tokens.at(p + 2)!.text) : reading === 1 ? surnameFirst(one, two) : givenFirst(one, two)
      if (!chinese || !allNameParts(tokens, p, p + length)) continue
      if (p + length < to) {
        // "Li Ning Company", "Xi Jinping Thought": a firm, a place or a thing.
        if (orgSuffixes.has(tokens.at(p + length)!.lower)) return undefined
        continue
      }
      if (placeStarts.has(tokens.lower(p)) && places.has(tokens.slice(p, p + length).map((token) => token.lower).join(' '))) return undefined
      // An English given name before a Cantonese or Wade–Giles name: "Paul Chan Mo-po".
      const first = p > from && !chinese.pinyin && isEnglishGivenName(tokens.at(p - 1)!) ? p - 1 : p
      return {first, after: to, chinese, key: chineseKey(chinese)}
    }
  }
  // Title Case headings make any two capitalized words look like a name.
  if (heading) return undefined
  // Any other name stands right after its title ("Mayor John Smith",
  // "Kuomintang Party Andrew Hsia") or before one ("John Smith, chief executive of Acme").
  let last = -1
  for (let k = from; k < to; k++) {
    const lower = tokens.lower(k)
    if (isTitleWord(lower) || orgSuffixes.has(lower) || honorifics.has(lower) || lower === 'party') last = k
  }
  const first = Math.max(from, last + 1)
  const before = first > from ? tokens.at(first - 1) : tokens.at(from)!.spaced ? tokens.at(from - 1) : undefined
  if (before && !isCore(before.lower) && !honorifics.has(before.lower) && !(first > from && (orgSuffixes.has(before.lower) || before.lower === 'party'))) {
    return undefined
  }
  const length = to - first
  // One word after a title is a short reference ("President Xi"), not a full name.
  if (length < 2 || length > 3) return undefined
  const parts = tokens.slice(first, to)
  // The word lists first: each is one lookup, the pattern a walk of the word.
  if (!parts.every((token) => !notNameWords.has(token.lower) && !orgSuffixes.has(token.lower) && !isTitleWord(token.lower) && otherNamePart.test(token.text))) return undefined
  if (placeStarts.has(parts[0]!.lower) && places.has(parts.map((token) => token.lower).join(' '))) return undefined
  return {first, after: to, chinese: undefined, key: canonicalName(parts.map((token) => token.text).join(' '))}
}

/** Whether tokens `[from, to)` are each one capitalized name word. */
function allNameParts(tokens: BlockTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!namePart.test(tokens.at(k)!.text)) return false
  return true
}

function isEnglishGivenName(token: Token): boolean {
  const lower = token.lower
  return (
    otherNamePart.test(token.text) &&
    !token.possessive &&
    !notNameWords.has(lower) &&
    !lower.split('-').some(isTitleWord) &&
    !orgSuffixes.has(lower) &&
    !honorifics.has(lower) &&
    !isSurname(lower) &&
    pinyinReadings(lower).length === 0
  )
}

/** `floor`: the token after the previous name in the block; a title never reaches back past it. */
function describe(block: ProseBlock, tokens: BlockTokens, candidate: Candidate, floor: number): Found {
  const {first} = candidate
  const firstToken = tokens.at(first)!
  const lastToken = tokens.at(candidate.after - 1)!
  const generic = !candidate.chinese
  const before = titleBefore(block, tokens, first, candidate.after, floor)
  const honorific = first > 0 && honorifics.has(tokens.at(first - 1)!.lower) && joined(tokens, first)
  // The last of a list of names ("Li Ganjie, Chen Wenqing and Wang Xiaohong attended") acts with the others, not alone.
  const listed = floor > 0 && (floor === first ? /^\s*,\s*$/.test(firstToken.gap) : floor === first - 1 && tokens.at(floor)!.lower === 'and')
  const acting = !lastToken.possessive && !listed && (actsAfter(tokens, candidate.after) || speaksBefore(tokens, first))
  // A role after the name counts only without a title before it.
  const title = before ?? (lastToken.possessive ? undefined : roleAfter(block, tokens, candidate.after, generic))
  const [start, end] = block.text.range(firstToken.start, lastToken.end)
  const mention: Mention = {
    text: block.text.value.slice(firstToken.start, lastToken.end),
    key: candidate.key,
    start,
    end,
    chinese: candidate.chinese,
    title,
    honorific,
    acting,
    roleLater: !title && acting && roleLaterInSentence(tokens, candidate.after),
    block
  }
  // Other names are only taken with a title; Chinese names with any person context.
  const context = generic
    ? title?.core !== undefined
    : Boolean(title) || honorific || acting || pronounFollows(tokens, candidate.after)
  return {first, after: candidate.after, chinese: candidate.chinese, key: candidate.key, context, mention}
}

/**
 * The title right before the name: "deputy general manager Yang Menggang",
 * "Secretary of the X Committee Bu Lan", "the chairman, Liu Jianping, said".
 */
function titleBefore(block: ProseBlock, tokens: BlockTokens, first: number, after: number, floor: number): Title | undefined {
  const gap = tokens.at(first)!.gap
  // "Title, Name, …" or "The founder of X, Name died": a title clause, a comma, the name.
  const inCommas = /^\s*,\s*$/.test(gap)
  if (first === 0 || !(tokens.at(first)!.spaced || inCommas || joined(tokens, first))) return undefined
  const previous = tokens.at(first - 1)!
  // "34-year-old Hu Ge", "pianist Zhang Haochen", "conductor Yang Yang"
  if (!inCommas && /^\d+-year-old$/.test(previous.lower)) return makeTitle(block, [previous], undefined, true)
  // "a committee member named Cao Zhihong", "the owner is called Liang Yun"
  if (!inCommas && (previous.lower === 'named' || previous.lower === 'called') && first > 1) {
    let start = first - 1
    while (start > floor && first - start < 8 && tokens.at(start)!.spaced) start--
    if (start < first - 1) return makeTitle(block, tokens.slice(start, first - 1), undefined, true)
  }
  if (!inCommas && !isTitleWord(previous.lower) && isRoleNoun(previous, first === 1 || previous.afterSentenceEnd)) {
    return makeTitle(block, [previous], undefined, false, singular(previous.lower))
  }
  // Walk back over title words, "of", "the" and capitalized words, within one clause.
  let k = first
  let possessor: [number, number] | undefined
  while (k > floor && first - k < 16 && (k === first || tokens.at(k)!.spaced || joined(tokens, k))) {
    const word = tokens.at(k - 1)!
    if (word.possessive) {
      // "Guizhou Aluminum Plant’s deputy general manager": the organisation.
      if (word.capital) {
        let start = k - 1
        while (start > 0 && tokens.at(start - 1)!.capital && joined(tokens, start) && !functionWords.has(tokens.at(start - 1)!.lower)) start--
        possessor = [start, k]
      }
      break
    }
    const lower = word.lower
    if (honorifics.has(lower)) break
    if (!(isTitleWord(lower) || isCore(lower) || titleLinks.has(lower) || (word.capital && !functionWords.has(lower)))) break
    k--
  }
  // Before a comma, the title must fill its clause (not "In Beijing, Liu said").
  if (inCommas && !(/^\s*,/.test(tokens.at(after)?.gap ?? '') || k === 0 || !tokens.at(k)!.spaced)) return undefined
  // Start at the first word that belongs to a title or organisation.
  while (k < first && functionWords.has(tokens.at(k)!.lower)) k++
  if (k >= first) return undefined
  const words = tokens.slice(k, first)
  if (!words.some((token) => isCore(token.lower))) return undefined
  // A lone lowercase title word after "to" or "will" is a verb: "to host Wang Yi".
  if (words.length === 1 && !words[0]!.capital && k > 0 && verbMarkers.has(tokens.at(k - 1)!.lower)) return undefined
  const org = possessor ? block.text.value.slice(tokens.at(possessor[0])!.start, tokens.at(possessor[1] - 1)!.end) : undefined
  return makeTitle(block, words, org)
}

/**
 * A role after the name: "Bu Lan, Secretary of …", "Fang Fang, a girl from
 * Guangdong", "Duan Kaiyuan, who works at …", "Chen Gang is the general manager".
 * Other names need a title-shaped role ("John Smith, chief executive of Acme").
 */
function roleAfter(block: ProseBlock, tokens: BlockTokens, after: number, generic: boolean): Title | undefined {
  const next = tokens.at(after)
  if (!next) return undefined
  let k = after
  let relative = false
  if (/^\s*[,(（]\s*$/.test(next.gap)) {
    // An appositive or a relative clause, up to the next punctuation.
    if (next.lower === 'who') {
      relative = true
      k++
    }
  } else if (next.spaced && linkingVerbs.has(next.lower)) {
    // "Chen Gang is the general manager of …", "serves as deputy director"
    k++
    if (tokens.at(k)?.lower === 'as' && tokens.at(k)!.spaced) k++
  } else {
    return undefined
  }
  const words: Token[] = []
  for (let j = k; j < tokens.length && words.length < 20; j++) {
    const token = tokens.at(j)!
    if (j > k && !token.spaced && !/^[ \t\u00a0]*[-–][ \t\u00a0]*$/.test(token.gap)) break
    if (j > k && !relative && verbs.has(token.lower)) break
    words.push(token)
  }
  const firstWord = words[0]
  if (!firstWord || (!relative && (conjunctions.has(firstWord.lower) || verbs.has(firstWord.lower)))) return undefined
  // "Reading the tribute to Liu Zunyi, Chair Professor Sun Yifeng said": the title is the next person's.
  for (let j = 0; j + 1 < words.length; j++) {
    const a = words[j]!
    const b = words[j + 1]!
    // Either reading needs a surname: most pairs have none, and cost no string.
    if (!b.spaced || (!isSurnameLower(a.lower) && !isSurnameLower(b.lower))) continue
    if ((placeStarts.has(a.lower) && places.has(`${a.lower} ${b.lower}`)) || orgSuffixes.has(words[j + 2]?.lower ?? '')) continue
    if (surnameFirst(a.text, b.text) ?? givenFirst(a.text, b.text)) return undefined
  }
  const article = firstWord.lower === 'a' || firstWord.lower === 'an'
  const hasCore = words.slice(0, 8).some((token) => isRoleNoun(token))
  if (relative) return generic ? undefined : makeTitle(block, words, undefined, !hasCore)
  if (!hasCore && (!article || generic)) return undefined
  let skip = 0
  while (skip < words.length - 1 && articles.has(words[skip]!.lower)) skip++
  const leading = skip
  let org: string | undefined
  const possessive = words.findIndex((token, index) => index >= skip && index < skip + 5 && token.possessive)
  if (possessive >= 0 && words.slice(skip, possessive).every((token) => token.capital || !isCore(token.lower))) {
    // "the company’s chairman", "Guizhou Aluminum Plant’s chairman"
    if (words[skip]!.capital) org = block.text.value.slice(words[skip]!.start, words[possessive]!.end)
    skip = possessive + 1
  }
  if (skip >= words.length) return undefined
  // Keep "a" in "a marvelous helper"; drop "the company’s" from "the company’s chairman".
  const title = words.slice(skip === leading ? 0 : skip)
  // Other names: a title word within the first few, not a Title Case phrase ("Commentator Forum").
  if (generic) {
    const core = title.findIndex((token) => isCore(token.lower))
    if (core < 0 || core > 3 || (title[core + 1] && title[core + 1]!.capital && !/^(?:of|at|for)$/.test(title[core + 1]!.lower))) return undefined
  }
  return makeTitle(block, title, org, !hasCore)
}

function makeTitle(block: ProseBlock, words: readonly Token[], possessor: string | undefined, description = false, agent?: string): Title {
  const value = block.text.value
  const text = value.slice(words[0]!.start, words.at(-1)!.end)
  const [start, end] = block.text.range(words[0]!.start, words.at(-1)!.end)
  const of = words.findIndex((token) => token.lower === 'of' || token.lower === 'at' || token.lower === 'in' || token.lower === 'for')
  const headWords = of < 0 ? words : words.slice(0, of)
  let core: string | undefined
  let coreAt = -1
  for (const [index, token] of headWords.entries()) {
    const lower = token.lower
    if (isCore(lower)) [core, coreAt] = [cores.has(lower) ? lower : singular(lower), index]
  }
  if (agent) [core, coreAt] = [agent, 0]
  if (description) [core, coreAt] = [undefined, -1]
  // "chairman and president": the ranks of the last post named.
  const and = headWords.findLastIndex((token, index) => index < coreAt && token.lower === 'and')
  const rankWords = headWords
    .slice(and + 1, Math.max(coreAt, 0))
    .map((token) => (token.lower === 'deputy' ? 'vice' : token.lower))
    .filter((lower) => ranks.has(lower) || cores.has(lower))
  const orgWords = headWords.filter((token) => token.capital && !isTitleWord(token.lower))
  const after = of < 0 ? undefined : value.slice(words[of + 1]?.start ?? words[of]!.end, words.at(-1)!.end)
  const org = normalizeOrg(possessor ?? after ?? (orgWords.length > 0 ? orgWords.map((token) => token.text).join(' ') : undefined))
  const role = possessor ? `${text} of ${possessor}` : text
  const dated = headWords.some((token) => temporal.has(token.lower) || token.lower.startsWith('ex-'))
  return {text, start, end, core, ranks: rankWords, dated, org, role}
}

function normalizeOrg(org: string | undefined): string | undefined {
  const normal = org?.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim()
  return normal || undefined
}

/** A verb of speech or action right after the name, with a few adverbs allowed between. */
function actsAfter(tokens: BlockTokens, after: number): boolean {
  for (let k = after; k < tokens.length && k < after + 4; k++) {
    const token = tokens.at(k)!
    if (!token.spaced) return false
    if (verbs.has(token.lower)) return true
    if (!adverbs.has(token.lower)) return false
  }
  return false
}

/** "said Liu Jianping", "according to Liu Jianping". */
function speaksBefore(tokens: BlockTokens, first: number): boolean {
  const previous = tokens.at(first - 1)
  if (!previous || !tokens.at(first)!.spaced) return false
  if (speechBefore.has(previous.lower)) return true
  return previous.lower === 'to' && first > 1 && tokens.at(first - 2)!.lower === 'according' && previous.spaced
}

/** "as the village head", "she is a nurse": a role word soon after `as` or a linking verb, before the sentence ends. */
function roleLaterInSentence(tokens: BlockTokens, after: number): boolean {
  for (let k = after; k < tokens.length && k < after + 40; k++) {
    const token = tokens.at(k)!
    if (k > after && token.afterSentenceEnd) return false
    if (token.lower !== 'as' && !linkingVerbs.has(token.lower)) continue
    for (let j = k + 1; j < tokens.length && j <= k + 5 && !tokens.at(j)!.afterSentenceEnd; j++) {
      if (isCore(tokens.at(j)!.lower) && !tokens.at(j)!.possessive) return true
    }
  }
  return false
}

/** A he/she pronoun later in the sentence, or opening the next one. */
function pronounFollows(tokens: BlockTokens, after: number): boolean {
  for (let k = after; k < tokens.length && k < after + 30; k++) {
    const token = tokens.at(k)!
    if (token.afterSentenceEnd) return pronouns.has(token.lower)
    if (pronouns.has(token.lower)) return true
  }
  return false
}

/**
 * "deputy general managers Yang Menggang and Peng Tao", "County leaders Liu
 * Wei, Mao Chaolin and Xiao Liming": every name of the list shares the
 * plural title.
 */
function shareTitles(tokens: BlockTokens, found: readonly Found[]): void {
  for (let n = 1; n < found.length; n++) {
    const current = found[n]!
    const previous = found[n - 1]!
    const title = previous.mention.title
    if (current.mention.title || !title || title.end > previous.mention.start) continue
    const between = current.first - previous.after
    const link = tokens.at(previous.after)
    const comma = between === 0 && /^\s*,\s*$/.test(tokens.at(current.first)!.gap)
    if (!comma && (between !== 1 || link?.lower !== 'and' || !(link.spaced || /^\s*,\s*$/.test(link.gap)))) continue
    const head = title.text.split(/\s+/).at(-1)!.toLowerCase()
    if (!cores.has(head) && cores.has(singular(head))) {
      current.mention.title = title
      current.context = true
    }
  }
}
