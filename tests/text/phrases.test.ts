import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {normalizePhrase, PhraseMatcher, Shapes, tokenize} from '../../src/text/phrases.js'

/** The token definition that tokenize's hand scan must follow exactly. */
const reference = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\-‐‑]/gu

const tokens = (text: string) => tokenize(text).map(({norm, start, end, word, gap}) => ({norm, start, end, word, gap}))

function expected(text: string) {
  let previous = 0
  return Array.from(text.matchAll(reference), (match) => {
    const value = match[0]
    const word = /^[\p{L}\p{N}\p{M}]/u.test(value)
    const token = {
      norm: word ? value.toLowerCase().replaceAll('’', "'") : value,
      start: match.index,
      end: match.index + value.length,
      word,
      gap: text.slice(previous, match.index)
    }
    previous = token.end
    return token
  })
}

test('tokenize: words, marks, gaps and offsets', () => {
  assert.deepEqual(
    tokens('New-crown  Xi’s  “plan”, 3.5%!'),
    expected('New-crown  Xi’s  “plan”, 3.5%!')
  )
  assert.deepEqual(
    tokenize('Snow‐white\u3000café').map((token) => token.norm),
    ['snow', 'white', 'café']
  )
})

test('tokenize: astral letters, lone surrogates, combining marks and Unicode spaces as the pattern has them', () => {
  for (const text of ['𠀀𠀁 a😀b', '\ud800x \udc00', 'e\u0301 \u0301x', 'a\u00a0\u2009b\u2028c\ufeffd', "it's o'' '’x", '-‐‑a‑b-']) {
    assert.deepEqual(tokens(text), expected(text), JSON.stringify(text))
  }
})

test('tokenize: any text gives the pattern’s tokens', () => {
  const pieces = fc.constantFrom('a', 'Z', '9', 'é', '\u0301', '𠀀', '😀', '\ud800', '\udc00', ' ', '\n', '\t', '\u00a0', '\u3000', '-', '‐', '‑', "'", '’', '.', '“', '，', '中')
  fc.assert(
    fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
      const text = parts.join('')
      assert.deepEqual(tokens(text), expected(text))
    }),
    {numRuns: 2000}
  )
})

test('PhraseMatcher: plural and possessive readings of the last word, across hyphens and line breaks', () => {
  const matcher = new PhraseMatcher<string>()
  matcher.add('white cloud', 'Baiyun')
  matcher.add('new crown', 'COVID-19')
  matcher.add('city', 'city')
  const found = (text: string) => matcher.match(tokenize(text)).map(({start, end, stem, form}) => [text.slice(start, end), text.slice(start, stem), form])
  assert.deepEqual(found('White clouds and white cloud’s new-crown\ncities.'), [
    ['White clouds', 'White clouds', 'plural'],
    ['white cloud’s', 'white cloud', 'possessive'],
    ['new-crown', 'new-crown', 'exact'],
    ['cities', 'cities', 'plural']
  ])
  assert.deepEqual(found('snow-white cloud'), [], 'a hyphen joins the first word to the one before')
})

test('PhraseMatcher: first words of any length and script, with their readings', () => {
  const matcher = new PhraseMatcher<string>()
  const long = 'supercalifragilisticexpialidociousness'
  matcher.add(`${long} plan`, 'long')
  matcher.add('šumava park', 'accented')
  matcher.add('ox', 'short')
  const found = (text: string) => matcher.match(tokenize(text)).map(({values, form}) => `${values.join()} ${form}`)
  assert.deepEqual(found(`The ${long.toUpperCase()} plans`), ['long plural'])
  assert.deepEqual(found('Šumava parks and Šumava’s park'), ['accented plural'])
  assert.deepEqual(found('Ox, ox’s, oxs'), ['short exact', 'short possessive'], 'a plural needs four letters')
  assert.deepEqual(found('Amava park, s, ’s'), [])
})

test('PhraseMatcher: readings whose last character is not the word’s, as first and inner words', () => {
  const matcher = new PhraseMatcher<string>({innerPossessive: true})
  for (const phrase of ['ty', 'box', 'x', 'policy', 'abc', 'chinalco guizhou plant']) matcher.add(phrase, phrase)
  const found = (text: string) => matcher.match(tokenize(text)).map(({values, form}) => `${values.join()} ${form}`)
  assert.deepEqual(found('Ties, boxes, x’s, policies, abcs'), ['ty plural', 'box plural', 'x possessive', 'policy plural', 'abc plural'])
  assert.deepEqual(found('Chinalco’s Guizhou plants'), ['chinalco guizhou plant plural'])
  assert.deepEqual(found('Chinalco’s Guizhou plan'), [])
})

test('normalizePhrase: the pattern’s tokens, lowercase, with ’ as \'', () => {
  assert.equal(normalizePhrase("  People’s Daily, Veterans' Affairs - new-crown  "), "people's daily , veterans ' affairs new crown")
  const pieces = fc.constantFrom('a', 'Z', '9', 'é', '\u0301', '😀', ' ', '\u3000', '-', '‐', "'", '’', '.', ',', '中')
  fc.assert(
    fc.property(fc.array(pieces, {maxLength: 20}), (parts) => {
      const text = parts.join('')
      assert.equal(normalizePhrase(text), expected(text.trim()).map((token) => token.norm).join(' '))
    }),
    {numRuns: 2000}
  )
})

test('phrases: Shapes turns away a word of no shape it holds, never one of its words', () => {
  const shapes = new Shapes(['zhejiang', 'xinhua', 'district'])
  assert.equal(shapes.hasWord('xinhua'), true)
  assert.equal(shapes.hasWord('the'), false)
  assert.equal(shapes.hasWord('xin'), false)
  fc.assert(
    fc.property(fc.array(fc.string({maxLength: 40})), fc.string({maxLength: 40}), (words, other) => {
      const held = new Shapes(words)
      for (const word of words) assert.equal(held.hasWord(word), true, word)
      if (!held.hasWord(other)) assert.equal(words.includes(other), false)
    })
  )
})
