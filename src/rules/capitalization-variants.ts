// capitalization-variants: one multi-word name written with capitals in one
// place and in lowercase in another — "the Baiyun District Party Committee"
// and later "the district party committee". Machine translation decides
// capitals sentence by sentence, so one body ends up in two styles.
// A name counts as capitalized wherever it ends a run of capitalized words
// ("District Party Committee" in "Baiyun District Party Committee of Guiyang
// City"). The lowercase form of a name of three or more words is reported
// when the name is capitalized at least twice and more often than it is
// lowercased. Deliberately left alone, for precision:
// - two-word phrases ("the film festival" after "Shanghai International Film
//   Festival"): a generic second reference, lowercase by common style;
// - a capitalized minority against lowercase: a name is rarely wrong for
//   its capitals, while the lowercase may be generic;
// - headings, table cells and headline paragraphs (Title Case by
//   convention) and a capital at the start of a sentence;
// - a lowercase form after "a", "any", "each"… or after another lowercase
//   word that makes it a different thing ("a village party committee"), and
//   a plural ("district party committees"), and a reference to one in each
//   of several bodies ("the vascular surgery department of the two
//   hospitals").
// Bad: "The Baiyun District Party Committee met. The Baiyun District Party Committee agreed, and the district party committee paid."
// Good: "The Baiyun District Party Committee met. The Baiyun District Party Committee agreed, and the District Party Committee paid."
import {defineRule} from '../rule.js'
import {isFunctionWord} from '../text/function-words.js'
import {beforeConnector, capitalized, isConnector as connector} from '../text/name-spans.js'
import {PhraseMatcher, type Token} from '../text/phrases.js'
import type {ProseText} from '../text/prose-text.js'

interface Place {
  text: ProseText
  start: number
  end: number
  surface: string
}

interface Name {
  /** Capitalized occurrences, counting those inside longer names. */
  capitals: number
  /** Where it was capitalized, in order: read as written only for a name reported (see `forms`), as most never are. */
  capitalized: Array<{text: ProseText; start: number; end: number}>
  lower: Place[]
}

/** The fewest words a lowercase name needs to be reported. */
const minWords = 3

/** Words before a lowercase phrase that make it generic: "a party committee". */
const generic = new Set([
  'a', 'an', 'any', 'each', 'every', 'another', 'other', 'such', 'no', 'some', 'several', 'many', 'all', 'both',
  'either', 'neither', 'few', 'one', 'whichever', 'what'
])

export default defineRule({
  id: 'capitalization-variants',
  description: 'One multi-word name written with different capitalization',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The Municipal Development and Reform Commission approved the plan; the Municipal Development and Reform Commission will fund it, the municipal development and reform commission said.',
    good: 'The Municipal Development and Reform Commission approved the plan; the Municipal Development and Reform Commission will fund it, the Municipal Development and Reform Commission said.'
  },
  create(context) {
    const names = new Map<string, Name>()
    const paragraphs: Array<{text: ProseText; tokens: readonly Token[]}> = []
    return {
      ParagraphNode(_node, block) {
        if (block.kind !== 'paragraph') return
        const {value} = block.text
        const tokens = block.tokens
        paragraphs.push({text: block.text, tokens})
        if (block.titleCase) return
        for (const span of block.nameSpans) {
          // Each tail of the run, and of each part before an "of", "and"…
          for (let end = span.first + 1; end <= span.last; end++) {
            const token = tokens[end]!
            if (!capitalized(value, token) || connector(token) || (end < span.last && !beforeConnector(value, tokens, end))) continue
            for (let k = span.first + (span.initial ? 1 : 0); k < end; k++) {
              if (capitalized(value, tokens[k]!) && !connector(tokens[k]!)) count(block.text, tokens, k, end)
            }
          }
        }
      },
      'RootNode:exit'() {
        // Only a name capitalized twice, of three words or more, can be
        // reported, and only where it stands in lower case: a paragraph
        // without such a place adds nothing to report, and most articles have none.
        const reportable = new PhraseMatcher<Name>()
        for (const [key, name] of names) if (name.capitals >= 2 && key.split(' ').length >= minWords) reportable.add(key, name)
        if (reportable.size === 0) return
        // Every name, reportable or not, takes its place in the matcher (a
        // longer match hides a shorter one); made only for a paragraph where
        // a reportable name starts in lower case.
        let matcher: PhraseMatcher<Name> | undefined
        for (const {text, tokens} of paragraphs) {
          if (!startsInLowercase(reportable, text.value, tokens)) continue
          if (!matcher) {
            matcher = new PhraseMatcher<Name>()
            for (const [key, name] of names) matcher.add(key, name)
          }
          for (const match of matcher.match(tokens)) {
            if (match.form === 'plural' || match.last - match.first + 1 < minWords) continue
            if (!isLowercase(text.value, tokens, match.first, match.last)) continue
            if (isGeneric(text.value, tokens[match.first - 1]) || isSharedAfter(tokens, match.last) || afterPluralPossessive(tokens, match.first)) continue
            const surface = text.value.slice(match.start, match.stem).replace(/\s+/g, ' ')
            match.values[0]!.lower.push({text, start: match.start, end: match.stem, surface})
          }
        }
        for (const name of names.values()) {
          // How it is capitalized is read only for a name with a place to report.
          if (name.lower.length === 0 || name.capitals < 2 || name.capitals <= name.lower.length) continue
          const expected = mostCommon(forms(name))
          for (const place of name.lower) {
            const [start, end] = place.text.range(place.start, place.end)
            context.report({
              reason: `Unexpected \`${place.surface}\`, expected \`${expected}\`: the article capitalizes this name ${name.capitals} times`,
              start,
              end,
              expected: [expected]
            })
          }
        }
      }
    }

    /** One capitalized occurrence of the name in tokens `first`…`last` of `text`. */
    function count(text: ProseText, tokens: readonly Token[], first: number, last: number) {
      const possessive = tokens[last]!.norm.endsWith("'s")
      const end = possessive ? tokens[last]!.end - 2 : tokens[last]!.end
      let key = tokens[first]!.norm
      for (let k = first + 1; k <= last; k++) key += ' ' + tokens[k]!.norm
      if (possessive) key = key.slice(0, -2)
      let name = names.get(key)
      if (!name) names.set(key, (name = {capitals: 0, capitalized: [], lower: []}))
      name.capitals++
      name.capitalized.push({text, start: tokens[first]!.start, end})
    }
  }
})

/** Each run of whitespace as one space: `replace(/\s+/g, ' ')`, without the pattern where there is only single spaces. */
function collapseWhitespace(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x20 ? value.charCodeAt(i + 1) === 0x20 : code < 0x21 || code >= 0x80) return value.replace(/\s+/g, ' ')
  }
  return value
}

/**
 * Whether one of `reportable`'s names may start at a lowercase word: where
 * the matcher of every name finds one in lower case, this one finds one
 * from the same word (its walk is the same, over fewer names).
 */
function startsInLowercase(reportable: PhraseMatcher<Name>, value: string, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!capitalized(value, tokens[i]!) && reportable.matchAt(tokens, i)) return true
  }
  return false
}

function isLowercase(value: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (capitalized(value, tokens[i]!)) return false
  return true
}

/** The word before a lowercase phrase makes it generic, or part of another name. */
function isGeneric(value: string, before: Token | undefined): boolean {
  if (!before?.word || capitalized(value, before)) return false
  return generic.has(before.norm) || !isFunctionWord(before.norm)
}

/** Words that make "the X of …" one of several: "of the two hospitals", "in both cities". */
const several = new Set(['two', 'three', 'four', 'five', 'six', 'both', 'all', 'these', 'those', 'several', 'many', 'various', 'each', 'every', 'different', 'other', 'participating', 'relevant'])

/** "the vascular surgery department of the two hospitals": a generic reference to one in each of several bodies. */
function isSharedAfter(tokens: readonly Token[], last: number): boolean {
  const link = tokens[last + 1]
  if (!link?.word || !['of', 'in', 'at', 'across'].includes(link.norm)) return false
  for (let k = last + 2; k <= last + 3 && k < tokens.length; k++) {
    const token = tokens[k]!
    if (several.has(token.norm) || /^\d+$/.test(token.norm)) return true
    if (token.norm !== 'the') return false
  }
  return false
}

/** "the two hospitals’ vascular surgery department": one of several bodies' own. */
function afterPluralPossessive(tokens: readonly Token[], first: number): boolean {
  const mark = tokens[first - 1]
  return mark !== undefined && (mark.norm === "'" || mark.norm === '’') && /s$/.test(tokens[first - 2]?.norm ?? '')
}

/** How the name was capitalized, each way as written (whitespace collapsed) and how often, in order of first use. */
function forms(name: Name): Map<string, number> {
  const counts = new Map<string, number>()
  for (const {text, start, end} of name.capitalized) {
    const surface = collapseWhitespace(text.value.slice(start, end))
    counts.set(surface, (counts.get(surface) ?? 0) + 1)
  }
  return counts
}

function mostCommon(forms: Map<string, number>): string {
  let best = ''
  let most = 0
  for (const [form, count] of forms) if (count > most) [best, most] = [form, count]
  return best
}
