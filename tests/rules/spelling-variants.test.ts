import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, findings, flagged, lint} from '../helpers.js'

const id = 'spelling-variants'

test('spelling-variants: reports the minority spelling and the majority form', () => {
  assert.deepEqual(findings('The aluminum price rose. Aluminum stocks fell.\n\nImports of aluminium grew.', id), [
    '3:12-3:21: Unexpected UK spelling `aluminium`, expected `aluminum`: the article mostly uses the US spelling (2 to 1)'
  ])
})

test('spelling-variants: inflections belong to one family', () => {
  assert.deepEqual(flagged('Two organisations met. The organisation was organised well. The organizers left.', id), ['organizers'])
  assert.deepEqual(flagged('The centre opened in March. Centred on trade, the centres grew. A center closed.', id), ['center'])
  assert.deepEqual(flagged('Its colour faded; the colours and colourful flags. A colorless sky.', id), ['colorless'])
})

test('spelling-variants: one form only, no finding', () => {
  const clean = [
    'The organisation and its organisations were organised.',
    'The center of the centers. The theater was full.',
    'Analyses show output rose; the team analyzed the data.',
    'Their behaviour was honourable, and humorous too.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
})

test('spelling-variants: British usage keeps programme and program apart, and names their own spelling', () => {
  const clean = [
    'The television programme ran for years. The software program behind it was rewritten, and the programme returned.',
    'The organisation said it follows the World Health Organization and the University of Macau on colour and labour.'
  ]
  for (const text of clean) assert.deepEqual(findings(text, id), [], text)
  assert.deepEqual(flagged('The organisation grew and the organisation hired. The organization later shrank.', id), ['organization'])
})

test('spelling-variants: a capitalized name keeps its spelling', () => {
  assert.deepEqual(findings('The World Health Organization praised the organisation. Pearl Harbor and the harbour.', id), [])
  assert.deepEqual(flagged('Organisation matters. The organization agreed and the organization left.', id), ['Organisation'])
})

test('spelling-variants: on a tie the first form used wins', () => {
  assert.deepEqual(findings('Output was 5 percent higher, costs 3 per cent lower.', id), [
    '1:38-1:46: Unexpected UK spelling `per cent`, expected `percent`: the article first uses the US spelling (1 to 1)'
  ])
})

test('spelling-variants: place names under two spellings', () => {
  assert.deepEqual(findings('Flights to Macao resumed. Macao hotels filled. Macau casinos opened.', id), [
    '1:48-1:53: Unexpected `Macau`, expected `Macao`: the article mostly writes `Macao` (2 to 1)'
  ])
})

test('spelling-variants: the fix keeps case and a possessive', () => {
  const text = 'The organization grew. The organization hired. The ORGANISATION said. Organisation’s staff left.'
  assert.equal(
    applyFixes(text, lint(text, id)),
    'The organization grew. The organization hired. The ORGANIZATION said. Organization’s staff left.'
  )
})

test('spelling-variants: a whole message is a warning with a fix', () => {
  const [message] = lint('A catalog and a catalog, then a catalogue.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'catalogue')
  assert.deepEqual(message.expected, ['catalog'])
  assert.deepEqual(message.fix, {range: [32, 41], text: 'catalog'})
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/spelling-variants.md')
})

test('spelling-variants: a place name inside a longer name keeps its spelling', () => {
  const text = 'Tourists flew to Macao. Macao hotels and Galaxy Macau filled; the Macau Grand Prix Museum and the Historic Centre of Macau opened.'
  assert.deepEqual(findings(text, id), [])
  assert.deepEqual(flagged('Ferries link Hong Kong and Macau. Macao grew, and Macao agreed.', id), ['Macau'])
})
