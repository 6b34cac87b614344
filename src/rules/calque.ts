// calque: stock phrases of Chinese officialese rendered word for word —
// "give full play to" (发挥), "for investigation" (调研), "do not forget
// the initial heart" (不忘初心), "the third industry" (第三产业), "our
// city" (我市) in third-person news. Machine translation keeps the Chinese
// set phrase; an English story says it plainly.
// The phrases are a sourced lexicon (src/data/calques.json): each entry
// has the Chinese, its literal renderings, a plain suggestion and where the
// accepted English comes from. They are matched on lemmas, so inflected and
// split forms hit ("comprehensively compacted the … responsibilities").
// An entry that misleads or cannot be read is a warning; one that is only
// stilted is info, and said once an article however often it recurs.
// The options add phrases or drop some.
// Bad: "The mayor came to the smelter for investigation and put forward suggestions."
// Good: "The mayor made a fact-finding visit to the smelter and made suggestions."
import data from '../data/calques.json' with {type: 'json'}
import {defineRule, type Severity} from '../rule.js'
import {entriesByWrong} from '../text/glossary.js'
import {calqueStepsFile} from '../text/built-data.js'
import {builtPhraseSteps, LemmaPhrases} from '../text/lemma-phrases.js'
import {lemmaKey} from '../text/morphology.js'
import {capitalizedLike} from '../text/chars.js'
import {parseChineseName} from '../text/people.js'
import {normalizePhrase, startsSentence, type Token} from '../text/phrases.js'

interface Calque {
  suggestion: string
  /** The Chinese original. */
  zh?: string
  note?: string
  /** Where the accepted English comes from. */
  source?: string
  /** `info`: only stilted, said once an article; `warn`: misleading or unreadable. */
  severity?: Exclude<Severity, 'off'>
  /** Flag only after one of these words earlier in the sentence. */
  after?: string[]
  /** Flag only right after a Chinese name ("Mei Shimiao line to"). */
  afterName?: boolean
  /** Not inside a quotation: a speaker may say "our city". */
  outsideQuotes?: boolean
}

interface Options {
  /** More phrases to flag. */
  extra: Array<{phrase: string; suggestion: string; note?: string}>
  /** Phrases from the built-in list not to flag. */
  exclude: string[]
}

/** How far back, in words, `after` looks. */
const afterWindow = 8

/** The lexicon and the house's extra phrases, less the excluded ones; the lexicon's steps as the build wrote them. */
function buildMatcher(options: Options): LemmaPhrases<Calque> {
  const excluded = new Set(options.exclude.map(normalizePhrase))
  const matcher = new LemmaPhrases<Calque>(builtPhraseSteps(calqueStepsFile))
  for (const {literal, ...calque} of data.calques as Array<Calque & {literal: string[]}>) {
    // Normalizing every phrase costs a cold start some 10 ms: only when there is something to exclude.
    for (const phrase of literal) if (excluded.size === 0 || !excluded.has(normalizePhrase(phrase))) matcher.add(phrase, calque)
  }
  // A house phrase says nothing of its harm: info, as the rule was before it graded its findings.
  for (const {phrase, ...calque} of options.extra) matcher.add(phrase, {severity: 'info', ...calque})
  return matcher
}

export default defineRule<Options, LemmaPhrases<Calque>>({
  id: 'calque',
  description: 'Literal renderings of Chinese officialese, with plainer English',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      extra: {
        type: 'array',
        description: 'More phrases to flag, each with the plainer wording to suggest.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['phrase', 'suggestion'],
          properties: {
            phrase: {type: 'string', minLength: 1, description: 'A literal phrase, matched case-insensitively as whole words.'},
            suggestion: {type: 'string', minLength: 1, description: 'What to write instead.'},
            note: {type: 'string', description: 'The Chinese original or why; shown with the finding.'}
          }
        }
      },
      exclude: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        description: 'Phrases from the built-in list not to flag.'
      }
    }
  },
  defaults: {extra: [], exclude: []},
  docs: {
    bad: 'The delegation came to the plant for investigation and urged it to give full play to its advantages.',
    good: 'The delegation made a fact-finding visit to the plant and urged it to make full use of its advantages.'
  },
  prepare: buildMatcher,
  create(context) {
    const matcher = context.prepared
    /** The stilted phrases already reported in this article. */
    const said = new Set<Calque>()
    /** Whether the article speaks as "we" outside quotations; found on the first first-person match. */
    let saysWe: boolean | undefined
    /** Whether the article names each `when` of the glossary asked about. */
    const named = new Map<string, boolean>()
    const names = (term: string) => {
      let found = named.get(term)
      if (found === undefined) named.set(term, (found = mentions(context.document.value, term)))
      return found
    }
    /** Whether the house glossary reports the phrase here ("my country" once the article names China): not said twice. */
    const glossaryReports = (phrase: string) =>
      entriesByWrong(context.glossary)
        .get(normalizePhrase(phrase))
        ?.some((entry) => !entry.when || names(entry.when)) ?? false
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        const tokens = block.tokens
        const matches = matcher.match(tokens)
        if (matches.length === 0) return
        for (const match of matches) {
          const calque = match.value
          if (calque.after && !comesAfter(tokens, match.first, calque.after)) continue
          if (calque.afterName && !afterChineseName(tokens, match.first)) continue
          if (calque.outsideQuotes && (block.quoted || insideQuotation(value, match.start))) continue
          if (context.glossary.length > 0 && glossaryReports(value.slice(match.start, match.end))) continue
          // "our company" in a text that says "we" is a press release speaking for itself: only stilted there.
          const stilted = calque.severity === 'info' || (calque.outsideQuotes === true && (saysWe ??= writesAsWe(context.document.value)))
          if (stilted && said.has(calque)) continue
          said.add(calque)
          const [start, end] = block.text.range(match.start, match.end)
          const phrase = value.slice(match.start, match.end).replace(/\s+/g, ' ')
          // Capitalized only where the phrase opens a sentence, not where a headline's title case caps it.
          const suggestion = startsSentence(tokens, match.first) ? capitalizedLike(calque.suggestion, phrase) : calque.suggestion
          // A note that opens with the Chinese ("一行 is the group…") names it already.
          const gloss = calque.zh && calque.note?.startsWith(calque.zh) ? calque.note : [calque.zh, calque.note].filter(Boolean).join(': ')
          context.report({
            reason: `Unexpected literal rendering \`${phrase}\`, expected \`${suggestion}\`${gloss ? ` (${gloss})` : ''}`,
            start,
            end,
            expected: [suggestion],
            ...(calque.source ? {note: `Accepted English: ${calque.source}`} : {}),
            ...(stilted ? {severity: 'info' as const} : {})
          })
        }
      }
    }
  }
})

/** Whether a text says "we" outside quotations: a press release or a letter, not third-person news. */
function writesAsWe(text: string): boolean {
  return /(?<![\p{L}\p{N}])[Ww]e(?![\p{L}\p{N}'’])/u.test(text.replace(/“[^”]*”|"[^"\n]*"/g, ''))
}

/** Whether `text` names `term` as a whole word, in any case. */
function mentions(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}

/** Whether the two words before token `index` are a Chinese name as written ("Mei Shimiao"). */
function afterChineseName(tokens: readonly Token[], index: number): boolean {
  const [surname, given] = [tokens[index - 2], tokens[index - 1]]
  if (!surname?.word || !given?.word) return false
  const written = (token: Token) => token.source.slice(token.start, token.end)
  return parseChineseName(`${written(surname)} ${written(given)}`) !== undefined
}

/** Whether `index` of a paragraph lies inside a quotation: an open “ or an odd count of " before it. */
function insideQuotation(value: string, index: number): boolean {
  let curly = 0
  let straight = 0
  for (let i = 0; i < index; i++) {
    const char = value[i]
    if (char === '“') curly++
    else if (char === '”') curly = Math.max(0, curly - 1)
    else if (char === '"') straight ^= 1
  }
  return curly > 0 || straight === 1
}

/** Whether one of `words` stands in the same sentence, a few words before `index`. */
function comesAfter(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  let seen = 0
  for (let i = index - 1; i >= 0 && seen < afterWindow; i--) {
    const token = tokens[i]!
    if (!token.word) {
      if (/^[.!?;:。！？；]$/.test(token.norm)) return false
      continue
    }
    if (words.includes(token.norm) || words.includes(lemmaKey(token.norm))) return true
    seen++
  }
  return false
}
