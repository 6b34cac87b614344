// title-conflict: one person given conflicting titles — "vice president Liu
// Jianping" … "Executive vice president Liu Jianping", "deputy director" …
// "director". Machine translation renders 副 and 常务 sentence by sentence and
// drops or adds them, so the same official changes rank within a story.
// Titles conflict when they name the same post (the same head noun) with
// different rank words (vice, executive, general, chief…). A longer form of
// the same title does not conflict ("Secretary" / "Secretary of the District
// Party Committee", "Party Secretary"); nor do two different posts held at
// once ("chairman" / "president"), posts at different organisations, or a
// title marked as past or acting ("former director").
// Bad: "Vice president Liu Jianping opened the plant. Executive vice president Liu Jianping said output will rise."
// Good: "Executive vice president Liu Jianping opened the plant. Liu Jianping said output will rise."
import {defineRule} from '../rule.js'
import {findPeople, type Title} from '../text/people.js'

export default defineRule({
  id: 'title-conflict',
  description: 'One person given conflicting titles',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Vice president Liu Jianping opened the plant. Executive vice president Liu Jianping said output will rise.',
    good: 'Executive vice president Liu Jianping opened the plant. Liu Jianping said output will rise.'
  },
  create(context) {
    return {
      'RootNode:exit'() {
        for (const person of findPeople(context.document).persons) {
          // One entry per distinct title, so a person named a thousand times costs a thousand lookups.
          const earlier = new Map<string, Title>()
          const reported = new Set<string>()
          for (const mention of person.mentions) {
            const title = mention.title
            if (!title?.core || title.dated) continue
            const key = `${title.core} ${[...title.ranks].sort().join(' ')} ${title.org ?? ''}`
            if (earlier.has(key) || reported.has(key)) continue
            const other = [...earlier.values()].find((previous) => conflicts(previous, title))
            if (!other) {
              earlier.set(key, title)
              continue
            }
            reported.add(key)
            context.report({
              reason: `Unexpected title \`${title.text}\` for ${mention.text}, who is \`${other.text}\` earlier: check which is right and use it throughout`,
              start: title.start,
              end: title.end,
              expected: [other.text],
              note: 'Machine translation adds or drops rank words such as “vice”, “deputy” or “executive” sentence by sentence'
            })
          }
        }
      }
    }
  }
})

/** The same post with different rank words, at the same organisation (or one unnamed). */
function conflicts(a: Title, b: Title): boolean {
  if (a.core !== b.core) return false
  // A rank word one title has in front, the other may have in its organisation:
  // "Standing Committee member of …" = "member of the Standing Committee of …".
  const extra = (x: Title, y: Title) => x.ranks.some((rank) => !y.ranks.includes(rank) && !(y.org ?? '').split(/\s+/).includes(rank))
  if (!extra(a, b) && !extra(b, a)) return false
  return !a.org || !b.org || a.org.includes(b.org) || b.org.includes(a.org)
}
