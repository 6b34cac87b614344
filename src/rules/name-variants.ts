// name-variants: one person under several spellings or orders — "Liu
// Jianping" / "Liu Jian-ping" / "Jianping Liu" / "Liu Jianpin" / "LiuJianping"
// / "liu jianping". Machine
// translation renders each sentence on its own, so a name can come out in a
// different order, hyphenated, or one letter off, and the reader meets what
// look like two people. Spellings and orders of the same syllables are one
// person for sure, and so are the same letters run together ("ChiYu",
// "Zhangxiaorui") or in other case ("Li na", "jin yinlong"): the finder only
// reads capitalized pairs, so these are searched for by the known names. A given name one letter off is only taken as the same
// person with evidence (precision first: "Wang Lin" and "Wang Ling" may be two
// people): the same title, or a spelling that is not pinyin at all, or a
// two-syllable given name with one syllable the same whose variant carries no
// other title.
// Bad: "Vice president Liu Jianping opened the plant. Jianping Liu said output will rise."
// Good: "Vice president Liu Jianping opened the plant. Liu Jianping said output will rise."
import {distance} from 'fastest-levenshtein'
import {defineRule} from '../rule.js'
import {allSpaces} from '../text/chars.js'
import type {ProseDocument} from '../document.js'
import {capitalizedPairAt, findPeople, isSurname, pinyinReadings, RunTogetherNames, type Mention, type Person, type Title} from '../text/people.js'
import {isEnglishWord} from '../text/morphology.js'
import {once} from '../text/once.js'

export default defineRule({
  id: 'name-variants',
  description: 'One person under several spellings or name orders',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Vice president Liu Jianping opened the plant. Jianping Liu said output will rise.',
    good: 'Vice president Liu Jianping opened the plant. Liu Jianping said output will rise.'
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const persons = findPeople(context.document).persons.filter((person) => person.mentions[0]!.chinese)
        for (const person of persons) reportForms(person, context.report)
        for (const {variant, original, evidence} of misspelledPersons(persons)) {
          const mention = variant.mentions[0]!
          const norm = preferredForm(original)
          context.report({
            reason: `Unexpected \`${form(mention)}\`, expected \`${norm.text}\` (${norm.why}): probably one person misspelled, ${evidence}`,
            start: mention.start,
            end: mention.end,
            actual: form(mention),
            expected: [norm.text],
            note
          })
        }
        for (const found of otherCases(context.document, persons)) {
          const norm = preferredForm(found.person)
          context.report({
            reason: `Unexpected \`${found.text}\`, expected \`${norm.text}\` (${norm.why}): one person, ${found.glued ? 'surname and given name apart' : 'each name with a capital'}`,
            start: found.start,
            end: found.end,
            actual: found.text,
            expected: [norm.text],
            note
          })
        }
        for (const found of misspelledWords(context.document, persons)) {
          const norm = preferredForm(found.person)
          context.report({
            reason: `Unexpected \`${found.text}\`, expected \`${norm.text}\` (${norm.why}): probably one person misspelled, \`${found.text.split(' ')[1]}\` is not pinyin`,
            start: found.start,
            end: found.end,
            expected: [norm.text],
            note
          })
        }
      }
    }
  }
})

type Report = (finding: {reason: string; start: number; end: number; actual?: string; expected?: string[]; note?: string}) => void

const note = 'Two spellings read as two people; use the form the article uses first or most, everywhere'

/** The Chinese name as written, without an English given name in front ("Paul Chan Mo-po" → "Chan Mo-po"). */
function form(mention: Mention): string {
  const name = mention.chinese!
  return name.order === 'surname-first' ? `${name.surname} ${name.given}` : `${name.given} ${name.surname}`
}

/** The form most mentions use; on a tie, the first. A given name split into syllables ("He Li Feng") is never preferred. */
function preferredForm(person: Person): {text: string; why: string} {
  const counts = new Map<string, number>()
  const split = new Set<string>()
  for (const mention of person.mentions) {
    const text = form(mention)
    counts.set(text, (counts.get(text) ?? 0) + 1)
    if (mention.chinese!.style === 'split') split.add(text)
  }
  const first = form(person.mentions[0]!)
  let best = first
  for (const [text, count] of counts) {
    if (split.has(best) ? !split.has(text) || count > counts.get(best)! : !split.has(text) && count > counts.get(best)!) best = text
  }
  if (best === first) return {text: best, why: 'used first'}
  return {text: best, why: split.has(first) && counts.get(best) === counts.get(first) ? 'a given name is one word' : `used ${counts.get(best)} times`}
}

/** Spellings and orders of the same syllables: each form but the preferred one, at its first use. */
function reportForms(person: Person, report: Report): void {
  const norm = preferredForm(person)
  const seen = new Set([norm.text])
  for (const mention of person.mentions) {
    const text = form(mention)
    if (seen.has(text)) continue
    seen.add(text)
    report({
      reason: `Unexpected \`${text}\`, expected \`${norm.text}\` (${norm.why}): one person, one spelling and order`,
      start: mention.start,
      end: mention.end,
      actual: text,
      expected: [norm.text],
      note
    })
  }
}

/** The given name as a key: lowercase, no hyphens or apostrophes. */
function givenKey(person: Person): string {
  return person.mentions[0]!.chinese!.given.toLowerCase().replace(/[-'’\s]/g, '')
}

function surnameKey(person: Person): string {
  return person.mentions[0]!.chinese!.surname.toLowerCase()
}

/**
 * Pairs of people with one surname whose given names are one edit apart, with
 * evidence that they are one person; yields [variant, original]. Candidates
 * are found through one-letter deletions, so the work stays linear.
 */
function* misspelledPersons(persons: readonly Person[]): Generator<{variant: Person; original: Person; evidence: string}> {
  const buckets = new Map<string, Person[]>()
  for (const person of persons) {
    for (const key of deletionKeys(surnameKey(person), givenKey(person))) {
      const bucket = buckets.get(key) ?? []
      bucket.push(person)
      buckets.set(key, bucket)
    }
  }
  const done = new Set<Person>()
  for (const bucket of buckets.values()) {
    // A bucket holds names one letter apart; past a handful it is not one person's variants.
    for (let i = 0; i < bucket.length && i < 8; i++) {
      for (let j = i + 1; j < bucket.length && j < 8; j++) {
        const [a, b] = [bucket[i]!, bucket[j]!]
        if (a === b || done.has(a) || done.has(b)) continue
        if (surnameKey(a) !== surnameKey(b) || distance(givenKey(a), givenKey(b)) !== 1) continue
        // The rarer one is the variant; on a tie, the later.
        const [variant, original] = b.mentions.length <= a.mentions.length ? [b, a] : [a, b]
        const evidence = sameAuthority(variant, original)
        if (!evidence) continue
        done.add(variant)
        yield {variant, original, evidence}
      }
    }
  }
}

function* deletionKeys(surname: string, given: string): Generator<string> {
  yield `${surname} ${given}`
  for (let i = 0; i < given.length; i++) yield `${surname} ${given.slice(0, i)}${given.slice(i + 1)}`
}

/** Evidence that two spellings one edit apart are one person, in words; undefined without any. */
function sameAuthority(variant: Person, original: Person): string | undefined {
  const originalTitles = titles(original)
  // The same post: one person.
  const shared = titles(variant).find((t) => originalTitles.some((o) => sameTitle(t, o)))
  if (shared) return `both \`${shared.text}\``
  // A post of its own: another person.
  if (titles(variant).some((t) => t.core)) return undefined
  // "Jianping" / "Jianpin": one syllable the same, the other one letter off.
  const a = variant.mentions[0]!.chinese!.readings
  const b = original.mentions[0]!.chinese!.readings
  const oneSyllable = a.some((x) => x.length === 2 && b.some((y) => y.length === 2 && (x[0] === y[0]) !== (x[1] === y[1])))
  return oneSyllable ? 'one letter apart in a two-syllable given name' : undefined
}

function titles(person: Person): Title[] {
  return person.mentions.flatMap((mention) => (mention.title ? [mention.title] : []))
}

function sameTitle(a: Title, b: Title): boolean {
  return a.core !== undefined && a.core === b.core && a.ranks.join(' ') === b.ranks.join(' ') && (!a.org || !b.org || a.org === b.org)
}

interface Misspelling {
  text: string
  start: number
  end: number
  person: Person
}

/**
 * "Liu Jianpng" beside "Liu Jianping": a surname and a capitalized word that
 * is not pinyin, one edit from a known person's given name. The finder does
 * not take such a word as a name, so the text is searched here.
 */
function* misspelledWords(document: ProseDocument, persons: readonly Person[]): Generator<Misspelling> {
  const bySurname = new Map<string, Person[]>()
  for (const person of persons) {
    if (!person.mentions[0]!.chinese!.pinyin) continue
    const list = bySurname.get(surnameKey(person)) ?? []
    list.push(person)
    bySurname.set(surnameKey(person), list)
  }
  if (bySurname.size === 0) return
  const written = [...bySurname.keys()].map((surname) => surname.charAt(0).toUpperCase() + surname.slice(1))
  const reported = new Set<string>()
  for (const block of document.blocks) {
    for (const {text, surname, given, index} of surnamePairs(block.text.value, written)) {
      const people = bySurname.get(surname.toLowerCase())
      if (!people || !isSurname(surname) || pinyinReadings(given).length > 0) continue
      const key = given.toLowerCase()
      // Short given names are too near to many words ("Yi" / "Yip").
      const person = people.find((p) => givenKey(p).length >= 4 && distance(givenKey(p), key) === 1)
      if (!person || reported.has(`${surname} ${given}`)) continue
      reported.add(`${surname} ${given}`)
      const [start, end] = block.text.range(index, index + text.length)
      yield {text, start, end, person}
    }
  }
}

/** Two capitalized words, each a whole word (see capitalizedPairAt): the pattern, built on first use, for the rare block that needs it. */
const pairsPattern = once(() => /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)[ \t\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])/gu)

interface Pair {
  /** Both words and what stands between them. */
  text: string
  surname: string
  given: string
  index: number
}

/**
 * The pairs in `value` whose first word is one of the surnames `written`
 * ("Liu"), in text order. Surnames are ASCII, so a pair is looked for only
 * where one stands; U+212A KELVIN SIGN, the one other capital that
 * lowercases to ASCII, sends a block through the whole pattern, and the
 * caller keeps the pairs it wants.
 */
function surnamePairs(value: string, written: readonly string[]): Pair[] {
  const found: Pair[] = []
  if (value.includes('\u212A')) {
    const pairs = pairsPattern()
    pairs.lastIndex = 0
    for (let match = pairs.exec(value); match; match = pairs.exec(value)) {
      found.push({text: match[0], surname: match[1]!, given: match[2]!, index: match.index})
      // The second word may start the next pair.
      pairs.lastIndex = match.index + match[1]!.length + 1
    }
    return found
  }
  for (const surname of written) {
    for (let at = value.indexOf(surname); at >= 0; at = value.indexOf(surname, at + 1)) {
      const pair = capitalizedPairAt(value, at)
      // "Ma" also stands in "Mao Lin": that pair is found under "Mao".
      if (pair && pair[0].length === surname.length) found.push({text: value.slice(at, pair[2]), surname: pair[0], given: pair[1], index: at})
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

interface OtherCase extends Misspelling {
  /** Run together into one word, rather than in other case. */
  glued: boolean
}

/**
 * A known person's name run together ("ChiYu", "zhangxiaorui") or with a
 * lowercase word ("Li na", "jin yinlong"). A run-together word that is
 * English or capitalized only at its start ("Wuhan" beside a Wu Han) is left
 * alone: only camel case or lowercase is a name's.
 */
function* otherCases(document: ProseDocument, persons: readonly Person[]): Generator<OtherCase> {
  const byKey = new Map<string, Person>()
  /** The surnames of the keys with a space: a word and the next are joined into a key only after one. */
  const surnames = new Set<string>()
  for (const person of persons) {
    const chinese = person.mentions[0]!.chinese!
    if (!chinese.pinyin) continue
    surnames.add(surnameKey(person))
    byKey.set(`${surnameKey(person)} ${givenKey(person)}`, person)
    byKey.set(`${surnameKey(person)}${givenKey(person)}`, person)
  }
  if (byKey.size === 0) return
  // Every key starts with a surname: a word that starts otherwise is passed over.
  const keys = new RunTogetherNames(byKey.keys())
  for (const block of document.blocks) {
    const value = block.text.value
    const words = block.words
    for (let i = 0; i < words.length; i++) {
      const {start, end, lower} = words[i]!
      if (!keys.mayStartAt(value, start)) continue
      const word = words[i]!.text
      const glued = keys.has(lower) ? byKey.get(lower.replace(/[-'’]/g, '')) : undefined
      if (glued && (/^\p{Ll}+$/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(word)) && !isEnglishWord(lower)) {
        const [from, to] = block.text.range(start, end)
        yield {text: word, start: from, end: to, person: glued, glued: true}
        continue
      }
      const next = words[i + 1]
      if (!next || !surnames.has(lower) || !allSpaces(value, end, next.start)) continue
      const given = next.text
      const person = byKey.get(`${lower} ${next.lower.replace(/[-'’]/g, '')}`)
      // Both capitalized is the finder's own form.
      if (!person || (/^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}/u.test(given))) continue
      if (!/^\p{L}\p{Ll}+$/u.test(word) || !/^\p{L}[\p{Ll}'’-]+$/u.test(given)) continue
      const [from, to] = block.text.range(start, next.end)
      yield {text: value.slice(start, next.end), start: from, end: to, person, glued: false}
      i++
    }
  }
}
