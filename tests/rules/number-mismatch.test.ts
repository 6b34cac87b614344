import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'
import {testRule} from '../rule-tester.js'
import {lintSource} from '../source-helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/source/${name}`, import.meta.url), 'utf8')
const source = fixture('plant.zh.md')
const good = fixture('plant.md')
const id = 'number-mismatch'
const rounding = '该项目总投资1.23亿元，覆盖3至5万户居民，惠及十二个村。'
const designation = '该舰搭载的F-35C战机于周二完成首次起降。'
const clock = '会议于下午1点开始，15时30分结束。'
const ordinal = '他在省党代会上作了报告。'
const range = '检测结果预计需要13至14天才能出来。'

testRule(id, {
  valid: [
    {name: 'a faithful translation passes (万, 亿, 百分之, 分之, 成, 余, dates, years)', text: good, source},
    {name: 'does nothing without a source', text: good.replace('12,000', '1.2 million')},
    {name: 'rounding, number words and ranges that agree are not flagged', text: 'The project, costing about 120 million yuan, covers 30,000 to 50,000 households in twelve villages.', source: rounding},
    {name: 'rounding, number words and ranges that agree are not flagged: another wording', text: 'The project costs 123 million yuan and covers 30,000-50,000 households in a dozen villages.', source: rounding},
    {name: 'small counts, identifiers, clock times and added years are left alone', text: 'The two companies cooperate on 5G and COVID-19 prevention; the meeting ended at 3 p.m. The 2022 Beijing Winter Olympics will open soon.', source: '两家企业在5G和新冠疫情防控方面合作，会议于15时结束。北京冬奥会即将开幕。'},
    {name: 'Chinese idioms with numerals are not numbers', text: 'Everyone tried every possible means, and tens of thousands of people benefited.', source: '大家千方百计解决问题，成千上万的群众受益。'},
    {name: 'merged paragraphs align', text: 'The plant produced 12,000 tonnes this year, up 5% year on year. It has more than 2,300 employees.\n', source: '今年该厂产量达1.2万吨。\n同比增长百分之五。\n全厂有职工2300余名。'},
    {name: 'a model designation as the source writes it', text: 'The F-35C fighters on the carrier completed their first landing on Tuesday.', source: designation},
    {name: 'a designation the source writes in Chinese (歼-20) is rendered freely', text: 'The J-20 fighters flew on Tuesday.', source: '歼-20战机周二飞行。'},
    {name: 'clock times that agree with the source', text: 'The meeting began at 1 pm and ended at 15:30.', source: clock},
    {name: 'clock times that agree with the source, written the other way', text: 'The meeting began at 13:00 and ended at 3:30 p.m.', source: clock},
    {name: 'a time the source does not give is a rewording, not a mismatch', text: 'The meeting began at 1 pm.', source: '会议于下午开始。'},
    {name: 'an ordinal the translator added is not reported', text: 'He delivered a report at the 12th provincial Party congress.', source: ordinal},
    {name: 'both ends of a range agree', text: 'The results are expected to take 13 to 14 days.', source: range},
    {name: "a year with its century left off is a year the translator may add", text: "Both parties accept the consensus of '92, he said.", source: '他说，两党都认同“九二共识”。'},
    {name: 'a spoken range after a unit is two numbers (一万六七千 = 16,000 or 17,000)', text: 'A set of the equipment sells for about 16,000 to 17,000 yuan.', source: '一套设备售价约一万六七千元。'},
    {name: 'a spoken range after a unit is two numbers (三十五六 = 35 or 36)', text: 'The coach is 35 or 36 years old.', source: '教练三十五六岁。'},
    {name: 'a spoken range with a scale, both ends given', text: 'Some 50,000 to 60,000 people came to the fair.', source: '有五六万人来到庙会。'},
    {name: 'a range with a currency sign before each end shares its scale', text: 'Full-year revenue is expected to reach S$13.8 to S$14.3 billion.', source: '全年收入预计可达138亿至143亿新元。'},
    {name: "a year with its century left off matches the year in full", text: 'The plant opened in ’08 and doubled its output.', source: '该厂于2008年投产，产量翻了一番。'}
  ],
  invalid: [
    {
      name: '1.2万 rendered as 1.2 million',
      text: good.replace('12,000', '1.2 million'),
      source,
      errors: [
        "3:67-3:78: `1.2 million` does not match the source's `1.2万`, expected `12,000`"
      ]
    },
    {
      name: '3.5亿 rendered as 3.5 billion',
      text: good.replace('350 million', '3.5 billion'),
      source,
      errors: [
        "5:57-5:68: `3.5 billion` does not match the source's `3.5亿`, expected `350 million`"
      ]
    },
    {
      name: 'a wrong date is not in the source (it is not paired with 8月8日)',
      text: good.replace('August 8', 'August 18'),
      source,
      errors: [
        '3:10-3:19: `August 18` is not in the source: “新华社贵阳8月8日电 记者从贵州铝厂获悉，今年上半年该厂生产电解铝1.2万吨，同…”'
      ]
    },
    {
      name: 'a wrong year is paired with the source',
      text: good.replace('since 2021', 'since 2012'),
      source,
      errors: [
        "5:102-5:106: `2012` does not match the source's `2021年`, expected `2021`"
      ]
    },
    {
      name: 'a figure the translation dropped is reported on the sentence that lacks it',
      text: good.replace(', up 5 percent year on year', ''),
      source,
      errors: [
        "3:1-3:136: The source's `百分之五` (5%) is missing from this translation: “…解铝1.2万吨，同比增长百分之五。”"
      ]
    },
    {
      name: 'a figure that is not in the source',
      text: good.replace('technicians.', 'technicians, and 400 contractors.'),
      source,
      errors: [
        '7:71-7:74: `400` is not in the source: “目前，全厂共有职工2300余名，其中技术人员占两成。”'
      ]
    },
    {
      name: 'compared passage by passage, so figures swapped across the story are caught',
      text: 'In the first quarter, revenue was 15 billion yuan.\n\nThe company said demand was strong, orders plentiful and capacity use rising.\n\nIn the third quarter, revenue was 12 billion yuan.\n',
      source: '第一季度，公司营收120亿元。\n\n公司表示，市场需求旺盛，订单充足，产能利用率持续提高。\n\n第三季度，公司营收150亿元。',
      errors: [
        "1:35-1:45: `15 billion` does not match the source's `120亿`, expected `12 billion`",
        "5:35-5:45: `12 billion` does not match the source's `150亿`, expected `15 billion`"
      ]
    },
    {
      name: 'a model designation with other digits than the source',
      text: 'The F-38C fighters on the carrier completed their first landing on Tuesday.',
      source: designation,
      errors: [
        "1:5-1:10: `F-38C` does not match the source's `F-35C`"
      ]
    },
    {
      name: 'a clock time that differs from the source',
      text: 'The meeting began at 2 pm and ended at 15:30.',
      source: clock,
      errors: [
        "1:22-1:26: `2 pm` does not match the source's `下午1点`"
      ]
    },
    {
      name: 'a count the translator added is',
      text: 'He delivered a report at the provincial Party congress of 400 delegates.',
      source: ordinal,
      errors: [
        '1:59-1:62: `400` is not in the source: “他在省党代会上作了报告。”'
      ]
    },
    {
      name: 'a dropped figure where the pairing of paragraphs is unsure says so',
      text: 'The aluminium park in Baiyun District signed twelve projects this year with a planned investment of 3.5 billion yuan, and brought in several downstream firms.\n\nThe park, which sits in the hills north of the city and was founded by the district government to gather the smelters, rolling mills and foundries that had grown up around the old plant, is home to many companies from across the province and beyond. Its roads are lined with plane trees, its canteens serve noodles from six provinces, and at dusk the lorries queue at the gate to carry rolled sheet and wire rod to the railway yard, the river port and the new logistics centre by the motorway.\n\nThe park will keep bringing in downstream companies, lengthen its industrial chain and build a research centre with universities to train technicians.',
      source: '白云区铝产业园今年新签项目十二个，计划总投资三十五亿元，园区还引进了多家下游企业。\n园区有86家企业。\n园区将继续引进下游企业，延长产业链，并与高校合作建设研发中心，培养技术人才。',
      errors: [
        "5:1-5:151: The source's `86` is missing from this translation: “园区有86家企业。”; the paragraphs could not be paired with the source for certain, so check where it belongs"
      ]
    },
    {
      name: 'a spoken range after a unit: a figure outside it is still not in the source',
      text: 'A set of the equipment sells for about 16,000 to 19,000 yuan.',
      source: '一套设备售价约一万六七千元。',
      errors: [
        '1:50-1:56: `19,000` is not in the source: “一套设备售价约一万六七千元。”'
      ]
    },
    {
      name: 'a spoken range misread as one figure (五六万 as 56,000; 一万六七千 as 16,700): its ends are not roundings of it',
      text: 'Some 56,000 people came to the fair, and a ticket cost 16,700 yuan.',
      source: '有五六万人来到庙会，门票一万六七千元。',
      errors: [
        '1:6-1:12: `56,000` is not in the source: “有五六万人来到庙会，门票一万六七千元。”',
        '1:56-1:62: `16,700` is not in the source: “有五六万人来到庙会，门票一万六七千元。”'
      ]
    },
    {
      name: 'three digits in a row after a unit are not a spoken range',
      text: 'A set of the equipment sells for about 16,000 yuan.',
      source: '一套设备售价约一万六七八千元。',
      errors: [
        '1:40-1:46: `16,000` is not in the source: “一套设备售价约一万六七八千元。”'
      ]
    },
    {
      name: 'a range with a currency sign before each end: the second end is compared in the shared scale',
      text: 'Full-year revenue is expected to reach S$13.8 to S$15.3 billion.',
      source: '全年收入预计可达138亿至143亿新元。',
      errors: [
        "1:52-1:64: `15.3 billion` does not match the source's `143亿`, expected `14.3 billion`"
      ]
    },
    {
      name: 'both ends of a range are compared',
      text: 'The results are expected to take 13 to 16 days.',
      source: range,
      errors: [
        "1:40-1:42: `16` does not match the source's `14`, expected `14`"
      ]
    }
  ]
})

test('number-mismatch: 3.5亿 rendered as 3.5 billion: the whole message', () => {
  const [message] = lintSource(good.replace('350 million', '3.5 billion'), source, id)
  assert.equal(message?.reason, '`3.5 billion` does not match the source\'s `3.5亿`, expected `350 million`')
  assert.deepEqual(message?.expected, ['350 million'])
  assert.equal(message?.note, 'Source: 厂长王建国说，2021年以来，工厂投入3.5亿元用于技术改造，三分之一的生产线已完成升级。')
  assert.equal(message?.fatal, true)
  assert.equal(message?.ruleId, id)
  assert.equal(message?.line, 5)
})
