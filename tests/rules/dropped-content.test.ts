import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {lintSource, sourceFindings, sourceFlagged} from '../source-helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/source/${name}`, import.meta.url), 'utf8')
const source = fixture('plant.zh.md')
const good = fixture('plant.md')
const id = 'dropped-content'
const investment = '\nPlant director Wang Jianguo said the plant had invested 350 million yuan in technical upgrades since 2021, and a third of its production lines had been upgraded.\n'

test('dropped-content: a complete translation passes', () => {
  assert.deepEqual(sourceFindings(good, source, id), [])
})

test('dropped-content: does nothing without a source', () => {
  assert.deepEqual(sourceFindings(good.replace(investment, ''), undefined, id), [])
})

test('dropped-content: a paragraph with no translation is reported where it belongs, quoting the Chinese', () => {
  const text = good.replace(investment, '')
  assert.deepEqual(sourceFindings(text, source, id), [
    '5:1-5:66: The source has a paragraph here with no translation: “厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已…”'
  ])
  const [message] = lintSource(text, source, id)
  assert.equal(message?.fatal, false)
  assert.equal(message?.note, 'Source paragraph: 厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已完成升级。')
})

test('dropped-content: merged and split paragraphs are not dropped content', () => {
  const merged = good.replace('year on year.\n\nPlant director', 'year on year. Plant director')
  assert.deepEqual(sourceFindings(merged, source, id), [])
  const split = good.replace('since 2021, and a third', 'since 2021.\n\nA third')
  assert.deepEqual(sourceFindings(split, source, id), [])
})

test('dropped-content: a sentence cut from a long paragraph', () => {
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
  assert.deepEqual(sourceFindings(en, zh, id), [
    '3:116-3:167: The translation here is much shorter than its source; this may be missing: “工厂还与省内外多所高校和科研院所开展合作，联合培养技术人才，已累计输送毕业生数百…”'
  ])
})

test('dropped-content: Chinese copied from the source into the English', () => {
  const text = good.replace('20% of them technicians.', '20% of them technicians. 其中技术人员占两成。')
  assert.deepEqual(sourceFlagged(text, source, id), ['其中技术人员占两成。'])
  // A gloss after a name is a translator's choice, not a copy.
  assert.deepEqual(sourceFindings(good.replace('Guizhou Aluminum Plant produced', 'Guizhou Aluminum Plant (贵州铝厂) produced'), source, id), [])
})
