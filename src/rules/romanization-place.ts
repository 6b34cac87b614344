// romanization-place: a name in Mandarin pinyin for a person the article
// places in Taiwan, Hong Kong, Macau, Korea or Vietnam, where names are
// written otherwise (Wade–Giles "Ko Wen-je", Cantonese "Lee Ka-chiu",
// Korean "Kim Ju-ae", Vietnamese "Pham Minh Chinh"). MT reads the Chinese
// characters of such names in pinyin ("Ke Wenzhe", "Jin Zhuai"), a name no
// reader can look up. The place must be in the person's own title or right
// before the name ("Taipei mayor", "North Korean leader", "Taiwan's"), never
// a mainland office ("the Taiwan Affairs Office", "Chinese ambassador to
// South Korea"); hyphenated names are left, as Taiwan writes them so.
// Bad: "Taipei Mayor Ke Wenzhe opened the fair."
// Good: "Taipei Mayor Ko Wen-je opened the fair."
import {defineRule} from '../rule.js'
import {findPeople} from '../text/people.js'

/** Places whose people do not write their names in Hanyu Pinyin, and how their names are written ("whose name …"). */
const placeList: ReadonlyArray<{pattern: RegExp; place: string; written: string}> = [
  {pattern: /\b(?:Taiwan(?:ese)?|Taipei|New Taipei|Kaohsiung|Taichung|Tainan|Hsinchu|Taoyuan|Kuomintang|KMT|DPP|Democratic Progressive Party|Legislative Yuan|Executive Yuan)\b/, place: 'Taiwan', written: 'is usually written in Wade–Giles, as in `Ko Wen-je`'},
  {pattern: /\b(?:Hong Kong|HKSAR)\b/, place: 'Hong Kong', written: 'is usually written in Cantonese romanization, as in `Lee Ka-chiu`'},
  {pattern: /\b(?:Macau|Macao|MSAR)\b/, place: 'Macau', written: 'is usually written in Cantonese or Portuguese romanization, as in `Ho Iat-seng`'},
  {pattern: /\b(?:(?:North|South) Korean?|Korean?|Pyongyang|Seoul|DPRK|ROK)\b/, place: 'Korea', written: 'is written in Korean romanization, as in `Kim Ju-ae`'},
  {pattern: /\b(?:Vietnam(?:ese)?|Viet Nam|Hanoi|Ho Chi Minh City)\b/, place: 'Vietnam', written: 'is written in Vietnamese, as in `Pham Minh Chinh`'}
]

/** Each place, also as the words right before a name ("Taiwan's", "Hong Kong"). */
const places = placeList.map((place) => ({...place, before: new RegExp(`${place.pattern.source}(?:'s|’s)? $`)}))

/**
 * Words that make a title a mainland one, whatever place it names; and
 * academics, who move across borders (a mainland-born president of a Macau
 * university writes his name in pinyin).
 */
const notPlaced = /\b(?:Affairs Office|Liaison Office|State Council|Communist Party|CPC|CCP|China|Chinese|mainland|Beijing|Central Government|Xinhua|ambassador|consul|envoy|university|professor|academician|scholar)\b/i

export default defineRule({
  id: 'romanization-place',
  description: 'A name in Mandarin pinyin for a person the article places in Taiwan, Hong Kong, Macau, Korea or Vietnam',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Taipei Mayor Ke Wenzhe opened the book fair on Friday.',
    good: 'Taipei Mayor Ko Wen-je opened the book fair on Friday.'
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const value = context.document.value
        const {mentions} = findPeople(context.document)
        // A person with a mainland title anywhere in the article is not placed elsewhere.
        const mainlanders = new Set(mentions.filter((m) => m.title && notPlaced.test(m.title.text)).map((m) => m.key))
        const reported = new Set<string>()
        for (const mention of mentions) {
          const chinese = mention.chinese
          if (!chinese?.pinyin || chinese.style === 'hyphenated' || reported.has(mention.key) || mainlanders.has(mention.key)) continue
          // The title, or a place named right before the name or the title before it ("Taiwan's", "North Korean leader").
          const title = mention.title
          const head = title && title.end <= mention.start ? title.start : mention.start
          const before = value.slice(Math.max(0, head - 30), head)
          const found = places.find((place) => (title && place.pattern.test(title.text)) || place.before.test(before))
          if (!found) continue
          reported.add(mention.key)
          context.report({
            reason: `Unexpected Mandarin pinyin \`${mention.text}\` for a person from ${found.place}, whose name ${found.written}: check the spelling the person uses`,
            start: mention.start,
            end: mention.end
          })
        }
      }
    }
  }
})
