// dropped-subject: a sentence that opens with a bare verb because the Chinese
// had no subject: "Hope to cooperate with…", "Will continue to adhere to…",
// "Hope that enterprises…", "Work and make greater contributions…",
// "Pointed out that…". Chinese leaves the subject to context; machine
// translation starts the English sentence with the verb.
// The opening must be unambiguous: a modal before a base verb; a verb before
// `to` and a verb; a verb before `that` and a clause's subject; two verbs
// joined by `and` with no finite verb after them; a past verb of saying
// before `that`. Whether a word can be a verb comes from the tagger's
// lexicon and WordNet, the tags of what follows from wink-pos-tagger
// (see src/text/morphology.ts). A noun subject lets a finite verb follow
// ("Work on the third line resumes in May", "Import and export volumes
// rose"), so that reading is tried first. Headlines, lines without a final
// stop, quotations and questions are left alone.
// Bad: "Hope to cooperate with the district on new projects."
// Good: "She hoped to cooperate with the district on new projects."
import {defineRule} from '../rule.js'
import {lemmaKey, possibleTags, tagTokens, type TaggedToken} from '../text/morphology.js'
import {DoubleQuoteScan} from '../text/quotes.js'
import {sentenceSpans} from '../text/sentences.js'

const token = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
/** A sentence's last mark, before closing quotes and brackets. */
const ending = /[.!。][”"’')）\]]*$/u
const modals = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'must'])
/** The second word of every opening but the modal one. */
const linking = new Set(['to', 'that', 'and', 'out'])
/**
 * A modal first or a linking word second, as a test without captures: it
 * turns away most sentences before the exact check. Case-insensitive
 * matching accepts all that lowercasing does, and a little more.
 */
const likelyOpening = new RegExp(`^(?:(?:${[...modals].join('|')})\\s+\\p{L}|\\p{L}+\\s+(?:${[...linking].join('|')})(?!\\p{L}))`, 'iu')
/** Imperatives that stand in ordinary prose: "Note that the figures…". */
const proseImperatives = new Set(['note', 'remember', 'consider', 'imagine', 'suppose', 'say', 'notice', 'see', 'recall', 'bear', 'mind', 'beware', 'understand', 'assume', 'given'])
/** Participles that open a condition: "Provided that the weather holds, …". */
const conjunctions = new Set(['provided', 'given', 'granted', 'assuming', 'considering', 'supposing', 'seeing', 'now', 'so', 'such', 'except', 'save'])
/** Tags of a finite verb: the predicate a noun subject would have. */
const finite = new Set(['VBZ', 'VBD', 'MD'])
/** Tags that open a clause's subject after `that`. */
const subjectStart = new Set(['DT', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'CD', 'EX', 'PDT'])

export default defineRule({
  id: 'dropped-subject',
  description: 'A sentence that opens with a bare verb and has no subject ("Hope to cooperate with…")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Hope to cooperate with the district on new aluminum projects.',
    good: 'She hoped to cooperate with the district on new aluminum projects.'
  },
  create(context) {
    return {
      ParagraphNode(node, block) {
        if (block.kind !== 'paragraph' || block.quoted) return
        const {text} = block
        const quotes = new DoubleQuoteScan(text.value)
        for (const span of sentenceSpans(node, text.value)) {
          const sentence = text.value.slice(span.start, span.end)
          // Every pattern has a modal first or a linking word second: checking
          // that first keeps the tagger off most sentences.
          if (!likelyOpening.test(sentence)) continue
          const head = /^(\p{L}+)\s+(\p{L}+)/u.exec(sentence)
          if (!head || (!modals.has(head[1]!.toLowerCase()) && !linking.has(head[2]!.toLowerCase()))) continue
          if (!ending.test(sentence) || startsQuoted(text.value, span.start, quotes)) continue
          const words = [...sentence.matchAll(token)]
          if (words.length < 3) continue
          const opening = droppedSubject(words.map((match, i) => (i === 0 ? match[0].toLowerCase() : match[0])))
          if (!opening) continue
          const last = words[opening - 1]!
          const [start, end] = text.range(span.start, span.start + last.index + last[0].length)
          const quoted = text.value.slice(span.start, span.start + last.index + last[0].length)
          context.report({
            reason: `No subject before \`${quoted}\`, say who does it`,
            start,
            end,
            note: 'Chinese often leaves the subject to context; name the speaker or the body ("She hoped to…", "The company will…").'
          })
        }
      }
    }
  }
})

/**
 * How many tokens of the opening show a missing subject, or 0. `tokens`
 * are the sentence's words and marks, the first in lowercase.
 */
function droppedSubject(tokens: string[]): number {
  const first = tokens[0]!
  const lower = (i: number) => tokens[i]?.toLowerCase() ?? ''
  // Tagging is the costly step: done only once an opening passes the word checks.
  let tagged: TaggedToken[] | undefined
  const tags = () => (tagged ??= tagTokens(tokens))
  const tag = (i: number) => tags()[i]?.pos ?? ''
  const baseVerb = (i: number) => canBeBaseVerb(tokens[i] ?? '') && verbLikeTag(tag(i))

  // "Will continue to…", "Should also strengthen…" (not "Should the talks fail").
  if (modals.has(first)) {
    let i = 1
    while (tag(i) === 'RB') i++
    return baseVerb(i) && /^\p{Ll}/u.test(tokens[i]!) ? i + 1 : 0
  }
  // "Said that…", "Pointed out that…".
  if (!conjunctions.has(first) && possibleTags(first).includes('VBD') && lemmaKey(first) !== first) {
    if (lower(1) === 'that') return 2
    if (lower(1) === 'out' && lower(2) === 'that') return 3
  }
  if (!canBeBaseVerb(first) || proseImperatives.has(first)) return 0
  // "Hope to cooperate…" — unless a predicate follows ("Return to work was slow").
  if (lower(1) === 'to' && baseVerb(2) && !hasPredicate(tags(), 3)) return 3
  // "Hope that enterprises can…" — not a relative clause ("Work that began…").
  if (lower(1) === 'that' && subjectStart.has(tag(2)) && !/^(?:is|was|are|were|has|had)$/.test(lower(3))) return 2
  // "Work and make greater contributions…" — not "Import and export volumes
  // rose" nor "Supply and demand trends".
  if (lower(1) === 'and' && baseVerb(2) && !/^NN/.test(tag(3)) && !hasPredicate(tags(), 3)) return 3
  return 0
}

/** A word that can be a verb's base form, by the lexicon and WordNet. */
function canBeBaseVerb(word: string): boolean {
  return possibleTags(word.toLowerCase()).some((t) => t === 'VB' || t === 'VBP')
}

/** A tag that leaves a possible base verb one: tagged as a verb, or as a noun or adjective the tagger may have guessed. */
function verbLikeTag(tag: string): boolean {
  return tag === 'VB' || tag === 'VBP' || tag === 'NN' || tag === 'NNP' || tag === 'JJ'
}

/** A finite verb in the clause from `from` on, up to a comma or a semicolon. */
function hasPredicate(tagged: TaggedToken[], from: number): boolean {
  for (let i = from; i < tagged.length; i++) {
    const {pos, value} = tagged[i]!
    if (value === ',' || value === ';' || value === ':') return false
    if (finite.has(pos)) return true
  }
  return false
}

/** Whether the sentence at `start` stands inside double quotation marks, or opens one. */
function startsQuoted(value: string, start: number, quotes: DoubleQuoteScan): boolean {
  const first = value[start]
  return quotes.openBefore(start) || first === '“' || first === '"' || first === '‘'
}
