import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {tokenize} from '../../src/text/phrases.js'
import {Lexicon} from '../../src/text/lexemes.js'
import {eachJoinedWord, joinedWords} from '../../src/text/words.js'

const wordsOf = (text: string, lexicon = new Lexicon()) => joinedWords(text, tokenize(text, lexicon), lexicon)

const joinedWord = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

function scannedWords(text: string): string[] {
  const words: string[] = []
  eachJoinedWord(text, (start, end) => words.push(`${start}:${text.slice(start, end)}`))
  return words
}

test('eachJoinedWord and joinedWords (a view of the tokens): the joined-word pattern’s matches', () => {
  assert.deepEqual(scannedWords("state-owned China’s it's a--b 'x café-au-lait 3.5"), [
    '0:state-owned',
    '12:China’s',
    '20:it\'s',
    '25:a',
    '28:b',
    '31:x',
    '33:café-au-lait',
    '46:3',
    '48:5'
  ])
  const pieces = fc.constantFrom('a', 'Z', '9', 'é', '\u0301', '𠀀', '😀', '\ud800', '\udc00', ' ', '\n', '-', '‐', "'", '’', '.', '中')
  fc.assert(
    fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
      const text = parts.join('')
      const expected = Array.from(text.matchAll(joinedWord), (match) => `${match.index}:${match[0]}`)
      assert.deepEqual(scannedWords(text), expected)
      assert.deepEqual(
        wordsOf(text).map((word) => `${word.start}:${word.text}`),
        expected
      )
    }),
    {numRuns: 2000}
  )
})

test('joinedWords: each word as written, lowercase, lemma, capital, function-word and English flags', () => {
  const text = 'The plant took State-Owned firms’ advise inspecton.'
  const words = wordsOf(text)
  assert.deepEqual(
    words.map(({text, lower, lemma, capital, functionWord, english}) => ({text, lower, lemma, capital, functionWord, english})),
    [
      {text: 'The', lower: 'the', lemma: 'the', capital: true, functionWord: true, english: true},
      {text: 'plant', lower: 'plant', lemma: 'plant', capital: false, functionWord: false, english: true},
      {text: 'took', lower: 'took', lemma: 'take', capital: false, functionWord: false, english: true},
      {text: 'State-Owned', lower: 'state-owned', lemma: 'state-owned', capital: true, functionWord: false, english: false},
      {text: 'firms', lower: 'firms', lemma: 'firm', capital: false, functionWord: false, english: true},
      {text: 'advise', lower: 'advise', lemma: 'advise', capital: false, functionWord: false, english: true},
      {text: 'inspecton', lower: 'inspecton', lemma: 'inspecton', capital: false, functionWord: false, english: false}
    ]
  )
  assert.deepEqual(
    wordsOf('Émile é\u0301').map((word) => [word.text, word.capital]),
    [['Émile', true], ['é', false]]
  )
})

test('lexemes: a block\'s words share their tokens\' lexemes, one form number per form and per lemma', () => {
  const lexicon = new Lexicon()
  const text = 'The firm took it; the Firm takes state-owned firms’ stakes, state-owned.'
  const tokens = tokenize(text, lexicon)
  const words = joinedWords(text, tokens, lexicon)
  const byText = (written: string, nth = 0) => words.filter((word) => word.text === written)[nth]!
  // One lexeme for a word and its token, and for every word of the same lowercase.
  assert.equal(byText('firm').lexeme, tokens.find((token) => token.norm === 'firm')!.lexeme)
  assert.equal(byText('Firm').lexeme, byText('firm').lexeme)
  assert.equal(byText('state-owned').form, byText('state-owned', 1).form)
  assert.notEqual(byText('firm').form, byText('firms').form)
  assert.equal(byText('The').form, byText('the').form)
  // Lemma forms: took and takes share take's, firm and firms firm's.
  assert.equal(byText('took').lemmaForm, byText('takes').lemmaForm)
  assert.equal(byText('took').lemmaForm, lexicon.of('take').form)
  assert.equal(byText('stakes').lemmaForm, lexicon.of('stake').form)
  assert.equal(byText('firm').lemmaForm, byText('firms').lemmaForm)
  assert.notEqual(byText('firm').lemmaForm, byText('took').lemmaForm)
  // A token without a lexicon has none; the words made from such tokens look theirs up.
  assert.equal(tokenize(text)[0]!.lexeme, undefined)
  assert.equal(joinedWords(text, tokenize(text), lexicon)[1]!.lexeme, byText('firm').lexeme)
})

test('lexemes: a block’s tokens, each word with its lexeme, are the tokens tokenize makes alone, each lexeme the lexicon’s of its norm', () => {
  const lexicon = new Lexicon()
  const pieces = fc.constantFrom('a', 'b', 'Ab', 'AB', 'the', 'The', 'THE', 'z9', '09', 'é', 'É', '\u0301', '’', "'", '-', ' ', '\n', '.', '中')
  const plain = (tokens: ReturnType<typeof tokenize>) => tokens.map(({norm, start, end, word}) => ({norm, start, end, word}))
  fc.assert(
    fc.property(fc.array(pieces, {maxLength: 24}), (parts) => {
      const text = parts.join('')
      const tokens = tokenize(text, lexicon)
      assert.deepEqual(plain(tokens), plain(tokenize(text)))
      for (const token of tokens) {
        if (!token.word) assert.equal(token.lexeme, undefined)
        else assert.equal(token.lexeme, lexicon.of(token.norm))
      }
    }),
    {numRuns: 3000}
  )
  // Thousands of forms: the ASCII words' table grows, and finds each again whatever its case.
  const many = Array.from({length: 3000}, (_, index) => `w${index.toString(36)}X`).join(' ')
  const first = tokenize(many, lexicon)
  const again = tokenize(many.toUpperCase(), lexicon)
  assert.equal(again.length, 3000)
  first.forEach((token, index) => {
    assert.equal(again[index]!.lexeme, token.lexeme)
    assert.equal(token.lexeme, lexicon.of(token.norm))
  })
})
