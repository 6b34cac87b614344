// sentence-case: a sentence that starts in lower case after a full stop
// ("was completed on schedule. is expected to open"), and the capital of a
// sentence opener where no sentence starts, after a semicolon or a comma
// ("responsibilities; We should", "On March 22, The meeting"). Machine
// translation cuts and joins Chinese sentences at 。 and ，, and the case of
// the first word is left as it was.
// A lowercase start is reported only after a lowercase word of two letters
// or more that is not an abbreviation ("etc.", "et al.", "approx."), and
// never after an ellipsis or a number. A capital is reported only on a word
// that opens sentences (The, We, It…) followed by a lowercase word, so a
// title ("his novel, The Old Man") or a name is left alone.
// Bad: "The line was finished on schedule. the plant will open in May; We expect more orders."
// Good: "The line was finished on schedule. The plant will open in May; we expect more orders."
import {defineRule} from '../rule.js'
import {isAbbreviation} from '../text/abbreviations.js'
import {once} from '../text/once.js'

/** A full stop after a lowercase word, then a lowercase word: "schedule. is". */
const lowercaseStart = once(() => /(?<![\p{L}\p{N}.'’-])(\p{Ll}{2,})(\.[ \t\u00a0]+|。[ \t\u00a0]*)(\p{Ll}[\p{Ll}'’-]*)(?![\p{L}\p{N}@.])/gu)
/** A sentence opener capitalized after a semicolon or a comma, then a lowercase word: "; We should". */
const capitalAfterBreak = once(() => /(?<=[\p{L}\p{N})”"’])([;；,，])[ \t\u00a0]+(The|We|It|This|These|They|Our|There)[ \t\u00a0]+(\p{Ll}+)/gu)
/**
 * What the two patterns cannot match without, as patterns that start with a
 * mark: one quick scan turns most paragraphs away before the lookbehinds
 * and letter classes above run at every character.
 */
const mayStartLowercase = /[.。][ \t\u00a0]*\p{Ll}/u
const mayCapitalizeAfterBreak = /[;；,，][ \t\u00a0]+(?:The|We|It|This|These|They|Our|There)[ \t\u00a0]/
/** Abbreviations of scholarly and everyday prose, after which lowercase goes on. */
const lowercaseAbbreviations = new Set(['al', 'cf', 'ibid', 'viz', 'ca', 'esp', 'incl', 'excl', 'misc', 'resp', 'min', 'max', 'ft', 'oz', 'lb', 'lbs', 'kg', 'km', 'cm', 'mm', 'hr', 'hrs', 'yr', 'yrs', 'wk', 'mo', 'sq'])
/** Words after which a capitalized opener starts a quotation or a title without marks. */
const beforeQuotation = new Set(['said', 'says', 'asked', 'asks', 'wrote', 'writes', 'reads', 'read', 'titled', 'entitled', 'called', 'named', 'dubbed', 'declared', 'added'])

export default defineRule({
  id: 'sentence-case',
  description: 'A sentence that starts in lower case, or a capitalized opener after a semicolon or comma',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The line was finished on schedule. the plant will open in May; We expect more orders.',
    good: 'The line was finished on schedule. The plant will open in May; we expect more orders.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const value = text.value
        if (mayStartLowercase.test(value)) for (const match of value.matchAll(lowercaseStart())) {
          const [, previous, , word] = match
          if (isAbbreviation(previous!) || lowercaseAbbreviations.has(previous!)) continue
          const at = match.index + match[0].length - word!.length
          const [start, end] = text.range(at, at + word!.length)
          const expected = word!.charAt(0).toUpperCase() + word!.slice(1)
          context.report({
            reason: `Unexpected \`${word}\` after a full stop, expected \`${expected}\`: a sentence starts with a capital`,
            start,
            end,
            expected: [expected]
          })
        }
        if (mayCapitalizeAfterBreak.test(value)) for (const match of value.matchAll(capitalAfterBreak())) {
          const [whole, mark, word] = match
          const before = /([\p{L}]+)[)”"’]*$/u.exec(value.slice(Math.max(0, match.index - 30), match.index))?.[1]
          if (before && beforeQuotation.has(before.toLowerCase())) continue
          const at = match.index + whole!.indexOf(word!, mark!.length)
          const [start, end] = text.range(at, at + word!.length)
          const expected = word!.toLowerCase()
          const after = mark === ';' || mark === '；' ? 'a semicolon' : 'a comma'
          context.report({
            reason: `Unexpected \`${word}\` after ${after}, expected \`${expected}\`: no sentence starts here`,
            start,
            end,
            expected: [expected]
          })
        }
      }
    }
  }
})
