// source-glossary: a house term whose Chinese original is in the source but
// whose agreed English is not in the translation. Glossary entries can name
// their Chinese (`"source": "贵铝"`); where the source has it, the aligned
// passage must use the entry's `term`. Machine translation renders names of
// firms, places and programmes word by word ("precious aluminum" for 贵铝);
// with the source at hand the check needs no list of wrong renderings.
// A later mention may say "the plant": only a passage that uses a known wrong
// rendering, or an article that never uses the term, is reported.
// Bad: "Precious aluminum signed the contract." (source: 贵铝签署了合同。)
// Good: "Guizhou Aluminum signed the contract."
import {defineRule} from '../rule.js'
import type {GlossaryEntry} from '../text/glossary.js'
import {glossaryMatcher, type GlossaryHit} from '../text/glossary.js'
import type {PhraseMatch} from '../text/phrases.js'
import {quote} from '../source/quote.js'
import {isStarterEntry} from '../text/termbase.js'

export default defineRule({
  id: 'source-glossary',
  description: 'A glossary term whose Chinese is in the source rendered otherwise in the translation',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Precious aluminum signed a supply contract with the district.',
    good: 'Guizhou Aluminum signed a supply contract with the district.',
    source: '贵铝与该区签署了供货合同。'
  },
  // With the source at hand, glossary's finding on the same words says less.
  supersedes: ['glossary'],
  create(context) {
    const source = context.source
    const entries = context.glossary.filter((entry) => entry.source)
    if (!source || entries.length === 0) return {}
    return {
      'RootNode:exit'() {
        const {beads, beadOfParagraph} = source.alignment
        const blocks = context.document.blocks
        const matcher = glossaryMatcher(context.glossary)
        const hits = blocks.map((block) => matcher.match(block.tokens))
        const hitsFor = (entry: GlossaryEntry, from: number, to: number) => {
          const found: Array<{match: PhraseMatch<GlossaryHit>; block: number; right: boolean}> = []
          for (let b = from; b < to; b++) {
            for (const match of hits[b]!) {
              for (const hit of match.values) if (hit.entry === entry) found.push({match, block: b, right: hit.right})
            }
          }
          return found
        }
        const reported = new Set<string>()

        for (const entry of entries) {
          const anywhere = hitsFor(entry, 0, blocks.length)
          const usedSomewhere = anywhere.some((h) => h.right)
          let missingReported = false
          source.paragraphs.forEach((paragraph, p) => {
            const at = paragraph.text.indexOf(entry.source!)
            if (at < 0) return
            const bead = beadOfParagraph[p]!
            const near = [beads[bead.index - 1], bead, beads[bead.index + 1]]
            const from = bead.confident ? Math.min(...near.flatMap((b) => (b ? [b.target[0]] : []))) : 0
            const to = bead.confident ? Math.max(...near.flatMap((b) => (b ? [b.target[1]] : []))) : blocks.length
            const window = hitsFor(entry, from, to)
            if (window.some((h) => h.right)) return
            const where = `${entry.source}: ${quote(paragraph.text, at, at + entry.source!.length)}`
            for (const wrong of window.filter((h) => !h.right)) {
              const [start, end] = blocks[wrong.block]!.text.range(wrong.match.start, wrong.match.end)
              if (reported.has(`${start}`)) continue
              reported.add(`${start}`)
              const written = blocks[wrong.block]!.text.value.slice(wrong.match.start, wrong.match.end)
              context.report({
                reason: `\`${written}\` renders the source's \`${entry.source}\`, expected \`${entry.term}\``,
                start,
                end,
                expected: [entry.term],
                note: [entry.note, `Source: ${where}`].filter(Boolean).join('. ')
              })
            }
            if (window.length > 0 || usedSomewhere || missingReported || isStarterEntry(entry) || siteSuffix(paragraph.text, at, entry.source!)) return
            const target = source.targetOf(p, at)
            if (target.length === 0) return
            missingReported = true
            context.report({
              reason: `The source has \`${entry.source}\` here, expected \`${entry.term}\` in the translation`,
              start: target[0]!.start,
              end: target.at(-1)!.end,
              expected: [entry.term],
              note: [entry.note, `Source: ${where}`].filter(Boolean).join('. ')
            })
          })
        }
      }
    }
  }
})

/**
 * Whether the term at `at` is the outlet a scraped title ends with
 * (…瓶颈-中新网, …｜新华网): page furniture a translation rightly drops.
 */
function siteSuffix(text: string, at: number, term: string): boolean {
  return /[-－—–|｜_]\s*$/.test(text.slice(0, at)) && text.slice(at + term.length).trim() === ''
}
