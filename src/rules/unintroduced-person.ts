// unintroduced-person: a person who speaks or acts in the story ("Chen Gang
// expressed his gratitude…", "He Fei pointed out…") but is never given a title
// or role. Chinese news introduces officials with long titles that machine
// translation often drops or attaches to the wrong name, so the reader meets
// a name with no idea who it is. The message lists who was introduced, and
// with which role, so the editor can see what was probably lost.
// Any introduction at any mention counts: a title before the name, a
// descriptor ("villager Wang Li", "village cadre Wang Li"), an appositive
// after it ("Gu Jin, 64, who lives in …"), a plural title shared by a list
// ("County leaders Liu Wei, Mao Chaolin and Xiao Liming"), or a role later
// in the same sentence ("…, and as the village head she …"). A misspelling
// of an introduced name is left to name-variants.
// Without the Chinese source the check stays a warning: on the WMT human
// references it fires 0.35 times per 10,000 words (scripts/false-alarms.ts),
// and in MT it is mostly a title that was lost.
// Bad: "Chen Gang expressed his gratitude to the district government."
// Good: "Chen Gang, general manager of the company, expressed his gratitude to the district government."
import {distance} from 'fastest-levenshtein'
import {defineRule} from '../rule.js'
import {canonicalName, findPeople, type Person} from '../text/people.js'

interface Options {
  /** People who need no introduction in this publication. */
  known: string[]
}

/** How many introduced people the message lists. */
const listed = 4

export default defineRule<Options>({
  id: 'unintroduced-person',
  description: 'A person who acts or speaks in the story but is never given a title or role',
  severity: 'warn',
  fixable: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      known: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        description: 'Names that need no title or role, in any spelling or order (e.g. "Xi Jinping").'
      }
    }
  },
  defaults: {known: []},
  docs: {
    bad: 'Deputy general manager Yang Menggang met the visitors. Chen Gang expressed his gratitude to the district.',
    good: 'Deputy general manager Yang Menggang met the visitors. General manager Chen Gang expressed his gratitude to the district.'
  },
  create(context) {
    const known = new Set(context.options.known.map(canonicalName))
    return {
      'RootNode:exit'() {
        const {persons} = findPeople(context.document)
        const introduced = persons.filter(isIntroduced)
        for (const person of persons) {
          if (known.has(person.key) || isIntroduced(person)) continue
          // "Zhang Jianhu" beside an introduced "Zhang Jianhua": one person misspelled, name-variants' finding.
          if (introduced.some((other) => spellingOf(person, other))) continue
          const acting = person.mentions.find((mention) => mention.acting)
          if (!acting) continue
          context.report({
            reason: `\`${acting.text}\` acts in the story but is never introduced with a title or role${summary(introduced)}`,
            start: acting.start,
            end: acting.end,
            note: 'Machine translation often drops the title that introduces a person; give one at the first mention ("general manager Chen Gang", "Chen Gang, general manager of …")'
          })
        }
      }
    }
  }
})

function isIntroduced(person: Person): boolean {
  return person.mentions.some((mention) => mention.title || mention.roleLater)
}

/** Two spellings of one Chinese name: the same surname, the given names a letter or two apart. */
function spellingOf(person: Person, other: Person): boolean {
  const [a, b] = [person.mentions[0]!.chinese, other.mentions[0]!.chinese]
  if (!a || !b || a.surname.toLowerCase() !== b.surname.toLowerCase()) return false
  return distance(person.key, other.key) <= 2
}

/** "; introduced: Yang Menggang, deputy general manager; Peng Tao, …" */
function summary(introduced: readonly Person[]): string {
  if (introduced.length === 0) return ''
  const entries = introduced.slice(0, listed).map((person) => {
    const mention = person.mentions.find((m) => m.title)!
    return `${mention.text}, ${mention.title!.role}`
  })
  const more = introduced.length > listed ? `; and ${introduced.length - listed} more` : ''
  return `; introduced: ${entries.join('; ')}${more}`
}
