// dropped-content: source text with no counterpart in the translation. A
// Chinese paragraph that nothing in the English aligns with; a passage whose
// translation is far shorter than the article's own ratio of English to
// Chinese (a sentence left out); or Chinese copied into the English instead
// of translated. Machine translation drops clauses from long sentences and
// skips lines it fails on; cut-and-paste workflows lose paragraphs. Runs only
// with a source; the finding sits where the missing text belongs, and quotes it.
// Bad: "The plant produced 12,000 tonnes. The plant has 2,300 employees." (source: …投入3.5亿元用于技术改造… between them)
// Good: "The plant produced 12,000 tonnes. It invested 350 million yuan in upgrades. The plant has 2,300 employees."
import {defineRule} from '../rule.js'
import type {SourceBead, TargetSentence} from '../source/document.js'
import {textLength} from '../source/document.js'
import {excerpt} from '../source/quote.js'
import {cjkRuns, isGloss} from '../text/cjk.js'

interface Options {
  minLength: number
  shortfall: number
}

export default defineRule<Options>({
  id: 'dropped-content',
  description: 'A source paragraph or sentence with no counterpart in the translation, or Chinese copied untranslated',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minLength: {type: 'integer', minimum: 1, description: 'Shortest source text (in characters) worth reporting as dropped'},
      shortfall: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'How many standard deviations shorter than the article’s own norm a passage’s translation must be to count as cut'
      }
    }
  },
  defaults: {minLength: 15, shortfall: 3.5},
  docs: {
    bad: 'The plant produced 12,000 tonnes of aluminum in the first half, up 5 percent.\n\nThe plant has more than 2,300 employees, a fifth of them technicians.',
    good: 'The plant produced 12,000 tonnes of aluminum in the first half, up 5 percent.\n\nPlant director Wang Jianguo said the plant had invested 350 million yuan in upgrades since 2021, and a third of its production lines had been renewed.\n\nThe plant has more than 2,300 employees, a fifth of them technicians.',
    source: '今年上半年该厂生产电解铝1.2万吨，同比增长百分之五。\n\n厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已完成升级。\n\n目前，全厂共有职工2300余名，其中技术人员占两成。'
  },
  create(context) {
    const source = context.source
    if (!source) return {}
    const {minLength, shortfall} = context.options
    return {
      'RootNode:exit'() {
        const {beads} = source.alignment
        const blocks = context.document.blocks
        const sentencesIn = (bead: SourceBead | undefined): TargetSentence[] =>
          bead ? blocks.slice(bead.target[0], bead.target[1]).flatMap((block) => source.sentencesOf(block)) : []

        for (const bead of beads) {
          const chinese = source.paragraphs.slice(bead.source[0], bead.source[1]).map((p) => p.text).join('')
          if (textLength(chinese) < minLength) continue
          if (bead.target[0] === bead.target[1]) {
            // Nothing in the English: report where it belongs, on the next sentence (or the last one).
            const after = beads.slice(bead.index + 1).find((b) => b.target[1] > b.target[0])
            const before = beads.slice(0, bead.index).reverse().find((b) => b.target[1] > b.target[0])
            const at = after ? sentencesIn(after)[0] : sentencesIn(before).at(-1)
            if (!at) continue
            context.report({
              reason: `The source has a paragraph here with no translation: “${excerpt(chinese)}”`,
              start: at.start,
              end: at.end,
              note: `Source paragraph: ${chinese}`
            })
            continue
          }
          if (bead.delta > -shortfall) continue
          // Much shorter than the norm: find the source sentences left without English.
          const pairs = source.sentencePairs(bead)
          const worst = pairs
            .filter((pair) => pair.source.length > 0 && textLength(pair.source.map((s) => s.sentence.text).join('')) >= minLength)
            .sort((a, b) => a.delta - b.delta)[0]
          if (!worst || worst.delta > -shortfall / 2) continue
          const missing = worst.source.map((s) => s.sentence.text).join('')
          const index = pairs.indexOf(worst)
          const at = worst.target[0] ?? pairs.slice(index + 1).find((p) => p.target.length > 0)?.target[0] ?? sentencesIn(bead).at(-1)
          if (!at) continue
          context.report({
            reason: `The translation here is much shorter than its source; this may be missing: “${excerpt(missing)}”`,
            start: at.start,
            end: (worst.target.at(-1) ?? at).end,
            note: `Source: ${chinese}`
          })
        }

        // Chinese from the source pasted into the English untranslated (a gloss after a name is fine).
        for (const block of blocks) {
          const value = block.text.value
          for (const run of cjkRuns(value)) {
            const text = value.slice(run.start, run.end).trim()
            if (run.script !== 'Chinese' || textLength(text) < 6 || isGloss(value, run) || !source.value.includes(text)) continue
            const [start, end] = block.text.range(run.start, run.end)
            context.report({
              reason: `Source text left untranslated: “${excerpt(text)}”; translate it`,
              start,
              end
            })
          }
        }
      }
    }
  }
})
