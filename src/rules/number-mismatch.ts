// number-mismatch: a number that differs between the Chinese source and the
// translation. Machine translation slips on Chinese scales (万 = 10,000,
// 亿 = 100 million): "1.2万" becomes "1.2 million" or "12 thousand million";
// it drops a figure from a long sentence, or turns 8月8日 into "August 18".
// Compared passage by passage (the aligned paragraphs and their
// neighbours), so a figure moved to another part of the story is caught too;
// where the alignment is unsure, the whole source counts. Runs only with a source.
// Bad: "The plant produced 1.2 million tonnes last year." (source: 去年该厂生产了1.2万吨。)
// Good: "The plant produced 12,000 tonnes last year."
import {defineRule} from '../rule.js'
import type {ProseBlock} from '../document.js'
import type {SourceBead} from '../source/document.js'
import {chineseNumbers, englishNumbers, formatNumber, sameNumber, type NumberMention} from '../source/numbers.js'
import {quote} from '../source/quote.js'

interface English {
  mention: NumberMention
  block: ProseBlock
}

interface Chinese {
  mention: NumberMention
  paragraph: number
}

export default defineRule({
  id: 'number-mismatch',
  description: 'A number in the translation that differs from the Chinese source, or one the translation lacks',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The plant produced 1.2 million tonnes of aluminum last year.',
    good: 'The plant produced 12,000 tonnes of aluminum last year.',
    source: '去年该厂生产铝锭1.2万吨。'
  },
  create(context) {
    const source = context.source
    if (!source) return {}
    return {
      'RootNode:exit'() {
        const {beads} = source.alignment
        const blocks = context.document.blocks
        const chinese = source.paragraphs.map((paragraph) => chineseNumbers(paragraph.text))
        const english = blocks.map((block) => englishNumbers(block.text.value))
        const chineseIn = (bead: SourceBead | undefined): Chinese[] =>
          bead ? range(bead.source).flatMap((p) => chinese[p]!.map((mention) => ({mention, paragraph: p}))) : []
        const englishIn = (bead: SourceBead | undefined): English[] =>
          bead ? range(bead.target).flatMap((b) => english[b]!.map((mention) => ({mention, block: blocks[b]!}))) : []
        const allChinese = chinese.flat()
        const allEnglish = english.flat()

        for (const bead of beads) {
          // A sure pair is compared with its neighbours (a sentence often
          // moves across a paragraph break); an unsure one with the whole article.
          const window = [beads[bead.index - 1], bead, beads[bead.index + 1]]
          const ownChinese = chineseIn(bead)
          const ownEnglish = englishIn(bead)
          const chineseScope = bead.confident ? window.flatMap(chineseIn).map((c) => c.mention) : allChinese
          const englishScope = bead.confident ? window.flatMap(englishIn).map((e) => e.mention) : allEnglish

          const extra = ownEnglish.filter((e) => e.mention.checked && !chineseScope.some((c) => sameNumber(c, e.mention)))
          // A source paragraph without any translation is dropped-content's to report.
          const missing =
            bead.target[1] === bead.target[0]
              ? []
              : ownChinese.filter((c) => c.mention.checked && !englishScope.some((e) => sameNumber(c.mention, e)))

          for (const e of extra) {
            // Unmatched, or the same digits at another scale as a figure matched elsewhere (3.5亿 → "3.5 billion").
            const partner = pairFor(e, extra, missing) ?? ownChinese.find((c) => c.mention.kind === e.mention.kind && significant(c.mention.values[0]!) === significant(e.mention.values[0]!))
            const [start, end] = e.block.text.range(e.mention.start, e.mention.end)
            const written = e.block.text.value.slice(e.mention.start, e.mention.end)
            if (partner) {
              if (missing.includes(partner)) missing.splice(missing.indexOf(partner), 1)
              const text = source.paragraphs[partner.paragraph]!.text
              const original = text.slice(partner.mention.start, partner.mention.end)
              const expected = formatNumber(partner.mention)
              context.report({
                reason: `\`${written}\` does not match the source's \`${original}\`, expected \`${expected}\``,
                start,
                end,
                expected: [expected],
                note: `Source: ${quote(text, partner.mention.start, partner.mention.end, 30)}`
              })
            } else if (!isYear(e.mention)) {
              // Translators add the year to datelines and events ("the 2022 Winter Olympics"): a year is reported only as a mismatch.
              const passage = range(bead.source).map((p) => source.paragraphs[p]!.text).join('')
              context.report({
                reason: `\`${written}\` is not in the source${passage ? `: “${quote(passage, 0, 0, 40)}”` : ''}`,
                start,
                end,
                note: 'Check the figure against the Chinese; remove it or correct it.'
              })
            }
          }
          for (const c of missing) {
            const text = source.paragraphs[c.paragraph]!.text
            const target = source.targetOf(c.paragraph, c.mention.start)
            if (target.length === 0) continue
            const original = text.slice(c.mention.start, c.mention.end)
            const expected = formatNumber(c.mention)
            context.report({
              reason: `The source's \`${original}\` (${expected}) is missing from this translation: “${quote(text, c.mention.start, c.mention.end)}”`,
              start: target[0]!.start,
              end: target.at(-1)!.end,
              expected: [expected]
            })
          }
        }
      }
    }
  }
})

/**
 * The source number an unmatched English number most likely renders: one
 * with the same digits at another scale (1.2万 → "1.2 million"), else the
 * only unmatched one when there is exactly one on each side.
 */
function pairFor(e: English, extra: readonly English[], missing: readonly Chinese[]): Chinese | undefined {
  if (missing.length === 0) return undefined
  const digits = (m: NumberMention) => significant(m.values[0]!)
  const sameDigits = missing.filter((c) => c.mention.kind === e.mention.kind && digits(c.mention) === digits(e.mention))
  if (sameDigits.length > 0) return sameDigits[0]
  if (extra.length === 1 && missing.length === 1 && kindsComparable(e.mention, missing[0]!.mention)) return missing[0]
  return undefined
}

function isYear(mention: NumberMention): boolean {
  const value = mention.values[0]!
  return mention.kind === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100
}

const dateKinds = new Set(['date', 'month', 'day'])
function kindsComparable(a: NumberMention, b: NumberMention): boolean {
  return dateKinds.has(a.kind) === dateKinds.has(b.kind)
}

/** 1.2e6 and 12000 → "12": the digits without scale. */
function significant(value: number): string {
  return String(value).replace('.', '').replace(/^0+|0+$/g, '')
}

function range([from, to]: [number, number]): number[] {
  const list: number[] = []
  for (let i = from; i < to; i++) list.push(i)
  return list
}
