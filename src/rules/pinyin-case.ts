// pinyin-case: a Chinese name or place in lower case or half capitalized —
// "deputy director wang lihua", "Mr. Zhou minghui", "zhang Hongmin",
// "entrusted by zhaoguibo, the county head", "kaifu district". Machine
// translation often leaves romanized names as it found them in a lowercase
// pinyin field, and a reader takes them for typos or common words.
// A word is read as pinyin with the project's syllable list and never when
// it is an English word ("he long", "pan", "dining") or a pinyin loanword
// English writes in lower case ("hukou", "qigong"). Reported:
// - a surname and a given name, one of them lowercase ("Liu xiaoping",
//   "zhang Hongmin"); when both are lowercase or the given name is one
//   syllable, only with a person's context: a title before, a role after a
//   comma, or a verb of speech or action after;
// - a surname and given name run together ("zhaoguibo", "Hujun") with that
//   same context;
// - any other lowercase word of two to four pinyin syllables ("kaifu
//   district", "the quxian command"): a name or place left in lower case.
// Left alone: forms of a person the article names in full elsewhere
// (name-variants reports those, against the full name), quoted or italic words and words glossed in brackets (a
// deliberate loanword: "tangping" (lying flat)), runs of pinyin (an
// untranslated phrase), and words in web addresses, e-mail addresses and tags.
// Bad: "Deputy director wang lihua visited kaifu district."
// Good: "Deputy director Wang Lihua visited Kaifu District."
import surnameData from '../data/chinese-surnames.json' with {type: 'json'}
import titleData from '../data/person-titles.json' with {type: 'json'}
import wordData from '../data/person-words.json' with {type: 'json'}
import placeData from '../data/chinese-places.json' with {type: 'json'}
import {defineRule} from '../rule.js'
import {isEnglishWord} from '../text/morphology.js'
import {findPeople, holdsWholeWord, RunTogetherNames} from '../text/people.js'
import {allSpaces, isAsciiCapital} from '../text/chars.js'
import {remember} from '../text/memo.js'
import {mayBePinyin, mayBePinyinWord, pinyinSyllables, shortestTwoSyllables} from '../text/pinyin.js'
import type {Word} from '../text/words.js'

const surnames = new Set(surnameData.pinyin)
const rareSyllables = new Set(wordData.rareSyllables)
const verbs = new Set(wordData.verbs)
const places = new Set(placeData.places)
/** Words after a name that make it a place's or a firm's: "kaifu district", "zijin mining". */
const placeWords = new Set([...wordData.orgSuffixes, 'industry', 'industrial', 'mining', 'chemical', 'chemicals', 'textile', 'textiles', 'machinery', 'cement', 'metals'])
/** Words that make the name next to them a person's. */
const roleWords = new Set([
  ...titleData.cores,
  ...titleData.honorifics,
  'member', 'deputy', 'vice', 'representative', 'delegate', 'comrade', 'party', 'cadre', 'worker', 'employee'
])
/** Pinyin that English writes in lower case: loanwords, food, arts, coined terms. */
const loanwords = new Set([
  'hukou', 'guanxi', 'qigong', 'fengshui', 'wushu', 'hutong', 'hutongs', 'erhu', 'pipa', 'baijiu', 'gaokao',
  'putonghua', 'renminbi', 'jiaozi', 'baozi', 'mantou', 'taiji', 'taichi', 'gongfu', 'dazibao', 'xiaokang', 'danwei',
  'hongbao', 'tangping', 'neijuan', 'guochao', 'zongzi', 'yuanxiao', 'tangyuan', 'huoguo', 'jianbing', 'youtiao',
  'doufu', 'xiaolongbao', 'siheyuan', 'qipao', 'hanfu', 'guzheng', 'guqin', 'dizi', 'yangge', 'yangqin', 'suona',
  'xiangqi', 'weiqi', 'shengxiao', 'chunyun', 'chunlian', 'nianhua', 'tuhao', 'dama', 'laowai', 'hanzi', 'ganbei',
  'jiayou', 'wuxia', 'xianxia', 'danmu', 'daigou', 'fuqi', 'lianghui', 'zhongguo', 'baijiahao', 'liangpi', 'mapo',
  'kongfu', 'gongbao', 'tieguanyin', 'longjing', 'pu', 'puer', 'zhuan', 'shuanghuang', 'chengyu'
])

/**
 * `pinyinSyllables` of each lowercase form, up to four and up to two,
 * kept across articles (see memo.ts): nearly every lowercase word is asked,
 * and everyday words come again and again. A word's lowercase reads as its
 * text does (’ and ' both cut syllables). The arrays are shared: read only.
 */
const upToFour = new Map<string, readonly string[] | null>()
const upToTwo = new Map<string, readonly string[] | null>()

/** The paragraph's words read as pinyin. */
class Syllables {
  constructor(private readonly words: readonly Word[]) {}

  /** `pinyinSyllables` of word `i`: up to four. */
  of(i: number): readonly string[] | undefined {
    return syllablesOf(upToFour, this.words[i]!.lower, 4)
  }

  /** Up to two. */
  ofTwo(i: number): readonly string[] | undefined {
    return syllablesOf(upToTwo, this.words[i]!.lower, 2)
  }
}

function syllablesOf(memo: Map<string, readonly string[] | null>, lower: string, max: number): readonly string[] | undefined {
  // Most words are ruled out by their letter pairs, without a lookup.
  if (!mayBePinyin(lower)) return undefined
  let found = memo.get(lower)
  if (found === undefined) found = remember(memo, lower, pinyinSyllables(lower, max) ?? null)
  return found ?? undefined
}

export default defineRule({
  id: 'pinyin-case',
  description: 'A Chinese name or place in lower case or half capitalized ("wang lihua", "kaifu district")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Deputy director wang lihua visited kaifu district with Mr. Zhou minghui.',
    good: 'Deputy director Wang Lihua visited Kaifu District with Mr. Zhou Minghui.'
  },
  create(context) {
    const file = context.document.value
    /** The pinyin names the article gives in full, run together ("wanglihua"). */
    let known: RunTogetherNames | undefined
    const knownNames = () =>
      (known ??= new RunTogetherNames(
        findPeople(context.document)
          .persons.map((person) => person.mentions[0]!.chinese)
          .flatMap((name) => (name?.pinyin ? [`${name.surname}${name.given}`.toLowerCase().replace(/[-'’\s]/g, '')] : []))
      ))
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const value = text.value
        // Every finding has a lowercase pinyin word: two lowercase letters at least.
        if (!/[a-z]{2}/.test(value)) return
        const {words} = block
        const syllables = new Syllables(words)
        const names = knownNames()
        const report = (first: number, last: number, expected: string, why: string) => {
          const [start, end] = text.range(words[first]!.start, words[last]!.end)
          const actual = value.slice(words[first]!.start, words[last]!.end)
          context.report({reason: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, start, end, expected: [expected]})
        }
        const plain = (i: number) => {
          const word = words[i]!
          const [start, end] = text.range(word.start, word.end)
          return !quotedOrTagged(file, start, end) && !glossedAt(value, word.end)
        }
        /** The article writes the word with a capital elsewhere ("Quxian" beside "quxian"). */
        const namedHere = (word: Word) => holdsWholeWord(file, capital(word.text))
        for (let i = 0; i < words.length; i++) {
          const word = words[i]!
          // A person the article also names in full: name-variants reports the other form.
          const named = names.mayStartAt(value, word.start)
          if (named && names.has(word.lower)) continue
          const next = words[i + 1]
          if (named && next && spaced(value, word, next) && names.hasPair(word.lower, next.lower)) {
            i++
            continue
          }
          // Every word reported is pinyin, a surname too (one syllable): most words end here, on their letters.
          if (!mayBePinyinWord(value, word.start, word.end)) continue
          // "Liu xiaoping", "zhang Hongmin", "wang lihua"
          if (next && surnames.has(word.lower) && spaced(value, word, next) && isPersonPair(word, next, syllables, i + 1) && plain(i) && plain(i + 1)) {
            const lowerGiven = isLower(next.text)
            const needsContext = (isLower(word.text) && lowerGiven) || (lowerGiven && syllables.ofTwo(i + 1)!.length === 1)
            if (!inPinyinRun(value, words, syllables, i, i + 1) && (!needsContext || personContext(value, words, syllables, i, i + 1))) {
              report(i, i + 1, `${capital(word.text)} ${capital(next.text)}`, 'a Chinese name takes a capital on the surname and on the given name')
            }
            i++
            continue
          }
          // A word too short for two syllables needs no reading.
          if (word.end - word.start < shortestTwoSyllables) continue
          // Nor does a lowercase English word: most words that get this far
          // ("china", "hang"), settled on the article's lexicon before any syllable.
          const lower = isAsciiLowercase(value.charCodeAt(word.start))
          if (lower && (isEnglish(word) || loanwords.has(word.lower)) && !places.has(word.lower)) continue
          // A given name after its surname, or one word of a capitalized name ("Liu Xiaoqing", "Dongguan Vice Mayor"): settled before any syllable.
          const previous = words[i - 1]
          if (!lower && previous && spaced(value, previous, word) && !isAsciiLowercase(value.charCodeAt(previous.start))) continue
          const read = syllables.of(i)
          if (!read || read.length < 2 || read.some((syllable) => rareSyllables.has(syllable)) || !plain(i)) continue
          const after = words[i + 1]
          if (inPinyinRun(value, words, syllables, i, i)) continue
          // "zhaoguibo", "Hujun", "ChiYu": a surname and given name run together;
          // capitalized, it may be a place ("Dongguan"), so only before a role.
          const person = runTogether(word.text, read)
          if (
            person &&
            (lower
              ? personContext(value, words, syllables, i, i)
              : !word.english && !(after && spaced(value, word, after) && !isLower(after.text)) && !isPlaceBefore(previous) && personContext(value, words, syllables, i, i, false))
          ) {
            report(i, i, person, 'a Chinese name is written surname, space, given name, each with a capital')
            continue
          }
          // A lowercase pinyin word alone may be a loanword ("the sanfu days"): a name only with evidence.
          if (lower && (places.has(word.lower) || namedHere(word) || nextToName(value, word, after))) {
            report(i, i, capital(word.text), 'a Chinese name or place takes a capital')
          }
        }
      }
    }
  }
})

const isLower = (word: string) => isAsciiLowercase(word.charCodeAt(0))

/** Whether the word, or one of its parts between hyphens and apostrophes, is English ("long-term", "xi'an" is not). */
function isEnglish(word: Word): boolean {
  const {lower} = word
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code === 0x2d || code === 0x27 || code === 0x2019) return lower.split(/[-'’]/).some(isEnglishWord)
  }
  return word.english
}
const isAsciiLowercase = (code: number) => code >= 0x61 && code <= 0x7a
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()

/** Whether spaces, tabs or no-break spaces, and nothing else, stand between `a` and `b`. */
function spaced(value: string, a: Word, b: Word): boolean {
  return allSpaces(value, a.end, b.start)
}

/** A pinyin surname and a given name (word `givenAt`) of one or two syllables, not both capitalized, the lowercase ones not English. */
function isPersonPair(surname: Word, given: Word, syllables: Syllables, givenAt: number): boolean {
  // The cheap tests first: most pairs asked are an English word ("he said").
  const lowerSurname = isLower(surname.text)
  const lowerGiven = isLower(given.text)
  if (!lowerSurname && !lowerGiven) return false
  if ((lowerSurname && isEnglishOrLoanword(surname)) || (lowerGiven && isEnglishOrLoanword(given))) return false
  if (!/^[A-Za-z][a-z]+$/.test(surname.text) || !/^[A-Za-z][a-z]+(?:-[a-z]+)?$/.test(given.text)) return false
  if (!surnames.has(surname.lower)) return false
  const read = syllables.ofTwo(givenAt)
  return read !== undefined && !read.some((syllable) => rareSyllables.has(syllable))
}

const isEnglishOrLoanword = (word: Word) => word.english || loanwords.has(word.lower)

/** "zhaoguibo" → "Zhao Guibo": a surname then one or two syllables, or undefined. */
function runTogether(word: string, syllables: readonly string[]): string | undefined {
  if (syllables.length > 3 || !surnames.has(syllables[0]!) || syllables.some((syllable) => rareSyllables.has(syllable))) return undefined
  // Camel case must cut where the syllables do: "ChiYu", not "ChIyu".
  const surname = syllables[0]!
  let capitals = 0
  let second = -1
  for (let i = 0; i < word.length; i++) {
    if (isAsciiCapital(word.charCodeAt(i)) && ++capitals === 2) second = i
  }
  if (capitals > 1 && (capitals !== 2 || second !== surname.length)) return undefined
  const given = word.slice(surname.length)
  return `${capital(word.slice(0, surname.length))} ${capital(given)}`
}

/** Words `first`…`last` stand next to other lowercase pinyin: an untranslated phrase, not a name. */
function inPinyinRun(value: string, words: readonly Word[], syllables: Syllables, first: number, last: number): boolean {
  const isPinyin = (i: number) => isLower(words[i]!.text) && syllables.of(i) !== undefined && !words[i]!.english
  const before = words[first - 1]
  const after = words[last + 1]
  return (before !== undefined && spaced(value, before, words[first]!) && isPinyin(first - 1)) ||
    (after !== undefined && spaced(value, words[last]!, after) && isPinyin(last + 1))
}

/**
 * A person's context around words `first`…`last`: a title or honorific right
 * before ("deputy director", "Mr."), a role after a comma, past a list of
 * other names ("yangruidong and guojianjun, deputy heads of the county"),
 * or a verb of speech or action right after. Not `loose`: a role right
 * after a comma, nothing else ("President Yanyan" is a given name alone).
 */
function personContext(value: string, words: readonly Word[], syllables: Syllables, first: number, last: number, loose = true): boolean {
  const before = words[first - 1]
  if (loose && before && /^(?:[ \t\u00a0]+|\.[ \t\u00a0]*)$/.test(value.slice(before.end, words[first]!.start)) && isRole(before.lower)) return true
  let k = last + 1
  // Past other names of a list: ", name" or "and name".
  while (k < words.length && k < last + 12) {
    const gap = value.slice(words[k - 1]!.end, words[k]!.start)
    const word = words[k]!
    if (/^\s*,\s*$/.test(gap)) return loose ? roleWithin(words, k) : isRole(word.lower) || (word.lower === 'the' && isRole(words[k + 1]?.lower ?? ''))
    if (loose && /^[ \t\u00a0]+$/.test(gap) && k === last + 1 && verbs.has(word.lower)) return true
    if (!loose) return false
    if ((word.lower === 'and' && /^\s+$/.test(gap)) || (/^\s*,\s*$/.test(gap) && syllables.of(k) !== undefined)) {
      if (word.lower === 'and') k++
      // The next word must be a name for the list to go on.
      const name = words[k]
      if (!name || !syllables.of(k)) return false
      k++
      if (words[k] && /^[ \t\u00a0]+$/.test(value.slice(words[k - 1]!.end, words[k]!.start)) && syllables.ofTwo(k) && !words[k]!.english) k++
      continue
    }
    return false
  }
  return false
}

/** Before a capitalized word or a word for a place or firm: "xiangyang Xingyue Textile", "hezhan Village". */
function nextToName(value: string, word: Word, after: Word | undefined): boolean {
  return after !== undefined && spaced(value, word, after) && (placeWords.has(after.lower) || !isLower(after.text))
}

/** A word after which a capitalized word is a place: "of Linhai", "in Quxian". */
function isPlaceBefore(word: Word | undefined): boolean {
  return word !== undefined && /^(?:of|in|at|to|from|near|across|around|outside|inside|into|via|toward|towards)$/.test(word.lower)
}

/** A title word among the first four words from `k` ("member of the Standing Committee", "the head of"). */
function roleWithin(words: readonly Word[], k: number): boolean {
  for (let j = k; j < k + 4 && j < words.length; j++) if (isRole(words[j]!.lower)) return true
  return false
}

function isRole(lower: string): boolean {
  return roleWords.has(lower) || roleWords.has(lower.replace(/ies$/, 'y').replace(/s$/, ''))
}

/** A bracket after the word, spaces aside, within three characters (`/^\s*[(（]/`): a gloss, "tangping (lying flat)". */
function glossedAt(value: string, end: number): boolean {
  for (let i = end; i < end + 3 && i < value.length; i++) {
    const char = value[i]!
    if (char === '(' || char === '（') return true
    if (!/\s/.test(char)) return false
  }
  return false
}

/** Inside quotes or emphasis, or part of a web or e-mail address, a path or a tag. */
function quotedOrTagged(file: string, start: number, end: number): boolean {
  const before = file.charAt(start - 1)
  const after = file.charAt(end)
  if ('"“‘\'*_`@/\\#'.includes(before) && before !== '') return true
  if ('"”’\'*_`@/\\'.includes(after) && after !== '') return true
  return after === '.' && /[A-Za-z]/.test(file.charAt(end + 1))
}
