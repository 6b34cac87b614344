import assert from 'node:assert/strict'
import {test} from 'node:test'
import data from '../src/data/termbase.json' with {type: 'json'}
import {resolveConfig} from '../src/config/load.js'
import {starterTermbase, withStarterTermbase} from '../src/text/termbase.js'
import {describe, findings, lintWith} from './helpers.js'

test('termbase: every starter entry names its Chinese, its wrong renderings and where the English name comes from', () => {
  const terms = new Set(data.entries.map((entry) => entry.term.toLowerCase()))
  for (const entry of data.entries) {
    assert.ok(entry.term && entry.source && entry.note && entry.ref && entry.wrong.length > 0, entry.term)
    for (const wrong of entry.wrong) assert.ok(!terms.has(wrong.toLowerCase()), `${wrong} is also a term`)
  }
})

test('termbase: glossary knows the starter names without any configuration', () => {
  assert.deepEqual(findings('The report reached China News Network on Monday, and the North Exchange opened.', 'glossary'), [
    "1:20-1:38: Unexpected `China News Network`, expected `China News Service` (中新网 (chinanews.com) is the website of China News Service (中新社); English name as in ecns.cn (China News Service's English site))",
    '1:58-1:72: Unexpected `North Exchange`, expected `Beijing Stock Exchange` (北京证券交易所 (北交所), BSE; English name as in bse.cn/en)'
  ])
  assert.deepEqual(findings('China News Service and the Beijing Stock Exchange said so.', 'glossary'), [])
})

test('termbase: source-glossary reports a wrong rendering of a starter name, not a short form of it', () => {
  const source = '北交所周一开市，新华社报道。'
  assert.deepEqual(describe(lintWith('The North Exchange opened on Monday, Xinhua reported.', 'source-glossary', {source})), [
    '1:5-1:19: `North Exchange` renders the source\'s `北交所`, expected `Beijing Stock Exchange`'
  ])
  // "Xinhua" for 新华社 is no finding, though the entry's term is "Xinhua News Agency".
  assert.deepEqual(describe(lintWith('The Beijing Stock Exchange opened on Monday, Xinhua reported.', 'source-glossary', {source})), [])
})

test('termbase: the house glossary comes first and replaces the starter entry for the same Chinese', () => {
  const house = [{term: 'ChinaNews', wrong: ['China News Service'], source: '中新网'}]
  const glossary = withStarterTermbase(house)
  assert.equal(glossary[0], house[0])
  assert.ok(!glossary.some((entry) => entry.source === '中新网' && entry.term === 'China News Service'))
  assert.equal(glossary.length, starterTermbase.length - starterTermbase.filter((entry) => entry.source === '中新网').length + 1)
  assert.deepEqual(resolveConfig({glossary: house}, undefined).glossary, glossary)
  assert.deepEqual(findings('It reached China News Network.', 'glossary', 'error', {glossary: house}), [])
})

test('termbase: a house entry for the same English term replaces the starter entry, with or without its Chinese', () => {
  const house = [{term: 'Shenzhen Stock Exchange', wrong: ['Deep Stock Exchange'], note: 'house note'}]
  const glossary = withStarterTermbase(house)
  assert.ok(starterTermbase.some((entry) => entry.term === 'Shenzhen Stock Exchange'))
  assert.deepEqual(glossary.filter((entry) => entry.term === 'Shenzhen Stock Exchange'), house)
  const [message] = lintWith('The Deep Stock Exchange rose.', 'glossary', {config: {glossary: house}})
  assert.equal(message?.note, 'house note')
})

test('termbase: the note says where the English name comes from', () => {
  const [message] = lintWith('The North Exchange opened.', 'glossary')
  assert.match(message?.note ?? '', /北交所.*English name as in bse\.cn\/en/)
})
