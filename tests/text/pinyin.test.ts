import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import syllableList from '../../src/data/pinyin-syllables.json' with {type: 'json'}
import surnameData from '../../src/data/chinese-surnames.json' with {type: 'json'}
import {mayBePinyin, mayBePinyinWord, pinyinSyllables, shortestTwoSyllables} from '../../src/text/pinyin.js'

const syllables = new Set(syllableList)

/** The reading spelled out with substrings: what the trie walk must give. */
function byString(word: string, max = 4): string[] | undefined {
  const found: string[] = []
  for (const piece of word.toLowerCase().replace(/ü/g, 'v').split(/[-'’]/)) {
    const reading = cut(piece, 0, max - found.length)
    if (!reading) return undefined
    found.push(...reading)
  }
  return found.length > 0 ? found : undefined
}

function cut(piece: string, at: number, room: number): string[] | undefined {
  if (at === piece.length) return at > 0 ? [] : undefined
  if (room === 0 || (at > 0 && /[aoe]/.test(piece.charAt(at)))) return undefined
  for (let length = Math.min(6, piece.length - at); length >= 1; length--) {
    const syllable = piece.slice(at, at + length)
    if (!syllables.has(syllable)) continue
    const rest = cut(piece, at + length, room - 1)
    if (rest) return [syllable, ...rest]
  }
  return undefined
}

test('pinyinSyllables: longest syllables first, breaks at hyphens and apostrophes, none starting inside a word with a, o or e', () => {
  assert.deepEqual(pinyinSyllables('xiangyang'), ['xiang', 'yang'])
  assert.deepEqual(pinyinSyllables("Xi'an"), ['xi', 'an'])
  assert.deepEqual(pinyinSyllables('Jian-hua'), ['jian', 'hua'])
  assert.deepEqual(pinyinSyllables('xian'), ['xian'])
  assert.deepEqual(pinyinSyllables('Lüe'), ['lve'])
  assert.deepEqual(pinyinSyllables('dining'), ['di', 'ning'])
  assert.deepEqual(pinyinSyllables('zhaoguibo'), ['zhao', 'gui', 'bo'])
  assert.equal(pinyinSyllables('zhaoguibo', 2), undefined)
  assert.equal(pinyinSyllables('government'), undefined)
  assert.equal(pinyinSyllables('Sean'), undefined)
  assert.equal(pinyinSyllables('jian-'), undefined)
  assert.equal(pinyinSyllables(''), undefined)
})

test('pinyinSyllables: the trie walk reads every word as the substring search does', () => {
  // Syllables, capitalized or not, among stray letters and breaks.
  const syllable = fc.constantFrom(...syllableList).chain((text) => fc.constantFrom(text, text.charAt(0).toUpperCase() + text.slice(1)))
  const letter = fc.constantFrom(...'aegnorvzAZüÜ’\'-é'.split(''))
  fc.assert(
    fc.property(fc.array(fc.oneof(syllable, letter), {maxLength: 6}), fc.integer({min: 1, max: 5}), (parts, max) => {
      const word = parts.join('')
      assert.deepEqual(pinyinSyllables(word, max), byString(word, max))
    }),
    {numRuns: 2000}
  )
  for (const word of ['zhuangzhuang', 'shuangyang', 'nüer', 'LÜE', 'Huang-Zhong']) assert.deepEqual(pinyinSyllables(word), byString(word))
})

test('mayBePinyin: rules out words by their letter pairs, never a word pinyinSyllables reads', () => {
  assert.equal(mayBePinyin('the'), false)
  assert.equal(mayBePinyin('street'), false)
  assert.equal(mayBePinyin('wang'), true)
  assert.equal(mayBePinyin("xi'an"), true)
  assert.equal(mayBePinyin('nüer'), true)
  // Passes some words that are not pinyin: only a "no" is sure.
  assert.equal(mayBePinyin('and'), true)
  for (const surname of surnameData.pinyin) assert.equal(mayBePinyin(surname), true, surname)
  const syllable = fc.constantFrom(...syllableList)
  const letter = fc.constantFrom(...'aegnorvzüx’\'-é1'.split(''))
  fc.assert(
    fc.property(fc.array(fc.oneof(syllable, letter), {maxLength: 6}), (parts) => {
      const word = parts.join('')
      if (pinyinSyllables(word, 9)) assert.equal(mayBePinyin(word), true, word)
    }),
    {numRuns: 2000}
  )
})

test('shortestTwoSyllables: no shorter word reads as two syllables', () => {
  assert.equal(shortestTwoSyllables, 3)
  assert.deepEqual(pinyinSyllables('aba'), ['a', 'ba'])
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (const a of letters) for (const b of ['', ...letters]) assert.ok((pinyinSyllables(a + b)?.length ?? 0) <= 1, a + b)
})

/** mayBePinyinWord spelled out: the shape by pattern, then `mayBePinyin` of the lowercase. */
function pinyinWordByPattern(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end)
  return /^[A-Za-z][a-z'’-]+$/.test(word) && mayBePinyin(word.toLowerCase())
}

test('pinyin: mayBePinyinWord reads the shape and the letter pairs of a word in place', () => {
  assert.equal(mayBePinyinWord('met Zhaoguibo there', 4, 13), true)
  assert.equal(mayBePinyinWord("in xi'an", 3, 8), true)
  assert.equal(mayBePinyinWord('the street', 4, 10), false)
  assert.equal(mayBePinyinWord('ZHAO', 0, 4), false)
  assert.equal(mayBePinyinWord('a', 0, 1), false)
})

test('pinyin: mayBePinyinWord answers as the shape and mayBePinyin do', () => {
  const unit = fc.constantFrom('zh', 'a', 'o', 'ng', 'x', 'i', 'q', 'Z', 'X', 'B', 'th', 'st', "'", '’', '-', 'ü', 'Ü', ' ', '1', 'é')
  fc.assert(
    fc.property(fc.string({unit, maxLength: 8}), fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length + 1)
      const end = start + (b % (text.length - start + 1))
      assert.equal(mayBePinyinWord(text, start, end), pinyinWordByPattern(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`)
    }),
    {numRuns: 5000}
  )
})
