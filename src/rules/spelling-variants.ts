// spelling-variants: one word spelled the US way and the UK way in one
// article — "aluminum" and "aluminium", "organization" and "organisations",
// "center" and "centre" — or a place under two spellings (Macao, Macau).
// Machine translation picks a spelling per sentence, not per article.
// The minority form is reported with the form the article mostly uses; on a
// tie the form used first wins. The pairs are data
// (src/data/spelling-variants.json): -ize/-ise, -yze/-yse, -or/-our and
// -er/-re families with their inflections, and single pairs.
// A capitalized word inside a sentence is a name (World Health Organization,
// Pearl Harbor, the Labour Party) and keeps its spelling; so does a place
// name inside a longer name (Galaxy Macau, The Venetian Macao).
// Bad: "The organization said the organisation would grow."
// Good: "The organization said the organization would grow."
import data from '../data/spelling-variants.json' with {type: 'json'}
import {defineRule} from '../rule.js'
import {capitalized} from '../text/name-spans.js'
import {remember} from '../text/memo.js'
import {normalizePhrase, PhraseMatcher, Shapes, startsSentence, type Token} from '../text/phrases.js'
import {verbatimRange} from '../text/verbatim.js'

interface Variant {
  group: number
  /** 0: US (or the first name), 1: UK (or the second name). */
  side: 0 | 1
  counterpart: string
  name: boolean
}

interface Occurrence {
  variant: Variant
  start: number
  end: number
  surface: string
  /** The word without a possessive, where the file holds it verbatim. */
  fixRange: [number, number] | undefined
}

const families: Array<{stems: string[]; us: string; uk: string; suffixes: Array<[string, string]>}> = [
  {
    stems: data.ize,
    us: 'iz',
    uk: 'is',
    suffixes: [['e', 'e'], ['es', 'es'], ['ed', 'ed'], ['ing', 'ing'], ['ation', 'ation'], ['ations', 'ations'], ['ational', 'ational'], ['er', 'er'], ['ers', 'ers'], ['able', 'able']]
  },
  // Not "analyzes/analyses": "analyses" is also the plural of "analysis".
  {stems: data.yze, us: 'yz', uk: 'ys', suffixes: [['e', 'e'], ['ed', 'ed'], ['ing', 'ing'], ['er', 'er'], ['ers', 'ers']]},
  {
    stems: data.our,
    us: 'or',
    uk: 'our',
    // Not -ous, -ary or -al: "humorous", "honorary" and "humoral" are also British.
    suffixes: ['', 's', 'ed', 'ing', 'er', 'ers', 'ful', 'fully', 'less', 'able', 'ably', 'ite', 'ites', 'y', 'ies', 'hood', 'hoods'].map((s) => [s, s])
  },
  {stems: data.re, us: 'er', uk: 're', suffixes: [['', ''], ['s', 's'], ['ed', 'd'], ['ing', 'ing']]}
]

/** A form to add to the matcher, with the value it stands for. */
type Form = [phrase: string, variant: Variant]

/** A family's forms by how they end: the spelling and suffix (-re's -ing: `ring`), and which side and suffix that is. */
interface Ending {
  family: number
  suffix: number
  side: 0 | 1
}

/**
 * The pairs as what a word is taken apart by, rather than all 3,700 forms
 * listed: each family's stems (by stem, its group) and endings, and the
 * single pairs' forms by first word. Made on first use; listing every form
 * took a one-file run some 5 ms.
 */
interface Pairs {
  stems: Array<Map<string, number>>
  endings: Map<string, Ending[]>
  /** The lengths of the endings, longest first. */
  endingLengths: number[]
  /** The single pairs' and the names' forms by their first word. */
  single: Map<string, Form[]>
  /**
   * The shapes of every word `formsOf` has forms for: most words have none
   * of them, and are turned away without being taken apart or looked up.
   */
  shapes: Shapes
}

let known: Pairs | undefined
function pairs(): Pairs {
  if (known) return known
  let groups = 0
  const stems = families.map((family) => new Map(family.stems.map((stem) => [stem, groups++])))
  const endings = new Map<string, Ending[]>()
  families.forEach((family, index) => {
    family.suffixes.forEach((_, suffix) => {
      for (const side of [0, 1] as const) {
        const ending = familyEnding(index, suffix, side)
        const list = endings.get(ending)
        if (list) list.push({family: index, suffix, side})
        else endings.set(ending, [{family: index, suffix, side}])
      }
    })
  })
  const single = new Map<string, Form[]>()
  const addForm = (phrase: string, variant: Variant) => {
    const first = normalizePhrase(phrase).split(' ', 1)[0]!
    const list = single.get(first)
    if (list) list.push([phrase, variant])
    else single.set(first, [[phrase, variant]])
  }
  const addPair = (us: string, uk: string, group: number, name = false) => {
    addForm(us, {group, side: 0, counterpart: uk, name})
    addForm(uk, {group, side: 1, counterpart: us, name})
  }
  for (const [us, uk] of data.words as Array<[string, string]>) {
    const group = groups++
    const ukForms = uk.split('|')
    us.split('|').forEach((form, i) => addPair(form, ukForms[i]!, group))
  }
  for (const [first, second] of data.names as Array<[string, string]>) addPair(first, second, groups++, true)
  const shapes = new Shapes()
  for (const word of single.keys()) shapes.add(word)
  families.forEach((family, index) => {
    for (const stem of family.stems) {
      family.suffixes.forEach((_, suffix) => {
        shapes.add(stem + familyEnding(index, suffix, 0))
        shapes.add(stem + familyEnding(index, suffix, 1))
      })
    }
  })
  known = {stems, endings, endingLengths: [...new Set([...endings.keys()].map((ending) => ending.length))].sort((a, b) => b - a), single, shapes}
  return known
}

/** How a form of family `family` ends, on `side`, with suffix `suffix`. */
function familyEnding(family: number, suffix: number, side: 0 | 1): string {
  const {us, uk, suffixes} = families[family]!
  const [usSuffix, ukSuffix] = suffixes[suffix]!
  // -re drops its e before -ing: centre → centring.
  if (side === 1) return uk === 're' && ukSuffix === 'ing' ? 'ring' : uk + ukSuffix
  return us + usSuffix
}

/** The forms whose first word is `word` (lowercase), in the list's order. */
function formsOf(word: string): Form[] {
  const {stems, endings, endingLengths, single} = pairs()
  const found: Array<[order: number, form: Form]> = []
  for (const length of endingLengths) {
    if (length >= word.length) continue
    const candidates = endings.get(word.slice(word.length - length))
    if (!candidates) continue
    const stem = word.slice(0, word.length - length)
    for (const {family, suffix, side} of candidates) {
      const group = stems[family]!.get(stem)
      if (group === undefined) continue
      const counterpart = stem + familyEnding(family, suffix, side === 0 ? 1 : 0)
      found.push([(group * 64 + suffix) * 2 + side, [word, {group, side, counterpart, name: false}]])
    }
  }
  // The families' forms come first in the list, the single pairs after them.
  const forms = found.sort((a, b) => a[0] - b[0]).map(([, form]) => form)
  return [...forms, ...(single.get(word) ?? [])]
}

/**
 * The matcher of the forms, filled as articles meet them: compiling all
 * 3,700 into a phrase matcher took some 15 ms and 2 MB of a one-file run,
 * and an article holds a handful. A phrase can only match where its first
 * word stands, as written or, for a one-word phrase, before a possessive
 * `'s` (the matcher takes no plurals here), so a matcher holding every form
 * whose first word `tokens` hold finds in them what one holding all would.
 * Forms sharing a first word are added together in the list's order, so a
 * phrase's values keep it. Made by `prepare`, so it lives as long as the
 * configuration; each word is taken apart once (bounded, as memo.ts bounds
 * its memos: a word met again after that adds nothing new), and a word of
 * no form's shape not at all.
 */
class GrowingMatcher {
  private readonly matcher = new PhraseMatcher<Variant>({plural: false})
  private readonly added = new Set<string>()
  /** Words taken apart, and whether they start any form. */
  private readonly taken = new Map<string, boolean>()

  /**
   * The matcher, holding at least every form whose first word `tokens`
   * hold; undefined when they hold none, so nothing can match there (most
   * blocks: no pass of the matcher over them).
   */
  for(tokens: readonly Token[]): PhraseMatcher<Variant> | undefined {
    let starts = false
    for (const token of tokens) {
      if (!token.word) continue
      if (this.addForms(token.norm)) starts = true
      if (token.norm.endsWith("'s") && this.addForms(token.readings[1])) starts = true
    }
    return starts ? this.matcher : undefined
  }

  /** Add the forms whose first word is `word`; whether there are any. */
  private addForms(word: string | undefined): boolean {
    if (word === undefined || !pairs().shapes.hasWord(word)) return false
    const known = this.taken.get(word)
    if (known !== undefined) return known
    const forms = formsOf(word)
    remember(this.taken, word, forms.length > 0)
    for (const [phrase, variant] of forms) {
      // A word taken apart again (the memo started afresh) adds no form twice.
      const key = `${variant.group} ${variant.side} ${phrase}`
      if (this.added.has(key)) continue
      this.added.add(key)
      this.matcher.add(phrase, variant)
    }
    return forms.length > 0
  }
}

export default defineRule({
  id: 'spelling-variants',
  description: 'US and UK spellings of one word mixed in one article',
  severity: 'warn',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The aluminum plant near Macao exports most of its aluminium to Macau.',
    good: 'The aluminum plant near Macao exports most of its aluminum to Macao.'
  },
  prepare: () => new GrowingMatcher(),
  create(context) {
    const variants = context.prepared
    const found: Occurrence[] = []
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        const tokens = block.tokens
        const matcher = variants.for(tokens)
        if (!matcher) return
        for (const match of matcher.match(tokens)) {
          const variant = match.values[0]!
          const surface = value.slice(match.start, match.stem)
          if (variant.name ? inLongerName(value, tokens, match.first, match.last) : isCapitalized(surface) && !startsSentence(tokens, match.first)) continue
          const [start, end] = block.text.range(match.start, match.stem)
          found.push({variant, start, end, surface, fixRange: verbatimRange(context.document, block.text, match.start, match.stem)})
        }
      },
      'RootNode:exit'() {
        const byGroup = new Map<number, Occurrence[]>()
        for (const occurrence of found) {
          const list = byGroup.get(occurrence.variant.group)
          if (list) list.push(occurrence)
          else byGroup.set(occurrence.variant.group, [occurrence])
        }
        for (const list of byGroup.values()) {
          const counts = [0, 0]
          for (const {variant} of list) counts[variant.side]!++
          if (counts[0] === 0 || counts[1] === 0) continue
          const tie = counts[0] === counts[1]
          const major: 0 | 1 = tie ? list[0]!.variant.side : counts[0]! > counts[1]! ? 0 : 1
          const majorForms = [...new Set(list.filter((o) => o.variant.side === major).map((o) => o.surface))]
          const score = `${counts[major]} to ${counts[1 - major]}`
          for (const occurrence of list) {
            if (occurrence.variant.side === major) continue
            const {variant, surface} = occurrence
            const expected = matchCase(variant.counterpart, surface)
            const why = variant.name
              ? `the article ${tie ? 'first' : 'mostly'} writes \`${majorForms[0]}\` (${score})`
              : `the article ${tie ? 'first uses' : 'mostly uses'} the ${major === 0 ? 'US' : 'UK'} spelling (${score})`
            context.report({
              reason: `Unexpected ${variant.name ? '' : `${major === 0 ? 'UK' : 'US'} spelling `}\`${surface}\`, expected \`${expected}\`: ${why}`,
              start: occurrence.start,
              end: occurrence.end,
              expected: [expected],
              ...(occurrence.fixRange ? {fix: {range: occurrence.fixRange, text: expected}} : {})
            })
          }
        }
      }
    }
  }
})

/**
 * Whether a place name is part of a longer name, which keeps its own
 * spelling ("Galaxy Macau", "The Venetian Macao", "Historic Centre of Macau",
 * "Macau Grand Prix Museum"); "Hong Kong and Macao" is two names.
 */
function inLongerName(value: string, tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1]
  if (next && capitalized(value, next) && /^\s+$/.test(next.gap)) return true
  let before = first - 1
  if (tokens[before]?.norm === 'of') before--
  const previous = tokens[before]
  return previous !== undefined && capitalized(value, previous) && /^\s+$/.test(tokens[before + 1]!.gap) && !startsSentence(tokens, before)
}

/** Capitalized like a name ("Organization"), not shouted in capitals. */
function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)
}

/** `word` in the case of `model`: ALL CAPS, Capitalized or as listed. */
function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  if (/^\p{Lu}/u.test(model)) return word[0]!.toUpperCase() + word.slice(1)
  return word
}
