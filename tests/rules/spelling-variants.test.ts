import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import data from '../../src/data/spelling-variants.json' with {type: 'json'}
import {testRule} from '../rule-tester.js'

const id = 'spelling-variants'

testRule(id, {
  valid: [
    // One form only, no finding.
    'The organisation and its organisations were organised.',
    'The center of the centers. The theater was full.',
    'Analyses show output rose; the team analyzed the data.',
    'Their behaviour was honourable, and humorous too.',
    // British usage keeps programme and program apart, and names their own spelling.
    'The television programme ran for years. The software program behind it was rewritten, and the programme returned.',
    'The organisation said it follows the World Health Organization and the University of Macau on colour and labour.',
    {name: 'a capitalized name keeps its spelling', text: 'The World Health Organization praised the organisation. Pearl Harbor and the harbour.'},
    {name: 'a place name inside a longer name keeps its spelling', text: 'Tourists flew to Macao. Macao hotels and Galaxy Macau filled; the Macau Grand Prix Museum and the Historic Centre of Macau opened.'}
  ],
  invalid: [
    {
      name: 'reports the minority spelling and the majority form',
      text: 'The aluminum price rose. Aluminum stocks fell.\n\nImports of aluminium grew.',
      errors: [
        '3:12-3:21: Unexpected UK spelling `aluminium`, expected `aluminum`: the article mostly uses the US spelling (2 to 1)'
      ],
      output: 'The aluminum price rose. Aluminum stocks fell.\n\nImports of aluminum grew.'
    },
    {
      // The matcher takes each form when an article first holds its word: here only before a possessive.
      name: 'a form first met before a possessive',
      text: 'The fibre’s strength held, but the fiber snapped.',
      errors: ['1:36-1:41: Unexpected US spelling `fiber`, expected `fibre`: the article first uses the UK spelling (1 to 1)'],
      output: 'The fibre’s strength held, but the fibre snapped.'
    },
    {
      name: 'inflections belong to one family: organise',
      text: 'Two organisations met. The organisation was organised well. The organizers left.',
      errors: [
        '1:65-1:75: Unexpected US spelling `organizers`, expected `organisers`: the article mostly uses the UK spelling (3 to 1)'
      ],
      output: 'Two organisations met. The organisation was organised well. The organisers left.'
    },
    {
      name: 'inflections belong to one family: centre',
      text: 'The centre opened in March. Centred on trade, the centres grew. A center closed.',
      errors: [
        '1:67-1:73: Unexpected US spelling `center`, expected `centre`: the article mostly uses the UK spelling (3 to 1)'
      ],
      output: 'The centre opened in March. Centred on trade, the centres grew. A centre closed.'
    },
    {
      name: 'inflections belong to one family: colour',
      text: 'Its colour faded; the colours and colourful flags. A colorless sky.',
      errors: [
        '1:54-1:63: Unexpected US spelling `colorless`, expected `colourless`: the article mostly uses the UK spelling (3 to 1)'
      ],
      output: 'Its colour faded; the colours and colourful flags. A colourless sky.'
    },
    {
      name: 'British usage against one US spelling',
      text: 'The organisation grew and the organisation hired. The organization later shrank.',
      errors: [
        '1:55-1:67: Unexpected US spelling `organization`, expected `organisation`: the article mostly uses the UK spelling (2 to 1)'
      ],
      output: 'The organisation grew and the organisation hired. The organisation later shrank.'
    },
    {
      name: 'a capitalized word that is not a name is counted',
      text: 'Organisation matters. The organization agreed and the organization left.',
      errors: [
        '1:1-1:13: Unexpected UK spelling `Organisation`, expected `Organization`: the article mostly uses the US spelling (2 to 1)'
      ],
      output: 'Organization matters. The organization agreed and the organization left.'
    },
    {
      name: 'on a tie the first form used wins',
      text: 'Output was 5 percent higher, costs 3 per cent lower.',
      errors: [
        '1:38-1:46: Unexpected UK spelling `per cent`, expected `percent`: the article first uses the US spelling (1 to 1)'
      ],
      output: 'Output was 5 percent higher, costs 3 percent lower.'
    },
    {
      name: 'place names under two spellings',
      text: 'Flights to Macao resumed. Macao hotels filled. Macau casinos opened.',
      errors: [
        '1:48-1:53: Unexpected `Macau`, expected `Macao`: the article mostly writes `Macao` (2 to 1)'
      ],
      output: 'Flights to Macao resumed. Macao hotels filled. Macao casinos opened.'
    },
    {
      name: 'the fix keeps case and a possessive',
      text: 'The organization grew. The organization hired. The ORGANISATION said. Organisation’s staff left.',
      errors: [
        '1:52-1:64: Unexpected UK spelling `ORGANISATION`, expected `ORGANIZATION`: the article first uses the US spelling (2 to 2)',
        '1:71-1:83: Unexpected UK spelling `Organisation`, expected `Organization`: the article first uses the US spelling (2 to 2)'
      ],
      output: 'The organization grew. The organization hired. The ORGANIZATION said. Organization’s staff left.'
    },
    {
      name: 'a place name on its own is counted',
      text: 'Ferries link Hong Kong and Macau. Macao grew, and Macao agreed.',
      errors: [
        '1:28-1:33: Unexpected `Macau`, expected `Macao`: the article mostly writes `Macao` (2 to 1)'
      ],
      output: 'Ferries link Hong Kong and Macao. Macao grew, and Macao agreed.'
    }
  ]
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

test('spelling-variants: every pair of the list is found, each form by itself', () => {
  // The list's pairs, as the rule's header describes them (the rule takes words apart rather than listing them).
  const endings: Array<[keyof typeof data, string, string, Array<[string, string]>]> = [
    ['ize', 'iz', 'is', ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'ational', 'er', 'ers', 'able'].map((s) => [s, s])],
    ['yze', 'yz', 'ys', ['e', 'ed', 'ing', 'er', 'ers'].map((s) => [s, s])],
    ['our', 'or', 'our', ['', 's', 'ed', 'ing', 'er', 'ers', 'ful', 'fully', 'less', 'able', 'ably', 'ite', 'ites', 'y', 'ies', 'hood', 'hoods'].map((s) => [s, s])],
    ['re', 'er', 're', [['', ''], ['s', 's'], ['ed', 'd'], ['ing', 'ring']]]
  ]
  const pairs: Array<[string, string]> = []
  for (const [family, us, uk, suffixes] of endings) {
    for (const stem of data[family] as string[]) for (const [usSuffix, ukSuffix] of suffixes) pairs.push([stem + us + usSuffix, ukSuffix === 'ring' ? stem + 'ring' : stem + uk + ukSuffix])
  }
  for (const [us, uk] of [...data.words, ...data.names] as Array<[string, string]>) {
    const ukForms = uk.split('|')
    us.split('|').forEach((form, index) => pairs.push([form, ukForms[index]!]))
  }
  assert.ok(pairs.length > 1800)
  // Each pair's US form first: a tie, so each UK form is reported with its own US form.
  const messages = lint(pairs.map(([us, uk]) => `We saw ${us} and ${uk} there.`).join('\n\n'), id)
  assert.deepEqual(
    messages.map((message) => [message.actual, message.expected?.[0]]),
    pairs.map(([us, uk]) => [uk, us])
  )
})
