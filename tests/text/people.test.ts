import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {resolveConfig} from '../../src/config/load.js'
import {lintVFile} from '../../src/pipeline/index.js'
import type {ProseDocument} from '../../src/document.js'
import {
  canonicalName,
  capitalizedPairAt,
  holdsWholeWord,
  findPeople,
  isSurname,
  joinSyllables,
  parseChineseName,
  pinyinReadings,
  RunTogetherNames
} from '../../src/text/people.js'

function documentOf(text: string): ProseDocument {
  let document: ProseDocument | undefined
  lintVFile(new VFile({path: 'test.md', value: text}), resolveConfig({rules: {}}, undefined), {
    only: [],
    onDocument(d) {
      document = d
    }
  })
  return document!
}

test('people: canonicalName is one key for every order and hyphenation', () => {
  const key = canonicalName('Liu Jianping')
  assert.equal(key, 'liu jianping')
  for (const form of ['Jianping Liu', 'Liu Jian-ping', 'Jian-ping Liu', 'Liu Jian Ping', ' Liu  Jianping ']) {
    assert.equal(canonicalName(form), key, form)
  }
  assert.equal(canonicalName('Tsai Ing-wen'), 'tsai ingwen')
  // Other names: lowercase, spaces normalized.
  assert.equal(canonicalName('John  Smith'), 'john smith')
})

test('people: parseChineseName reads order, style and romanization', () => {
  assert.deepEqual(parseChineseName('Jianping Liu'), {
    surname: 'Liu',
    given: 'Jianping',
    order: 'given-first',
    style: 'joined',
    pinyin: true,
    readings: [['jian', 'ping']]
  })
  assert.equal(parseChineseName('Ma Zuo Bo')?.style, 'split')
  assert.equal(parseChineseName('Liu Jian-ping')?.style, 'hyphenated')
  assert.equal(parseChineseName('Chan Mo-po')?.pinyin, false)
  assert.equal(parseChineseName('Yang Liu')?.order, 'surname-first')
  for (const name of ['Hefei', 'Guiyang', 'John Smith', 'Kim Jong Un', 'Nina Wang', 'Sean Lau', 'Julia Lan']) {
    assert.equal(parseChineseName(name), undefined, name)
  }
})

test('people: pinyin syllables, apostrophes and surnames', () => {
  assert.deepEqual(pinyinReadings('Jianping'), [['jian', 'ping']])
  assert.deepEqual(pinyinReadings('xian'), [['xian']])
  assert.deepEqual(pinyinReadings("Xi'an"), [['xi', 'an']])
  assert.deepEqual(pinyinReadings('Jian-ping'), [['jian', 'ping']])
  assert.deepEqual(pinyinReadings('Jianpng'), [])
  assert.deepEqual(pinyinReadings('Anping'), [['an', 'ping']])
  assert.deepEqual(pinyinReadings('Xiangzhuang'), [['xiang', 'zhuang']])
  assert.deepEqual(pinyinReadings('Mingzhuangs'), [])
  assert.deepEqual(pinyinReadings('Hana'), [['ha', 'na']])
  assert.deepEqual(pinyinReadings('Fangan'), [['fan', 'gan']])
  assert.deepEqual(pinyinReadings('A'.repeat(40)), [])
  assert.equal(joinSyllables(['xi', 'an']), "Xi'an")
  assert.equal(joinSyllables(['zuo', 'bo']), 'Zuobo')
  for (const surname of ['Wang', 'Ouyang', 'Cheung', 'Hsu', 'Wong', 'Chan']) assert.ok(isSurname(surname), surname)
  assert.ok(!isSurname('Smith'))
})

test('people: people are found with their titles, places and firms are not', () => {
  const document = documentOf(
    [
      'Bu Lan, Secretary of the Huaxi District Party Committee, visited Hefei.',
      'The plant’s deputy general manager Sun Haobo and Qianlong Copper’s chief engineer Tang Mei joined Mayor John Smith.',
      'He Fei pointed out that Baiyun District and the Li Ning Company agreed. He said so too.'
    ].join('\n\n')
  )
  const people = findPeople(document)
  assert.deepEqual(
    people.persons.map((person) => [person.key, person.mentions[0]!.title?.role]),
    [
      ['bu lan', 'Secretary of the Huaxi District Party Committee'],
      ['sun haobo', 'deputy general manager'],
      ['tang mei', 'chief engineer of Qianlong Copper'],
      ['john smith', 'Mayor'],
      ['he fei', undefined]
    ]
  )
  const [title] = people.persons[2]!.mentions.map((mention) => mention.title!)
  assert.deepEqual({core: title!.core, ranks: title!.ranks, org: title!.org}, {core: 'engineer', ranks: ['chief'], org: 'qianlong copper'})
  assert.equal(people.persons.at(-1)!.mentions[0]!.acting, true)
})

test('people: a name without person context anywhere is not a person; with it once, every mention is', () => {
  assert.deepEqual(findPeople(documentOf('The Zhou Ming fund grew. Zhou Ming and Guiyang are far apart.')).persons, [])
  const people = findPeople(documentOf('Zhou Ming visited the mill. Zhou Ming said it would reopen.'))
  assert.deepEqual(people.mentions.map((m) => [m.text, m.acting]), [
    ['Zhou Ming', true],
    ['Zhou Ming', true]
  ])
})

test('people: the finder runs once per document', () => {
  const document = documentOf('Mayor Gao Ying spoke.')
  assert.equal(findPeople(document), findPeople(document))
})

test('people: words with accents, characters beyond the BMP and capital possessives are tokenized whole', () => {
  const document = documentOf(
    [
      'Chief engineer Éloïse Dupont-Núñez met 𝔄 deputy mayor Wang Lin in Xi’an.',
      'THE PLANT’S chairman Zhao Lei and director Zhao Leis’S aide Ma Zuo Bo spoke. 漢字 Li Na said Chen Gang—pianist Yang Yang—played.'
    ].join('\n\n')
  )
  assert.deepEqual(
    findPeople(document).mentions.map((m) => [m.text, m.start, m.title?.role, m.acting]),
    [
      ['Éloïse Dupont-Núñez', 15, 'Chief engineer', true],
      ['Wang Lin', 55, '𝔄 deputy mayor', false],
      ['Zhao Lei', 96, 'chairman of PLANT', false],
      ['Zhao Leis', 118, 'director', false],
      ['Ma Zuo Bo', 135, undefined, true],
      ['Li Na', 155, undefined, true],
      ['Chen Gang', 166, undefined, true],
      ['Yang Yang', 184, 'pianist', false]
    ]
  )
})

test('people: a name written with combining marks keeps them, where a block word would not', () => {
  const document = documentOf('Chief engineer E\u0301loi\u0308se Dupont met deputy mayor Wang Lin.')
  assert.deepEqual(
    findPeople(document).mentions.map((m) => [m.text, m.start, m.title?.role]),
    [
      ['E\u0301loi\u0308se Dupont', 15, 'Chief engineer'],
      ['Wang Lin', 48, 'deputy mayor']
    ]
  )
})

test('people: RunTogetherNames finds a name without its hyphens, and passes over words by their first letter', () => {
  const names = new RunTogetherNames(['wanglihua', 'liu jianping'])
  assert.equal(names.has('wang-lihua'), true)
  assert.equal(names.has("wang'lihua"), true)
  assert.equal(names.has('liu jianping'), true)
  assert.equal(names.has('wanglihu'), false)
  assert.equal(names.hasPair('wang', 'lihua'), true)
  assert.equal(names.hasPair('wang-li', 'hua'), true)
  assert.equal(names.hasPair('li', 'wanglihua'), false)
  assert.equal(names.hasPair('wang', 'lihu'), false)
  const text = 'Wang met liu and Zhang, 3 times, \u212Aai too.'
  assert.deepEqual(
    [0, 9, 17, 24, 33].map((index) => names.mayStartAt(text, index)),
    // W, l: names start so; Z, 3: none does; the Kelvin sign lowercases to k, so it is not passed over.
    [true, true, false, false, true]
  )
})

/** The pattern capitalizedPairAt scans for by hand, sticky. */
const pairPattern = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])/uy

function pairByPattern(value: string, at: number): [string, string, number] | undefined {
  pairPattern.lastIndex = at
  const match = pairPattern.exec(value)
  return match ? [match[1]!, match[2]!, match.index + match[0].length] : undefined
}

test('people: capitalizedPairAt finds two whole capitalized words', () => {
  assert.deepEqual(capitalizedPairAt('said Liu Jianpng, the head', 5), ['Liu', 'Jianpng', 16])
  assert.deepEqual(capitalizedPairAt('“Liu\u00a0 Jianpng”', 1), ['Liu', 'Jianpng', 13])
  assert.equal(capitalizedPairAt('said Liu Jian-ping', 5), undefined)
  assert.equal(capitalizedPairAt('said Liu Jianping’s', 5), undefined)
  assert.equal(capitalizedPairAt('McLiu Jianping', 2), undefined)
  assert.equal(capitalizedPairAt('Liu JIANPING', 0), undefined)
  assert.equal(capitalizedPairAt('Liu,Jianping', 0), undefined)
  assert.equal(capitalizedPairAt('Liu J', 0), undefined)
  assert.deepEqual(capitalizedPairAt('Émile Ñúñez.', 0), ['Émile', 'Ñúñez', 11])
})

test('people: capitalizedPairAt matches what its pattern matches, at every character', () => {
  const unit = fc.constantFrom('L', 'i', 'u', 'J', 'a', ' ', '\t', '\u00a0', '-', "'", '’', '“', ',', '.', 'É', 'é', 'e\u0301', '𝐀', '𝐚', '\u212A', '中', '1')
  fc.assert(
    fc.property(fc.string({unit, maxLength: 16}), (value) => {
      for (let at = 0; at <= value.length; at++) {
        // Where a character starts: inside a surrogate pair the engine moves a sticky pattern back to the pair's start.
        if (at > 0 && at < value.length && /[\uDC00-\uDFFF]/.test(value[at]!) && /[\uD800-\uDBFF]/.test(value[at - 1]!)) continue
        assert.deepEqual(capitalizedPairAt(value, at), pairByPattern(value, at), `${JSON.stringify(value)} at ${at}`)
      }
    }),
    {numRuns: 3000}
  )
})

test('people: holdsWholeWord finds a word with no letter either side', () => {
  assert.equal(holdsWholeWord('the Quxian command', 'Quxian'), true)
  assert.equal(holdsWholeWord('“Quxian”', 'Quxian'), true)
  assert.equal(holdsWholeWord('Quxian-based', 'Quxian'), true)
  assert.equal(holdsWholeWord('Quxians', 'Quxian'), false)
  assert.equal(holdsWholeWord('éQuxian', 'Quxian'), false)
  assert.equal(holdsWholeWord('𝐚Quxian and Quxian𝐚', 'Quxian'), false)
})

test('people: holdsWholeWord matches the pattern it replaces', () => {
  const unit = fc.constantFrom('Q', 'u', 'x', 'i', "'", '’', '-', ' ', '“', 'é', 'e\u0301', '𝐚', '中', '1')
  const wordUnit = fc.constantFrom('Q', 'u', 'x', 'i', "'", '’', '-')
  fc.assert(
    fc.property(fc.string({unit, maxLength: 16}), fc.string({unit: wordUnit, minLength: 1, maxLength: 3}), (text, word) => {
      assert.equal(holdsWholeWord(text, word), new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text), `${JSON.stringify(word)} in ${JSON.stringify(text)}`)
    }),
    {numRuns: 3000}
  )
})
