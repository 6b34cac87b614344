// name-mismatch: a person's name that does not match the Chinese source. The
// source's names (a surname and one or two characters after a title:
// 厂长王建国) are turned into pinyin; each must appear in the translation, in either order, joined, hyphenated or
// split. And a romanized Chinese name in the translation that spells no name
// in the source is probably wrong: machine translation guesses at rare
// characters ("Chen Gang" for 陈刚 is right; "Chen Gang" for 陈岗 is not) and
// sometimes translates a name as words ("Gao Feng" → "peak"). Runs only with
// a source.
// Bad: "Plant director Wang Jianguo said…" (source: 厂长王建军说……)
// Good: "Plant director Wang Jianjun said…"
import {distance} from 'fastest-levenshtein'
import {defineRule} from '../rule.js'
import {allNameKeys, chineseNames, normalizeKey, type SourceName} from '../source/names.js'
import {canonicalName, findPeople} from '../text/people.js'

export default defineRule({
  id: 'name-mismatch',
  description: 'A person named in the Chinese source missing from the translation, or a romanized name the source does not have',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Plant director Wang Jianguo said output would rise.',
    good: 'Plant director Wang Jianjun said output would rise.',
    source: '厂长王建军说，产量将继续增长。'
  },
  create(context) {
    const source = context.source
    if (!source) return {}
    return {
      'RootNode:exit'() {
        const people = findPeople(context.document)
        const sourceNames = source.paragraphs.flatMap((paragraph, index) => chineseNames(paragraph.text).map((name) => ({name, paragraph: index})))
        const englishKeys = new Set(people.mentions.flatMap((m) => (m.chinese ? [normalizeKey(canonicalName(m.text))] : [])))
        // Names spelled in other romanizations (Tsai, Cheung) cannot be checked against pinyin.
        const otherRomanization = people.mentions.some((m) => m.chinese && !m.chinese.pinyin)
        const spaceless = normalizeKey(context.document.value).replace(/\s+/g, '')

        const misspelled = new Set<string>()
        let everyKey: Set<string> | undefined
        const reported = new Set<string>()
        for (const mention of people.mentions) {
          if (!mention.chinese?.pinyin) continue
          const key = normalizeKey(canonicalName(mention.text))
          if (reported.has(key)) continue
          everyKey ??= allNameKeys(source.value)
          if (everyKey.has(key)) continue
          reported.add(key)
          const guess = closest(key, sourceNames.map((s) => s.name))
          if (guess) misspelled.add(guess.text)
          context.report({
            reason: `\`${mention.text}\` is not a name in the source${guess ? `; did you mean \`${display(guess.keys[0]!)}\` (${guess.text})?` : ''}`,
            start: mention.start,
            end: mention.end,
            ...(guess ? {expected: [display(guess.keys[0]!)]} : {}),
            note: 'Check the spelling against the Chinese; a wrong character gives a wrong name.'
          })
        }
        // Reported above as misspelled: not again as missing.
        const seen = new Set<string>(misspelled)
        // Only names after a title are sure enough to demand (官方表示, 文章指出 are not people).
        const titled = source.paragraphs.flatMap((paragraph, index) => chineseNames(paragraph.text, false).map((name) => ({name, paragraph: index})))
        for (const {name, paragraph} of titled) {
          if (seen.has(name.text)) continue
          seen.add(name.text)
          if (otherRomanization || name.keys.some((key) => englishKeys.has(key) || written(key, spaceless))) continue
          const target = source.targetOf(paragraph, name.start)
          if (target.length === 0) continue
          const romanized = display(name.keys[0]!)
          context.report({
            reason: `The source names \`${name.text}\` (${romanized}) here, but the translation never does`,
            start: target[0]!.start,
            end: target.at(-1)!.end,
            expected: [romanized],
            note: 'A name translated as words, dropped, or badly misspelled; write it in pinyin, surname first.'
          })
        }

      }
    }
  }
})

/** Whether the article spells `key` ("wang jianguo") anywhere, in either order, ignoring spaces and hyphens. */
function written(key: string, spaceless: string): boolean {
  const [surname, given] = key.split(' ') as [string, string]
  return spaceless.includes(surname + given) || spaceless.includes(given + surname)
}

/** "wang jianguo" → "Wang Jianguo". */
function display(key: string): string {
  return key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bLv\b/, 'Lü').replace(/\bNv\b/, 'Nü')
}

/** The source name closest to an English one: same surname and a near given name, or same given name. */
function closest(key: string, names: readonly SourceName[]): SourceName | undefined {
  const [surname, given] = key.split(' ') as [string, string]
  let best: SourceName | undefined
  let bestDistance = Infinity
  for (const name of names) {
    for (const candidate of name.keys) {
      const [s, g] = candidate.split(' ') as [string, string]
      const d = s === surname ? distance(g, given) : g === given ? distance(s, surname) : Infinity
      if (d < bestDistance && d <= Math.max(2, given.length / 2)) {
        best = name
        bestDistance = d
      }
    }
  }
  return best
}
