// term-variants: one thing under several renderings. Chinese repeats a term
// word for word; machine translation renders it afresh each time:
// - one body named with and without a possessive inside the name
//   ("Chinalco Guizhou Enterprise" / "Chinalco’s Guizhou enterprises"): the
//   form the article uses most wins, the first one on a tie;
// - configured sets of interchangeable renderings (option `variants`, e.g.
//   精深加工 as "aluminum deep processing", "aluminum fine and deep
//   processing", "aluminum intensive processing"): the first one the article
//   uses wins.
// Case alone is capitalization-variants' business, and a plural or a
// possessive on the last word is grammar, not a variant.
// Bad: "Chinalco Guizhou Enterprise hired 40 staff. Chinalco’s Guizhou enterprises paid more. Chinalco’s Guizhou enterprise grew."
// Good: "Chinalco’s Guizhou enterprises hired 40 staff. Chinalco’s Guizhou enterprises paid more. Chinalco’s Guizhou enterprise grew."
import {defineRule} from '../rule.js'
import {capitalized} from '../text/name-spans.js'
import {normalizePhrase, PhraseMatcher, type Token} from '../text/phrases.js'
import type {ProseText} from '../text/prose-text.js'

interface Options {
  /** Sets of renderings of one term; the first one an article uses wins. */
  variants: string[][]
}

interface Place {
  text: ProseText
  start: number
  end: number
  surface: string
}

interface Member {
  set: number
  phrase: string
}

/** The fewest words a name needs before a possessive inside it makes a variant. */
const minWords = 3

/** The configured sets, compiled once per configuration (`prepare`). */
interface Configured {
  matcher: PhraseMatcher<Member>
  /**
   * Finds one of the phrases' first words, whatever its case: a text holds
   * one wherever a phrase matches, so a text without any is not searched.
   * Undefined when a phrase cannot be told that way (one word may match as
   * a plural, an apostrophe may be written ’).
   */
  firstWords: RegExp | undefined
}

function configuredSets(options: Options): Configured {
  const matcher = new PhraseMatcher<Member>()
  let firstWords: string[] | undefined = []
  options.variants.forEach((set, index) => {
    for (const phrase of set) {
      matcher.add(phrase, {set: index, phrase})
      const words = normalizePhrase(phrase).split(' ')
      // Letters and digits only, so the words are safe in a pattern.
      if (words.length < 2 || !/^[a-z0-9]+$/.test(words[0]!)) firstWords = undefined
      else firstWords?.push(words[0]!)
    }
  })
  return {matcher, firstWords: firstWords?.length ? new RegExp(firstWords.join('|'), 'iu') : undefined}
}

export default defineRule<Options, Configured>({
  id: 'term-variants',
  description: 'One entity or term written in differing forms',
  severity: 'info',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      variants: {
        type: 'array',
        description: 'Sets of interchangeable renderings of one term; the first one an article uses wins.',
        items: {type: 'array', minItems: 2, items: {type: 'string', minLength: 1}}
      }
    }
  },
  defaults: {variants: []},
  docs: {
    bad: 'Chinalco Guizhou Enterprise hired 40 staff, and Chinalco’s Guizhou enterprises paid more than Chinalco’s Guizhou enterprise did.',
    good: 'Chinalco’s Guizhou enterprises hired 40 staff, and Chinalco’s Guizhou enterprises paid more than Chinalco’s Guizhou enterprise did.'
  },
  prepare: configuredSets,
  create(context) {
    const configured = context.prepared
    const uses: Array<Place & Member> = []
    const names = new Set<string>()
    const paragraphs: Array<{text: ProseText; tokens: readonly Token[]}> = []

    const report = (place: Place, expected: string, why: string) => {
      const [start, end] = place.text.range(place.start, place.end)
      context.report({reason: `Unexpected \`${place.surface}\`, expected \`${expected}\`: ${why}`, start, end, expected: [expected]})
    }

    return {
      ParagraphNode(_node, block) {
        const {text} = block
        const tokens = block.tokens
        if (configured.firstWords?.test(text.value) ?? true) {
          for (const match of configured.matcher.match(tokens)) {
            uses.push({...place(text, match.start, match.stem), ...match.values[0]!})
          }
        }
        if (block.kind === 'tableCell') return
        paragraphs.push({text, tokens})
        if (block.kind === 'heading' || block.titleCase) return
        const key = (first: number, last: number) => tokens.slice(first, last + 1).map((t) => t.norm).join(' ').replace(/'s$/, '')
        // Only names of `minWords` words or more are compared: shorter spans make no key.
        for (const span of block.nameSpans) {
          if (span.last - span.first + 1 >= minWords) names.add(key(span.first, span.last))
          // A sentence may open with an ordinary word: "Many Chinalco Guizhou…".
          if (span.initial && span.last - span.first >= minWords) names.add(key(span.first + 1, span.last))
        }
      },
      'RootNode:exit'() {
        // Configured sets: the first rendering used wins.
        const chosen = new Map<number, string>()
        for (const use of uses) {
          const first = chosen.get(use.set)
          if (first === undefined) chosen.set(use.set, use.phrase)
          else if (first !== use.phrase) report(use, first, 'the article uses that rendering first')
        }
        checkNames()
      }
    }

    /** Names written with and without a possessive inside them. */
    function checkNames() {
      // Every name has `minWords` words or more (see ParagraphNode).
      if (names.size === 0) return
      // Only a name written with a possessive inside it somewhere can be
      // reported, and most articles have none: the words before a name's
      // last, as the matcher reads them, are its key's (token forms joined
      // by spaces), and one must stand in the article with `'s`.
      const possessed = [...possessiveStems(paragraphs)]
      const inner = (name: string) => possessed.some((word) => name.startsWith(`${word} `) || name.includes(` ${word} `))
      if (possessed.length === 0 || ![...names].some(inner)) return
      const matcher = new PhraseMatcher<string>({innerPossessive: true})
      for (const name of names) matcher.add(name, name)
      const byName = new Map<string, Array<Place & {possessive: boolean}>>()
      for (const {text, tokens} of paragraphs) {
        // Every start: a name may begin inside a longer run ("Later Jiangnan Copper’s…").
        for (let i = 0; i < tokens.length; i++) {
          const match = matcher.matchAt(tokens, i)
          if (!match) continue
          // Inner words keep the name's capitals: "China's Mobile…" yes, "China's mobile…" no.
          if (match.innerPossessive && !innerCapitals(text.value, tokens, match.first, match.last)) continue
          const key = match.values[0]!
          const list = byName.get(key) ?? []
          list.push({...place(text, match.start, match.stem), possessive: match.innerPossessive})
          byName.set(key, list)
        }
      }
      const reported: Place[] = []
      for (const list of byName.values()) {
        const withPossessive = list.filter((p) => p.possessive).length
        const without = list.length - withPossessive
        if (withPossessive === 0 || without === 0) continue
        const major = withPossessive === without ? list[0]!.possessive : withPossessive > without
        const majority = list.filter((p) => p.possessive === major)
        const expected = mostCommon(majority.map((p) => p.surface))
        for (const occurrence of list) {
          if (occurrence.possessive === major || reported.some((p) => overlaps(p, occurrence))) continue
          reported.push(occurrence)
          report(occurrence, expected, `the article names it that way ${majority.length === 1 ? 'once' : `${majority.length} times`}`)
        }
      }
    }
  }
})

/**
 * The words the paragraphs hold with a possessive `'s` (its `'s` off): what
 * a match's inner possessive can be. Found from the apostrophes in the
 * text, as few words hold one: reading every token's form cost more than
 * the matching it saves.
 */
function possessiveStems(paragraphs: ReadonlyArray<{text: ProseText; tokens: readonly Token[]}>): Set<string> {
  const stems = new Set<string>()
  for (const {text, tokens} of paragraphs) {
    const {value} = text
    for (const apostrophe of ["'", '’']) {
      for (let at = value.indexOf(apostrophe); at !== -1; at = value.indexOf(apostrophe, at + 1)) {
        const token = tokenAt(tokens, at)
        // The matcher's possessive reading: `'s` after at least one character.
        if (token?.word && token.norm.length > 2 && token.norm.endsWith("'s")) stems.add(token.norm.slice(0, -2))
      }
    }
  }
  return stems
}

/** The token holding index `at` of the text, by binary search (tokens are in order). */
function tokenAt(tokens: readonly Token[], at: number): Token | undefined {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const token = tokens[middle]!
    if (token.end <= at) low = middle + 1
    else if (token.start > at) high = middle - 1
    else return token
  }
  return undefined
}

function place(text: ProseText, start: number, end: number): Place {
  return {text, start, end, surface: text.value.slice(start, end).replace(/\s+/g, ' ')}
}

function overlaps(a: Place, b: Place): boolean {
  return a.text === b.text && a.start < b.end && b.start < a.end
}

/** Every word but the last of the match is capitalized. */
function innerCapitals(value: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]!.word && !capitalized(value, tokens[i]!)) return false
  return true
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = values[0]!
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value
  return best
}
