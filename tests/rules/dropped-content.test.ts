import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {testRule} from '../rule-tester.js'
import {lintSource} from '../source-helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/source/${name}`, import.meta.url), 'utf8')
const source = fixture('plant.zh.md')
const good = fixture('plant.md')
const id = 'dropped-content'
const investment = '\nPlant director Wang Jianguo said the plant had invested 350 million yuan in technical upgrades since 2021, and a third of its production lines had been upgraded.\n'
/** A long Chinese paragraph whose middle sentence the English leaves out. */
const zh = [
  '贵州铝厂今年产量创新高',
  '今年以来，该厂不断加大技术改造力度，新建了两条自动化生产线。工厂还与省内外多所高校和科研院所开展合作，联合培养技术人才，已累计输送毕业生数百名，有效缓解了企业长期面临的人才短缺问题。产品远销东南亚和欧洲市场。',
  '厂长表示，工厂将继续推进绿色转型，降低能耗。',
  '当地政府对此给予了大力支持。'
].join('\n')
const en = [
  '# Guizhou Aluminum Plant output hits a record',
  'Since the start of the year, the plant has stepped up technical upgrades and built two automated production lines. Its products are sold in Southeast Asia and Europe.',
  'The plant director said it would continue its green transition and cut energy use.',
  'The local government has given strong support.'
].join('\n\n')

testRule(id, {
  valid: [
    {name: 'a complete translation passes', text: good, source},
    {name: 'does nothing without a source', text: good.replace(investment, '')},
    {name: 'merged paragraphs are not dropped content', text: good.replace('year on year.\n\nPlant director', 'year on year. Plant director'), source},
    {name: 'split paragraphs are not dropped content', text: good.replace('since 2021, and a third', 'since 2021.\n\nA third'), source},
    {name: 'a gloss after a name is a translator’s choice, not a copy', text: good.replace('Guizhou Aluminum Plant produced', 'Guizhou Aluminum Plant (贵州铝厂) produced'), source}
  ],
  invalid: [
    {
      name: 'a paragraph with no translation is reported where it belongs, quoting the Chinese',
      text: good.replace(investment, ''),
      source,
      errors: ['5:1-5:66: The source has a paragraph here with no translation: “厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已…”']
    },
    {
      name: 'a sentence cut from a long paragraph',
      text: en,
      source: zh,
      errors: ['3:116-3:167: The translation here is much shorter than its source; this may be missing: “工厂还与省内外多所高校和科研院所开展合作，联合培养技术人才，已累计输送毕业生数百…”']
    },
    {
      name: 'Chinese copied from the source into the English',
      text: good.replace('20% of them technicians.', '20% of them technicians. 其中技术人员占两成。'),
      source,
      errors: ['7:67-7:77: Source text left untranslated: “其中技术人员占两成。”; translate it']
    }
  ]
})

test('dropped-content: a dropped paragraph is a warning whose note gives the whole source paragraph', () => {
  const [message] = lintSource(good.replace(investment, ''), source, id)
  assert.equal(message?.fatal, false)
  assert.equal(message?.note, 'Source paragraph: 厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已完成升级。')
})
