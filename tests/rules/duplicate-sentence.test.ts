import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'duplicate-sentence'
const merger = 'The board approved the merger on Friday.'
const long = 'The port handled 12 million tonnes of cargo in the first quarter, the authority said.'

testRule(id, {
  valid: [
    // Short sentences, headlines, labels and table cells.
    'Thank you. Thank you.',
    'The meeting ended. Then the meeting ended.',
    '# Smelter doubles its output in Guizhou\n\nText.\n\nSmelter doubles its output in Guizhou',
    'Part one of the series on earthquakes\nThe first part is here, and it is long.\n\nPart one of the series on earthquakes\nAnother text follows here, also long.',
    '| Plant | Status |\n| - | - |\n| North | Not running at this time. |\n| South | Not running at this time. |',
    // Captions, credits and gallery titles repeat by design.
    'Photo: Kestrel Borough Council, with thanks to the harbour trust.\n\nThe bridge reopened.\n\nPhoto: Kestrel Borough Council, with thanks to the harbour trust.',
    'Caption: Walkers cross the reopened footbridge over the harbour on Saturday morning.\n\nText.\n\nCaption: Walkers cross the reopened footbridge over the harbour on Saturday morning.',
    '*The orchestra rehearses in Chengdu before the tour.*\n\nIt played nine concerts.\n\n_The orchestra rehearses in Chengdu before the tour._'
  ],
  invalid: [
    {
      name: 'flags the repeat, ignoring case, spacing and punctuation',
      text: 'The smelter will double its output by 2025.\n\nOrders are strong this year.\n\nthe smelter  will double its output, by 2025!',
      errors: ['5:1-5:46: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'finds repeats inside one paragraph and across blocks',
      text: '# Report\n\nWorkers at the new rolling mill went on strike. They want higher pay.\n\n> Workers at the new rolling mill went on strike.',
      errors: ['5:3-5:50: Sentence repeats line 3, remove one of them']
    },
    {
      name: 'every later repeat points at the first',
      text: `${merger} Shares rose. ${merger}\n\n${merger}`,
      errors: [
        '1:55-1:95: Sentence repeats line 1, remove one of them',
        '3:1-3:41: Sentence repeats line 1, remove one of them'
      ]
    },
    {
      name: 'a caption’s sentence inside a paragraph is still a repeat',
      text: 'The orchestra rehearses in Chengdu before the tour. It left.\n\n*The orchestra rehearses in Chengdu before the tour.*',
      errors: ['3:2-3:53: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a plain line of its own is still a repeat',
      text: `${long}\n\nText.\n\n${long}`,
      errors: ['5:1-5:86: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a headline on a soft line break is split from the body',
      text: 'Guizhou smelter doubles its output\nThe Guizhou smelter doubled its output this year.\n\nThe Guizhou smelter doubled its output this year.',
      errors: ['4:1-4:50: Sentence repeats line 2, remove one of them']
    },
    {
      name: 'minWords sets the threshold',
      text: 'The meeting ended. The meeting ended.',
      setting: ['warn', {minWords: 3}],
      errors: ['1:20-1:38: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a repeat in one paragraph',
      text: 'Output rose by a fifth last year. Output rose by a fifth last year.',
      errors: ['1:35-1:68: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a repeat with curly quotes and full-width digits',
      text: '"The plant will double its output," he said in 2025.\n\n“The plant will double its output,” he said in ２０２５.',
      errors: ['3:1-3:53: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a repeat in capitals with accents',
      text: 'Le café de la ville ferme ses portes demain.\n\nLE CAFÉ DE LA VILLE FERME SES PORTES DEMAIN!',
      errors: ['3:1-3:45: Sentence repeats line 1, remove one of them']
    },
    {
      name: 'a repeat with other dashes, apostrophes and ellipses',
      text: 'Output rose – by 5% – in the plant’s first year…\n\nOutput rose - by 5% - in the plant\'s first year...',
      errors: ['3:1-3:51: Sentence repeats line 1, remove one of them']
    }
  ]
})

test('duplicate-sentence: a whole message', () => {
  const [message] = lint('Output rose by a fifth last year. Output rose by a fifth last year.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.fatal, false)
  assert.equal(message.actual, 'Output rose by a fifth last year.')
  assert.equal(message.note, 'First said on line 1: “Output rose by a fifth last year.”')
  assert.equal(message.fix, undefined)
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicate-sentence.md')
})
