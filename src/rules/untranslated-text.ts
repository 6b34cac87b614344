// untranslated-text: runs of Han, kana or Hangul left in English prose —
// "more than 美元 11 billion", a site name "华声在线", a whole sentence the
// system skipped. MT passes through what it fails to segment or recognise.
// Each run is one finding, Chinese punctuation inside it included, so a line
// left wholly in Chinese is one finding (fullwidth-punctuation stays quiet
// about the marks inside it).
// A gloss in parentheses right after its romanized form is allowed by
// default: "Baiyun (白云)".
// Bad: "Foreign investors bought more than 美元 11 billion of bonds."
// Good: "Foreign investors bought more than $11 billion of bonds."
import {defineRule} from '../rule.js'
import {cjkRuns, isGloss} from '../text/cjk.js'

interface Options {
  /** Allow CJK in parentheses right after a romanized word: "Baiyun (白云)". */
  allowGlosses: boolean
}

/** How much of a long run the message quotes. */
const quoted = 12

export default defineRule<Options>({
  id: 'untranslated-text',
  description: 'Chinese, Japanese or Korean characters left untranslated in English prose',
  severity: 'error',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allowGlosses: {
        type: 'boolean',
        description: 'Allow CJK text in parentheses right after its romanized form, as in "Baiyun (白云)".'
      }
    }
  },
  defaults: {allowGlosses: true},
  docs: {
    bad: 'Foreign investors bought more than 美元 11 billion of Chinese bonds.',
    good: 'Foreign investors bought more than $11 billion of Chinese bonds.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        for (const run of cjkRuns(value)) {
          if (context.options.allowGlosses && isGloss(value, run)) continue
          const text = value.slice(run.start, run.end)
          const shown = [...text].length > quoted ? [...text].slice(0, quoted).join('') + '…' : text
          const [start, end] = block.text.range(run.start, run.end)
          context.report({
            reason: `Untranslated ${run.script} \`${shown}\`, translate it`,
            start,
            end,
            note:
              run.script === 'Chinese'
                ? 'Translate the words, or give a name in pinyin; a Chinese gloss may follow in parentheses: “Baiyun (白云)”'
                : 'Translate the words, or romanize the name'
          })
        }
      }
    }
  }
})
