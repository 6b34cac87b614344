// The packed spelling dictionary the build writes (src/text/dictionary.ts)
// answers as nspell's own `correct` does: every form it knows, in capitals
// and capitalised, ordinals by its compound rules, curly apostrophes.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {buildNspell, packedSpeller, packSpelling} from '../src/text/dictionary.js'
import {PackedLines} from '../src/text/packed-lines.js'

test('spelling: the packed dictionary accepts and rejects every word as nspell does', () => {
  const dictionary = buildNspell()
  const {lines, rules} = packSpelling(dictionary)
  const correct = packedSpeller(new PackedLines(lines), rules)
  const forms = Object.keys(dictionary.data)
  const words = [
    ...forms,
    ...forms.filter((_, index) => index % 7 === 0).flatMap((form) => [form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), form + 'x']),
    ...['1st', '11th', '21st', '22nd', '1th', '2th', '112th', '3rd', 'x1st', '0th'],
    ...['don’t', 'Beijing', 'beijing', 'BEIJING', 'NASA', 'nasa', 'Nasa', 'iPhone', 'goverment', 'GOVERNMENT', '', '  ', ' word ', 'constructor', '__proto__', 'toString']
  ]
  const differences = words.filter((word) => correct(word) !== dictionary.correct(word))
  assert.deepEqual(differences, [])
  // Both answers occur, so the comparison says something.
  assert.equal(correct('government'), true)
  assert.equal(correct('goverment'), false)
  assert.equal(correct('21st'), true)
  assert.equal(correct('1th'), false)
})
