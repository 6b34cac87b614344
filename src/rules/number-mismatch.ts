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
import {chineseNumbers, englishNumbers, formatNumber, normalizeWidth, parseChineseNumeral, sameNumber, type NumberMention} from '../source/numbers.js'
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
        const labelled = {
          designation: {chinese: source.paragraphs.map((p) => designations(p.text)), english: blocks.map((b) => designations(b.text.value))},
          time: {chinese: source.paragraphs.map((p) => chineseTimes(p.text)), english: blocks.map((b) => englishTimes(b.text.value))}
        }
        /**
         * Model designations ("F-35C") and clock times are compared as labels:
         * an English one the passage's source lacks is reported when the source
         * has one of the same kind it could render ("F-35C" for "F-38C", 13时 for
         * "3 pm"); one the source has no counterpart for is a rewording.
         */
        const compareLabelled = (bead: SourceBead, window: Array<SourceBead | undefined>, kind: keyof typeof labelled) => {
          const scope = bead.confident ? window : beads
          const theirs = scope.flatMap((b) => (b ? range(b.source).flatMap((p) => labelled[kind].chinese[p]!.map((label) => ({label, paragraph: p}))) : []))
          for (const b of range(bead.target)) {
            for (const label of labelled[kind].english[b]!) {
              if (theirs.some((c) => c.label.key === label.key)) continue
              // The likeliest original shares the start of its key (the hour of a time, the letters of a designation).
              const candidates = theirs.filter((c) => c.label.family === label.family)
              const partner = candidates.find((c) => c.label.key.split(':')[0] === label.key.split(':')[0]) ?? candidates[0]
              if (!partner) continue
              const block = blocks[b]!
              const [start, end] = block.text.range(label.start, label.end)
              const text = source.paragraphs[partner.paragraph]!.text
              const written = block.text.value.slice(label.start, label.end)
              context.report({
                reason: `\`${written}\` does not match the source's \`${text.slice(partner.label.start, partner.label.end)}\``,
                start,
                end,
                note: `Source: ${quote(text, partner.label.start, partner.label.end, 30)}`
              })
            }
          }
        }

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
            } else if (!isYear(e.mention) && !/(?:st|nd|rd|th)$/i.test(written)) {
              // An ordinal the translator added for clarity ("the 12th Party Congress" for 省党代会) is no error.
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
          compareLabelled(bead, window, 'designation')
          compareLabelled(bead, window, 'time')
          for (const c of missing) {
            const text = source.paragraphs[c.paragraph]!.text
            const target = source.targetOf(c.paragraph, c.mention.start)
            if (target.length === 0) continue
            const original = text.slice(c.mention.start, c.mention.end).trim()
            const expected = formatNumber(c.mention)
            // "`86` (86)" says the figure twice: the English form only where it differs.
            const rendered = expected === original ? '' : ` (${expected})`
            // The finding sits on the English the source paragraph was paired with; when that pairing is
            // unsure (a loose fit, a merge, or an unpaired paragraph beside it), it says so rather than
            // pointing at the wrong paragraph with confidence.
            const unsure = pairedForCertain(bead, beads) ? '' : '; the paragraphs could not be paired with the source for certain, so check where it belongs'
            context.report({
              reason: `The source's \`${original}\`${rendered} is missing from this translation: “${quote(text, c.mention.start, c.mention.end)}”${unsure}`,
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

/** A label compared as a whole: `key` must match; `family` says which source labels it could render. */
interface Label {
  start: number
  end: number
  key: string
  family: string
}

/** Model designations with digits: F-35C, J-20, A380, MH370 (the same in Chinese text and English; Chinese characters may touch them). */
function designations(text: string): Label[] {
  const labels: Label[] = []
  for (const match of normalizeWidth(text).matchAll(/(?<![A-Za-z0-9-])([A-Z]{1,4})-?(\d{1,4})([A-Z]{0,3})(?![A-Za-z0-9]|-\d)/g)) {
    const [, letters, digits, suffix] = match
    labels.push({start: match.index, end: match.index + match[0].length, key: `${letters}${digits}${suffix}`, family: `designation ${letters}`})
  }
  return labels
}

/** Clock times in English: "13:00", "1 pm", "1:30 p.m.". */
function englishTimes(text: string): Label[] {
  const labels: Label[] = []
  for (const match of text.matchAll(/(?<![\d:.,])(\d{1,2})(?::(\d{2}))?(?:\s*(a\.m\.|p\.m\.|am\b|pm\b)|(?<=:\d\d)(?![\d:]))/gi)) {
    const [, hourText, minuteText, half] = match
    if (!minuteText && !half) continue
    let hour = Number(hourText)
    const minute = Number(minuteText ?? 0)
    if (hour > 24 || minute > 59) continue
    if (half && /^p/i.test(half) && hour < 12) hour += 12
    if (half && /^a/i.test(half) && hour === 12) hour = 0
    labels.push({start: match.index, end: match.index + match[0].length, key: clockKey(hour, minute), family: 'time'})
  }
  return labels
}

const periodsAfterNoon = /^(?:下午|晚上|傍晚|晚|夜间|中午)$/
/** Clock times in Chinese: 13时, 下午1点, 9点30分, 13:00, 8时半. */
function chineseTimes(raw: string): Label[] {
  const text = normalizeWidth(raw)
  const labels: Label[] = []
  for (const match of text.matchAll(/(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜间|晚)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[时点](?:(\d{1,2}|[一二三四五六七八九十]{1,3})分|(半))?|:(\d{2}))(?!\d|钟头|多钟头)/gu)) {
    const [, period, hourText, minuteText, half, colonMinutes] = match
    let hour = /^\d/.test(hourText!) ? Number(hourText) : parseChineseNumeral(hourText!.replace('两', '二'))
    if (hour === undefined || hour > 24) continue
    const minute = half ? 30 : Number(colonMinutes ?? (minuteText ? (/^\d/.test(minuteText) ? minuteText : parseChineseNumeral(minuteText)) : 0))
    if (period && periodsAfterNoon.test(period) && hour < 12 && !(period === '中午' && hour >= 11)) hour += 12
    labels.push({start: match.index, end: match.index + match[0].length, key: clockKey(hour, minute), family: 'time'})
  }
  return labels
}

/**
 * One key for a time whichever way it is written: on a twelve-hour dial, so
 * "13:00", "1 pm" and 下午1点 agree, and so does "1:00", whose half of the
 * day is often left to the context.
 */
function clockKey(hour: number, minute: number): string {
  return `${hour % 12}:${minute}`
}

/** Whether `bead` pairs one source paragraph with one English block, fits the article's norm, and has no unpaired paragraph beside it. */
function pairedForCertain(bead: SourceBead, beads: readonly SourceBead[]): boolean {
  const single = (b: SourceBead) => b.source[1] - b.source[0] === 1 && b.target[1] - b.target[0] === 1
  const unpaired = (b: SourceBead | undefined) => b !== undefined && (b.source[0] === b.source[1] || b.target[0] === b.target[1])
  return bead.confident && single(bead) && !unpaired(beads[bead.index - 1]) && !unpaired(beads[bead.index + 1])
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
