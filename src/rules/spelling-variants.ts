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
import {normalizePhrase, PhraseMatcher, startsSentence, type Token} from '../text/phrases.js'
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

const oneWord = /^[A-Za-z]+$/

/** A form to add to the matcher, with the value it stands for. */
type Form = [phrase: string, variant: Variant]

/**
 * The forms of the pairs (some 3,700 words) not yet in `matcher`, by their
 * first word: all of them, listed on first use.
 */
let waiting: Map<string, Form[]> | undefined
function waitingForms(): Map<string, Form[]> {
  if (waiting) return waiting
  const forms = new Map<string, Form[]>()
  let groups = 0
  const addForm = (phrase: string, variant: Variant) => {
    // Nearly every form is one word of letters, its own first word in lowercase.
    const first = oneWord.test(phrase) ? phrase.toLowerCase() : normalizePhrase(phrase).split(' ', 1)[0]!
    const list = forms.get(first)
    if (list) list.push([phrase, variant])
    else forms.set(first, [[phrase, variant]])
  }
  const addPair = (us: string, uk: string, group: number, name = false) => {
    addForm(us, {group, side: 0, counterpart: uk, name})
    addForm(uk, {group, side: 1, counterpart: us, name})
  }
  for (const family of families) {
    for (const stem of family.stems) {
      const group = groups++
      for (const [us, uk] of family.suffixes) {
        // -re drops its e before -ing: centre → centring.
        const ukForm = family.uk === 're' && uk === 'ing' ? `${stem}ring` : stem + family.uk + uk
        addPair(stem + family.us + us, ukForm, group)
      }
    }
  }
  for (const [us, uk] of data.words as Array<[string, string]>) {
    const group = groups++
    const ukForms = uk.split('|')
    us.split('|').forEach((form, i) => addPair(form, ukForms[i]!, group))
  }
  for (const [first, second] of data.names as Array<[string, string]>) addPair(first, second, groups++, true)
  waiting = forms
  return forms
}

/**
 * The matcher of the forms, filled as articles meet them: compiling all
 * 3,700 into a phrase matcher took some 15 ms and 2 MB of a one-file run,
 * and an article holds a handful. A phrase can only match where its first
 * word stands, as written or, for a one-word phrase, before a possessive
 * `'s` (the matcher takes no plurals here), so a matcher holding every form
 * whose first word `tokens` hold finds in them what one holding all would.
 * Forms sharing a first word are added together in the list's order, so a
 * phrase's values keep it.
 */
const matcher = new PhraseMatcher<Variant>({plural: false})
function variantsIn(tokens: readonly Token[]): PhraseMatcher<Variant> {
  const forms = waitingForms()
  if (forms.size === 0) return matcher
  for (const token of tokens) {
    if (!token.word) continue
    addForms(forms, token.norm)
    if (token.norm.endsWith("'s")) addForms(forms, token.readings[1])
  }
  return matcher
}

function addForms(forms: Map<string, Form[]>, word: string | undefined): void {
  const list = word === undefined ? undefined : forms.get(word)
  if (!list) return
  for (const [phrase, variant] of list) matcher.add(phrase, variant)
  forms.delete(word!)
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
  create(context) {
    const found: Occurrence[] = []
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        const tokens = block.tokens
        for (const match of variantsIn(tokens).match(tokens)) {
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
