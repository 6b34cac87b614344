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
// rose", "Peer to peer networks are"), so that reading is tried first.
// A past verb and its object with no finite verb after it is a dropped
// subject too ("Conducted in-depth exchanges on…"), also where a lost space
// glued it to the sentence before ("the meeting.Conducted…"). A base verb
// may be an instruction to the reader: "Hope to…" is left alone where the
// article says "you" or "your" outside quotations, or next to a plain imperative ("Drink
// warm water."), as in a list of tips. The bare shape of an instruction
// ("Integrate the resources of …", "And communicate with …") is reported
// only where the article never speaks to its reader and no instruction
// stands beside it. Headlines, lines without a final stop, quotations and
// questions are left alone.
// Bad: "Hope to cooperate with the district on new projects."
// Good: "She hoped to cooperate with the district on new projects."
import {defineRule} from '../rule.js'
import {lemmaKey, possibleTags, tagTokens, type TaggedToken} from '../text/morphology.js'
import {DoubleQuoteScan} from '../text/quotes.js'
import {isFunctionWord} from '../text/function-words.js'
import {once} from '../text/once.js'
import {isAsciiCapital, isAsciiLetter} from '../text/chars.js'
import {lastMarkBeforeClosers} from '../text/scans.js'

const token = once(() => /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)
/** Marks that end a sentence here (not `?`: a question is left alone). */
const stops = new Set([...'.!。'].map((char) => char.charCodeAt(0)))
const modals = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'must'])
/** Imperatives that stand in ordinary prose: "Note that the figures…". */
const proseImperatives = new Set([
  'note', 'remember', 'consider', 'imagine', 'suppose', 'say', 'notice', 'see', 'recall', 'bear', 'mind', 'beware', 'understand', 'assume', 'given',
  // and those that speak to the reader of a page: "Call 0800 … for details", "Read more".
  'let', 'take', 'look', 'compare', 'think', 'read', 'watch', 'check', 'click', 'call', 'contact', 'email', 'follow', 'subscribe', 'find'
])
/** Participles that open a condition: "Provided that the weather holds, …". */
const conjunctions = new Set(['provided', 'given', 'granted', 'assuming', 'considering', 'supposing', 'seeing', 'now', 'so', 'such', 'except', 'save'])
/** Tags of a finite verb: the predicate a noun subject would have. */
const finite = new Set(['VBZ', 'VBD', 'MD'])
/** Tags that open a clause's subject after `that`. */
const subjectStart = new Set(['DT', 'PRP', 'PRP$', 'NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'CD', 'EX', 'PDT'])

/** Tags of an object right after a verb: "Conducted in-depth exchanges", "Wear several layers". */
const objectStart = new Set(['DT', 'PRP$', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD', 'PDT'])
/** What follows a verb in an instruction: its object, or a preposition ("Adhere to the …", "Communicate with …"). */
const afterVerb = new Set([...objectStart, 'PRP', 'IN', 'TO'])
const secondPerson = /\b(?:you|your|yours|yourself|yourselves)\b/i
const secondPersonAll = new RegExp(secondPerson.source, 'gi')
/** A full stop glued to the next sentence ("the meeting.Conducted …"): a sentence starts after it. */
const gluedStop = once(() => /(?<=\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu)

/** A sentence opening, in document order. */
interface Opening {
  /**
   * What the opening shows: a dropped subject; one unless it is an
   * instruction ("Hope to…"); the shape of an instruction, a base verb and
   * its object ("Drink warm water", "Integrate the resources"); or none.
   */
  kind: 'dropped' | 'base' | 'imperative' | 'other'
  /** For an instruction's shape: the first word is a verb (so tagged, or never a noun), so it may be reported. */
  verb?: boolean
  start: number
  end: number
  quoted: string
}

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
    const openings: Opening[] = []
    /** Whether the article speaks to its reader ("you", "your") outside quotation marks: then it may give instructions. */
    let addressesReader = false
    const report = (opening: Opening) =>
      context.report({
        reason: `No subject before \`${opening.quoted}\`, say who does it`,
        start: opening.start,
        end: opening.end,
        note: 'Chinese often leaves the subject to context; name the speaker or the body ("She hoped to…", "The company will…").'
      })
    return {
      ParagraphNode(_node, block) {
        if (block.kind !== 'paragraph' || block.quoted) return
        const {text} = block
        const quotes = new DoubleQuoteScan(text.value)
        if (!addressesReader && secondPerson.test(text.value)) {
          const scan = new DoubleQuoteScan(text.value)
          for (const match of text.value.matchAll(secondPersonAll)) if (!scan.openBefore(match.index)) addressesReader = true
        }
        for (const span of block.sentences) {
          const starts = [span.start]
          if (mayHoldGluedStop(text.value, span.start, span.end)) {
            for (const glued of text.value.slice(span.start, span.end).matchAll(gluedStop())) starts.push(span.start + glued.index)
          }
          for (const at of starts) {
            // Every pattern opens with a word that can be a verb: checking that first keeps the tagger off most sentences.
            // An acronym is no verb: "LED lamps", "AND gates".
            const first = openingWord(text.value, at, span.end)
            if (first === undefined || isAcronym(first) || !mayOpenWithVerb(first.toLowerCase())) {
              openings.push(otherOpening)
              continue
            }
            const sentence = text.value.slice(at, span.end)
            if (!stops.has(lastMarkBeforeClosers(sentence)) || startsQuoted(text.value, at, quotes)) {
              openings.push(otherOpening)
              continue
            }
            const words = [...sentence.matchAll(token())]
            const [kind, length, verb] = words.length < 3 ? ['other', 0] as const : classify(words.map((match, i) => (i === 0 ? match[0].toLowerCase() : match[0])))
            const last = words[Math.max(length, 1) - 1]!
            const [start, end] = text.range(at, at + last.index + last[0].length)
            openings.push({kind, verb, start, end, quoted: text.value.slice(at, at + last.index + last[0].length)})
          }
        }
      },
      'RootNode:exit'() {
        for (const [index, opening] of openings.entries()) {
          if (opening.kind === 'dropped') report(opening)
          if (opening.kind === 'other' || opening.kind === 'dropped') continue
          // A run of instructions ("Try to choose cotton. Drink warm water.") is advice to the reader.
          const beside = (kind: Opening['kind']) => openings[index - 1]?.kind === kind || openings[index + 1]?.kind === kind
          if (beside('imperative')) continue
          // Where the article speaks to its reader, it may give instructions.
          if (addressesReader) continue
          // An instruction's shape alone counts only on its own.
          if (opening.kind === 'imperative' && (!opening.verb || beside('base'))) continue
          report(opening)
        }
      }
    }
  }
})

/** A sentence that opens with none of the patterns: one object for all, as nothing changes it. */
const otherOpening: Opening = {kind: 'other', start: 0, end: 0, quoted: ''}

/** The first of two words opening `value[at, end)`: what `/^(\p{L}+)\s+(\p{L}+)/u` captures first, or undefined. */
const openingWords = /^(\p{L}+)\s+\p{L}/u

/**
 * The first word of the sentence at `at` when a word follows it, as
 * `openingWords` finds it; scanned by hand while the text is ASCII, as
 * every sentence of every paragraph passes here and most are turned away
 * by their first word.
 */
function openingWord(value: string, at: number, end: number): string | undefined {
  let i = at
  while (i < end && isAsciiLetter(value.charCodeAt(i))) i++
  const wordEnd = i
  while (i < end && isAsciiSpace(value.charCodeAt(i))) i++
  // The scan stopped at an ASCII character, or at the end: settled.
  const stop = i < end ? value.charCodeAt(i) : -1
  if (stop < 0x80) return wordEnd > at && i > wordEnd && isAsciiLetter(stop) ? value.slice(at, wordEnd) : undefined
  return openingWords.exec(value.slice(at, end))?.[1]
}

/** Two capitals or more and nothing else (`/^\p{Lu}{2,}$/u`). */
function isAcronym(word: string): boolean {
  if (word.length < 2) return false
  for (let i = 0; i < word.length; i++) if (!isAsciiCapital(word.charCodeAt(i))) return /^\p{Lu}{2,}$/u.test(word)
  return true
}

/** ASCII white space, as `\s` matches it. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}

/**
 * Whether a mark in `value[start, end)` may end a sentence glued to the next
 * (`gluedStop`): `.`, `!` or `?` before a capital, or a character beyond
 * ASCII. Each mark is found by `indexOf`, which passes over a sentence's
 * words far faster than a loop over its characters.
 */
function mayHoldGluedStop(value: string, start: number, end: number): boolean {
  return markBeforeCapital(value, '.', start, end) || markBeforeCapital(value, '!', start, end) || markBeforeCapital(value, '?', start, end)
}

function markBeforeCapital(value: string, mark: string, start: number, end: number): boolean {
  for (let i = value.indexOf(mark, start); i !== -1 && i + 1 < end; i = value.indexOf(mark, i + 1)) {
    const next = value.charCodeAt(i + 1)
    if ((next >= 0x41 && next <= 0x5a) || next >= 0x80) return true
  }
  return false
}

/** Whether a sentence's first word, lowercase, may start one of the openings below. */
function mayOpenWithVerb(first: string): boolean {
  if (modals.has(first) || first === 'and') return true
  if (isFunctionWord(first)) return false
  return possibleTags(first).some((tag) => tag === 'VB' || tag === 'VBP' || tag === 'VBD')
}

/**
 * What a sentence's opening shows, and how many of its tokens to quote.
 * `tokens` are the sentence's words and marks, the first in lowercase.
 * `dropped`: a modal or a past verb with no subject; `base`: a base verb
 * that lacks one unless it is an imperative; `imperative`: a base verb
 * and its object, the shape of an instruction.
 */
function classify(tokens: string[]): readonly [Opening['kind'], number, boolean?] {
  const first = tokens[0]!
  const lower = (i: number) => tokens[i]?.toLowerCase() ?? ''
  // Tagging is the costly step: done only once an opening passes the word checks.
  let tagged: TaggedToken[] | undefined
  const tags = () => (tagged ??= tagTokens(tokens))
  const tag = (i: number) => tags()[i]?.pos ?? ''
  const baseVerb = (i: number) => canBeBaseVerb(tokens[i] ?? '') && verbLikeTag(tag(i))

  // "And communicate with the person in charge." (not "And that day, …", "And run they did").
  if (first === 'and') {
    const command = canBeBaseVerb(tokens[1]!) && tag(1) === 'VB' && afterVerb.has(tag(2)) && !hasPredicate(tags(), 2, true)
    return command ? ['imperative', 2, true] : ['other', 0]
  }
  // "Will continue to…", "Should also strengthen…" (not "Should the talks fail").
  if (modals.has(first)) {
    let i = 1
    while (tag(i) === 'RB') i++
    return baseVerb(i) && /^\p{Ll}/u.test(tokens[i]!) ? ['dropped', i + 1] : ['other', 0]
  }
  const past = !conjunctions.has(first) && possibleTags(first).includes('VBD') && lemmaKey(first) !== first
  // "Said that…", "Pointed out that…".
  if (past && lower(1) === 'that') return ['dropped', 2]
  if (past && lower(1) === 'out' && lower(2) === 'that') return ['dropped', 3]
  // "Conducted in-depth exchanges on…": a past verb and its object, and no
  // finite verb anywhere after ("Trained staff were…", "Dubbed the X, the plan was…").
  // A past form that is also an adjective heads a noun phrase instead ("United action by four departments").
  if (past && !possibleTags(first).includes('JJ') && objectStart.has(tag(1)) && /^\p{Ll}/u.test(tokens[1]!) && !hasPredicate(tags(), 1, true)) return ['dropped', 2]
  if (!canBeBaseVerb(first) || proseImperatives.has(first)) return ['other', 0]
  // "Hope to cooperate…" — unless a predicate follows ("Return to work was slow", "Peer to peer networks are").
  if (lower(1) === 'to' && baseVerb(2) && !hasPredicate(tags(), 3)) return ['base', 3]
  // "Hope that enterprises can…" — not a relative clause ("Work that began…").
  if (lower(1) === 'that' && subjectStart.has(tag(2)) && !/^(?:is|was|are|were|has|had)$/.test(lower(3))) return ['base', 2]
  // "Work and make greater contributions…" — not "Import and export volumes
  // rose" nor "Supply and demand trends".
  if (lower(1) === 'and' && baseVerb(2) && !/^NN/.test(tag(3)) && !hasPredicate(tags(), 3)) return ['base', 3]
  // "Drink warm water", "Keep your main room heated", "Adhere to the …": the shape of an instruction.
  if (verbLikeTag(tag(0)) && afterVerb.has(tag(1)) && !hasPredicate(tags(), 1, true)) return ['imperative', 2, tag(0) === 'VB' || !possibleTags(first).some((t) => t.startsWith('NN'))]
  return ['other', 0]
}

/** A word that can be a verb's base form, by the lexicon and WordNet. */
function canBeBaseVerb(word: string): boolean {
  return possibleTags(word.toLowerCase()).some((t) => t === 'VB' || t === 'VBP')
}

/** A tag that leaves a possible base verb one: tagged as a verb, or as a noun or adjective the tagger may have guessed. */
function verbLikeTag(tag: string): boolean {
  return tag === 'VB' || tag === 'VBP' || tag === 'NN' || tag === 'NNP' || tag === 'JJ'
}

/**
 * A finite verb in the clause from `from` on, up to a comma or a semicolon
 * (or anywhere after, with `sentence`). A present-tense plural ("are") counts
 * unless a relative pronoun or `to` stands before it ("firms that are").
 */
function hasPredicate(tagged: TaggedToken[], from: number, sentence = false): boolean {
  for (let i = from; i < tagged.length; i++) {
    const {pos, value} = tagged[i]!
    if (!sentence && (value === ',' || value === ';' || value === ':')) return false
    if (finite.has(pos)) return true
    if (pos === 'VBP' && !/^(?:WDT|WP|TO)$/.test(tagged[i - 1]?.pos ?? '')) return true
  }
  return false
}

/** Whether the sentence at `start` stands inside double quotation marks, or opens one. */
function startsQuoted(value: string, start: number, quotes: DoubleQuoteScan): boolean {
  const first = value[start]
  return quotes.openBefore(start) || first === '“' || first === '"' || first === '‘'
}
