// added-honorific: "Mr." or "Ms." before a name where the Chinese has no
// 先生, 女士, 太太, 小姐 or a form of address (阿姨, 大爷). Chinese news names people bare or by title; MT
// systems add an honorific from their training on other genres, and news
// style in English drops it too. Runs only with a source: the paragraphs
// aligned with the English one (and their neighbours, a sentence often
// crosses a paragraph break) are searched for the Chinese honorific.
// Bad: "Ms. Zhao said the school would open in March." (source: 赵敏说，学校将于三月开学。)
// Good: "Zhao said the school would open in March."
import {defineRule} from '../rule.js'

const honorific = /\b(?:Mr|Mrs|Ms|Miss|Madam)\b\.?(?= [A-Z])/g
/** What an English honorific can translate: honorifics, and the kin terms used to address elders (孙阿姨, "Mrs. Sun"). */
const chineseHonorific = /先生|女士|太太|小姐|夫人|阿姨|大妈|大爷|大叔|大姐|奶奶|爷爷|伯伯|婆婆|老太/

export default defineRule({
  id: 'added-honorific',
  description: 'An honorific (Mr., Ms.) the Chinese source does not have',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'Ms. Zhao said the school would open in March.',
    good: 'Zhao said the school would open in March.',
    source: '赵敏说，学校将于三月开学。'
  },
  create(context) {
    const source = context.source
    if (!source) return {}
    return {
      'RootNode:exit'() {
        const {beads, beadOfBlock} = source.alignment
        for (const [index, block] of context.document.blocks.entries()) {
          if (block.quoted) continue
          const text = block.text.value
          const matches = [...text.matchAll(honorific)]
          if (matches.length === 0) continue
          const bead = beadOfBlock[index]
          if (!bead) continue
          const window = bead.confident ? [beads[bead.index - 1], bead, beads[bead.index + 1]] : beads
          const chinese = window.flatMap((b) => (b ? source.paragraphs.slice(b.source[0], b.source[1]).map((p) => p.text) : [])).join('\n')
          if (chineseHonorific.test(chinese)) continue
          for (const match of matches) {
            const [start, end] = block.text.range(match.index, match.index + match[0].length)
            context.report({
              reason: `Unexpected \`${match[0]}\`: the Chinese has no honorific here, news style names the person without one`,
              start,
              end
            })
          }
        }
      }
    }
  }
})
