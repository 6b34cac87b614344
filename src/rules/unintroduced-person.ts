// unintroduced-person: a person who speaks or acts in the story ("Chen Gang
// expressed his gratitude…", "He Fei pointed out…") but is never given a title
// or role. Chinese news introduces officials with long titles that machine
// translation often drops or attaches to the wrong name, so the reader meets
// a name with no idea who it is. The message lists who was introduced, and
// with which role, so the editor can see what was probably lost.
// Bad: "Chen Gang expressed his gratitude to the district government."
// Good: "Chen Gang, general manager of the company, expressed his gratitude to the district government."
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
  return person.mentions.some((mention) => mention.title)
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
